// Objectives and the one scoring function.
import { relation, round1 } from "./draft";
import { totalSanctions } from "./sanctions";
import type { Condition, Objective } from "./scenarioSchema";
import { METERS, POWERS, tallyKey, trustKey, type MatchState, type MeterId, type PowerId } from "./types";

function within(x: number, c: { atLeast?: number | undefined; atMost?: number | undefined }): boolean {
  return (c.atLeast === undefined || x >= c.atLeast) && (c.atMost === undefined || x <= c.atMost);
}

/** Average trust the other powers place in `p`. */
export function trustIn(s: Pick<MatchState, "trust">, p: PowerId): number {
  const others = POWERS.filter((q) => q !== p);
  return others.reduce((a, q) => a + s.trust[trustKey(q, p)], 0) / others.length;
}

/** Whether a condition holds in this state. */
export function evaluate(s: MatchState, c: Condition): boolean {
  const sc = s.scenario;
  switch (c.kind) {
    case "meter":
      return within(s.powers[c.power].meters[c.meter], c);
    case "meterChange":
      return within(s.powers[c.power].meters[c.meter] - sc.powers[c.power].start[c.meter], c);
    case "world":
      return within(s.world[c.key], c);
    case "worldChange":
      return within(s.world[c.key] - sc.world[c.key], c);
    case "relation":
      return within(relation(s, c.a, c.b), c);
    case "trustIn":
      return within(trustIn(s, c.power), c);
    case "sanctionLevel":
      return within(totalSanctions(s, c.target, c.imposer), c);
    case "tally":
      return within(s.tallies[c.key] ?? 0, c);
    case "ceasefireKept":
      return s.ceasefires.some((cf) => !cf.unilateral && cf.keptTurns >= c.turns && (c.monitored === undefined || cf.monitored === c.monitored));
    case "noBrokenCommitments":
      return (s.tallies[tallyKey("commitmentsBroken", c.power)] ?? 0) === 0;
    case "ceasefireActive":
      return s.ceasefires.some((cf) => cf.status === "active" && !cf.unilateral && c.parties.every((p) => cf.parties.includes(p)));
    case "not":
      return !evaluate(s, c.of);
    case "all":
      return c.of.every((x) => evaluate(s, x));
    case "any":
      return c.of.some((x) => evaluate(s, x));
  }
}

export interface ObjectiveResult {
  id: string;
  title: string;
  points: number;
  met: boolean;
}

export interface ScoreBreakdown {
  power: PowerId;
  /** Half a point per point gained on each of the power's own meters since the start. */
  meters: number;
  publicGoals: ObjectiveResult[];
  secretObjective: ObjectiveResult;
  /** Everyone gains when a ceasefire lasts. */
  sharedGoal: number;
  /** BROKER_POINTS if the power, from outside the war, proposed the ceasefire that lasted. */
  broker: number;
  /** A fifth of a point per point of trust the others place in the power, above or below the start. */
  trust: number;
  /** The scenario's handicap for this power (subtracted). */
  par: number;
  total: number;
}

export const METER_WEIGHT = 0.5;
export const TRUST_WEIGHT = 0.2;
/**
 * What brokering a lasting ceasefire is worth, on top of the shared goal everyone gains: more
 * than any goal a power outside the war meets by watching it (the US's peace talks, 8), so a
 * broker gains more than the bystanders and mediating raises its rank.
 */
export const BROKER_POINTS = 10;

function result(s: MatchState, o: Objective): ObjectiveResult {
  return { id: o.id, title: o.title, points: o.points, met: evaluate(s, o.condition) };
}

/**
 * The score of every power:
 *   meters (own meters' change since the start × 0.5, a meter where lower is better counted reversed)
 * + points of each public goal met + points of the secret objective if met
 * + the shared goal's points if a ceasefire lasted
 * + trust (change in the average trust others place in the power × 0.2)
 * − par (the scenario's balancing handicap).
 * The highest total wins; equal totals share the win.
 */
export function computeScores(s: MatchState): Record<PowerId, ScoreBreakdown> {
  const sc = s.scenario;
  const shared = (s.tallies["lastingCeasefire"] ?? 0) > 0 ? sc.sharedGoal.points : 0;
  const out = {} as Record<PowerId, ScoreBreakdown>;
  for (const p of POWERS) {
    const spec = sc.powers[p];
    let meters = 0;
    for (const m of METERS as readonly MeterId[]) {
      const change = s.powers[p].meters[m] - spec.start[m];
      meters += m === "special" && !spec.special.higherIsBetter ? -change : change;
    }
    meters *= METER_WEIGHT;
    const publicGoals = spec.publicGoals.map((o) => result(s, o));
    const secretSpec = spec.secretObjectives.find((o) => o.id === s.secretObjectives[p]) ?? spec.secretObjectives[0];
    const secretObjective = secretSpec ? result(s, secretSpec) : { id: "", title: "", points: 0, met: false };
    const trust = (trustIn(s, p) - s.initialTrustIn[p]) * TRUST_WEIGHT;
    const broker = (s.tallies[tallyKey("broker", p)] ?? 0) > 0 ? BROKER_POINTS : 0;
    const total =
      meters + publicGoals.reduce((a, g) => a + (g.met ? g.points : 0), 0) + (secretObjective.met ? secretObjective.points : 0) + shared + broker + trust - spec.par;
    out[p] = { power: p, meters: round1(meters), publicGoals, secretObjective, sharedGoal: shared, broker, trust: round1(trust), par: spec.par, total: round1(total) };
  }
  return out;
}

/** The powers with the highest total (several on a tie). */
export function winners(scores: Record<PowerId, ScoreBreakdown>): PowerId[] {
  const best = Math.max(...POWERS.map((p) => scores[p].total));
  return POWERS.filter((p) => scores[p].total === best);
}
