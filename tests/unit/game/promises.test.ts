// Casebook: promises that last — deals carried out over several turns, pledges the engine
// checks against the pledger's orders, and what breaking either costs with every power.
import { describe, expect, it } from "vitest";
import { applyOfferAction, type MatchState, type OfferAction, type PowerId } from "../../../shared/game/index";
import { BREACH_RELATION_COST, BREACH_STANDING_COST, BREACH_TRUST_COST, KEPT_TRUST_GAIN, NONPARTY_BREACH_TRUST_COST, REPEAT_BREACH_TRUST } from "../../../shared/game/commitments";
import { budgetFor } from "../../../shared/game/orders";
import { dealItemCost } from "../../../shared/game/pledges";
import { advanceTo, atOrders, expectRefused, lastOfferId, offer, rel, resolveWith } from "./helpers";
import { english } from "../../helpers/texts";

/** The offer proposed by `from` and accepted by every recipient. */
function agreed(s: MatchState, from: PowerId, a: OfferAction): MatchState {
  let x = offer(s, from, a);
  const id = lastOfferId(x);
  if (a.action !== "propose") throw new Error("not a proposal");
  for (const p of a.to) x = offer(x, p, { action: "accept", offerId: id });
  return x;
}

/** Resolves the turn in hand and moves on to the next turn's orders phase. */
function nextTurn(s: MatchState, orders: Parameters<typeof resolveWith>[1] = {}): MatchState {
  const resolved = resolveWith(s, orders);
  return advanceTo(resolved, "orders", resolved.turn + 1);
}

const armsFor3: OfferAction = {
  action: "propose",
  to: ["ukraine"],
  terms: { kind: "deal", turns: 3, items: [{ from: "usa", to: "ukraine", item: "militaryAid" }] },
};
const aidHeadline = (s: MatchState, turn: number) => s.news.filter((n) => n.turn === turn && english(n.headline) === "The United States sends military aid to Ukraine under their deal.").length;
const breakIt = (s: MatchState) => [{ type: "commitment" as const, commitmentId: s.commitments[0]?.id ?? "", decision: "break" as const }];

describe("multi-turn deals", () => {
  it("a 3-turn deal is carried out at three resolutions and is kept after the last", () => {
    let s = agreed(atOrders(2), "usa", armsFor3);
    expect(s.commitments[0]).toMatchObject({ turn: 2, endTurn: 4, turnsKept: 0, status: "pending" });
    s = nextTurn(s);
    expect(aidHeadline(s, 2)).toBe(1);
    expect(s.commitments[0]).toMatchObject({ turnsKept: 1, status: "pending" });
    s = nextTurn(s);
    expect(aidHeadline(s, 3)).toBe(1);
    expect(s.commitments[0]).toMatchObject({ turnsKept: 2, status: "pending" });
    s = resolveWith(s, {});
    expect(aidHeadline(s, 4)).toBe(1);
    expect(s.commitments[0]).toMatchObject({ turnsKept: 3, status: "kept" });
    expect(s.tallies["commitmentsKept.usa"]).toBe(1);
    s = resolveWith(advanceTo(s, "orders", 5), {});
    expect(aidHeadline(s, 5)).toBe(0);
  });

  it("a one-turn deal (turns left out) is carried out once, as before", () => {
    const one: OfferAction = { action: "propose", to: ["ukraine"], terms: { kind: "deal", items: [{ from: "usa", to: "ukraine", item: "militaryAid" }] } };
    const s = resolveWith(agreed(atOrders(2), "usa", one), {});
    expect(s.commitments[0]).toMatchObject({ endTurn: 2, turnsKept: 1, status: "kept" });
  });

  it("a break in turn 2 of 3 ends the deal, is published and costs the breaker trust", () => {
    const s = nextTurn(agreed(atOrders(2), "usa", armsFor3));
    const kept = resolveWith(s, {});
    const broken = resolveWith(s, { usa: breakIt(s) });
    expect(broken.commitments[0]).toMatchObject({ status: "broken", breakers: ["usa"], turnsKept: 1 });
    expect(broken.news.some((n) => n.turn === 3 && english(n.headline).startsWith("The United States goes back on a 3-turn deal"))).toBe(true);
    expect(aidHeadline(broken, 3)).toBe(0);
    expect(broken.trust["ukraine>usa"]).toBeLessThanOrEqual(kept.trust["ukraine>usa"] - BREACH_TRUST_COST);
    // Ended: nothing more is carried out, and the capital is free again.
    const after = advanceTo(broken, "orders", 4);
    expect(budgetFor(after, "usa")).toBe(3);
    expect(aidHeadline(resolveWith(after, {}), 4)).toBe(0);
  });

  it("budgetFor subtracts the capital of a multi-turn deal in its second turn", () => {
    const s = nextTurn(agreed(atOrders(2), "usa", armsFor3));
    expect(s.turn).toBe(3);
    expect(budgetFor(s, "usa")).toBe(3 - dealItemCost("militaryAid"));
  });

  it("a deal's turns are 1 to 4: 0 and 5 are refused (INVALID_OFFER)", () => {
    for (const turns of [0, 5, 2.5]) {
      const a = { action: "propose", to: ["ukraine"], terms: { kind: "deal", turns, items: [{ from: "usa", to: "ukraine", item: "militaryAid" }] } };
      expectRefused(applyOfferAction(atOrders(2), "usa", a), "INVALID_OFFER");
    }
  });

  it("a deal running past the last turn ends with the match", () => {
    const s = agreed(atOrders(7), "usa", { ...armsFor3, terms: { ...armsFor3.terms, turns: 4 } } as OfferAction);
    expect(s.commitments[0]?.endTurn).toBe(s.lastTurn);
  });
});

