/**
 * The class debrief: every world side by side (how it ended, who kept their word, its turning
 * points) and every student's contribution, built from the class and its matches' sessions. It
 * is the teacher's, so each match is read through the facilitator's view (every order, offer and
 * secret objective, never the generator), and chat only as counts: no message text is in it.
 * Pure: the server's exports and the tests build the same report. Its sentences are written in
 * the current translator's language (the server sets it per request, see withTranslator).
 */
import { POWERS, viewFor, type MatchView, type PowerId, type SanctionKey, type Sector, type WorldKey } from "../game";
import type { Session, SessionPhase } from "../session/types";
import type { PresetId } from "../session/presets";
// The match debrief's own logic (pure, it imports only shared code): the class report counts
// promises by the same function as each match's "Who kept their word", so the two never disagree.
import { keptWord, type WordRecord } from "../../client/src/logic/keptWord";
import { commitmentProgress, describeTerms, formatNumber, listPowers, powerName, TOPICS } from "../../client/src/logic/format";
import type { Classroom } from "./classroom";
import { t, translate } from "../i18n";

/** One promise and what became of it. */
export interface PromiseLine {
  turn: number;
  /** The powers whose word it was. */
  powers: PowerId[];
  kind: "agreement" | "ceasefire" | "statement";
  text: string;
  outcome: string;
  /** True kept, false broken, null not settled yet. */
  kept: boolean | null;
}

export interface PowerLine {
  power: PowerId;
  /** The students playing it (a delegation has several), or empty for a bot. */
  players: string[];
  bot: boolean;
  /** Null until the match has ended. */
  score: number | null;
  objectivesMet: number | null;
  objectivesTotal: number;
  word: Omit<WordRecord, "power" | "lapses">;
  /** Orders the power gave itself (a bot standing in for a late player's orders does not count). */
  orders: number;
  offers: number;
}

export interface CeasefireLine {
  text: string;
  /** An id the reader translates (classroom:report.outcome.<id>), and the class questions compare. */
  outcome: "inForce" | "kept" | "broken";
}

export interface RoomReport {
  world: number;
  code: string;
  phase: SessionPhase;
  turn: number;
  lastTurn: number;
  meters: Record<WorldKey, number>;
  ceasefires: CeasefireLine[];
  /** Sanctions in force, in words ("European Union on Russia: energy"). */
  sanctions: string[];
  powers: PowerLine[];
  promises: PromiseLine[];
  turningPoints: { turn: number; text: string }[];
}

export interface StudentLine {
  name: string;
  /** 1-based, as the dashboard says it; null for a student who was never placed. */
  world: number | null;
  room: string | null;
  power: PowerId | null;
  score: number | null;
  objectivesMet: number | null;
  objectivesTotal: number | null;
  promisesKept: number;
  promisesBroken: number;
  orders: number;
  offers: number;
  /** Chat messages the student sent, in any channel: a count, never their words. */
  messages: number;
}

export interface ClassReport {
  code: string;
  name: string;
  preset: PresetId;
  /** Every world has ended (before, the report tells what has happened so far). */
  ended: boolean;
  rooms: RoomReport[];
  students: StudentLine[];
}

/** At most this many turning points per world, the earliest first. */
export const MAX_TURNING_POINTS = 6;

/** The class's report; `sessions[i]` is world i's session (null if it could not be read). */
export function classReport(c: Classroom, sessions: readonly (Session | null)[]): ClassReport {
  const rooms: RoomReport[] = [];
  c.matches.forEach((code, world) => {
    const s = sessions[world];
    if (s?.match) rooms.push(roomReport(world, code, s, viewFor(s.match, { kind: "facilitator" })));
  });
  const students = c.students.map((st): StudentLine => {
    const seat = c.seats[st.id];
    const room = seat ? rooms.find((r) => r.world === seat.world) : undefined;
    const line = room?.powers.find((p) => p.power === seat!.power);
    const member = seat ? sessions[seat.world]?.members.find((m) => m.id === st.id) : undefined;
    return {
      name: st.name,
      world: seat ? seat.world + 1 : null,
      room: seat ? (c.matches[seat.world] ?? null) : null,
      power: seat?.power ?? null,
      score: line?.score ?? null,
      objectivesMet: line?.objectivesMet ?? null,
      objectivesTotal: line?.objectivesTotal ?? null,
      promisesKept: line?.word.promisesKept ?? 0,
      promisesBroken: line?.word.promisesBroken ?? 0,
      orders: line?.orders ?? 0,
      offers: line?.offers ?? 0,
      messages: member?.chatSent ?? 0,
    };
  });
  return { code: c.code, name: c.name, preset: c.preset, ended: rooms.length > 0 && rooms.every((r) => r.phase === "ended"), rooms, students };
}

function roomReport(world: number, code: string, s: Session, view: MatchView): RoomReport {
  const words = keptWord(view);
  const powers = POWERS.map((power): PowerLine => {
    const score = view.scores?.[power];
    const { power: _p, lapses: _l, ...word } = words.find((w) => w.power === power)!;
    return {
      power,
      players: s.members.filter((m) => !m.removed && m.role.kind === "power" && m.role.power === power).map((m) => m.name),
      bot: view.seats[power] === "bot",
      score: score ? score.total : null,
      objectivesMet: score ? score.publicGoals.filter((g) => g.met).length + (score.secretObjective.met ? 1 : 0) : null,
      objectivesTotal: view.scenario.powers[power].publicGoals.length + 1,
      word,
      orders: view.orderHistory.filter((h) => h.power === power && !h.standIn).reduce((n, h) => n + h.orders.length, 0),
      offers: view.offers.filter((o) => o.from === power).length,
    };
  });
  return {
    world,
    code,
    phase: s.phase,
    turn: view.turn,
    lastTurn: view.lastTurn,
    meters: view.world,
    ceasefires: view.ceasefires.map(ceasefireLine),
    sanctions: sanctionsInForce(view),
    powers,
    promises: promises(view),
    turningPoints: turningPoints(view),
  };
}

