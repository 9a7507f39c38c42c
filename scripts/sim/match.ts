// Plays one seeded match, all bots or with one power under a policy, and keeps what the
// figures need. A match is a pure function of its seed and policy: that is what makes the
// figures the same whatever the number of worker threads.
import {
  POWERS,
  SECTORS,
  advancePhase,
  applyOfferAction,
  computeScores,
  createMatch,
  evaluate,
  sanctionKey,
  validateOrders,
  victoryDay2025,
  viewFor,
  winners,
  type MatchState,
  type PowerId,
  type Seats,
} from "../../shared/game/index";
import { nextSeed, type Rng } from "../../shared/game/rng";
import { botDriver, driverFor, type Driver, type PolicySpec, type Seeded } from "./policies";

export const SCENARIO = victoryDay2025;

export interface Focus {
  power: PowerId;
  policy: PolicySpec;
}

/** What one match leaves for the figures (plain numbers, cheap to send between threads). */
export interface MatchRecord {
  /** Share of the win per power, in POWERS order (a tie splits it). */
  wins: number[];
  totals: number[];
  /** Per power, per public goal in scenario order: 1 if met. */
  goals: number[][];
  /** Per power: index of the drawn secret objective in the scenario's pool. */
  drawn: number[];
  /** Per power, per secret objective of the pool, drawn or not: 1 if its condition holds at the end. */
  secrets: number[][];
  front: number;
  agreed: number;
  lasting: number;
  /** 1 if a belligerent declared a unilateral truce. */
  truce: number;
  /** US sanction levels on Russia at the end, all sectors (2025's fidelity check). */
  usOnRussia: number;
  /** Military aid China sent (Beijing denied any lethal aid). */
  chinaMilitaryAid: number;
  /** Per power: promises it was bound by (each commitment, and each turn a ceasefire bound it). */
  promises: number[];
  /** Per power: promises it broke (commitments, and ceasefires it breached). */
  broken: number[];
}

