import { describe, expect, it } from "vitest";
import { applyOfferAction, type CeasefireView, type MatchState, type NewsItem, type Offer } from "../../../shared/game";
import { checkProposal, offerChoices, offerRecipients, offerStatus, sortOffers } from "../../../client/src/logic/offers";
import { buildTerms, termsValues } from "../../../client/src/logic/offerTerms";
import { commitmentProgress, describeTerms } from "../../../client/src/logic/format";
import { ceasefireStatus, mapModelFrom, sanctionsInForce } from "../../../client/src/logic/mapModel";
import { matchAt, viewOf } from "./fixtures";
import type { Result } from "../../../shared/result";
import { setTranslator, translatorFor } from "../../../shared/i18n";

function unwrap(r: Result<MatchState>): MatchState {
  if (!r.ok) throw new Error(r.code);
  return r.value;
}

describe("offers inbox", () => {
  const s0 = matchAt("negotiation", 2);
  const s = unwrap(applyOfferAction(s0, "eu", { action: "propose", to: ["usa", "ukraine"], terms: { kind: "coordinatedSanctions", target: "russia", sector: "energy" } }));
  const offer = s.offers[0]!;

  it("lets recipients answer and the proposer withdraw, and no one else act", () => {
    expect(offerChoices(offer, "usa")).toEqual(["accept", "reject", "counter"]);
    expect(offerChoices(offer, "eu")).toEqual(["withdraw"]);
    expect(offerChoices(offer, "china")).toEqual([]);
    expect(offerChoices(offer, null)).toEqual([]);
    expect(offerChoices({ ...offer, status: "accepted" }, "usa")).toEqual([]);
  });

  it("says who has accepted an offer to several powers and who is awaited", () => {
    const half = unwrap(applyOfferAction(s, "usa", { action: "accept", offerId: offer.id })).offers[0]!;
    expect(offerStatus(half)).toBe("Accepted by United States; waiting for Ukraine");
    expect(offerChoices(half, "usa")).toEqual([]);
    expect(offerStatus({ ...offer, status: "withdrawn" })).toBe("Withdrawn");
  });

  it("checks proposals with the game's own rules before they are sent", () => {
    const view = viewOf(s0, "china");
    const ceasefire = buildTerms("ceasefire", { turns: "2", scope: "full", monitored: "yes" });
    expect(checkProposal(view, "china", ["russia", "ukraine"], ceasefire)).toEqual({ ok: true });
    const lopsided = checkProposal(view, "china", ["russia"], ceasefire);
    expect(lopsided.ok).toBe(false);
    expect(checkProposal(view, "china", [], ceasefire)).toEqual({ ok: false, message: "Choose at least one power to send the offer to." });
    expect(offerRecipients(view, "china")).toEqual(["russia", "usa", "ukraine", "eu"]);
  });

  it("turns the form's values into terms and back", () => {
    const deal = buildTerms("deal", { from: "eu", to: "ukraine", item: "easeSanctions", sector: "trade" });
    expect(deal).toEqual({ kind: "deal", items: [{ from: "eu", to: "ukraine", item: "easeSanctions", sector: "trade" }] });
    expect(buildTerms("deal", termsValues(deal))).toEqual(deal);
    expect(buildTerms("deal", { from: "eu", to: "ukraine", item: "economicAid", sector: "trade" })).toEqual({ kind: "deal", items: [{ from: "eu", to: "ukraine", item: "economicAid" }] });
  });

  it("builds multi-turn deals and pledges from the form and says them in plain words", () => {
    const deal = buildTerms("deal", { from: "usa", to: "ukraine", item: "militaryAid", length: "3" });
    expect(deal).toEqual({ kind: "deal", turns: 3, items: [{ from: "usa", to: "ukraine", item: "militaryAid" }] });
    expect(buildTerms("deal", termsValues(deal))).toEqual(deal);
    expect(describeTerms(deal)).toBe("A 3-turn deal: United States gives Ukraine military aid");
    const pledge = buildTerms("pledge", { by: "russia", promise: "noStrikes", target: "usa", length: "3" });
    expect(pledge).toEqual({ kind: "pledge", by: "russia", promise: "noStrikes", turns: 3 });
    expect(buildTerms("pledge", termsValues(pledge))).toEqual(pledge);
    expect(describeTerms(pledge)).toBe("Russia promises no long-range strikes for 3 turns");
    const spared = buildTerms("pledge", { by: "eu", promise: "noNewSanctions", target: "china", length: "1" });
    expect(describeTerms(spared)).toBe("European Union promises no new sanctions on China for 1 turn");
    expect(checkProposal(viewOf(s0, "eu"), "eu", ["china"], spared)).toEqual({ ok: true });
  });

  it("says a pledge's promise in the page's language, its target in the case the sentence needs", async () => {
    const spared = buildTerms("pledge", { by: "eu", promise: "noNewSanctions", target: "china", length: "2" });
    const aid = buildTerms("pledge", { by: "russia", promise: "noMilitaryAidTo", target: "ukraine", length: "1" });
    setTranslator(await translatorFor("de"));
    try {
      expect(describeTerms(spared)).toBe("Europäische Union sagt zu: keine neuen Sanktionen gegen China, für 2 Runden");
      setTranslator(await translatorFor("uk"));
      expect(describeTerms(aid)).toBe("Росія обіцяє: жодної військової допомоги Україні — на 1 хід");
    } finally {
      setTranslator(await translatorFor("en"));
    }
  });

  it("says how far a commitment of several turns has come", () => {
    const c = { status: "pending" as const, breakers: [], turn: 2, endTurn: 4, turnsKept: 1 };
    expect(commitmentProgress(c)).toBe("in force to turn 4 (1 of 3 turns kept)");
    expect(commitmentProgress({ ...c, status: "broken", breakers: ["usa"] })).toBe("broken by United States");
    expect(commitmentProgress({ ...c, endTurn: 2, turnsKept: 0 })).toBe("pending");
  });

  it("lists open offers first, newest first", () => {
    const mk = (id: string, turn: number, status: Offer["status"]): Offer => ({ ...offer, id, turn, status });
    expect(sortOffers([mk("o1", 1, "proposed"), mk("o2", 2, "rejected"), mk("o3", 2, "proposed")]).map((o) => o.id)).toEqual(["o3", "o1", "o2"]);
  });
});

