// Casebook: offers (proposed → accepted / rejected / countered / withdrawn / expired) and the
// commitments accepted offers become.
import { describe, expect, it } from "vitest";
import { advancePhase, applyOfferAction, viewFor, type MatchState, type OfferAction } from "../../../shared/game/index";
import { atOrders, expectRefused, lastOfferId, newMatch, offer, rel, resolveWith, advanceTo } from "./helpers";
import { budgetFor, submitOrders } from "../../../shared/game/orders";
import { dealItemCost } from "../../../shared/game/pledges";
import { TRADE_ACCESS_GIVER_ECONOMY } from "../../../shared/game/commitments";
import { english } from "../../helpers/texts";

const joint: OfferAction = { action: "propose", to: ["china"], terms: { kind: "jointStatement", topic: "history", tone: "conciliatory", text: "Friends forever." } };

function accepted(s: MatchState, from: "russia" | "china" | "usa" | "ukraine" | "eu", a: OfferAction, by: ("russia" | "china" | "usa" | "ukraine" | "eu")[]): MatchState {
  let x = offer(s, from, a);
  const id = lastOfferId(x);
  for (const p of by) x = offer(x, p, { action: "accept", offerId: id });
  return x;
}

describe("offer life cycle", () => {
  it("propose: the offer is recorded as proposed, from and to the named powers", () => {
    const s = offer(atOrders(2), "russia", joint);
    expect(s.offers[0]).toMatchObject({ from: "russia", to: ["china"], status: "proposed", turn: 2, visibility: "private" });
  });

  it("accept: when every recipient accepts, the offer becomes a pending commitment", () => {
    const s = accepted(atOrders(2), "russia", joint, ["china"]);
    expect(s.offers[0]?.status).toBe("accepted");
    expect(s.commitments[0]).toMatchObject({ parties: ["russia", "china"], status: "pending", offerId: s.offers[0]?.id });
  });

  it("an offer to several powers needs all of them", () => {
    const to3: OfferAction = { action: "propose", to: ["usa", "ukraine"], terms: { kind: "jointStatement", topic: "war", tone: "firm", text: "" } };
    let s = offer(atOrders(2), "eu", to3);
    s = offer(s, "usa", { action: "accept", offerId: lastOfferId(s) });
    expect(s.offers[0]?.status).toBe("proposed");
    expect(s.offers[0]?.acceptedBy).toEqual(["usa"]);
    s = offer(s, "ukraine", { action: "accept", offerId: lastOfferId(s) });
    expect(s.offers[0]?.status).toBe("accepted");
  });

  it("reject: a recipient turns the offer down", () => {
    let s = offer(atOrders(2), "russia", joint);
    s = offer(s, "china", { action: "reject", offerId: lastOfferId(s) });
    expect(s.offers[0]?.status).toBe("rejected");
    expect(s.commitments).toEqual([]);
  });

  it("counter: the original is marked countered and a new offer goes back to the proposer", () => {
    let s = offer(atOrders(2), "russia", joint);
    const first = lastOfferId(s);
    s = offer(s, "china", { action: "counter", offerId: first, terms: { kind: "jointStatement", topic: "trade", tone: "neutral", text: "" } });
    expect(s.offers[0]?.status).toBe("countered");
    expect(s.offers[1]).toMatchObject({ from: "china", to: ["russia"], status: "proposed", counterOf: first });
  });

  it("withdraw: the proposer takes its offer back", () => {
    let s = offer(atOrders(2), "russia", joint);
    s = offer(s, "russia", { action: "withdraw", offerId: lastOfferId(s) });
    expect(s.offers[0]?.status).toBe("withdrawn");
  });

  it("expire: offers still open when the turn resolves lapse", () => {
    const s = resolveWith(offer(atOrders(2), "russia", joint), {});
    expect(s.offers[0]?.status).toBe("expired");
  });

  it("offers are made during negotiation and orders only (WRONG_PHASE)", () => {
    expectRefused(applyOfferAction(newMatch(), "russia", joint), "WRONG_PHASE");
    expect(applyOfferAction(advanceTo(newMatch(), "negotiation", 1), "russia", joint).ok).toBe(true);
  });
});

