// A bot's thinking: a utility that estimates a power's final score from a state, and a one-step
// lookahead that resolves a hypothetical turn with the real engine. The hypothetical state is
// built from the bot's own view only (another power's secret objective and pending orders are
// not in it), and trimmed of the records resolution does not need, so each lookahead is cheap.
import { resolveOrders } from "./resolution";
import { BROKER_POINTS, METER_WEIGHT, TRUST_WEIGHT, evaluate, trustIn } from "./scoring";
import { totalSanctions } from "./sanctions";
import { relation } from "./draft";
import type { Order } from "./orders";
import type { Condition, Objective, PowerSpec, Scenario } from "./scenarioSchema";
import type { MatchView } from "./view";
import { METERS, POWERS, tallyKey, trustKey, type MatchState, type PowerId } from "./types";

/**
 * How far play can move each kind of quantity in one turn, in its own units: the width of a
 * goal's uncertainty per turn left. A goal 1 spread short with one turn left is met about one
 * time in four; with five turns left, about four times in ten.
 */
export const GOAL_SPREAD_PER_TURN = { meter: 3, world: 1.5, front: 0.6, relation: 5, trust: 3, sanctions: 1, tally: 0.8 } as const;
/** The spread left once no turn remains (the final state is known exactly; a small width keeps the slope). */
export const GOAL_SPREAD_FLOOR = 0.25;
/** Chance a ceasefire in force is kept one more turn, as a bot expects it. */
export const CEASEFIRE_HOLD_CHANCE = 0.75;
/** Chance a bot gives a ceasefire that does not exist yet of being agreed later (per turn left). */
export const CEASEFIRE_LATER_CHANCE = 0.08;