describe("pledges", () => {
  const noStrikes = (turns = 2): OfferAction => ({ action: "propose", to: ["usa"], terms: { kind: "pledge", by: "russia", promise: "noStrikes", turns } });

  it("a pledge of no strikes is broken by a strike order, without any break order, and published", () => {
    const s = agreed(atOrders(2), "russia", noStrikes());
    expect(s.commitments[0]).toMatchObject({ status: "pending", endTurn: 3, parties: ["russia", "usa"] });
    const kept = resolveWith(s, { russia: [{ type: "posture", stance: "offensive" }] });
    expect(kept.commitments[0]).toMatchObject({ status: "pending", turnsKept: 1 });
    const broken = resolveWith(s, { russia: [{ type: "strike", target: "energy" }] });
    expect(broken.commitments[0]).toMatchObject({ status: "broken", breakers: ["russia"] });
    expect(broken.news.some((n) => english(n.headline).startsWith("Russia breaks its pledge of no long-range strikes"))).toBe(true);
    expect(broken.trust["usa>russia"]).toBeLessThanOrEqual(kept.trust["usa>russia"] - BREACH_TRUST_COST);
    expect(broken.tallies["commitmentsBroken.russia"]).toBe(1);
  });

  it("a pledge kept to the end raises the other parties' trust in the pledger", () => {
    const plain = nextTurn(atOrders(2));
    let s = agreed(atOrders(2), "russia", noStrikes());
    s = nextTurn(s);
    expect(s.commitments[0]?.status).toBe("pending");
    s = resolveWith(s, {});
    expect(s.commitments[0]).toMatchObject({ status: "kept", turnsKept: 2 });
    expect(s.trust["usa>russia"]).toBeGreaterThan(resolveWith(plain, {}).trust["usa>russia"]);
    expect(s.news.some((n) => english(n.headline) === "Russia keeps its pledge of no long-range strikes for 2 turns.")).toBe(true);
    // Only the pledger gave its word: only it is counted as keeping it.
    expect(s.tallies["commitmentsKept.russia"]).toBe(1);
    expect(s.tallies["commitmentsKept.usa"]).toBeUndefined();
  });

  it("each promise is broken by its own deed: an offensive, sanctions on the target, military aid to the target", () => {
    const pledge = (promise: "noOffensive" | "noNewSanctions" | "noMilitaryAidTo", by: PowerId, to: PowerId, target?: PowerId): OfferAction => ({
      action: "propose",
      to: [to],
      terms: { kind: "pledge", by, promise, turns: 1, ...(target ? { target } : {}) },
    });
    const offensive = resolveWith(agreed(atOrders(2), "russia", pledge("noOffensive", "russia", "china")), { russia: [{ type: "posture", stance: "offensive" }] });
    expect(offensive.commitments[0]?.status).toBe("broken");
    const sanctions = agreed(atOrders(2), "eu", pledge("noNewSanctions", "eu", "china", "china"));
    expect(resolveWith(sanctions, { eu: [{ type: "sanction", target: "china", sector: "technology", action: "impose" }] }).commitments[0]?.status).toBe("broken");
    expect(resolveWith(sanctions, { eu: [{ type: "sanction", target: "russia", sector: "technology", action: "tighten" }] }).commitments[0]?.status).toBe("kept");
    const arms = agreed(atOrders(2), "usa", pledge("noMilitaryAidTo", "usa", "russia", "ukraine"));
    expect(resolveWith(arms, { usa: [{ type: "aid", to: "ukraine", kind: "military" }] }).commitments[0]?.status).toBe("broken");
    expect(resolveWith(arms, { usa: [{ type: "aid", to: "ukraine", kind: "humanitarian" }] }).commitments[0]?.status).toBe("kept");
  });

  it("a pledge costs no capital", () => {
    const s = agreed(atOrders(2), "russia", noStrikes());
    expect(budgetFor(s, "russia")).toBe(budgetFor(atOrders(2), "russia"));
  });

  it("a power may be asked to pledge: the recipient named as `by` binds itself by accepting", () => {
    const asked: OfferAction = { action: "propose", to: ["russia"], terms: { kind: "pledge", by: "russia", promise: "noOffensive", turns: 1 } };
    const s = agreed(atOrders(2), "ukraine", asked);
    expect(resolveWith(s, { russia: [{ type: "posture", stance: "offensive" }] }).commitments[0]).toMatchObject({ status: "broken", breakers: ["russia"] });
  });

  it("refusals: a pledge by a power outside the offer, a missing target, a war promise by a power at peace, turns out of 1..4", () => {
    const s = atOrders(2);
    const propose = (from: PowerId, to: PowerId[], terms: object) => applyOfferAction(s, from, { action: "propose", to, terms });
    expectRefused(propose("usa", ["ukraine"], { kind: "pledge", by: "russia", promise: "noStrikes", turns: 2 }), "PLEDGE_NOT_PARTY");
    expectRefused(propose("eu", ["china"], { kind: "pledge", by: "eu", promise: "noNewSanctions", turns: 2 }), "PLEDGE_NEEDS_TARGET");
    expectRefused(propose("usa", ["russia"], { kind: "pledge", by: "usa", promise: "noMilitaryAidTo", turns: 2 }), "PLEDGE_NEEDS_TARGET");
    expectRefused(propose("eu", ["china"], { kind: "pledge", by: "eu", promise: "noNewSanctions", target: "eu", turns: 2 }), "INVALID_TERMS");
    expectRefused(propose("china", ["usa"], { kind: "pledge", by: "china", promise: "noStrikes", turns: 2 }), "PLEDGE_NOT_AT_WAR");
    expectRefused(propose("china", ["usa"], { kind: "pledge", by: "china", promise: "noMilitaryAidTo", target: "russia", turns: 2 }), "NO_LETHAL_AID");
    for (const turns of [0, 5]) expectRefused(propose("russia", ["usa"], { kind: "pledge", by: "russia", promise: "noStrikes", turns }), "INVALID_OFFER");
  });
});

