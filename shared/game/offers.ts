// Negotiation offers: proposed → accepted / rejected / countered / withdrawn / expired.
// An accepted offer becomes a commitment (or, for a ceasefire offer, a ceasefire in force).
import { z } from "zod";
import { PowerIdSchema, ScopeSchema, SectorSchema, isBelligerent } from "./scenarioSchema";
import { STATEMENT_MAX_CHARS, ToneSchema, TopicSchema, budgetFor, statementTooLong } from "./orders";
import { rawTextUnits } from "../text";
import { capitalPledgedBy } from "./pledges";
import { finish, headline, makeDraft, newId, powerList, type Draft } from "./draft";
import { createCeasefire } from "./ceasefires";
import { isPower, ok, refuse, POWERS, type MatchState, type Offer, type OfferTerms, type PledgeTerms, type PowerId, type Result } from "./types";

export const DealItemSchema = z.object({
  from: PowerIdSchema,
  to: PowerIdSchema,
  item: z.enum(["militaryAid", "economicAid", "humanitarianAid", "tradeAccess", "easeSanctions"]),
  sector: SectorSchema.optional(),
});

/** The most items a deal can hold (either way between its parties). */
export const MAX_DEAL_ITEMS = 4;

/** The most turns a deal or a pledge can run (it starts at the resolution of the turn it is agreed). */
export const MAX_PROMISE_TURNS = 4;
const PromiseTurnsSchema = z.number().int().min(1).max(MAX_PROMISE_TURNS);

export const PledgeTermsSchema = z.object({
  kind: z.literal("pledge"),
  by: PowerIdSchema,
  promise: z.enum(["noOffensive", "noStrikes", "noNewSanctions", "noMilitaryAidTo"]),
  target: PowerIdSchema.optional(),
  turns: PromiseTurnsSchema,
});

export const OfferTermsSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ceasefire"), turns: z.number().int().min(1).max(6), scope: ScopeSchema, monitored: z.boolean() }),
  z.object({ kind: z.literal("jointStatement"), topic: TopicSchema, tone: ToneSchema, text: z.string().max(rawTextUnits(STATEMENT_MAX_CHARS)) }),
  z.object({ kind: z.literal("coordinatedSanctions"), target: PowerIdSchema, sector: SectorSchema }),
  z.object({ kind: z.literal("deal"), items: z.array(DealItemSchema).min(1).max(MAX_DEAL_ITEMS), turns: PromiseTurnsSchema.optional() }),
  PledgeTermsSchema,
]);

export const OfferActionSchema = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("propose"),
    to: z.array(PowerIdSchema).min(1).max(4),
    terms: OfferTermsSchema,
    visibility: z.enum(["private", "public"]).optional(),
  }),
  z.object({ action: z.literal("accept"), offerId: z.string().max(40) }),
  z.object({ action: z.literal("reject"), offerId: z.string().max(40) }),
  z.object({ action: z.literal("counter"), offerId: z.string().max(40), terms: OfferTermsSchema }),
  z.object({ action: z.literal("withdraw"), offerId: z.string().max(40) }),
]);
export type OfferAction = z.infer<typeof OfferActionSchema>;

export const MAX_PROPOSALS_PER_TURN = 3;

