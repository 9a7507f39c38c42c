// Orders: the schema of every action a power can commit for a turn, its cost, and validation.
import { z } from "zod";
import { PowerIdSchema, ScopeSchema, SectorSchema, isBelligerent } from "./scenarioSchema";
import { cloneState } from "./draft";
import { pledgedThisTurn } from "./pledges";
import { rawTextUnits, textLength } from "../text";
import {
  SANCTION_MAX_LEVEL,
  isPower,
  ok,
  refuse,
  sanctionKey,
  type Ceasefire,
  type MatchState,
  type PowerId,
  type Result,
} from "./types";

export const ToneSchema = z.enum(["conciliatory", "neutral", "firm", "threatening"]);
export const TopicSchema = z.enum(["war", "taiwan", "trade", "sanctions", "history"]);
export const DecisionSchema = z.enum(["keep", "break"]);

/** The most characters (as a person counts them) a statement's own words may have. */
export const STATEMENT_MAX_CHARS = 280;

/** A statement's words: past the limit, refused by the rules with the limit stated (the schema only bounds the raw size). */
export function statementTooLong(text: string): Result<true> {
  const n = textLength(text);
  return n > STATEMENT_MAX_CHARS ? refuse("TEXT_TOO_LONG.statement", { count: STATEMENT_MAX_CHARS, length: n }) : ok(true);
}

export const StatementOrderSchema = z.object({
  type: z.literal("statement"),
  audience: z.union([z.literal("world"), z.array(PowerIdSchema).min(1).max(4)]),
  tone: ToneSchema,
  topic: TopicSchema,
  text: z.string().max(rawTextUnits(STATEMENT_MAX_CHARS)),
  /** On Taiwan only: "principle" endorses the claimant's one-China principle; "policy" (the
   *  default) affirms a one-China policy without endorsing the claim. */
  stance: z.enum(["principle", "policy"]).optional(),
});
export const SanctionOrderSchema = z.object({
  type: z.literal("sanction"),
  target: PowerIdSchema,
  sector: SectorSchema,
  action: z.enum(["impose", "tighten", "ease", "lift"]),
});
export const AidOrderSchema = z.object({
  type: z.literal("aid"),
  to: PowerIdSchema,
  kind: z.enum(["military", "economic", "humanitarian", "dualUse"]),
});
/** The scenario's lifeline provider keeps (open) or withholds the trade that props up its partner. */
export const LifelineOrderSchema = z.object({ type: z.literal("lifeline"), to: PowerIdSchema, open: z.boolean() });
export const PostureOrderSchema = z.object({ type: z.literal("posture"), stance: z.enum(["offensive", "hold", "fortify"]) });
export const StrikeOrderSchema = z.object({ type: z.literal("strike"), target: z.enum(["energy", "airports", "military"]) });
export const SummitOrderSchema = z.object({ type: z.literal("summit"), with: PowerIdSchema });
export const CeasefireOrderSchema = z.object({ type: z.literal("ceasefire"), ceasefireId: z.string().max(40), decision: DecisionSchema });
export const DeclareCeasefireOrderSchema = z.object({
  type: z.literal("declareCeasefire"),
  turns: z.number().int().min(1).max(3),
  scope: ScopeSchema,
});
export const CommitmentOrderSchema = z.object({ type: z.literal("commitment"), commitmentId: z.string().max(40), decision: DecisionSchema });

export const OrderSchema = z.discriminatedUnion("type", [
  StatementOrderSchema,
  SanctionOrderSchema,
  AidOrderSchema,
  PostureOrderSchema,
  StrikeOrderSchema,
  SummitOrderSchema,
  CeasefireOrderSchema,
  DeclareCeasefireOrderSchema,
  CommitmentOrderSchema,
  LifelineOrderSchema,
]);
export type Order = z.infer<typeof OrderSchema>;
export type StatementOrder = z.infer<typeof StatementOrderSchema>;
export type SanctionOrder = z.infer<typeof SanctionOrderSchema>;
export type AidOrder = z.infer<typeof AidOrderSchema>;
export type StrikeOrder = z.infer<typeof StrikeOrderSchema>;
export type LifelineOrder = z.infer<typeof LifelineOrderSchema>;

export const MAX_ORDERS = 8;

/** The message a client sends to commit its orders for a turn. */
export const OrderSubmissionSchema = z.object({
  turn: z.number().int().min(0),
  orders: z.array(OrderSchema).max(MAX_ORDERS),
  ready: z.boolean().optional(),
});
export type OrderSubmission = z.infer<typeof OrderSubmissionSchema>;