function ceasefireWords(c: MatchView["ceasefires"][number]): string {
  const key = `classroom:report.ceasefire${c.unilateral ? "Unilateral" : ""}${c.monitored ? "Monitored" : ""}`;
  return t(key, { parties: listPowers(c.parties), scope: t(`match:scope.${c.scope}`), start: c.startTurn, end: c.endTurn });
}

function ceasefireLine(c: MatchView["ceasefires"][number]): CeasefireLine {
  const broken = c.record.some((r) => r.outcome === "breached");
  return { text: ceasefireWords(c), outcome: broken ? "broken" : c.status === "active" ? "inForce" : "kept" };
}

/** The sanctions key is the game's `imposer>target:sector`. */
function sanctionsInForce(view: MatchView): string[] {
  return (Object.entries(view.sanctions) as [SanctionKey, number | undefined][])
    .filter(([, level]) => (level ?? 0) > 0)
    .map(([key]) => {
      const [by, rest] = key.split(">") as [PowerId, string];
      const [on, sector] = rest.split(":") as [PowerId, Sector];
      return t("classroom:report.sanction", { by: powerName(by), on: powerName(on), sector: t(`match:sector.${sector}`) });
    });
}

/** Every promise: each agreement (an accepted offer), each ceasefire, each statement held against deeds. */
function promises(view: MatchView): PromiseLine[] {
  const lines: PromiseLine[] = [];
  for (const c of view.commitments) {
    const bound = c.terms.kind === "pledge" ? [c.terms.by] : c.parties;
    lines.push({ turn: c.turn, powers: bound, kind: "agreement", text: describeTerms(c.terms), outcome: commitmentProgress(c), kept: c.status === "pending" ? null : c.status === "kept" });
  }
  for (const c of view.ceasefires) {
    const breach = c.record.find((r) => r.outcome === "breached");
    const breakers = breach ? [...new Set([...breach.namedBreakers, ...(c.secretBreaches?.find((b) => b.turn === breach.turn)?.breakers ?? [])])] : [];
    const outcome = breach
      ? breakers.length > 0
        ? t("classroom:report.brokenInBy", { turn: breach.turn, powers: listPowers(breakers) })
        : t("classroom:report.brokenIn", { turn: breach.turn })
      : c.status === "active"
        ? t("classroom:report.inForceKept", { count: c.keptTurns })
        : t("classroom:report.keptToEnd");
    lines.push({ turn: c.startTurn, powers: c.parties, kind: "ceasefire", text: ceasefireWords(c), outcome, kept: breach ? false : c.status === "active" ? null : true });
  }
  for (const e of view.sayDo) {
    const outcome =
      e.verdict === "pending"
        ? t("classroom:report.notJudged")
        : e.verdict === "consistent"
          ? t("classroom:report.borneOut")
          : t("classroom:report.contradicted", { deed: e.deed ? translate(e.deed) : t("classroom:report.theOpposite") });
    const text = t("classroom:report.statement", { power: powerName(e.power), tone: t(`match:tone.${e.tone}`), topic: TOPICS[e.topic] ?? e.topic });
    lines.push({ turn: e.turn, powers: [e.power], kind: "statement", text, outcome, kept: e.verdict === "pending" ? null : e.verdict === "consistent" });
  }
  return lines.sort((a, b) => a.turn - b.turn);
}

/**
 * The turning points of a world, by one rule: a turn in which a ceasefire began or was breached,
 * a promise was broken, or the front line made its largest move of the match (one point or more).
 * At most MAX_TURNING_POINTS, the earliest first.
 */
export function turningPoints(view: MatchView): { turn: number; text: string }[] {
  const points: { turn: number; text: string }[] = [];
  for (const c of view.ceasefires) {
    points.push({ turn: c.startTurn, text: t("classroom:report.begins", { ceasefire: ceasefireWords(c) }) });
    const breach = c.record.find((r) => r.outcome === "breached");
    if (breach) points.push({ turn: breach.turn, text: t("classroom:report.breached", { parties: listPowers(c.parties) }) });
  }
  for (const c of view.commitments) {
    // Dated as the debrief dates it: a promise of several turns breaks in the turn after those it was kept.
    if (c.status === "broken") points.push({ turn: c.turn + c.turnsKept, text: t("classroom:report.brokeAgreement", { powers: listPowers(c.breakers), terms: describeTerms(c.terms) }) });
  }
  let biggest: { turn: number; move: number } | null = null;
  for (let i = 1; i < view.history.length; i++) {
    const move = view.history[i]!.world.frontLine - view.history[i - 1]!.world.frontLine;
    if (Math.abs(move) >= 1 && (!biggest || Math.abs(move) > Math.abs(biggest.move))) biggest = { turn: view.history[i]!.turn, move };
  }
  if (biggest) {
    const gain = formatNumber(Math.abs(biggest.move));
    points.push({ turn: biggest.turn, text: t(`classroom:report.frontMove.${biggest.move > 0 ? "ukraine" : "russia"}`, { points: gain }) });
  }
  return points.sort((a, b) => a.turn - b.turn).slice(0, MAX_TURNING_POINTS);
}