/** Checks that the terms make sense between these parties. */
export function validateTerms(state: MatchState, from: PowerId, to: readonly PowerId[], terms: OfferTerms): Result<true> {
  if (to.includes(from)) return refuse("INVALID_TERMS.selfAddressed");
  if (new Set(to).size !== to.length) return refuse("INVALID_TERMS.listedTwice");
  const parties = [from, ...to];
  switch (terms.kind) {
    case "ceasefire": {
      const belligerents = POWERS.filter((p) => isBelligerent(state.scenario.powers[p]));
      const missing = belligerents.filter((p) => !parties.includes(p));
      if (missing.length > 0 || to.some((p) => !belligerents.includes(p))) {
        return refuse("INVALID_TERMS.ceasefireParties");
      }
      const inForce = state.ceasefires.some((c) => c.status === "active" && !c.unilateral);
      if (inForce) return refuse("CEASEFIRE_ALREADY_IN_FORCE.warringSides");
      return ok(true);
    }
    case "jointStatement":
      return statementTooLong(terms.text);
    case "coordinatedSanctions":
      if (parties.includes(terms.target)) return refuse("INVALID_TERMS.targetSigns");
      return ok(true);
    case "deal":
      for (const it of terms.items) {
        if (it.from === it.to || !parties.includes(it.from) || !parties.includes(it.to)) {
          return refuse("INVALID_TERMS.itemParties");
        }
        if (it.item === "easeSanctions" && it.sector === undefined) return refuse("INVALID_TERMS.easeNeedsSector");
        if (it.item === "militaryAid" && state.scenario.powers[it.from].lethalAid === false) {
          return refuse("NO_LETHAL_AID.deal", { power: it.from });
        }
        if (it.item === "militaryAid" && !isBelligerent(state.scenario.powers[it.to])) {
          return refuse("INVALID_TERMS.aidToWar");
        }
      }
      return ok(true);
    case "pledge":
      return validatePledge(state, parties, terms);
  }
}

/** A pledge binds one of the offer's parties to a promise that makes sense for it. */
function validatePledge(state: MatchState, parties: readonly PowerId[], t: PledgeTerms): Result<true> {
  const spec = state.scenario.powers[t.by];
  if (!parties.includes(t.by)) return refuse("PLEDGE_NOT_PARTY");
  const war = t.promise === "noOffensive" || t.promise === "noStrikes";
  if (war) {
    if (!isBelligerent(spec)) return refuse("PLEDGE_NOT_AT_WAR", { power: t.by });
    if (t.target !== undefined) return refuse("INVALID_TERMS.pledgeNoTarget");
    return ok(true);
  }
  if (t.target === undefined) return refuse("PLEDGE_NEEDS_TARGET");
  if (t.target === t.by) return refuse("INVALID_TERMS.pledgeSelf");
  if (t.promise === "noMilitaryAidTo" && spec.lethalAid === false) {
    return refuse("NO_LETHAL_AID.pledge", { power: t.by });
  }
  return ok(true);
}

/** Applies one negotiation step by `power`. */
export function applyOfferAction(state: MatchState, power: PowerId, input: unknown): Result<MatchState> {
  if (state.phase !== "negotiation" && state.phase !== "orders") {
    return refuse("WRONG_PHASE.offers");
  }
  if (!isPower(power)) return refuse("UNKNOWN_POWER");
  const parsed = OfferActionSchema.safeParse(input);
  if (!parsed.success) return refuse("INVALID_OFFER");
  return applyCheckedOfferAction(state, power, parsed.data);
}

/**
 * Applies a negotiation step already in the schema's shape (a bot's own answer, never a
 * player's message): parsing it again cost a bot as much as weighing the offer.
 */
export function applyCheckedOfferAction(state: MatchState, power: PowerId, a: OfferAction): Result<MatchState> {
  if (state.phase !== "negotiation" && state.phase !== "orders") {
    return refuse("WRONG_PHASE.offers");
  }
  if (state.seats[power] === "absent") return refuse("SEAT_EMPTY.plays", { power });
  if (a.action === "propose") return propose(state, power, a.to, a.terms, a.visibility ?? "private", null);

  const offer = state.offers.find((o) => o.id === a.offerId);
  if (!offer) return refuse("UNKNOWN_OFFER");
  if (offer.status !== "proposed") return refuse("OFFER_CLOSED");
  if (a.action === "withdraw") {
    if (offer.from !== power) return refuse("NOT_PROPOSER");
    return ok(setStatus(state, offer.id, "withdrawn"));
  }
  if (!offer.to.includes(power)) return refuse("NOT_RECIPIENT");
  switch (a.action) {
    case "reject":
      return ok(setStatus(state, offer.id, "rejected"));
    case "accept":
      return accept(state, power, offer);
    case "counter": {
      if (a.terms.kind !== offer.terms.kind) return refuse("INVALID_TERMS.counterKind");
      const to = [offer.from, ...offer.to.filter((p) => p !== power)];
      return propose(setStatus(state, offer.id, "countered"), power, to, a.terms, offer.visibility, offer.id);
    }
  }
}