function within(x: number, c: { atLeast?: number | undefined; atMost?: number | undefined }): number {
  // The signed distance to the threshold: positive inside, negative outside.
  const lo = c.atLeast === undefined ? Infinity : x - c.atLeast;
  const hi = c.atMost === undefined ? Infinity : c.atMost - x;
  return Math.min(lo, hi);
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Resolutions still to come after this state (the turn in hand counts until it is resolved). */
export function turnsLeft(s: Pick<MatchState, "turn" | "lastTurn" | "phase">): number {
  const done = s.phase === "resolution" || s.phase === "ended";
  return Math.max(0, s.lastTurn - s.turn + (done ? 0 : 1));
}

function chance(margin: number, perTurn: number, left: number): number {
  if (margin === Infinity) return 1;
  return sigmoid(margin / (perTurn * (GOAL_SPREAD_FLOOR + left)));
}

/** A smooth estimate (0..1) that a condition will hold at the end of the match. */
export function goalChance(s: MatchState, c: Condition, left = turnsLeft(s)): number {
  const sc = s.scenario;
  const w = GOAL_SPREAD_PER_TURN;
  switch (c.kind) {
    case "meter":
      return chance(within(s.powers[c.power].meters[c.meter], c), w.meter, left);
    case "meterChange":
      return chance(within(s.powers[c.power].meters[c.meter] - sc.powers[c.power].start[c.meter], c), w.meter, left);
    case "world":
      return chance(within(s.world[c.key], c), c.key === "frontLine" ? w.front : w.world, left);
    case "worldChange":
      return chance(within(s.world[c.key] - sc.world[c.key], c), c.key === "frontLine" ? w.front : w.world, left);
    case "relation":
      return chance(within(relation(s, c.a, c.b), c), w.relation, left);
    case "trustIn":
      return chance(within(trustIn(s, c.power), c), w.trust, left);
    case "sanctionLevel":
      return chance(within(totalSanctions(s, c.target, c.imposer), c), w.sanctions, left);
    case "tally":
      return chance(within(s.tallies[c.key] ?? 0, c), w.tally, left);
    case "ceasefireKept":
      return ceasefireChance(s, c.turns, c.monitored, left);
    case "noBrokenCommitments":
      return (s.tallies[tallyKey("commitmentsBroken", c.power)] ?? 0) === 0 ? 1 : 0;
    case "ceasefireActive":
      return evaluate(s, c) ? 1 : 0;
    case "not":
      return 1 - goalChance(s, c.of, left);
    case "all":
      return c.of.reduce((p, x) => p * goalChance(s, x, left), 1);
    case "any":
      return 1 - c.of.reduce((p, x) => p * (1 - goalChance(s, x, left)), 1);
  }
}

/** Chance that a bilateral ceasefire reaches `turns` kept turns by the end. */
function ceasefireChance(s: MatchState, turns: number, monitored: boolean | undefined, left: number): number {
  let best = 0;
  for (const cf of s.ceasefires) {
    if (cf.unilateral || (monitored !== undefined && cf.monitored !== monitored)) continue;
    if (cf.keptTurns >= turns) return 1;
    if (cf.status !== "active") continue;
    const need = turns - cf.keptTurns;
    const room = Math.min(cf.endTurn, s.lastTurn) - s.turn + (s.phase === "resolution" || s.phase === "ended" ? 0 : 1);
    if (room >= need) best = Math.max(best, CEASEFIRE_HOLD_CHANCE ** need);
  }
  if (best > 0) return best;
  const spare = left - turns;
  return spare >= 0 ? Math.min(0.5, CEASEFIRE_LATER_CHANCE * (spare + 1)) * CEASEFIRE_HOLD_CHANCE ** turns : 0;
}

/** Chance that a ceasefire this power brokered lasts (it scores BROKER_POINTS then). */
function brokerChance(s: MatchState, power: PowerId, turns: number): number {
  if ((s.tallies[tallyKey("broker", power)] ?? 0) > 0) return 1;
  const mine = s.ceasefires.find((c) => c.broker === power && c.status === "active");
  if (!mine) return 0;
  const need = turns - mine.keptTurns;
  const room = Math.min(mine.endTurn, s.lastTurn) - s.turn + (s.phase === "resolution" || s.phase === "ended" ? 0 : 1);
  return room >= need ? CEASEFIRE_HOLD_CHANCE ** need : 0;
}

/**
 * A power's expected final score from this state, as far as the state shows it: its meters as
 * scored, each of its goals' points times the chance of meeting it, the shared goal likewise,
 * and the trust term. (The par is a constant and left out.) Only the secret objectives the
 * state's scenario holds count: a bot's hypothetical state holds its own alone.
 */
export function powerUtility(s: MatchState, power: PowerId): number {
  const spec = s.scenario.powers[power];
  const left = turnsLeft(s);
  let meters = 0;
  for (const m of METERS) {
    const change = s.powers[power].meters[m] - spec.start[m];
    meters += m === "special" && !spec.special.higherIsBetter ? -change : change;
  }
  let trust = 0;
  for (const q of POWERS) if (q !== power) trust += s.trust[trustKey(q, power)];
  let u = meters * METER_WEIGHT + (trust / (POWERS.length - 1) - s.initialTrustIn[power]) * TRUST_WEIGHT;
  for (const g of spec.publicGoals) u += g.points * goalChance(s, g.condition, left);
  const secret = spec.secretObjectives.find((o) => o.id === s.secretObjectives[power]);
  if (secret) u += secret.points * goalChance(s, secret.condition, left);
  const shared = s.scenario.sharedGoal;
  u += shared.points * ((s.tallies["lastingCeasefire"] ?? 0) > 0 ? 1 : ceasefireChance(s, shared.keptTurns, undefined, left));
  u += BROKER_POINTS * brokerChance(s, power, shared.keptTurns);
  return u;
}

/**
 * The state a bot imagines from its view: everything public plus its own secrets, nobody
 * else's (their secret objectives are empty, their pending orders unknown), and only what a
 * turn's resolution reads: no news, its own orders of the last two turns, one history entry, no offers.
 */
export function imagine(view: MatchView, me: PowerId, rng: number): MatchState {
  const own: Objective | undefined = view.secretObjectives[me];
  const scenario = imaginedScenario(view, me, own);
  const last = view.history[view.history.length - 1];
  return {
    scenario,
    seed: 0,
    turn: view.turn,
    lastTurn: view.lastTurn,
    phase: "orders",
    seats: view.seats,
    powers: view.powers,
    relations: view.relations,
    trust: view.trust,
    world: view.world,
    worldTrend: view.worldTrend,
    sanctions: view.sanctions,
    // Ended ceasefires matter only through their kept turns (the shared goal).
    ceasefires: view.ceasefires
      .filter((c) => c.status === "active" || (!c.unilateral && c.keptTurns > 0))
      .map((c) => ({ ...c, secretBreaches: c.secretBreaches ?? [] })),
    offers: view.offers.filter((o) => o.status === "proposed"),
    commitments: view.commitments.filter((c) => c.status === "pending"),
    orders: {},
    ready: view.ready,
    // Its own last two turns of orders: repeated words and envoys wear thin (actions.ts).
    orderHistory: view.orderHistory.filter((h) => h.power === me && h.turn >= view.turn - 2),
    secretObjectives: { russia: "", china: "", usa: "", ukraine: "", eu: "", ...(own ? { [me]: own.id } : {}) },
    initialTrustIn: view.initialTrustIn,
    events: [],
    deck: [],
    news: [],
    // Words still open to contradiction: the bot's lookahead sees what a contradiction costs.
    sayDo: view.sayDo.filter((e) => e.verdict === "pending"),
    history: last ? [last] : [],
    tallies: view.tallies,
    nextId: 1_000_000,
    rng,
  };
}

/** Imagined scenarios by brief, then by power and secret: the same few are imagined over and over. */
const imagined = new WeakMap<MatchView["scenario"], Map<string, Scenario>>();

function imaginedScenario(view: MatchView, me: PowerId, own: Objective | undefined): Scenario {
  let byKey = imagined.get(view.scenario);
  if (!byKey) {
    byKey = new Map();
    imagined.set(view.scenario, byKey);
  }
  // An objective is identified by its id within the scenario (ids are unique in a pool).
  const key = `${me}:${own?.id ?? ""}`;
  let sc = byKey.get(key);
  if (!sc || (own && sc.powers[me].secretObjectives[0] !== own)) {
    sc = makeImaginedScenario(view, me, own);
    byKey.set(key, sc);
  }
  return sc;
}

function makeImaginedScenario(view: MatchView, me: PowerId, own: Objective | undefined): Scenario {
  const powers = {} as Record<PowerId, PowerSpec>;
  for (const p of POWERS) powers[p] = { ...view.scenario.powers[p], secretObjectives: p === me && own ? [own] : [] };
  return { ...view.scenario, powers, events: [] };
}

/** The state after resolving the imagined turn with these orders (powers not listed hold). */
export function lookahead(s: MatchState, orders: Partial<Record<PowerId, Order[]>>): MatchState {
  return resolveOrders({ ...s, orders }).state;
}
