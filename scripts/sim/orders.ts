// The one place the simulation gets its legal orders from: the bots' own candidate table
// (shared/game/botCandidates), so an order kind the engine adds there is measured here too.
// Orders are named two ways: a *type* ("aid economic", target left open) for the order-value
// experiment, and a *template* (a type with its target, "aid economic>ukraine") for routines.
import { CANDIDATE_KINDS } from "../../shared/game/botCandidates";
import { POWERS, orderCost, pairKey, validateOrder, validateOrders, type MatchState, type Order, type PowerId } from "../../shared/game/index";

/** Every candidate order for `power` in this state that the rules accept on its own. */
export function legalOrders(s: MatchState, power: PowerId): Order[] {
  return Object.values(CANDIDATE_KINDS)
    .flatMap((k) => k.enumerate(s, power))
    .filter((o) => validateOrder(s, power, o).ok);
}

function field(o: Order, name: string): unknown {
  return (o as Record<string, unknown>)[name];
}

/** The order's kind without its target: what "every order type" means in the issue. */
export function typeKey(o: Order): string {
  switch (o.type) {
    case "statement": {
      const stance = field(o, "stance");
      return `statement ${o.tone} ${o.topic}${typeof stance === "string" ? ` (${stance})` : ""} ${o.audience === "world" ? "to the world" : "to a power"}`;
    }
    case "sanction":
      return o.action === "ease" || o.action === "lift" ? "sanction ease" : "sanction raise";
    case "aid":
      return `aid ${o.kind}`;
    case "posture":
      return `posture ${o.stance}`;
    case "strike":
      return `strike ${o.target}`;
    case "declareCeasefire":
      return `unilateral truce ${o.scope} ${o.turns}t`;
    default: {
      const open = field(o, "open");
      return typeof open === "boolean" ? `${o.type} ${open ? "open" : "closed"}` : o.type;
    }
  }
}

/** The power an order is aimed at, if any. */
export function targetOf(o: Order): PowerId | undefined {
  for (const name of ["to", "with", "target"]) {
    const v = field(o, name);
    if (typeof v === "string" && (POWERS as readonly string[]).includes(v)) return v as PowerId;
  }
  const audience = field(o, "audience");
  return Array.isArray(audience) && audience.length === 1 ? (audience[0] as PowerId) : undefined;
}

/** A type with its target: one step of a fixed routine. */
export function templateKey(o: Order): string {
  const t = targetOf(o);
  return t ? `${typeKey(o)}>${t}` : typeKey(o);
}

const HOSTILE = /sanction raise|firm|threatening/;

/** Every candidate order for `power` in this state, legal now or not (a ceasefire may only postpone it). */
function anyOrders(s: MatchState, power: PowerId): Order[] {
  return Object.values(CANDIDATE_KINDS).flatMap((k) => k.enumerate(s, power));
}

/**
 * The order of this type that a plain player would give now: aimed at the friendliest power
 * for help and warm words, at the least friendly one for pressure. With `intended`, the one it
 * means to give as soon as the rules let it (a strike a truce forbids today, tomorrow).
 */
export function orderOfType(s: MatchState, power: PowerId, type: string, intended = false): Order | undefined {
  const rel = (o: Order) => {
    const t = targetOf(o);
    return t ? s.relations[pairKey(power, t)] : 0;
  };
  const sign = HOSTILE.test(type) ? 1 : -1;
  return (intended ? anyOrders(s, power) : legalOrders(s, power))
    .filter((o) => typeKey(o) === type)
    .sort((a, b) => sign * (rel(a) - rel(b)))[0];
}

export function orderOfTemplate(s: MatchState, power: PowerId, template: string, intended = false): Order | undefined {
  return (intended ? anyOrders(s, power) : legalOrders(s, power)).find((o) => templateKey(o) === template);
}

/** Adds orders one by one while the whole set stays valid (budget, duplicates, legality). */
export function fitOrders(s: MatchState, power: PowerId, wanted: readonly (Order | undefined)[], start: readonly Order[] = []): Order[] {
  const out = [...start];
  for (const o of wanted) {
    if (o && validateOrders(s, power, [...out, o]).ok) out.push(o);
  }
  return out;
}

/** Distinct values of `key` over the legal orders at any of the states, with their capital cost. */
export function catalogue(states: MatchState | readonly MatchState[], power: PowerId, key: (o: Order) => string): { key: string; cost: number }[] {
  const seen = new Map<string, number>();
  for (const s of Array.isArray(states) ? states : [states]) for (const o of legalOrders(s, power)) if (!seen.has(key(o))) seen.set(key(o), orderCost(o));
  return [...seen].map(([k, cost]) => ({ key: k, cost })).sort((a, b) => a.key.localeCompare(b.key));
}
