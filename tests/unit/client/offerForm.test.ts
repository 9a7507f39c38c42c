// The offers tab: what comes first, what a counter-offer is headed, and deals of several items both ways.
import { describe, expect, it } from "vitest";
import type { Offer } from "../../../shared/game";
import { MAX_DEAL_ITEMS, OfferTermsSchema } from "../../../shared/game/offers";
import { checkProposal, counterHeading, inboxOrder } from "../../../client/src/logic/offers";
import { buildTerms, dealItemCount, termsValues } from "../../../client/src/logic/offerTerms";
import { matchAt, viewOf } from "./fixtures";

const base: Offer = { id: "o1", turn: 2, from: "ukraine", to: ["russia"], terms: { kind: "ceasefire", turns: 2, scope: "full", monitored: true }, visibility: "private", status: "proposed", acceptedBy: [], counterOf: null };

describe("counter-offer heading", () => {
  it("names whom the counter-offer goes to, once ('Counter-offer to Ukraine', not 'to Ukraine to Russia')", () => {
    expect(counterHeading(base, "russia")).toBe("Counter-offer to Ukraine");
    expect(counterHeading({ ...base, from: "eu", to: ["russia", "ukraine"] }, "russia")).toBe("Counter-offer to European Union and Ukraine");
  });
});

describe("offers inbox order", () => {
  it("puts the offers waiting for this power's answer first, then its own open ones, then the closed ones", () => {
    const mine = { ...base, id: "o2", from: "russia" as const, to: ["usa" as const] };
    const incomingOld = { ...base, id: "o3", turn: 1 };
    const incomingNew = { ...base, id: "o5", turn: 2 };
    const closed = { ...base, id: "o4", status: "rejected" as const, turn: 3 };
    const answered = { ...base, id: "o6", to: ["russia" as const, "china" as const], acceptedBy: ["russia" as const] };
    expect(inboxOrder([mine, incomingOld, closed, answered, incomingNew], "russia").map((o) => o.id)).toEqual(["o5", "o3", "o6", "o2", "o4"]);
  });
});

describe("deals of several items", () => {
  it("carries up to the engine's four items both ways through the form and back", () => {
    expect(MAX_DEAL_ITEMS).toBe(4);
    const values = {
      items: "4",
      from: "usa", to: "ukraine", item: "militaryAid",
      from2: "ukraine", to2: "usa", item2: "tradeAccess",
      from3: "usa", to3: "ukraine", item3: "humanitarianAid",
      from4: "ukraine", to4: "usa", item4: "easeSanctions", sector4: "energy",
      length: "2",
    };
    const terms = buildTerms("deal", values);
    expect(terms).toEqual({
      kind: "deal",
      turns: 2,
      items: [
        { from: "usa", to: "ukraine", item: "militaryAid" },
        { from: "ukraine", to: "usa", item: "tradeAccess" },
        { from: "usa", to: "ukraine", item: "humanitarianAid" },
        { from: "ukraine", to: "usa", item: "easeSanctions", sector: "energy" },
      ],
    });
    expect(OfferTermsSchema.safeParse(terms).success).toBe(true);
    expect(checkProposal(viewOf(matchAt("negotiation", 2), "usa"), "usa", ["ukraine"], terms)).toEqual({ ok: true });
    expect(buildTerms("deal", termsValues(terms))).toEqual(terms);
    expect(dealItemCount(termsValues(terms))).toBe(4);
  });

  it("keeps the count of items between one and the engine's limit, whatever the form holds", () => {
    expect(dealItemCount({})).toBe(1);
    expect(dealItemCount({ items: "9" })).toBe(MAX_DEAL_ITEMS);
    expect(dealItemCount({ items: "zero" })).toBe(1);
  });
});
