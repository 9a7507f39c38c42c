// Does trust change what a bot accepts? The same offer is shown to a bot twice, once with its
// trust in the proposer set to 20 and once to 80, in states taken from real bot matches.
import { POWERS, applyOfferAction, botAnswerOffer, viewFor, type OfferAction, type PowerId } from "../../shared/game/index";
import { mix, playState } from "./match";

export const TRUST_LOW = 20;
export const TRUST_HIGH = 80;
/** Turns whose negotiation phase supplies the states (early, middle). */
export const TRUST_TURNS = [2, 4] as const;

export interface TrustRecord {
  /** Offers shown (each at both trust levels). */
  shown: number;
  acceptedLow: number;
  acceptedHigh: number;
}

/** A balanced deal: the proposer's economic aid for the recipient's market access. */
export function testOffer(from: PowerId, to: PowerId): OfferAction {
  return { action: "propose", to: [to], terms: { kind: "deal", items: [{ from, to, item: "economicAid" }, { from: to, to: from, item: "tradeAccess" }] } };
}

export function trustTrial(seed: number): TrustRecord {
  const out: TrustRecord = { shown: 0, acceptedLow: 0, acceptedHigh: 0 };
  for (const turn of TRUST_TURNS) {
    const s = playState(seed, undefined, (x) => x.turn === turn && x.phase === "negotiation");
    if (s.phase !== "negotiation") continue;
    for (const from of POWERS) {
      for (const to of POWERS) {
        if (from === to) continue;
        const r = applyOfferAction(s, from, testOffer(from, to));
        if (!r.ok) continue;
        const offer = r.value.offers[r.value.offers.length - 1];
        if (!offer) continue;
        const view = viewFor(r.value, { kind: "power", power: to });
        const answer = (trust: number) =>
          botAnswerOffer({ ...view, trust: { ...view.trust, [`${to}>${from}`]: trust } }, to, offer, mix(seed, turn, POWERS.indexOf(from), POWERS.indexOf(to))).action === "accept" ? 1 : 0;
        out.shown++;
        out.acceptedLow += answer(TRUST_LOW);
        out.acceptedHigh += answer(TRUST_HIGH);
      }
    }
  }
  return out;
}
