// The orders a bot considers, from one table: each order kind lists its candidates in a state
// and says how a bot screens one. An order whose whole effect is its own resolution step
// (a statement, aid, a summit...) is screened by running that engine step on the turn already
// resolved without it; an order whose effect runs through later steps (a posture moves the
// front) is screened by resolving the whole turn again. A new order kind is added here only.
import { applyAid, applyStatement, applySummits } from "./actions";
import { declareCeasefires } from "./ceasefires";
import type { Draft } from "./draft";
import { orderCost, validateOrder, type Order } from "./orders";
import { applySanctionOrder, sanctionLevel } from "./sanctions";
import { isBelligerent, type BotPersonality } from "./scenarioSchema";
import { applyStrike } from "./war";
import { POWERS, SANCTION_MAX_LEVEL, SECTORS, type MatchState, type PowerId } from "./types";

export interface CandidateKind {
  /** The candidates of this kind open to `me` in state `s` (legality is checked afterwards). */
  enumerate(s: MatchState, me: PowerId): Order[];
  /** Runs the order's own resolution step; absent when only a whole turn shows its effect. */
  step?(d: Draft, me: PowerId, o: Order): void;
  /** The personality trait that breaks ties in this kind's favour. */
  taste(o: Order, bot: BotPersonality): number;
}

const others = (me: PowerId) => POWERS.filter((p) => p !== me);
const nobody = (): Record<PowerId, Order[]> => ({ russia: [], china: [], usa: [], ukraine: [], eu: [] });

export const CANDIDATE_KINDS: Record<Exclude<Order["type"], "ceasefire" | "commitment">, CandidateKind> = {
  posture: {
    enumerate: (s, me) => (isBelligerent(s.scenario.powers[me]) ? [{ type: "posture", stance: "offensive" }, { type: "posture", stance: "fortify" }] : []),
    taste: (o, b) => (o.type === "posture" && o.stance === "offensive" ? b.aggression : 0.5 - b.aggression / 2),
  },
  strike: {
    enumerate: (s, me) => (isBelligerent(s.scenario.powers[me]) ? (["energy", "airports", "military"] as const).map((target) => ({ type: "strike", target })) : []),
    step: (d, me, o) => {
      if (o.type === "strike") applyStrike(d, me, o);
    },
    taste: (_o, b) => b.aggression,
  },
  declareCeasefire: {
    enumerate: (s, me) => (isBelligerent(s.scenario.powers[me]) ? [{ type: "declareCeasefire", turns: 2, scope: "full" }, { type: "declareCeasefire", turns: 1, scope: "air" }] : []),
    step: (d, me, o) => declareCeasefires(d, { ...nobody(), [me]: [o] }),
    taste: (_o, b) => b.ceasefire,
  },
  sanction: {
    // Per target: tighten (or impose) where the sanction is lightest, ease where it is heaviest.
    enumerate: (s, me) =>
      others(me).flatMap((t) => {
        const levels = SECTORS.map((sector) => ({ sector, lv: sanctionLevel(s, me, t, sector) }));
        const light = levels.filter((x) => x.lv < SANCTION_MAX_LEVEL).sort((a, b) => a.lv - b.lv)[0];
        const heavy = levels.filter((x) => x.lv > 0).sort((a, b) => b.lv - a.lv)[0];
        const out: Order[] = [];
        if (light) out.push({ type: "sanction", target: t, sector: light.sector, action: light.lv === 0 ? "impose" : "tighten" });
        if (heavy) out.push({ type: "sanction", target: t, sector: heavy.sector, action: "ease" });
        return out;
      }),
    step: (d, me, o) => {
      if (o.type === "sanction") applySanctionOrder(d, me, o);
    },
    taste: (o, b) => (o.type === "sanction" && o.action === "ease" ? b.conciliation : b.sanctions),
  },
  aid: {
    enumerate: (s, me) =>
      others(me).flatMap((to) => {
        // Military aid from a power without lethal aid is dropped by the legality check. A
        // belligerent never arms its enemy: the step, run after the front has moved, would miss
        // what the enemy's stronger army costs it in the turns to come.
        const armed = isBelligerent(s.scenario.powers[to]) && !(isBelligerent(s.scenario.powers[me]) && s.scenario.powers[me].war !== s.scenario.powers[to].war);
        const kinds = armed ? (["military", "dualUse", "economic", "humanitarian"] as const) : (["economic", "humanitarian"] as const);
        return kinds.map((kind) => ({ type: "aid" as const, to, kind }));
      }),
    step: (d, me, o) => {
      if (o.type === "aid") applyAid(d, me, o);
    },
    taste: (_o, b) => b.generosity,
  },
  statement: {
    enumerate: (s, me) => {
      const claimant = s.scenario.claimant;
      const say = (audience: "world" | PowerId[], tone: "conciliatory" | "firm" | "threatening", topic: "war" | "taiwan" | "trade" | "sanctions" | "history"): Order => ({
        type: "statement",
        audience,
        tone,
        topic,
        text: "",
      });
      const out: Order[] = [say("world", "conciliatory", "war"), say("world", "firm", "history"), say("world", "threatening", "sanctions")];
      for (const t of others(me)) out.push(say([t], "conciliatory", "trade"), say([t], "firm", "sanctions"));
      if (me === claimant) out.push(say("world", "firm", "taiwan"), say("world", "conciliatory", "taiwan"));
      else {
        const principle: Order = { type: "statement", audience: [claimant], tone: "conciliatory", topic: "taiwan", stance: "principle", text: "" };
        out.push(say([claimant], "conciliatory", "taiwan"), principle, say("world", "firm", "taiwan"));
      }
      return out;
    },
    step: (d, me, o) => {
      if (o.type === "statement") applyStatement(d, me, o);
    },
    taste: (o, b) => (o.type === "statement" && o.tone === "conciliatory" ? b.conciliation : b.aggression),
  },
  lifeline: {
    // Its blunting runs through the sanctions' step: screened by resolving the whole turn.
    enumerate: (s, me) => s.scenario.lifelines.filter((l) => l.provider === me).map((l) => ({ type: "lifeline", to: l.to, open: true })),
    taste: (_o, b) => b.generosity,
  },
  summit: {
    enumerate: (_s, me) => others(me).map((w) => ({ type: "summit", with: w })),
    step: (d, me, o) => {
      if (o.type === "summit") applySummits(d, new Map([[me, o.with]]));
    },
    taste: (_o, b) => b.conciliation,
  },
};

export interface Candidate {
  order: Order;
  kind: CandidateKind;
  cost: number;
}

/**
 * Up to `n` legal candidate orders for `me`, drawn at random (by `roll`, in [0, 1)) from every
 * kind's candidates, given the ceasefires its secret decisions break.
 */
export function candidateOrders(s: MatchState, me: PowerId, breaking: ReadonlySet<string>, n: number, roll: () => number): Candidate[] {
  const all: { order: Order; kind: CandidateKind }[] = [];
  for (const kind of Object.values(CANDIDATE_KINDS)) for (const order of kind.enumerate(s, me)) all.push({ order, kind });
  const out: Candidate[] = [];
  // A partial shuffle: legality is checked only for the candidates drawn.
  for (let i = 0; i < all.length && out.length < n; i++) {
    const j = i + Math.floor(roll() * (all.length - i));
    const pick = all[j] as (typeof all)[number];
    all[j] = all[i] as (typeof all)[number];
    if (validateOrder(s, me, pick.order, breaking).ok) out.push({ ...pick, cost: orderCost(pick.order) });
  }
  return out;
}