/** Diplomatic capital an order costs. */
export function orderCost(o: Order): number {
  switch (o.type) {
    case "statement":
    case "sanction":
    case "strike":
    case "declareCeasefire":
      return 1;
    case "aid":
      return o.kind === "military" ? 2 : 1;
    case "posture":
      return o.stance === "hold" ? 0 : 1;
    case "summit":
      return 2;
    case "lifeline":
      // Withholding the lifeline is the default and costs nothing, like holding the front.
      return o.open ? 1 : 0;
    case "ceasefire":
    case "commitment":
      return 0;
  }
}

/** A power's diplomatic capital this turn: the base, less one while its weak meter is low, less
 *  what it pledged in the deals carried out this turn (never below zero). */
export function budgetFor(state: MatchState, power: PowerId): number {
  const b = state.scenario.powers[power].budget;
  const low = b.penalty !== undefined && state.powers[power].meters[b.penalty.meter] < b.penalty.below;
  return Math.max(0, b.base - (low ? 1 : 0) - pledgedThisTurn(state, power));
}

/** Ceasefires in force this turn that bind `power`. */
export function bindingCeasefires(state: MatchState, power: PowerId): Ceasefire[] {
  return state.ceasefires.filter((c) => c.status === "active" && c.startTurn <= state.turn && c.parties.includes(power));
}

/** Whether a ceasefire of this scope forbids an offensive (`null`) or a strike on `target`. */
export function scopeCovers(scope: Ceasefire["scope"], target: "energy" | "airports" | "military" | null): boolean {
  if (scope === "full") return true;
  if (target === null) return false;
  return scope === "air" || (scope === "energy" && target === "energy");
}

/** Checks a whole set of orders for one power against the current state. */
export function validateOrders(state: MatchState, power: PowerId, orders: readonly Order[]): Result<true> {
  if (orders.length > MAX_ORDERS) return refuse("TOO_MANY_ORDERS", { count: MAX_ORDERS });
  const cost = orders.reduce((a, o) => a + orderCost(o), 0);
  const budget = budgetFor(state, power);
  if (cost > budget) {
    return refuse("OVER_BUDGET.orders", { power, cost, budget });
  }
  const seen = new Set<string>();
  const breaking = new Set(orders.flatMap((o) => (o.type === "ceasefire" && o.decision === "break" ? [o.ceasefireId] : [])));
  for (const o of orders) {
    const key = orderKey(o);
    if (seen.has(key)) return refuse("DUPLICATE_ORDER", { type: o.type });
    seen.add(key);
    const words = o.type === "statement" ? statementTooLong(o.text) : ok(true);
    if (!words.ok) return words;
    const r = validateOrder(state, power, o, breaking);
    if (!r.ok) return r;
  }
  return ok(true);
}

/** Two orders with the same key cannot be given in one turn. */
export function orderKey(o: Order): string {
  switch (o.type) {
    case "statement":
      return `statement:${o.topic}:${o.audience === "world" ? "world" : [...o.audience].sort().join(",")}`;
    case "sanction":
      return `sanction:${o.target}:${o.sector}`;
    case "aid":
      return `aid:${o.to}:${o.kind}`;
    case "posture":
      return "posture";
    case "strike":
      return `strike:${o.target}`;
    case "summit":
      return "summit";
    case "ceasefire":
      return `ceasefire:${o.ceasefireId}`;
    case "declareCeasefire":
      return "declareCeasefire";
    case "commitment":
      return `commitment:${o.commitmentId}`;
    case "lifeline":
      return `lifeline:${o.to}`;
  }
}

