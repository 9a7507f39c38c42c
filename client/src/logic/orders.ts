/**
 * What the order composer may offer: every order the game core has, cut down to those its own
 * validation accepts next to the orders already given. The server still decides; this only
 * spares a player choices that would be refused.
 */
import { POWERS, SECTORS, orderCost, validateOrders, type MatchState, type MatchView, type Order, type PowerId } from "../../../shared/game";
import { bindingCeasefires } from "../../../shared/game/orders";
import { violatesPledge } from "../../../shared/game/pledges";
import { describeTerms, listPowers } from "./format";
import { labels, t as tr, translate } from "../../../shared/i18n";

export type OrderType = Order["type"];

export const ORDER_TYPE_LABELS: Record<OrderType, string> = labels("match:orderType", ["statement", "sanction", "aid", "posture", "strike", "summit", "ceasefire", "declareCeasefire", "commitment", "lifeline"]);

/** The composer's fields of each order type, in the order they are chosen. */
export const ORDER_FIELDS: Record<OrderType, string[]> = {
  statement: ["audience", "tone", "topic", "stance", "text"],
  sanction: ["target", "sector", "action"],
  aid: ["to", "kind"],
  posture: ["stance"],
  strike: ["target"],
  summit: ["with"],
  ceasefire: ["ceasefireId", "decision"],
  declareCeasefire: ["turns", "scope"],
  commitment: ["commitmentId", "decision"],
  lifeline: ["to", "open"],
};

/** The engine's checks read only public parts of the state, all of which a power's view holds. */
function asState(view: MatchView): MatchState {
  return view as unknown as MatchState;
}

/** Budget left after `orders`. */
export function budgetLeft(view: MatchView, orders: readonly Order[]): number {
  return (view.budget ?? 0) - orders.reduce((sum, o) => sum + orderCost(o), 0);
}

/** The engine's own verdict on a whole order list, with its reason when refused. */
export function checkOrders(view: MatchView, power: PowerId, orders: readonly Order[]): { ok: true } | { ok: false; message: string } {
  const result = validateOrders(asState(view), power, orders);
  return result.ok ? { ok: true } : { ok: false, message: translate(result.text) };
}

/** Every order of every type this power could give in this match (statements stand for any audience/words). */
export function allCandidates(view: MatchView, power: PowerId): Order[] {
  const others = POWERS.filter((p) => p !== power);
  const out: Order[] = [];
  for (const tone of ["conciliatory", "neutral", "firm", "threatening"] as const) {
    for (const topic of ["war", "trade", "sanctions", "history"] as const) out.push({ type: "statement", audience: "world", tone, topic, text: "" });
    for (const stance of ["policy", "principle"] as const) out.push({ type: "statement", audience: "world", tone, topic: "taiwan", stance, text: "" });
  }
  for (const target of others) {
    for (const sector of SECTORS) for (const action of ["impose", "tighten", "ease", "lift"] as const) out.push({ type: "sanction", target, sector, action });
    for (const kind of ["military", "dualUse", "economic", "humanitarian"] as const) out.push({ type: "aid", to: target, kind });
    out.push({ type: "summit", with: target });
    for (const open of [true, false]) out.push({ type: "lifeline", to: target, open });
  }
  for (const stance of ["offensive", "hold", "fortify"] as const) out.push({ type: "posture", stance });
  for (const target of ["energy", "airports", "military"] as const) out.push({ type: "strike", target });
  for (const c of bindingCeasefires(asState(view), power)) {
    for (const decision of ["keep", "break"] as const) out.push({ type: "ceasefire", ceasefireId: c.id, decision });
  }
  for (const turns of [1, 2, 3]) for (const scope of ["full", "energy", "air"] as const) out.push({ type: "declareCeasefire", turns, scope });
  for (const c of view.commitments) {
    if (c.status !== "pending" || !c.parties.includes(power)) continue;
    if (c.terms.kind === "pledge" && c.terms.by !== power) continue; // only its pledger can break a pledge
    for (const decision of ["keep", "break"] as const) out.push({ type: "commitment", commitmentId: c.id, decision });
  }
  return out;
}

/** A warning when `order` is the deed one of `power`'s own pledges forbids (giving it breaks the pledge), else null. */
export function pledgeBrokenBy(view: MatchView, power: PowerId, order: Order): string | null {
  for (const c of view.commitments) {
    const t = c.terms;
    if (c.status !== "pending" || t.kind !== "pledge" || t.by !== power || !violatesPledge(t, order)) continue;
    return tr("match:breaksPledge", { powers: listPowers(c.parties.filter((p) => p !== power)), terms: describeTerms(t) });
  }
  return null;
}

