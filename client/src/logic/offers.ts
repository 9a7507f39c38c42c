/** The offers inbox: what each offer lets this power do, and which proposals the core would take. */
import { POWERS, type MatchState, type MatchView, type Offer, type OfferTerms, type PowerId } from "../../../shared/game";
import { validateTerms } from "../../../shared/game/offers";
import { t, translate } from "../../../shared/i18n";
import { listPowers, powerName } from "./format";

export type OfferChoice = "accept" | "reject" | "counter" | "withdraw";

/** The answers open to `me` on an offer: a recipient who has not accepted answers; the proposer may withdraw. */
export function offerChoices(offer: Offer, me: PowerId | null): OfferChoice[] {
  if (me === null || offer.status !== "proposed") return [];
  if (offer.from === me) return ["withdraw"];
  if (offer.to.includes(me) && !offer.acceptedBy.includes(me)) return ["accept", "reject", "counter"];
  return [];
}

/** "Proposed", "Accepted", "Accepted by China; waiting for the EU". */
export function offerStatus(offer: Offer): string {
  if (offer.status === "proposed" && offer.acceptedBy.length > 0) {
    const waiting = offer.to.filter((p) => !offer.acceptedBy.includes(p));
    return t("offers:acceptedWaiting", { by: listPowers(offer.acceptedBy), waiting: listPowers(waiting) });
  }
  return t(`offers:statusName.${offer.status}`);
}

export function offerParties(offer: Offer): string {
  return t("offers:parties", { from: powerName(offer.from), to: listPowers(offer.to) });
}

/** Whom a counter-offer to `offer` goes to: its proposer and its other recipients. */
export function counterRecipients(offer: Offer, me: PowerId | null): PowerId[] {
  return [offer.from, ...offer.to.filter((p) => p !== me)];
}

/** "Counter-offer to Ukraine": the powers it goes to, named once. */
export function counterHeading(offer: Offer, me: PowerId | null): string {
  return t("world:deal.counterTo", { powers: listPowers(counterRecipients(offer, me)) });
}

/** The inbox as `me` reads it: offers waiting for my answer first, then the rest as sortOffers has them. */
export function inboxOrder(offers: readonly Offer[], me: PowerId | null): Offer[] {
  const sorted = sortOffers(offers);
  const waiting = sorted.filter((o) => offerChoices(o, me).includes("accept"));
  return [...waiting, ...sorted.filter((o) => !waiting.includes(o))];
}

/** Open offers first (newest first), then the closed ones (newest first). */
export function sortOffers(offers: readonly Offer[]): Offer[] {
  const open = offers.filter((o) => o.status === "proposed");
  const closed = offers.filter((o) => o.status !== "proposed");
  const newest = (a: Offer, b: Offer) => b.turn - a.turn || Number(b.id.replace(/\D/g, "")) - Number(a.id.replace(/\D/g, ""));
  return [...open.sort(newest), ...closed.sort(newest)];
}

/** The core's own check of a proposal's terms (the server applies it again, with the seats). */
export function checkProposal(view: MatchView, me: PowerId, to: readonly PowerId[], terms: OfferTerms): { ok: true } | { ok: false; message: string } {
  if (to.length === 0) return { ok: false, message: t("offers:chooseRecipient") };
  const absent = to.find((p) => view.seats[p] === "absent");
  if (absent) return { ok: false, message: t("offers:nobodyPlays", { power: powerName(absent) }) };
  const r = validateTerms(view as unknown as MatchState, me, to, terms);
  return r.ok ? { ok: true } : { ok: false, message: translate(r.text) };
}

/** Powers an offer can go to: everyone else who is seated. */
export function offerRecipients(view: MatchView, me: PowerId): PowerId[] {
  return POWERS.filter((p) => p !== me && view.seats[p] !== "absent");
}