describe("offer refusals", () => {
  const s = atOrders(2);
  it("INVALID_OFFER: malformed action", () => expectRefused(applyOfferAction(s, "russia", { action: "bribe" }), "INVALID_OFFER"));
  it("UNKNOWN_OFFER", () => expectRefused(applyOfferAction(s, "china", { action: "accept", offerId: "o404" }), "UNKNOWN_OFFER"));
  it("NOT_RECIPIENT: accepting an offer made to someone else", () => {
    const x = offer(s, "russia", joint);
    expectRefused(applyOfferAction(x, "usa", { action: "accept", offerId: lastOfferId(x) }), "NOT_RECIPIENT");
  });
  it("NOT_PROPOSER: withdrawing someone else's offer", () => {
    const x = offer(s, "russia", joint);
    expectRefused(applyOfferAction(x, "china", { action: "withdraw", offerId: lastOfferId(x) }), "NOT_PROPOSER");
  });
  it("OFFER_CLOSED: answering an offer already answered", () => {
    let x = offer(s, "russia", joint);
    x = offer(x, "china", { action: "reject", offerId: lastOfferId(x) });
    expectRefused(applyOfferAction(x, "china", { action: "accept", offerId: lastOfferId(x) }), "OFFER_CLOSED");
  });
  it("ALREADY_ACCEPTED: accepting twice", () => {
    let x = offer(s, "eu", { action: "propose", to: ["usa", "ukraine"], terms: { kind: "jointStatement", topic: "war", tone: "firm", text: "" } });
    x = offer(x, "usa", { action: "accept", offerId: lastOfferId(x) });
    expectRefused(applyOfferAction(x, "usa", { action: "accept", offerId: lastOfferId(x) }), "ALREADY_ACCEPTED");
  });
  it("INVALID_TERMS: a ceasefire offer to a power not at war; sanctions on a signatory; a deal item between outsiders; a counter of another kind", () => {
    expectRefused(applyOfferAction(s, "usa", { action: "propose", to: ["china"], terms: { kind: "ceasefire", turns: 2, scope: "full", monitored: true } }), "INVALID_TERMS");
    expectRefused(applyOfferAction(s, "usa", { action: "propose", to: ["russia"], terms: { kind: "ceasefire", turns: 2, scope: "full", monitored: true } }), "INVALID_TERMS");
    expectRefused(applyOfferAction(s, "usa", { action: "propose", to: ["eu"], terms: { kind: "coordinatedSanctions", target: "eu", sector: "trade" } }), "INVALID_TERMS");
    expectRefused(
      applyOfferAction(s, "usa", { action: "propose", to: ["eu"], terms: { kind: "deal", items: [{ from: "china", to: "eu", item: "tradeAccess" }] } }),
      "INVALID_TERMS",
    );
    const x = offer(s, "russia", joint);
    expectRefused(applyOfferAction(x, "china", { action: "counter", offerId: lastOfferId(x), terms: { kind: "coordinatedSanctions", target: "usa", sector: "trade" } }), "INVALID_TERMS");
  });
  it("TOO_MANY_OFFERS: at most three proposals per power per turn", () => {
    let x = s;
    for (let i = 0; i < 3; i++) x = offer(x, "russia", joint);
    expectRefused(applyOfferAction(x, "russia", joint), "TOO_MANY_OFFERS");
  });
  it("SEAT_EMPTY: an offer to a power nobody plays", () => {
    const x = atOrders(2, 1, { russia: "human", china: "absent", usa: "human", ukraine: "human", eu: "human" });
    expectRefused(applyOfferAction(x, "russia", joint), "SEAT_EMPTY");
  });
});

