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
  submitOrders,
  victoryDay2025,
  viewFor,
  winners,
  type MatchState,
  type PowerId,
  type Seats,
} from "../../shared/game/index";
import { driverFor, type Driver, type PolicySpec } from "./policies";

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

/** The harness plays the focus power's turn steps: its offers in negotiation, its answers and orders before resolution. */
function playFocus(s: MatchState, seed: number, power: PowerId, driver: Driver): MatchState {
  const x = (k: number) => ({ state: s, view: viewFor(s, { kind: "power", power }), power, seed: mix(seed, s.turn, k) });
  if (s.phase === "negotiation") {
    for (const a of driver.proposals(x(1))) {
      const r = applyOfferAction(s, power, a);
      if (r.ok) s = r.value;
    }
  } else if (s.phase === "orders") {
    let k = 10;
    for (const offer of s.offers) {
      if (offer.status !== "proposed" || !offer.to.includes(power) || offer.acceptedBy.includes(power)) continue;
      const r = applyOfferAction(s, power, driver.answer(x(k++), offer));
      if (r.ok) s = r.value;
    }
    const r = submitOrders(s, power, { turn: s.turn, orders: driver.orders(x(2)) });
    if (r.ok) s = r.value;
  }
  return s;
}

/** Plays a whole match and returns its final state. */
export function playState(seed: number, focus?: Focus, until?: (s: MatchState) => boolean): MatchState {
  const seats = allBots();
  if (focus) seats[focus.power] = "human";
  const driver = focus ? driverFor(focus.policy) : undefined;
  let s = createMatch(SCENARIO, { seed, seats });
  while (s.phase !== "ended" && !until?.(s)) {
    if (focus && driver) s = playFocus(s, seed, focus.power, driver);
    s = advancePhase(s).state;
  }
  return s;
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
  };
}

export function playMatch(seed: number, focus?: Focus): MatchRecord {
  return record(playState(seed, focus));
}