function propose(
  state: MatchState,
  from: PowerId,
  to: PowerId[],
  terms: OfferTerms,
  visibility: Offer["visibility"],
  counterOf: string | null,
): Result<MatchState> {
  const made = state.offers.filter((o) => o.turn === state.turn && o.from === from).length;
  if (made >= MAX_PROPOSALS_PER_TURN) return refuse("TOO_MANY_OFFERS", { count: MAX_PROPOSALS_PER_TURN });
  const absent = to.find((p) => state.seats[p] === "absent");
  if (absent) return refuse("SEAT_EMPTY.answer", { power: absent });
  const valid = validateTerms(state, from, to, terms);
  if (!valid.ok) return valid;
  const affordable = canPay(state, from, terms);
  if (!affordable.ok) return affordable;
  const d = makeDraft(state);
  const offer: Offer = { id: newId(d, "o"), turn: d.s.turn, from, to: [...to], terms, visibility, status: "proposed", acceptedBy: [], counterOf };
  d.s.offers.push(offer);
  return ok(finish(d));
}

/** A power can promise only what its capital left this turn pays for. */
function canPay(state: MatchState, power: PowerId, terms: OfferTerms): Result<true> {
  const cost = capitalPledgedBy(terms, power);
  const left = budgetFor(state, power);
  if (cost > left) {
    return refuse("OVER_BUDGET.deal", { power, cost, left });
  }
  return ok(true);
}

function setStatus(state: MatchState, id: string, status: Offer["status"]): MatchState {
  return { ...state, offers: state.offers.map((o) => (o.id === id ? { ...o, status } : o)) };
}

function accept(state: MatchState, power: PowerId, offer: Offer): Result<MatchState> {
  if (offer.acceptedBy.includes(power)) return refuse("ALREADY_ACCEPTED");
  if (offer.terms.kind === "ceasefire") {
    const valid = validateTerms(state, offer.from, offer.to, offer.terms);
    if (!valid.ok) return valid;
  }
  const affordable = canPay(state, power, offer.terms);
  if (!affordable.ok) return affordable;
  const d = makeDraft(state);
  const o = d.s.offers.find((x) => x.id === offer.id);
  if (!o) return refuse("UNKNOWN_OFFER");
  o.acceptedBy.push(power);
  if (o.acceptedBy.length === o.to.length) {
    o.status = "accepted";
    commit(d, o);
  }
  return ok(finish(d));
}

/** An accepted offer binds its parties from now to the end of its last turn's resolution. */
function commit(d: Draft, o: Offer): void {
  const parties = [o.from, ...o.to];
  if (o.terms.kind === "ceasefire") {
    const belligerents = parties.filter((p) => isBelligerent(d.scenario.powers[p]));
    const broker = isBelligerent(d.scenario.powers[o.from]) ? undefined : o.from;
    const c = createCeasefire(d, belligerents, o.terms.turns, o.terms.scope, o.terms.monitored, false, o.id, d.s.turn, broker);
    const key = `ceasefire.agreed.${o.terms.scope}${o.terms.monitored ? "Monitored" : ""}`;
    headline(d, "ceasefire", key, { parties: powerList(belligerents), count: c.endTurn - c.startTurn + 1 }, parties);
    return;
  }
  d.s.commitments.push({
    id: newId(d, "c"),
    offerId: o.id,
    turn: d.s.turn,
    parties,
    terms: o.terms,
    visibility: o.visibility,
    status: "pending",
    breakers: [],
    endTurn: Math.min(d.s.turn + promiseTurns(o.terms) - 1, d.s.lastTurn),
    turnsKept: 0,
  });
}

/** Resolutions a commitment made of these terms runs for (before the match's end cuts it short). */
export function promiseTurns(terms: OfferTerms): number {
  return terms.kind === "deal" || terms.kind === "pledge" ? (terms.turns ?? 1) : 1;
}

/** Offers still open when a turn resolves lapse. */
export function expireOffers(d: Draft): void {
  for (const o of d.s.offers) if (o.status === "proposed") o.status = "expired";
}