describe("commitments", () => {
  it("a kept joint statement is issued with extra weight, warms the signatories and builds trust", () => {
    const s = accepted(atOrders(2), "russia", joint, ["china"]);
    const base = resolveWith(atOrders(2), {});
    const after = resolveWith(s, {});
    expect(after.commitments[0]?.status).toBe("kept");
    expect(after.news.some((n) => english(n.headline) === 'Russia and China issue a joint conciliatory statement on history: "Friends forever."')).toBe(true);
    expect(rel(after, "russia", "china")).toBeGreaterThan(rel(base, "russia", "china"));
    expect(after.trust["china>russia"]).toBeGreaterThan(base.trust["china>russia"]);
    expect(after.tallies["commitmentsKept.russia"]).toBe(1);
  });

  it("a broken commitment is published, costs the breaker trust and the statement is not issued", () => {
    const s = accepted(atOrders(2), "russia", joint, ["china"]);
    const id = s.commitments[0]?.id ?? "";
    const base = resolveWith(atOrders(2), {});
    const after = resolveWith(s, { china: [{ type: "commitment", commitmentId: id, decision: "break" }] });
    expect(after.commitments[0]).toMatchObject({ status: "broken", breakers: ["china"] });
    expect(after.trust["russia>china"]).toBeLessThanOrEqual(base.trust["russia>china"] - 10);
    expect(after.news.some((n) => english(n.headline).startsWith("China goes back on a joint statement"))).toBe(true);
    expect(after.news.some((n) => english(n.headline).includes("issue a joint"))).toBe(false);
    expect(after.tallies["commitmentsBroken.china"]).toBe(1);
  });

  it("coordinated sanctions: each keeping signatory imposes or tightens on the target", () => {
    const s = accepted(atOrders(2), "eu", { action: "propose", to: ["usa"], terms: { kind: "coordinatedSanctions", target: "china", sector: "finance" } }, ["usa"]);
    const after = resolveWith(s, {});
    expect(after.sanctions["eu>china:finance"]).toBe(1);
    expect(after.sanctions["usa>china:finance"]).toBe(1);
    expect(after.news.some((n) => english(n.headline) === "The European Union joins partners to impose finance sanctions on China.")).toBe(true);
  });

  it("a deal: aid and trade access flow as agreed; a breaker's own items are withheld", () => {
    const deal: OfferAction = {
      action: "propose",
      to: ["eu"],
      terms: { kind: "deal", items: [{ from: "china", to: "eu", item: "tradeAccess" }, { from: "eu", to: "china", item: "tradeAccess" }] },
    };
    const s = accepted(atOrders(2), "china", deal, ["eu"]);
    const kept = resolveWith(s, {});
    expect(kept.news.filter((n) => english(n.headline).includes("opens its market")).length).toBe(2);
    const broken = resolveWith(s, { eu: [{ type: "commitment", commitmentId: s.commitments[0]?.id ?? "", decision: "break" }] });
    expect(broken.news.map((n) => english(n.headline))).toContain("China opens its market to the European Union.");
    expect(broken.news.map((n) => english(n.headline))).not.toContain("The European Union opens its market to China.");
  });

  it("a deal easing sanctions lowers the level (sanctions relief for Russia)", () => {
    const deal: OfferAction = {
      action: "propose",
      to: ["usa"],
      terms: { kind: "deal", items: [{ from: "usa", to: "russia", item: "easeSanctions", sector: "finance" }, { from: "russia", to: "usa", item: "tradeAccess" }] },
    };
    const s = accepted(atOrders(2), "russia", deal, ["usa"]);
    expect(resolveWith(s, {}).sanctions["usa>russia:finance"]).toBe(2);
  });

  it("a private offer is seen only by its parties; a public one by everyone", () => {
    const priv = offer(atOrders(2), "russia", joint);
    expect(viewFor(priv, { kind: "power", power: "usa" }).offers).toEqual([]);
    expect(viewFor(priv, { kind: "power", power: "china" }).offers.length).toBe(1);
    const pub = offer(atOrders(2), "russia", { ...joint, visibility: "public" } as OfferAction);
    expect(viewFor(pub, { kind: "spectator" }).offers.length).toBe(1);
  });
});

describe("offers and bots", () => {
  it("a joint statement counts for more than a statement alone (1.5 times, from each signatory)", () => {
    const solo = resolveWith(atOrders(2), { russia: [{ type: "statement", audience: "world", tone: "conciliatory", topic: "war", text: "" }] });
    const s = accepted(atOrders(2), "russia", { action: "propose", to: ["china"], terms: { kind: "jointStatement", topic: "war", tone: "conciliatory", text: "" } }, ["china"]);
    const both = resolveWith(s, {});
    const tension = (x: MatchState, start: string) => x.news.find((n) => n.turn === 2 && english(n.headline).startsWith(start))?.effects.find((e) => e.target === "world.globalTension")?.delta;
    expect(tension(solo, "Russia makes a conciliatory statement")).toBe(-1);
    expect(tension(both, "Russia and China issue a joint")).toBe(-3);
  });

  it("a bot seat answers an offer made to it when negotiation ends", () => {
    let s = advanceTo(newMatch(4, { russia: "human", china: "bot", usa: "human", ukraine: "human", eu: "human" }), "negotiation", 2);
    s = offer(s, "russia", joint);
    s = advanceTo(s, "orders", 2);
    expect(["accepted", "rejected"]).toContain(s.offers.find((o) => o.from === "russia")?.status);
  });

  it("bots answer after their personality: Ukraine takes a monitored ceasefire more readily than Russia", async () => {
    const { botAnswerOffer } = await import("../../../shared/game/index");
    // As in 2025: Russia's parade truce was breached, so turn 2 opens on the accusations.
    const truce = newMatch().ceasefires[0]?.id ?? "";
    const breached = resolveWith(atOrders(1), { russia: [{ type: "ceasefire", ceasefireId: truce, decision: "break" }, { type: "posture", stance: "offensive" }] });
    const s = offer(advanceTo(breached, "orders", 2), "usa", { action: "propose", to: ["russia", "ukraine"], terms: { kind: "ceasefire", turns: 3, scope: "full", monitored: true } });
    const o = s.offers[0];
    if (!o) throw new Error("no offer");
    let ru = 0;
    let ua = 0;
    for (let seed = 1; seed <= 400; seed++) {
      if (botAnswerOffer(viewFor(s, { kind: "power", power: "russia" }), "russia", o, seed).action === "accept") ru++;
      if (botAnswerOffer(viewFor(s, { kind: "power", power: "ukraine" }), "ukraine", o, seed).action === "accept") ua++;
    }
    expect(ua).toBeGreaterThan(ru + 40);
  });

  it("Russia's bot still agrees a monitored ceasefire in some matches (when its lookahead says it pays)", () => {
    let monitored = 0;
    for (let seed = 1; seed <= 20; seed++) {
      let s = newMatch(seed, { russia: "bot", china: "bot", usa: "bot", ukraine: "bot", eu: "bot" });
      while (s.phase !== "ended") s = advancePhase(s).state;
      if (s.ceasefires.some((c) => !c.unilateral && c.monitored && c.parties.includes("russia"))) monitored++;
    }
    expect(monitored).toBeGreaterThan(0);
  });

  it("bot seats make offers of their own during negotiation", () => {
    let made = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const s = advanceTo(newMatch(seed, { russia: "bot", china: "bot", usa: "bot", ukraine: "bot", eu: "bot" }), "orders", 2);
      made += s.offers.length;
    }
    expect(made).toBeGreaterThan(10);
  });
});

