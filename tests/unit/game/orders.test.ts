// Casebook: giving orders, and every reason an order is refused.
import { describe, expect, it } from "vitest";
import { allReady, applyOfferAction, budgetFor, submitOrders, validateOrders } from "../../../shared/game/index";
import { atOrders, deepFreeze, expectRefused, newMatch, offer, patch, say, unwrap, advanceTo, lastOfferId, resolveWith } from "./helpers";

describe("giving orders", () => {
  it("records a power's orders for the turn, hidden in state.orders until resolution", () => {
    const s = atOrders(2);
    const next = unwrap(submitOrders(s, "eu", { turn: 2, orders: [say("conciliatory", "war")] }));
    expect(next.orders.eu).toEqual([say("conciliatory", "war")]);
    expect(s.orders.eu).toBeUndefined();
  });

  it("resubmitting replaces the earlier orders", () => {
    const s = atOrders(2);
    const a = unwrap(submitOrders(s, "eu", { turn: 2, orders: [say("conciliatory", "war")] }));
    const b = unwrap(submitOrders(a, "eu", { turn: 2, orders: [{ type: "aid", to: "ukraine", kind: "economic" }] }));
    expect(b.orders.eu).toEqual([{ type: "aid", to: "ukraine", kind: "economic" }]);
  });

  it("orders can be drafted during negotiation already", () => {
    const s = advanceTo(newMatch(), "negotiation", 1);
    expect(submitOrders(s, "usa", { turn: 1, orders: [] }).ok).toBe(true);
  });

  it("a power that declares itself ready can no longer change its orders (ALREADY_READY)", () => {
    const s = unwrap(submitOrders(atOrders(2), "eu", { turn: 2, orders: [], ready: true }));
    expect(s.ready.eu).toBe(true);
    expectRefused(submitOrders(s, "eu", { turn: 2, orders: [say("firm", "war")] }), "ALREADY_READY");
  });

  it("allReady: true once every human seat has declared its orders final (bots and empty seats do not wait)", () => {
    let s = atOrders(2, 1, { russia: "human", china: "bot", usa: "absent", ukraine: "human", eu: "bot" });
    expect(allReady(s)).toBe(false);
    s = unwrap(submitOrders(s, "russia", { turn: 2, orders: [], ready: true }));
    expect(allReady(s)).toBe(false);
    s = unwrap(submitOrders(s, "ukraine", { turn: 2, orders: [], ready: true }));
    expect(allReady(s)).toBe(true);
  });

  it("the refused input never changes the state it was given (the state is frozen)", () => {
    const s = deepFreeze(atOrders(2));
    expectRefused(submitOrders(s, "eu", { turn: 2, orders: [{ type: "posture", stance: "offensive" }] }), "NOT_BELLIGERENT");
    expect(() => submitOrders(s, "ukraine", { turn: 2, orders: [{ type: "posture", stance: "offensive" }] })).not.toThrow();
  });
});

