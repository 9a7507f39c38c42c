/**
 * The walking skeleton's game: a lobby where players pick powers, then three turns in which
 * every seated power makes one public statement. Pure: the server keeps one of these per room
 * and mirrors it into the synced state. The full diplomacy model lives in shared/game/.
 */
import { POWERS, POWER_NAMES, type PowerId } from "./powers";
import { ok, refuse, type Result } from "./result";
import { cleanText, textLength } from "./text";

export const TONES = ["conciliatory", "neutral", "firm", "threatening"] as const;
export type Tone = (typeof TONES)[number];

export const STATEMENT_MAX_CHARS = 280;
export const NAME_MAX_CHARS = 24;
export const MIN_POWERS_TO_START = 2;
export const DEFAULT_TURNS = 3;

export type Phase = "lobby" | "statements" | "ended";

export interface Seat {
  playerId: string;
  name: string;
  power: PowerId | null;
  /** False once the player has left a running match: their power then holds (says nothing). */
  present: boolean;
}

export interface Statement {
  tone: Tone;
  text: string;
}

export interface NewsItem {
  turn: number;
  power: PowerId;
  tone: Tone;
  text: string;
}

export interface StatementMatch {
  phase: Phase;
  /** 0 in the lobby, then 1..maxTurns. */
  turn: number;
  maxTurns: number;
  hostId: string;
  seats: Seat[];
  /** This turn's statements, secret until the turn resolves. */
  pending: Partial<Record<PowerId, Statement>>;
  news: NewsItem[];
}

export type RefusalCode =
  | "NAME_REQUIRED"
  | "NAME_TOO_LONG"
  | "ALREADY_IN_MATCH"
  | "NOT_IN_MATCH"
  | "POWER_TAKEN"
  | "NOT_HOST"
  | "NOT_ENOUGH_POWERS"
  | "MATCH_STARTED"
  | "MATCH_NOT_STARTED"
  | "MATCH_OVER"
  | "NO_POWER"
  | "STALE_TURN"
  | "TEXT_REQUIRED"
  | "TEXT_TOO_LONG";

type Outcome = Result<StatementMatch, RefusalCode>;

/** A new match in its lobby, with its creator as host (and first seat, without a power yet). */
export function createStatementMatch(host: { playerId: string; name: string }, maxTurns = DEFAULT_TURNS): Result<StatementMatch, RefusalCode> {
  const empty: StatementMatch = { phase: "lobby", turn: 0, maxTurns, hostId: host.playerId, seats: [], pending: {}, news: [] };
  return addPlayer(empty, host.playerId, host.name);
}

/** Checks a display name and returns it cleaned. */
export function checkName(raw: string): Result<string, RefusalCode> {
  const name = cleanText(raw);
  if (name.length === 0) return refuse("NAME_REQUIRED", "Please enter a display name.");
  if (textLength(name) > NAME_MAX_CHARS) return refuse("NAME_TOO_LONG", `A display name has at most ${NAME_MAX_CHARS} characters.`);
  return ok(name);
}

export function addPlayer(match: StatementMatch, playerId: string, rawName: string): Outcome {
  if (match.phase !== "lobby") return refuse("MATCH_STARTED", "This match has already started.");
  if (seatOf(match, playerId)) return refuse("ALREADY_IN_MATCH", "You are already in this match.");
  const name = checkName(rawName);
  if (!name.ok) return name;
  return ok({ ...match, seats: [...match.seats, { playerId, name: name.value, power: null, present: true }] });
}

/** A player leaving the lobby frees their seat; leaving a running match leaves their power holding. */
export function removePlayer(match: StatementMatch, playerId: string): StatementMatch {
  if (!seatOf(match, playerId)) return match;
  if (match.phase === "lobby") {
    const seats = match.seats.filter((s) => s.playerId !== playerId);
    const hostId = match.hostId === playerId && seats[0] ? seats[0].playerId : match.hostId;
    return { ...match, seats, hostId };
  }
  const left = { ...match, seats: match.seats.map((s) => (s.playerId === playerId ? { ...s, present: false } : s)) };
  return match.phase === "statements" && everyoneHasSpoken(left) ? resolveStatementTurn(left) : left;
}