describe("what a deal costs its givers", () => {
  const aidForAccess = { kind: "deal" as const, items: [
    { from: "usa" as const, to: "ukraine" as const, item: "militaryAid" as const },
    { from: "ukraine" as const, to: "usa" as const, item: "tradeAccess" as const },
  ] };

  it("each item given uses its giver's diplomatic capital in the turn the deal is carried out, like the matching order", () => {
    let s = offer(atOrders(2), "usa", { action: "propose", to: ["ukraine"], terms: aidForAccess });
    expect(budgetFor(s, "usa")).toBe(3);
    s = offer(s, "ukraine", { action: "accept", offerId: lastOfferId(s) });
    expect(budgetFor(s, "usa")).toBe(3 - dealItemCost("militaryAid"));
    expect(budgetFor(s, "ukraine")).toBe(3 - dealItemCost("tradeAccess"));
    // The capital is back at the next turn.
    expect(budgetFor(advanceTo(resolveWith(s, {}), "orders", 3), "usa")).toBe(3);
  });

  it("orders that no longer fit once a deal is accepted are refused", () => {
    let s = offer(atOrders(2), "usa", { action: "propose", to: ["ukraine"], terms: aidForAccess });
    s = offer(s, "ukraine", { action: "accept", offerId: lastOfferId(s) });
    const summit = { type: "summit" as const, with: "eu" as const };
    expectRefused(submitOrders(s, "usa", { turn: 2, orders: [summit] }), "OVER_BUDGET");
  });

  it("a power cannot promise more than its capital left: accepting or proposing such a deal is refused OVER_BUDGET", () => {
    const twoArms = { kind: "deal" as const, items: [
      { from: "usa" as const, to: "ukraine" as const, item: "militaryAid" as const },
      { from: "usa" as const, to: "ukraine" as const, item: "militaryAid" as const },
    ] };
    expectRefused(applyOfferAction(atOrders(2), "usa", { action: "propose", to: ["ukraine"], terms: twoArms }), "OVER_BUDGET");
    const asked = offer(atOrders(2), "ukraine", { action: "propose", to: ["usa"], terms: twoArms });
    expectRefused(applyOfferAction(asked, "usa", { action: "accept", offerId: lastOfferId(asked) }), "OVER_BUDGET");
  });

  it("opening a market costs the giver's economy a little and helps the receiver's", () => {
    let s = offer(atOrders(2), "usa", { action: "propose", to: ["ukraine"], terms: aidForAccess });
    s = resolveWith(offer(s, "ukraine", { action: "accept", offerId: lastOfferId(s) }), {});
    const opened = s.news.find((n) => english(n.headline) === "Ukraine opens its market to the United States.");
    expect(opened?.effects).toContainEqual({ target: "ukraine.economy", delta: TRADE_ACCESS_GIVER_ECONOMY });
    expect(opened?.effects).toContainEqual({ target: "usa.economy", delta: 2 });
  });
});