/** Candidates the engine would accept added to `others` (the orders kept besides the one being written). */
export function legalCandidates(view: MatchView, power: PowerId, others: readonly Order[]): Order[] {
  return allCandidates(view, power).filter((c) => validateOrders(asState(view), power, [...others, c]).ok);
}

/** Order types with at least one legal choice, in the composer's order. */
export function legalTypes(legal: readonly Order[]): OrderType[] {
  const types = new Set(legal.map((o) => o.type));
  return (Object.keys(ORDER_FIELDS) as OrderType[]).filter((t) => types.has(t));
}

function fieldValue(o: Order, field: string): string {
  const v = (o as Record<string, unknown>)[field];
  return Array.isArray(v) ? v.join(",") : String(v);
}

/**
 * The values a field may take, given the fields chosen before it: only those that some legal
 * order of this type has. (Statement audience and words are free and not listed here.)
 */
export function fieldOptions(legal: readonly Order[], type: OrderType, chosen: Record<string, string>, field: string): string[] {
  const fields = ORDER_FIELDS[type];
  const before = fields.slice(0, fields.indexOf(field));
  const values: string[] = [];
  for (const o of legal) {
    if (o.type !== type) continue;
    if (!before.every((f) => chosen[f] === undefined || f === "audience" || f === "text" || fieldValue(o, f) === chosen[f])) continue;
    const v = fieldValue(o, field);
    if (!values.includes(v)) values.push(v);
  }
  return values;
}

/** Builds an order from the composer's chosen field values (null if incomplete). */
export function buildOrder(type: OrderType, chosen: Record<string, string>): Order | null {
  const need = (f: string) => chosen[f];
  switch (type) {
    case "statement": {
      const audience = need("audience") ?? "world";
      const powers = audience.split(",").filter((p): p is PowerId => (POWERS as readonly string[]).includes(p));
      if (!need("tone") || !need("topic")) return null;
      const stance = need("topic") === "taiwan" && (need("stance") === "principle" || need("stance") === "policy") ? { stance: need("stance") as "policy" } : {};
      return {
        type,
        audience: audience === "world" || powers.length === 0 ? "world" : powers,
        tone: need("tone") as "neutral",
        topic: need("topic") as "war",
        ...stance,
        text: need("text") ?? "",
      };
    }
    case "sanction":
      return need("target") && need("sector") && need("action")
        ? { type, target: need("target") as PowerId, sector: need("sector") as "energy", action: need("action") as "impose" }
        : null;
    case "aid":
      return need("to") && need("kind") ? { type, to: need("to") as PowerId, kind: need("kind") as "economic" } : null;
    case "posture":
      return need("stance") ? { type, stance: need("stance") as "hold" } : null;
    case "strike":
      return need("target") ? { type, target: need("target") as "energy" } : null;
    case "summit":
      return need("with") ? { type, with: need("with") as PowerId } : null;
    case "ceasefire":
      return need("ceasefireId") && need("decision") ? { type, ceasefireId: need("ceasefireId")!, decision: need("decision") as "keep" } : null;
    case "declareCeasefire":
      return need("turns") && need("scope") ? { type, turns: Number(need("turns")), scope: need("scope") as "full" } : null;
    case "commitment":
      return need("commitmentId") && need("decision") ? { type, commitmentId: need("commitmentId")!, decision: need("decision") as "keep" } : null;
    case "lifeline":
      return need("to") && need("open") ? { type, to: need("to") as PowerId, open: need("open") === "true" } : null;
  }
}

/** The composer's field values for an existing order (to edit it). */
export function orderFields(o: Order): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of ORDER_FIELDS[o.type]) if ((o as Record<string, unknown>)[f] !== undefined) out[f] = fieldValue(o, f);
  return out;
}

/**
 * Which order a refusal of the whole list concerns: the first one the engine's checks fail on
 * (an order given earlier can turn illegal when an event changes the world), else the one just
 * changed (a refusal that no single order explains, such as a phase that ended meanwhile).
 */
export function culpritIndex(view: MatchView, power: PowerId, orders: readonly Order[], changed: number): number {
  for (let i = 0; i < orders.length; i++) {
    if (!validateOrders(asState(view), power, orders.slice(0, i + 1)).ok) return i;
  }
  return changed;
}