describe("map model", () => {
  const base = viewOf(matchAt("negotiation", 2), "russia");
  const cf = (over: Partial<CeasefireView>): CeasefireView => ({
    id: "cf1", parties: ["russia", "ukraine"], unilateral: false, scope: "full", monitored: false, startTurn: 1, endTurn: 3, status: "active", keptTurns: 0, record: [], offerId: null, ...over,
  });

  it("tells a ceasefire in force, a named breach and mutual accusations apart", () => {
    expect(ceasefireStatus({ ...base, ceasefires: [] })).toBe("none");
    expect(ceasefireStatus({ ...base, ceasefires: [cf({ record: [{ turn: 1, outcome: "kept", namedBreakers: [] }] })] })).toBe("in-force");
    expect(ceasefireStatus({ ...base, ceasefires: [cf({ record: [{ turn: 1, outcome: "breached", namedBreakers: [] }] })] })).toBe("accusations");
    expect(ceasefireStatus({ ...base, ceasefires: [cf({ monitored: true, status: "collapsed", record: [{ turn: 1, outcome: "breached", namedBreakers: ["russia"] }] })] })).toBe("breached");
    expect(ceasefireStatus({ ...base, ceasefires: [cf({ status: "expired", record: [{ turn: 0, outcome: "kept", namedBreakers: [] }] })] })).toBe("none");
  });

  it("lists the sanctions in force and fills the meters with their names", () => {
    const sanctions = sanctionsInForce(base);
    expect(sanctions).toContainEqual({ from: "usa", to: "china", sector: "trade" });
    expect(sanctions.length).toBe(Object.keys(base.sanctions).length);
    const model = mapModelFrom(base);
    expect(model.frontLine).toBeCloseTo(base.world.frontLine / 100);
    expect(model.meters.eu!.own.label).toBe("Unity");
    expect(model.meters.russia!.economy.value).toBe(base.powers.russia.meters.economy);
  });

  it("shows the aid, summits and statements of the last resolved turn", () => {
    const news: NewsItem[] = [
      { turn: 1, kind: "aid" as const, headline: { key: "news:aid.military", params: { donor: "eu", to: "ukraine" } }, powers: ["eu", "ukraine"] as ("eu" | "ukraine")[], effects: [] },
      { turn: 1, kind: "statement" as const, headline: { key: "news:statement.world", params: { power: "china", tone: "neutral", topic: "war" } }, powers: ["china"] as "china"[], effects: [] },
      { turn: 0, kind: "aid" as const, headline: { key: "news:aid.economic", params: { donor: "usa", to: "ukraine" } }, powers: ["usa", "ukraine"] as ("usa" | "ukraine")[], effects: [] },
    ];
    const model = mapModelFrom({ ...base, news });
    expect(model.aid).toEqual([{ from: "eu", to: "ukraine", kind: "military" }]);
    expect([...model.spoken]).toEqual(["china"]);
  });
});
