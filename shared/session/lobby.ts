/** The lobby's rules: who is in, who plays which power, who hosts, and the settings. */
import { POWERS, type PowerId, type Seats } from "../game";
import { ok, refuse, type Result } from "../result";
import { cleanText, textLength } from "../text";
import { STOPPED } from "./clock";
import { PRESETS, type Durations } from "./presets";
import type { SessionAction } from "./actions";
import type { Member, Role, Session, Settings } from "./types";

export const NAME_MAX_CHARS = 24;
/** Five powers, a facilitator and a class watching: a room never needs more. */
export const MAX_MEMBERS = 30;
export const MIN_HUMAN_POWERS = 2;
/**
 * The most members one power may have in a delegation session: a class of thirty gives
 * delegations of six, and a teacher may still place a late student or two into one.
 */
export const MAX_DELEGATION = 8;

/** A delegation world holds its delegations besides the room's usual company (facilitator, visitors). */
export function memberLimit(s: Session): number {
  return s.settings.delegations ? MAX_MEMBERS + POWERS.length * MAX_DELEGATION : MAX_MEMBERS;
}

export type Outcome = Result<Session>;

export function defaultSettings(): Settings {
  return { preset: "evening", durations: { ...PRESETS.evening }, missedOrders: "hold" };
}

/** A new session in its lobby, empty; its creator joins it as host with the first `join`. */
export function createSession(code: string, hostId: string): Session {
  return {
    code,
    hostId,
    settings: defaultSettings(),
    members: [],
    bots: [],
    phase: "lobby",
    clock: STOPPED,
    ready: [],
    match: null,
    chat: [],
    groups: [],
  };
}

export function checkName(raw: string): Result<string> {
  const name = cleanText(raw);
  if (name.length === 0) return refuse("NAME_REQUIRED.match");
  if (textLength(name) > NAME_MAX_CHARS) return refuse("NAME_TOO_LONG.match", { count: NAME_MAX_CHARS });
  return ok(name);
}

export function activeMembers(s: Session): Member[] {
  return s.members.filter((m) => !m.removed);
}

export function memberById(s: Session, id: string): Member | undefined {
  return s.members.find((m) => m.id === id);
}

/** Who holds a power now (a present human), if anyone. */
export function holderOf(s: Session, power: PowerId): Member | undefined {
  return activeMembers(s).find((m) => m.role.kind === "power" && m.role.power === power);
}

/** Everyone who holds a power now: its one player, or in a delegation session its delegation. */
export function holdersOf(s: Session, power: PowerId): Member[] {
  return activeMembers(s).filter((m) => m.role.kind === "power" && m.role.power === power);
}

export function humanPowers(s: Session): PowerId[] {
  return POWERS.filter((p) => holderOf(s, p));
}

/** The engine's seats: human where a member holds the power, bot where the host said so, else absent. */
export function seatsOf(s: Session): Seats {
  const seats = {} as Seats;
  for (const p of POWERS) seats[p] = holderOf(s, p) ? "human" : s.bots.includes(p) ? "bot" : "absent";
  return seats;
}

function withMember(s: Session, id: string, change: Partial<Member>): Session {
  return { ...s, members: s.members.map((m) => (m.id === id ? { ...m, ...change } : m)) };
}

/** Keeps the engine's seats in step with who holds which power once the match runs. */
function syncSeats(s: Session): Session {
  return s.match ? { ...s, match: { ...s.match, seats: seatsOf(s) } } : s;
}

export function join(s: Session, memberId: string, rawName: string): Outcome {
  if (memberById(s, memberId)) return refuse("ALREADY_IN_MATCH");
  if (activeMembers(s).length >= memberLimit(s)) return refuse("ROOM_FULL", { count: memberLimit(s) });
  const name = checkName(rawName);
  if (!name.ok) return name;
  const lower = name.value.toLocaleLowerCase();
  if (activeMembers(s).some((m) => m.name.toLocaleLowerCase() === lower)) {
    return refuse("NAME_TAKEN.match", { name: name.value });
  }
  if (isBarred(s, lower)) return refuse("REMOVED_NAME", { name: name.value });
  // Everyone arrives as a spectator and then picks a power (or, for the host, facilitates).
  return ok({ ...s, members: [...s.members, { id: memberId, name: name.value, role: { kind: "spectator" }, removed: false }] });
}

/** Leaving the lobby frees the seat (and passes the host role on); a running match keeps the seat for a return. */
export function leave(s: Session, memberId: string): Outcome {
  if (s.phase !== "lobby") return ok(s);
  const members = s.members.filter((m) => m.id !== memberId);
  const next = members.find((m) => !m.removed);
  return ok({ ...s, members, hostId: s.hostId === memberId && next ? next.id : s.hostId });
}

export function pickPower(s: Session, memberId: string, power: PowerId): Outcome {
  if (s.phase !== "lobby") return refuse("MATCH_STARTED.powers");
  return seatRefusal(s, memberId, power) ?? ok(takePower(s, memberId, power));
}

