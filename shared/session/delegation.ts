/**
 * Delegations: in a class world, several members share one power. Any member may change the
 * power's orders, offers and readiness (the last change wins, as if one player had changed
 * their mind); the session remembers who changed what last, and every member sees it.
 */
import type { OfferAction, PowerId } from "../game";
import { holdersOf, memberById } from "./lobby";
import type { SessionAction } from "./actions";
import type { Edit, PowerEdits, Session } from "./types";

/** Who changed something, by name, for the delegation's view. */
export interface EditSeen {
  by: string;
  at: number;
}

/** What the members of one delegation see of it: who is in it and who last changed what. */
export interface DelegationView {
  power: PowerId;
  members: { id: string; name: string }[];
  /** This phase's orders: who last gave them (absent until someone has this turn). */
  orders: EditSeen | null;
  /** Who last said Ready, or took it back, in this phase. */
  ready: EditSeen | null;
  /** By offer id: who proposed it for this power, or last answered it. */
  offers: Record<string, EditSeen & { action: OfferAction["action"] }>;
}

/**
 * Records who made an accepted change of a power's orders, readiness or offers, in a
 * delegation session (an ordinary match keeps no such record: its power has one player).
 */
export function noteEdit(before: Session, after: Session, power: PowerId, actor: string, at: number, action: SessionAction): Session {
  if (!after.settings.delegations) return after;
  const edit: Edit = { by: actor, at, phase: before.phase, turn: before.match?.turn ?? 0 };
  const mine: PowerEdits = after.edits?.[power] ?? { offers: {} };
  let next: PowerEdits = mine;
  if (action.type === "orders") next = { ...mine, orders: edit };
  else if (action.type === "ready") next = { ...mine, ready: edit };
  else if (action.type === "offer") {
    const offers = { ...mine.offers };
    // A proposal or a counter makes a new offer, sent by this member: the one this power has now that it had not before.
    const known = new Set(before.match?.offers.map((o) => o.id));
    for (const o of after.match?.offers ?? []) if (!known.has(o.id) && o.from === power) offers[o.id] = { ...edit, action: "propose" };
    if (action.action.action !== "propose") offers[action.action.offerId] = { ...edit, action: action.action.action };
    next = { ...mine, offers };
  }
  return { ...after, edits: { ...after.edits, [power]: next } };
}

/** The delegation a member belongs to, as its members see it; null outside a delegation session or without a power. */
export function delegationFor(s: Session, memberId: string): DelegationView | null {
  const m = memberById(s, memberId);
  if (!s.settings.delegations || !m || m.removed || m.role.kind !== "power") return null;
  const power = m.role.power;
  const edits = s.edits?.[power];
  const turn = s.match?.turn ?? 0;
  const seen = (e: Edit | undefined, samePhase: boolean): EditSeen | null =>
    e && e.turn === turn && (!samePhase || e.phase === s.phase) ? { by: memberById(s, e.by)?.name ?? "someone who left", at: e.at } : null;
  const offers: DelegationView["offers"] = {};
  for (const [id, e] of Object.entries(edits?.offers ?? {})) offers[id] = { by: memberById(s, e.by)?.name ?? "someone who left", at: e.at, action: e.action };
  return {
    power,
    members: holdersOf(s, power).map((h) => ({ id: h.id, name: h.name })),
    orders: seen(edits?.orders, false),
    ready: seen(edits?.ready, true),
    offers,
  };
}