export function pickPower(match: StatementMatch, playerId: string, power: PowerId): Outcome {
  if (match.phase !== "lobby") return refuse("MATCH_STARTED", "Powers are chosen in the lobby, before the match starts.");
  const seat = seatOf(match, playerId);
  if (!seat) return refuse("NOT_IN_MATCH", "You are not in this match.");
  const holder = match.seats.find((s) => s.power === power);
  if (holder && holder.playerId !== playerId) {
    return refuse("POWER_TAKEN", `${POWER_NAMES[power]} is already taken by ${holder.name}.`);
  }
  return ok({ ...match, seats: match.seats.map((s) => (s.playerId === playerId ? { ...s, power } : s)) });
}

export function startMatch(match: StatementMatch, playerId: string): Outcome {
  if (match.phase !== "lobby") return refuse("MATCH_STARTED", "The match has already started.");
  if (playerId !== match.hostId) return refuse("NOT_HOST", "Only the host can start the match.");
  if (seatedPowers(match).length < MIN_POWERS_TO_START) {
    return refuse("NOT_ENOUGH_POWERS", `At least ${MIN_POWERS_TO_START} powers must be taken before the match can start.`);
  }
  return ok({ ...match, phase: "statements", turn: 1 });
}

/**
 * Records (or replaces) a power's statement for the current turn; once every present power
 * has spoken, the turn resolves at once.
 */
export function submitStatement(match: StatementMatch, playerId: string, input: { turn: number; tone: Tone; text: string }): Outcome {
  if (match.phase === "ended") return refuse("MATCH_OVER", "The match is over.");
  if (match.phase === "lobby") return refuse("MATCH_NOT_STARTED", "The match has not started yet.");
  const seat = seatOf(match, playerId);
  if (!seat) return refuse("NOT_IN_MATCH", "You are not in this match.");
  if (!seat.power) return refuse("NO_POWER", "Spectators cannot make statements.");
  if (input.turn !== match.turn) return refuse("STALE_TURN", `That statement was for turn ${input.turn}; it is now turn ${match.turn}.`);
  const text = cleanText(input.text);
  if (text.length === 0) return refuse("TEXT_REQUIRED", "Write a statement before submitting it.");
  const length = textLength(text);
  if (length > STATEMENT_MAX_CHARS) {
    return refuse("TEXT_TOO_LONG", `A statement has at most ${STATEMENT_MAX_CHARS} characters (this one has ${length}).`);
  }
  const next = { ...match, pending: { ...match.pending, [seat.power]: { tone: input.tone, text } } };
  return ok(everyoneHasSpoken(next) ? resolveStatementTurn(next) : next);
}

/** Publishes the turn's statements as news (in the powers' fixed order) and advances the turn, ending after the last. */
export function resolveStatementTurn(match: StatementMatch): StatementMatch {
  const news: NewsItem[] = [];
  for (const power of POWERS) {
    const statement = match.pending[power];
    if (statement) news.push({ turn: match.turn, power, tone: statement.tone, text: statement.text });
  }
  const last = match.turn >= match.maxTurns;
  return {
    ...match,
    phase: last ? "ended" : "statements",
    turn: last ? match.turn : match.turn + 1,
    pending: {},
    news: [...match.news, ...news],
  };
}

export function seatOf(match: StatementMatch, playerId: string): Seat | undefined {
  return match.seats.find((s) => s.playerId === playerId);
}

export function seatedPowers(match: StatementMatch): PowerId[] {
  return match.seats.flatMap((s) => (s.power ? [s.power] : []));
}

function everyoneHasSpoken(match: StatementMatch): boolean {
  const speaking = match.seats.filter((s) => s.present && s.power);
  return speaking.every((s) => s.power && match.pending[s.power]);
}