/**
 * Why `memberId` may not take `power`, if they may not: in an ordinary match someone else holds
 * it; in a delegation session its delegation is full.
 */
function seatRefusal(s: Session, memberId: string, power: PowerId): Outcome | null {
  const others = holdersOf(s, power).filter((m) => m.id !== memberId);
  if (others.length === 0) return null;
  if (!s.settings.delegations) return refuse("POWER_TAKEN.taken", { power, name: others[0]!.name });
  if (others.length >= MAX_DELEGATION) return refuse("DELEGATION_FULL.match", { power, count: MAX_DELEGATION });
  return null;
}

function takePower(s: Session, memberId: string, power: PowerId): Session {
  return syncSeats({ ...withMember(s, memberId, { role: { kind: "power", power } }), bots: s.bots.filter((p) => p !== power) });
}

export function watch(s: Session, memberId: string): Outcome {
  if (s.phase !== "lobby") return refuse("MATCH_STARTED.roles");
  return ok(withMember(s, memberId, { role: { kind: "spectator" } }));
}

/** The host may run the match as facilitator, playing no power. */
export function facilitate(s: Session, memberId: string): Outcome {
  if (memberId !== s.hostId) return refuse("NOT_HOST.facilitator");
  if (s.phase !== "lobby") return refuse("MATCH_STARTED.roles");
  return ok(withMember(s, memberId, { role: { kind: "facilitator" } }));
}

export function setBot(s: Session, power: PowerId, bot: boolean): Outcome {
  if (s.phase === "ended") return refuse("MATCH_OVER");
  if (bot && holderOf(s, power)) return refuse("POWER_TAKEN.played", { power, name: holderOf(s, power)!.name });
  const bots = bot ? [...new Set([...s.bots, power])] : s.bots.filter((p) => p !== power);
  return ok(syncSeats({ ...s, bots: POWERS.filter((p) => bots.includes(p)) }));
}

/** The host moves a member to a power (taking it from a bot or an empty seat) or to the spectators. */
export function moveMember(s: Session, memberId: string, power: PowerId | null): Outcome {
  const member = memberById(s, memberId);
  if (!member || member.removed) return refuse("NO_SUCH_MEMBER");
  if (s.phase === "ended") return refuse("MATCH_OVER");
  if (power === null) return ok(syncSeats(withMember(s, memberId, { role: { kind: "spectator" } })));
  return seatRefusal(s, memberId, power) ?? ok(takePower(s, memberId, power));
}

/** The host removes someone: their power is freed (it holds, or its bot plays if the host gives it one). */
export function removeMember(s: Session, memberId: string): Outcome {
  const member = memberById(s, memberId);
  if (!member || member.removed) return refuse("NO_SUCH_MEMBER");
  if (memberId === s.hostId) return refuse("CANNOT_REMOVE_HOST");
  return ok(syncSeats(withMember(s, memberId, { removed: true, role: { kind: "spectator" } })));
}

/** Without accounts a person is known by their seat token and their name: a removal bars both. */
function isBarred(s: Session, lowerName: string): boolean {
  return s.members.some((m) => m.removed && !m.readmitted && m.name.toLocaleLowerCase() === lowerName);
}

/** The host lets a removed person back: they may join again under their name, afresh (the old seat stays closed). */
export function readmit(s: Session, memberId: string): Outcome {
  const member = memberById(s, memberId);
  if (!member) return refuse("NO_SUCH_MEMBER");
  if (!member.removed || member.readmitted) return refuse("NOT_REMOVED", { name: member.name });
  return ok(withMember(s, memberId, { readmitted: true }));
}

export function handHost(s: Session, memberId: string): Outcome {
  const member = memberById(s, memberId);
  if (!member || member.removed) return refuse("NO_SUCH_MEMBER");
  const old = memberById(s, s.hostId);
  // A facilitator who is no longer host stays to watch.
  const demoted = old?.role.kind === "facilitator" ? withMember(s, old.id, { role: { kind: "spectator" } }) : s;
  return ok({ ...demoted, hostId: memberId });
}

export function configure(s: Session, change: Extract<SessionAction, { type: "configure" }>): Outcome {
  if (s.phase === "ended") return refuse("MATCH_OVER");
  let settings: Settings = { ...s.settings };
  if (change.preset) {
    if (s.phase !== "lobby") return refuse("MATCH_STARTED.preset");
    settings = { ...settings, preset: change.preset, durations: { ...PRESETS[change.preset] } };
  }
  if (change.durations) settings = { ...settings, durations: { ...settings.durations, ...(change.durations as Partial<Durations>) } };
  if (change.missedOrders) settings = { ...settings, missedOrders: change.missedOrders };
  return ok({ ...s, settings });
}

export function roleOf(s: Session, memberId: string): Role | null {
  const m = memberById(s, memberId);
  return m && !m.removed ? m.role : null;
}