describe("betrayal economics", () => {
  /** A one-turn trade deal between China and the EU agreed in `turn`: resolved kept, and broken by the EU. */
  function breakInTurn(turn: number): { kept: MatchState; broken: MatchState } {
    const deal: OfferAction = {
      action: "propose",
      to: ["eu"],
      terms: { kind: "deal", items: [{ from: "china", to: "eu", item: "tradeAccess" }, { from: "eu", to: "china", item: "tradeAccess" }] },
    };
    const s = agreed(atOrders(turn), "china", deal);
    return { kept: resolveWith(s, {}), broken: resolveWith(s, { eu: breakIt(s) }) };
  }
  /** What the break cost the EU against keeping: standing, China's and the USA's trust (less the kept deal's gain), relations with China. */
  const breakCost = (x: { kept: MatchState; broken: MatchState }) => ({
    standing: x.kept.powers.eu.meters.standing - x.broken.powers.eu.meters.standing,
    trust: x.kept.trust["china>eu"] - KEPT_TRUST_GAIN - x.broken.trust["china>eu"],
    outsiders: x.kept.trust["usa>eu"] - x.broken.trust["usa>eu"],
    relation: rel(x.kept, "china", "eu") - rel(x.broken, "china", "eu"),
  });

  it("a broken deal costs standing, trust and relations in every turn but the last: there, the news breaks after the match, so the breaker keeps what it withheld at no cost", () => {
    const last = atOrders(2).lastTurn;
    const before = breakCost(breakInTurn(last - 1));
    expect(before.standing).toBeGreaterThan(BREACH_STANDING_COST / 2);
    expect(before.trust).toBeCloseTo(BREACH_TRUST_COST, 5);
    expect(before.outsiders).toBeCloseTo(NONPARTY_BREACH_TRUST_COST, 5);
    expect(before.relation).toBeGreaterThanOrEqual(BREACH_RELATION_COST);
    const end = breakInTurn(last);
    expect(breakCost(end)).toMatchObject({ standing: 0, trust: 0, outsiders: 0 });
    // What the EU withheld (its market) is all the difference in relations: no anger on top.
    expect(breakCost(end).relation).toBeLessThan(BREACH_RELATION_COST);
    // The break is still published, and counted.
    expect(end.broken.news.some((n) => n.turn === last && english(n.headline).includes("goes back on"))).toBe(true);
    expect(end.broken.tallies["commitmentsBroken.eu"]).toBe(1);
  });

  it("a power that has broken its word before is believed less: each earlier break adds REPEAT_BREACH_TRUST of a break's trust cost to the next", () => {
    const trade: OfferAction = {
      action: "propose",
      to: ["eu"],
      terms: { kind: "deal", items: [{ from: "china", to: "eu", item: "tradeAccess" }, { from: "eu", to: "china", item: "tradeAccess" }] },
    };
    const breakPending = (x: MatchState) => [{ type: "commitment" as const, commitmentId: x.commitments.find((c) => c.status === "pending")?.id ?? "", decision: "break" as const }];
    const s = agreed(atOrders(2), "china", trade);
    const first = { kept: resolveWith(s, {}), broken: resolveWith(s, { eu: breakPending(s) }) };
    const t = agreed(advanceTo(first.broken, "orders", 3), "china", trade);
    const second = { kept: resolveWith(t, {}), broken: resolveWith(t, { eu: breakPending(t) }) };
    // An outsider's trust: no kept deal's gain in it.
    const cost = (x: { kept: MatchState; broken: MatchState }) => x.kept.trust["usa>eu"] - x.broken.trust["usa>eu"];
    expect(REPEAT_BREACH_TRUST).toBeGreaterThan(0);
    expect(cost(first)).toBeCloseTo(NONPARTY_BREACH_TRUST_COST, 5);
    expect(cost(second)).toBeCloseTo(NONPARTY_BREACH_TRUST_COST * (1 + REPEAT_BREACH_TRUST), 5);
  });

  it("every power outside a broken commitment loses some trust in the breaker, less than the parties", () => {
    const deal: OfferAction = {
      action: "propose",
      to: ["eu"],
      terms: { kind: "deal", items: [{ from: "china", to: "eu", item: "tradeAccess" }, { from: "eu", to: "china", item: "tradeAccess" }] },
    };
    const s = agreed(atOrders(2), "china", deal);
    const kept = resolveWith(s, {});
    const broken = resolveWith(s, { eu: breakIt(s) });
    expect(NONPARTY_BREACH_TRUST_COST).toBeGreaterThan(0);
    expect(NONPARTY_BREACH_TRUST_COST).toBeLessThan(BREACH_TRUST_COST);
    for (const outsider of ["usa", "russia", "ukraine"] as const) {
      expect(broken.trust[`${outsider}>eu`]).toBeCloseTo(kept.trust[`${outsider}>eu`] - NONPARTY_BREACH_TRUST_COST, 5);
    }
  });
});
