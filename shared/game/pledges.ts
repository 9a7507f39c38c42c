// What a deal costs the powers that give in it: each item given uses the giver's diplomatic
// capital in the turn the deal is carried out, as the matching order would. A promise is no
// longer free, so three deals a turn leave a power nothing for its own orders.
import type { DealItemKind, MatchState, OfferTerms, PowerId } from "./types";

/** Diplomatic capital an item given in a deal costs its giver: the cost of the matching order. */
export function dealItemCost(item: DealItemKind): number {
  return item === "militaryAid" ? 2 : 1;
}

/** Capital `power` would pledge by these terms. */
export function capitalPledgedBy(terms: OfferTerms, power: PowerId): number {
  if (terms.kind !== "deal") return 0;
  return terms.items.reduce((a, it) => a + (it.from === power ? dealItemCost(it.item) : 0), 0);
}

/** Capital `power` has pledged in the deals to be carried out at this turn's resolution. */
export function pledgedThisTurn(state: Pick<MatchState, "commitments" | "turn">, power: PowerId): number {
  let sum = 0;
  for (const c of state.commitments) {
    if (c.status === "pending" && c.turn === state.turn && c.parties.includes(power)) sum += capitalPledgedBy(c.terms, power);
  }
  return sum;
}