/** Checks one order; `breaking` holds the ceasefires this power's order set breaks. */
export function validateOrder(state: MatchState, power: PowerId, o: Order, breaking: ReadonlySet<string> = new Set()): Result<true> {
  const spec = state.scenario.powers[power];
  switch (o.type) {
    case "statement":
      if (o.audience !== "world" && o.audience.includes(power)) return refuse("INVALID_TARGET.statementSelf");
      return ok(true);
    case "sanction": {
      if (o.target === power) return refuse("INVALID_TARGET.sanctionSelf");
      const level = state.sanctions[sanctionKey(power, o.target, o.sector)] ?? 0;
      if (o.action === "impose" && level > 0) return refuse("ALREADY_SANCTIONED", { target: o.target, sector: o.sector });
      if (o.action === "tighten" && level === 0) return refuse("NO_SANCTIONS.tighten", { target: o.target, sector: o.sector });
      if (o.action === "tighten" && level >= SANCTION_MAX_LEVEL) return refuse("SANCTIONS_AT_MAX", { target: o.target, sector: o.sector });
      if ((o.action === "ease" || o.action === "lift") && level === 0) return refuse(o.action === "ease" ? "NO_SANCTIONS.ease" : "NO_SANCTIONS.lift", { target: o.target, sector: o.sector });
      return ok(true);
    }
    case "aid":
      if (o.to === power) return refuse("INVALID_TARGET.aidSelf");
      if (o.kind === "military" && spec.lethalAid === false) {
        return refuse("NO_LETHAL_AID.orders", { power });
      }
      if ((o.kind === "military" || o.kind === "dualUse") && !isBelligerent(state.scenario.powers[o.to])) {
        return refuse(o.kind === "military" ? "INVALID_TARGET.militaryNotAtWar" : "INVALID_TARGET.dualUseNotAtWar", { power: o.to });
      }
      return ok(true);
    case "lifeline":
      if (!state.scenario.lifelines.some((l) => l.provider === power && l.to === o.to)) {
        return refuse("NO_LIFELINE", { power, to: o.to });
      }
      return ok(true);
    case "posture":
    case "strike": {
      if (!isBelligerent(spec)) return refuse("NOT_BELLIGERENT.military", { power });
      const target = o.type === "strike" ? o.target : o.stance === "offensive" ? null : undefined;
      if (target === undefined) return ok(true);
      const bound = bindingCeasefires(state, power).find((c) => scopeCovers(c.scope, target) && !breaking.has(c.id));
      if (bound) {
        return refuse(o.type === "strike" ? "CEASEFIRE_IN_FORCE.strike" : "CEASEFIRE_IN_FORCE.offensive");
      }
      return ok(true);
    }
    case "summit":
      if (o.with === power) return refuse("INVALID_TARGET.summitSelf");
      return ok(true);
    case "ceasefire": {
      const c = state.ceasefires.find((x) => x.id === o.ceasefireId);
      if (!c || c.status !== "active") return refuse("UNKNOWN_CEASEFIRE");
      if (!c.parties.includes(power)) return refuse("NOT_PARTY_TO_CEASEFIRE", { power });
      return ok(true);
    }
    case "declareCeasefire":
      if (!isBelligerent(spec)) return refuse("NOT_BELLIGERENT.ceasefire", { power });
      if (bindingCeasefires(state, power).length > 0) return refuse("CEASEFIRE_ALREADY_IN_FORCE.bound");
      return ok(true);
    case "commitment": {
      const c = state.commitments.find((x) => x.id === o.commitmentId);
      if (!c || c.status !== "pending") return refuse("UNKNOWN_COMMITMENT");
      if (!c.parties.includes(power)) return refuse("NOT_PARTY_TO_COMMITMENT");
      return ok(true);
    }
  }
}

/** Records (or replaces) a power's orders for the current turn. */
export function submitOrders(state: MatchState, power: PowerId, submission: unknown): Result<MatchState> {
  if (state.phase !== "negotiation" && state.phase !== "orders") {
    return refuse("WRONG_PHASE.orders");
  }
  if (!isPower(power)) return refuse("UNKNOWN_POWER");
  const parsed = OrderSubmissionSchema.safeParse(submission);
  if (!parsed.success) return refuse("INVALID_ORDER");
  const { turn, orders, ready } = parsed.data;
  if (turn < state.turn) return refuse("STALE_TURN.orders", { turn, now: state.turn });
  if (turn > state.turn) return refuse("FUTURE_TURN", { turn, now: state.turn });
  if (state.seats[power] === "absent") return refuse("SEAT_EMPTY.plays", { power });
  if (state.ready[power]) return refuse("ALREADY_READY.orders");
  const valid = validateOrders(state, power, orders);
  if (!valid.ok) return valid;
  const s = cloneState(state);
  s.orders = { ...s.orders, [power]: orders };
  s.ready[power] = ready === true;
  return ok(s);
}

/** True when every seated power has declared its orders final (the server may end the phase early). */
export function allReady(state: MatchState): boolean {
  return (Object.keys(state.seats) as PowerId[]).every((p) => state.seats[p] !== "human" || state.ready[p]);
}
