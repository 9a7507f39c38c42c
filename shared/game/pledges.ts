// What a promise costs and forbids. Each item given in a deal uses the giver's diplomatic
// capital in every turn the deal is carried out, as the matching order would, so three deals a
// turn leave a power nothing for its own orders. A pledge costs nothing but binds its pledger's
// orders: the deed it forbids breaks it.
import type { Order } from "./orders";
import type { DealItemKind, MatchState, OfferTerms, PledgeTerms, PowerId } from "./types";

/** Diplomatic capital an item given in a deal costs its giver: the cost of the matching order. */
export function dealItemCost(item: DealItemKind): number {
  return item === "militaryAid" ? 2 : 1;
}

/** Capital `power` would pledge by these terms. */
export function capitalPledgedBy(terms: OfferTerms, power: PowerId): number {
  if (terms.kind !== "deal") return 0;
  return terms.items.reduce((a, it) => a + (it.from === power ? dealItemCost(it.item) : 0), 0);
}

/** Capital `power` has pledged in the deals to be carried out at this turn's resolution (a deal of several turns in each of them). */
export function pledgedThisTurn(state: Pick<MatchState, "commitments" | "turn">, power: PowerId): number {
  let sum = 0;
  for (const c of state.commitments) {
    if (c.status === "pending" && c.turn <= state.turn && state.turn <= c.endTurn && c.parties.includes(power)) sum += capitalPledgedBy(c.terms, power);
  }
  return sum;
}

/** Whether this order of the pledger's is the deed its pledge forbids. */
export function violatesPledge(t: PledgeTerms, o: Order): boolean {
  switch (t.promise) {
    case "noOffensive":
      return o.type === "posture" && o.stance === "offensive";
    case "noStrikes":
      return o.type === "strike";
    case "noNewSanctions":
      return o.type === "sanction" && o.target === t.target && (o.action === "impose" || o.action === "tighten");
    case "noMilitaryAidTo":
      return o.type === "aid" && o.to === t.target && o.kind === "military";
  }
}