/** A seed for the harness's own calls to a bot, from the match seed and the moment. */
export function mix(...xs: number[]): number {
  let h = 0x9e3779b9;
  for (const x of xs) {
    h = Math.imul(h ^ (x >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

export function allBots(): Seats {
  return { russia: "bot", china: "bot", usa: "bot", ukraine: "bot", eu: "bot" };
}

function allHumans(): Seats {
  return { russia: "human", china: "human", usa: "human", ukraine: "human", eu: "human" };
}

type Players = Record<PowerId, Driver>;

/** A seed drawn from the match's own generator, exactly as the engine draws one for a bot (match.ts). */
function drawSeed(s: MatchState): { seed: number; next: MatchState } {
  const rng: Rng = { state: s.rng };
  const seed = nextSeed(rng);
  return { seed, next: { ...s, rng: rng.state } };
}

const seatedFor = (s: MatchState, power: PowerId, seed: number): Seeded => ({ state: s, view: viewFor(s, { kind: "power", power }), power, seed });

/** Every power answers the offers still open to it, in the engine's order (its botsAnswer). */
function answerAll(state: MatchState, players: Players): MatchState {
  let s = state;
  for (const p of POWERS) {
    // The list as it stood when this power began answering, as the engine iterates it.
    for (const offer of s.offers) {
      if (offer.status !== "proposed" || !offer.to.includes(p) || offer.acceptedBy.includes(p)) continue;
      const { seed, next } = drawSeed(s);
      s = next;
      const r = applyOfferAction(s, p, players[p].answer(seatedFor(s, p, seed), offer));
      if (r.ok) s = r.value;
    }
  }
  return s;
}

/** One phase's work for every power, in the engine's order: proposals then answers in negotiation; answers then orders before resolution. */
function playPhase(state: MatchState, players: Players): MatchState {
  let s = state;
  if (s.phase === "negotiation") {
    for (const p of POWERS) {
      const { seed, next } = drawSeed(s);
      s = next;
      for (const a of players[p].proposals(seatedFor(s, p, seed))) {
        const r = applyOfferAction(s, p, a);
        if (r.ok) s = r.value;
      }
    }
    return answerAll(s, players);
  }
  if (s.phase === "orders") {
    s = answerAll(s, players);
    for (const p of POWERS) {
      if (s.orders[p] !== undefined) continue;
      const { seed, next } = drawSeed(s);
      s = next;
      const orders = players[p].orders(seatedFor(s, p, seed));
      if (validateOrders(s, p, orders).ok) s = { ...s, orders: { ...s.orders, [p]: orders } };
    }
  }
  return s;
}

/**
 * Plays a whole match and returns its final state. With a focus, the harness plays every power
 * (the others by their bot) with seeds drawn from the match's generator in the engine's own
 * order, so a focus playing its bot reproduces the all-bot match draw for draw, and two policies
 * on the same seed share every draw until they act differently (common random numbers: a paired
 * difference then measures the policy, not the dice).
 */
export function playState(seed: number, focus?: Focus, until?: (s: MatchState) => boolean): MatchState {
  if (!focus) {
    let s = createMatch(SCENARIO, { seed, seats: allBots() });
    while (s.phase !== "ended" && !until?.(s)) s = advancePhase(s).state;
    return s;
  }
  // Every seat is "human" so that the engine leaves all the playing to the harness.
  return drive(createMatch(SCENARIO, { seed, seats: allHumans() }), focus, until);
}

/** Plays on from `state` with the focus power under its policy and the others by their bot. */
function drive(state: MatchState, focus: Focus, until?: (s: MatchState) => boolean): MatchState {
  const driver = driverFor(focus.policy);
  const players = Object.fromEntries(POWERS.map((p) => [p, p === focus.power ? driver : botDriver])) as Players;
  let s = state;
  while (s.phase !== "ended" && !until?.(s)) s = advancePhase(playPhase(s, players)).state;
  return s;
}

/** The policies a twin match plays: they act alike until the last turn begins. */
export const TWIN = [{ kind: "keepAll" }, { kind: "lastBreak" }] as const satisfies readonly PolicySpec[];

/**
 * The same seed played by `power` keeping every promise and by `power` keeping them all but
 * one, broken in the last turn: the two act alike until the last turn begins (policies.ts), so
 * the turns before it are played once and the last turn twice. The records are exactly those
 * of two separate matches, at little more than the cost of one.
 */
export function playTwin(seed: number, power: PowerId): [MatchRecord, MatchRecord] {
  const [keep, brk] = TWIN.map((policy) => ({ power, policy }));
  const prefix = playState(seed, keep, (s) => s.turn >= s.lastTurn);
  return [record(drive(prefix, keep as Focus)), record(drive(prefix, brk as Focus))];
}

function promisesOf(s: MatchState, p: PowerId): number {
  const commitments = s.commitments.filter((c) => c.status !== "pending" && c.parties.includes(p)).length;
  return commitments + s.ceasefires.reduce((a, c) => a + (c.parties.includes(p) ? c.record.length : 0), 0);
}

function brokenBy(s: MatchState, p: PowerId): number {
  const commitments = s.commitments.filter((c) => c.breakers.includes(p)).length;
  return commitments + s.ceasefires.filter((c) => c.secretBreaches.some((b) => b.breakers.includes(p))).length;
}

/**
 * The orders phase of every turn of one all-bot match (seed 1): where "every order a power can
 * give" is read. Turn 1 alone would miss what a ceasefire then forbids (the parade truce keeps
 * Russia's offensive, strikes and truces out of turn 1).
 */
export function referenceStates(): MatchState[] {
  const out: MatchState[] = [];
  playState(1, undefined, (s) => {
    if (s.phase === "orders") out.push(s);
    return false;
  });
  return out;
}

export function record(s: MatchState): MatchRecord {
  const scores = computeScores(s);
  const w = winners(scores);
  const spec = (p: PowerId) => s.scenario.powers[p];
  return {
    wins: POWERS.map((p) => (w.includes(p) ? 1 / w.length : 0)),
    totals: POWERS.map((p) => scores[p].total),
    goals: POWERS.map((p) => scores[p].publicGoals.map((g) => (g.met ? 1 : 0))),
    drawn: POWERS.map((p) => spec(p).secretObjectives.findIndex((o) => o.id === s.secretObjectives[p])),
    secrets: POWERS.map((p) => spec(p).secretObjectives.map((o) => (evaluate(s, o.condition) ? 1 : 0))),
    front: s.world.frontLine - s.scenario.world.frontLine,
    agreed: s.ceasefires.some((c) => !c.unilateral) ? 1 : 0,
    lasting: (s.tallies["lastingCeasefire"] ?? 0) > 0 ? 1 : 0,
    truce: s.ceasefires.some((c) => c.unilateral) ? 1 : 0,
    usOnRussia: SECTORS.reduce((a, sector) => a + (s.sanctions[sanctionKey("usa", "russia", sector)] ?? 0), 0),
    chinaMilitaryAid: POWERS.reduce((a, p) => a + (s.tallies[`militaryAid.china>${p}`] ?? 0), 0),
    promises: POWERS.map((p) => promisesOf(s, p)),
    broken: POWERS.map((p) => brokenBy(s, p)),
  };
}

export function playMatch(seed: number, focus?: Focus): MatchRecord {
  return record(playState(seed, focus));
}