describe("refusals", () => {
  it("WRONG_PHASE: no orders during the briefing", () => {
    expectRefused(submitOrders(newMatch(), "eu", { turn: 1, orders: [] }), "WRONG_PHASE");
  });

  it("STALE_TURN: orders meant for a turn that is over", () => {
    expectRefused(submitOrders(atOrders(3), "eu", { turn: 2, orders: [] }), "STALE_TURN");
  });

  it("FUTURE_TURN: orders for a turn not begun", () => {
    expectRefused(submitOrders(atOrders(2), "eu", { turn: 3, orders: [] }), "FUTURE_TURN");
  });

  it("INVALID_ORDER: a malformed order (unknown type); TEXT_TOO_LONG: a statement over 280 characters", () => {
    const s = atOrders(2);
    expectRefused(submitOrders(s, "eu", { turn: 2, orders: [{ type: "nuke" }] }), "INVALID_ORDER");
    expectRefused(submitOrders(s, "eu", { turn: 2, orders: [{ ...say("firm", "war"), text: "x".repeat(281) }] }), "TEXT_TOO_LONG");
    expectRefused(submitOrders(s, "eu", "orders please"), "INVALID_ORDER");
  });

  it("OVER_BUDGET: orders costing more than the power's diplomatic capital (3)", () => {
    const s = atOrders(2);
    const r = submitOrders(s, "eu", {
      turn: 2,
      orders: [{ type: "aid", to: "ukraine", kind: "military" }, say("firm", "war"), say("firm", "trade")],
    });
    expectRefused(r, "OVER_BUDGET");
    expect(submitOrders(s, "eu", { turn: 2, orders: [{ type: "aid", to: "ukraine", kind: "military" }, say("firm", "war")] }).ok).toBe(true);
  });

  it("a low special meter costs one point of budget (US political capital below 30)", () => {
    const s = patch(atOrders(2), (x) => {
      x.powers.usa.meters.special = 20;
    });
    expect(budgetFor(s, "usa")).toBe(2);
    expectRefused(submitOrders(s, "usa", { turn: 2, orders: [say("firm", "war"), say("firm", "trade"), say("firm", "history")] }), "OVER_BUDGET");
  });

  it("NOT_BELLIGERENT: only the warring sides give posture and strike orders", () => {
    const s = atOrders(2);
    expectRefused(submitOrders(s, "china", { turn: 2, orders: [{ type: "strike", target: "energy" }] }), "NOT_BELLIGERENT");
    expectRefused(submitOrders(s, "usa", { turn: 2, orders: [{ type: "declareCeasefire", turns: 1, scope: "full" }] }), "NOT_BELLIGERENT");
  });

  it("INVALID_TARGET: sanctioning, aiding, meeting or addressing oneself; military aid to a power not at war", () => {
    const s = atOrders(2);
    expectRefused(submitOrders(s, "eu", { turn: 2, orders: [{ type: "sanction", target: "eu", sector: "energy", action: "impose" }] }), "INVALID_TARGET");
    expectRefused(submitOrders(s, "eu", { turn: 2, orders: [{ type: "aid", to: "eu", kind: "economic" }] }), "INVALID_TARGET");
    expectRefused(submitOrders(s, "eu", { turn: 2, orders: [{ type: "summit", with: "eu" }] }), "INVALID_TARGET");
    expectRefused(submitOrders(s, "eu", { turn: 2, orders: [say("firm", "war", ["eu"])] }), "INVALID_TARGET");
    expectRefused(submitOrders(s, "russia", { turn: 2, orders: [{ type: "aid", to: "china", kind: "military" }] }), "INVALID_TARGET");
  });

  it("ALREADY_SANCTIONED, NO_SANCTIONS, SANCTIONS_AT_MAX follow the current levels", () => {
    const s = atOrders(2);
    // The EU holds finance sanctions on Russia at 3 from the start, and none on China.
    expectRefused(submitOrders(s, "eu", { turn: 2, orders: [{ type: "sanction", target: "russia", sector: "finance", action: "impose" }] }), "ALREADY_SANCTIONED");
    expectRefused(submitOrders(s, "eu", { turn: 2, orders: [{ type: "sanction", target: "russia", sector: "finance", action: "tighten" }] }), "SANCTIONS_AT_MAX");
    expectRefused(submitOrders(s, "eu", { turn: 2, orders: [{ type: "sanction", target: "china", sector: "trade", action: "tighten" }] }), "NO_SANCTIONS");
    expectRefused(submitOrders(s, "eu", { turn: 2, orders: [{ type: "sanction", target: "china", sector: "trade", action: "lift" }] }), "NO_SANCTIONS");
  });

  it("DUPLICATE_ORDER: two orders of the same kind on the same thing", () => {
    const s = atOrders(2);
    expectRefused(
      submitOrders(s, "ukraine", { turn: 2, orders: [{ type: "posture", stance: "fortify" }, { type: "posture", stance: "hold" }] }),
      "DUPLICATE_ORDER",
    );
    expectRefused(submitOrders(s, "eu", { turn: 2, orders: [say("firm", "war"), say("threatening", "war")] }), "DUPLICATE_ORDER");
  });

  it("NOT_PARTY_TO_CEASEFIRE: only a bound side keeps or breaks a ceasefire", () => {
    const s = advanceTo(newMatch(), "orders", 1);
    const truce = s.ceasefires[0];
    expect(truce?.parties).toEqual(["russia"]);
    expectRefused(submitOrders(s, "ukraine", { turn: 1, orders: [{ type: "ceasefire", ceasefireId: truce?.id ?? "", decision: "break" }] }), "NOT_PARTY_TO_CEASEFIRE");
    expect(submitOrders(s, "russia", { turn: 1, orders: [{ type: "ceasefire", ceasefireId: truce?.id ?? "", decision: "break" }] }).ok).toBe(true);
  });

  it("UNKNOWN_CEASEFIRE and UNKNOWN_COMMITMENT: decisions on things that do not exist", () => {
    const s = atOrders(2);
    expectRefused(submitOrders(s, "russia", { turn: 2, orders: [{ type: "ceasefire", ceasefireId: "cf999", decision: "keep" }] }), "UNKNOWN_CEASEFIRE");
    expectRefused(submitOrders(s, "russia", { turn: 2, orders: [{ type: "commitment", commitmentId: "c999", decision: "keep" }] }), "UNKNOWN_COMMITMENT");
  });

  it("NOT_PARTY_TO_COMMITMENT: only signatories keep or break a commitment", () => {
    let s = atOrders(2);
    s = offer(s, "russia", { action: "propose", to: ["china"], terms: { kind: "jointStatement", topic: "history", tone: "conciliatory", text: "" } });
    s = offer(s, "china", { action: "accept", offerId: lastOfferId(s) });
    const c = s.commitments[0];
    expectRefused(submitOrders(s, "usa", { turn: 2, orders: [{ type: "commitment", commitmentId: c?.id ?? "", decision: "break" }] }), "NOT_PARTY_TO_COMMITMENT");
  });

  it("CEASEFIRE_IN_FORCE: an offensive under a ceasefire needs an order to break it", () => {
    const s = advanceTo(newMatch(), "orders", 1);
    const id = s.ceasefires[0]?.id ?? "";
    expectRefused(submitOrders(s, "russia", { turn: 1, orders: [{ type: "posture", stance: "offensive" }] }), "CEASEFIRE_IN_FORCE");
    expectRefused(submitOrders(s, "russia", { turn: 1, orders: [{ type: "strike", target: "airports" }] }), "CEASEFIRE_IN_FORCE");
    expect(
      submitOrders(s, "russia", { turn: 1, orders: [{ type: "ceasefire", ceasefireId: id, decision: "break" }, { type: "posture", stance: "offensive" }] }).ok,
    ).toBe(true);
    // The truce binds Russia only.
    expect(submitOrders(s, "ukraine", { turn: 1, orders: [{ type: "posture", stance: "offensive" }] }).ok).toBe(true);
  });

  it("CEASEFIRE_ALREADY_IN_FORCE: no second truce while bound by one", () => {
    const s = advanceTo(newMatch(), "orders", 1);
    expectRefused(submitOrders(s, "russia", { turn: 1, orders: [{ type: "declareCeasefire", turns: 1, scope: "full" }] }), "CEASEFIRE_ALREADY_IN_FORCE");
  });

  it("UNKNOWN_POWER: orders or offers in the name of a power not in the game", () => {
    expectRefused(submitOrders(atOrders(2), "japan" as never, { turn: 2, orders: [] }), "UNKNOWN_POWER");
    expectRefused(applyOfferAction(atOrders(2), "japan" as never, { action: "withdraw", offerId: "o1" }), "UNKNOWN_POWER");
  });

  it("SEAT_EMPTY: an absent power gives no orders", () => {
    const s = atOrders(2, 1, { russia: "human", china: "absent", usa: "human", ukraine: "human", eu: "human" });
    expectRefused(submitOrders(s, "china", { turn: 2, orders: [] }), "SEAT_EMPTY");
  });

  it("a partial ceasefire on energy forbids only energy strikes", () => {
    let s = atOrders(2);
    s = offer(s, "ukraine", { action: "propose", to: ["russia"], terms: { kind: "ceasefire", turns: 2, scope: "energy", monitored: false } });
    s = offer(s, "russia", { action: "accept", offerId: lastOfferId(s) });
    expectRefused(submitOrders(s, "russia", { turn: 2, orders: [{ type: "strike", target: "energy" }] }), "CEASEFIRE_IN_FORCE");
    expect(submitOrders(s, "russia", { turn: 2, orders: [{ type: "strike", target: "airports" }, { type: "posture", stance: "offensive" }] }).ok).toBe(true);
  });

  it("an order that became invalid before resolution is dropped; the power's other orders stand", () => {
    // Ukraine orders an offensive and a statement; then a monitored ceasefire is agreed.
    let s = atOrders(2);
    s = unwrap(submitOrders(s, "ukraine", { turn: 2, orders: [{ type: "posture", stance: "offensive" }, say("firm", "history", ["russia"])] }));
    s = offer(s, "usa", { action: "propose", to: ["russia", "ukraine"], terms: { kind: "ceasefire", turns: 3, scope: "full", monitored: true } });
    s = offer(s, "russia", { action: "accept", offerId: lastOfferId(s) });
    s = offer(s, "ukraine", { action: "accept", offerId: lastOfferId(s) });
    expect(validateOrders(s, "ukraine", s.orders.ukraine ?? []).ok).toBe(false);
    const after = resolveWith(s, {});
    const cf = after.ceasefires.find((c) => !c.unilateral);
    expect(cf?.record[0]).toEqual({ turn: 2, outcome: "kept", namedBreakers: [] });
    expect(after.orderHistory).toContainEqual({ turn: 2, power: "ukraine", orders: [say("firm", "history", ["russia"])] });
  });
});
