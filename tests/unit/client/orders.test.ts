import { describe, expect, it } from "vitest";
import type { Order } from "../../../shared/game";
import { budgetLeft, buildOrder, checkOrders, fieldOptions, legalCandidates, legalTypes, orderFields, pledgeBrokenBy } from "../../../client/src/logic/orders";
import { matchAt, viewOf } from "./fixtures";

const statement = (topic: "war" | "trade" | "history"): Order => ({ type: "statement", audience: "world", tone: "firm", topic, text: "" });

describe("order composer: what is legal to offer", () => {
  const s = matchAt("negotiation", 2);

  it("offers military orders to the belligerents only", () => {
    const china = legalTypes(legalCandidates(viewOf(s, "china"), "china", []));
    expect(china).toEqual(expect.arrayContaining(["statement", "sanction", "aid", "summit"]));
    expect(china).not.toContain("posture");
    expect(china).not.toContain("strike");
    expect(china).not.toContain("declareCeasefire");
    expect(legalTypes(legalCandidates(viewOf(s, "ukraine"), "ukraine", []))).toContain("posture");
  });

  it("offers only the sanction actions that fit the sanctions in force", () => {
    const legal = legalCandidates(viewOf(s, "china"), "china", []);
    // China already holds trade tariffs of the highest level on the United States.
    expect(fieldOptions(legal, "sanction", { target: "usa", sector: "trade" }, "action")).toEqual(["ease", "lift"]);
    expect(fieldOptions(legal, "sanction", { target: "usa", sector: "energy" }, "action")).toEqual(["impose"]);
    expect(fieldOptions(legal, "sanction", {}, "target")).not.toContain("china");
  });

  it("offers military aid only to a power at war", () => {
    const legal = legalCandidates(viewOf(s, "eu"), "eu", []);
    expect(fieldOptions(legal, "aid", { to: "ukraine" }, "kind")).toContain("military");
    expect(fieldOptions(legal, "aid", { to: "usa" }, "kind")).toEqual(["economic", "humanitarian"]);
  });

  it("offers China dual-use goods for Russia and no military aid, and Russia's lifeline; nobody else a lifeline", () => {
    const legal = legalCandidates(viewOf(s, "china"), "china", []);
    expect(fieldOptions(legal, "aid", { to: "russia" }, "kind")).toContain("dualUse");
    expect(fieldOptions(legal, "aid", { to: "russia" }, "kind")).not.toContain("military");
    expect(fieldOptions(legal, "lifeline", {}, "to")).toEqual(["russia"]);
    expect(fieldOptions(legal, "lifeline", { to: "russia" }, "open")).toEqual(["true", "false"]);
    expect(buildOrder("lifeline", { to: "russia", open: "true" })).toEqual({ type: "lifeline", to: "russia", open: true });
    expect(legalTypes(legalCandidates(viewOf(s, "usa"), "usa", []))).not.toContain("lifeline");
  });

  it("offers a stance on Taiwan statements (principle or policy) and keeps it only for Taiwan", () => {
    const legal = legalCandidates(viewOf(s, "russia"), "russia", []);
    expect(fieldOptions(legal, "statement", { tone: "conciliatory", topic: "taiwan" }, "stance")).toEqual(["policy", "principle"]);
    const principle = buildOrder("statement", { audience: "china", tone: "conciliatory", topic: "taiwan", stance: "principle", text: "" });
    expect(principle).toEqual({ type: "statement", audience: ["china"], tone: "conciliatory", topic: "taiwan", stance: "principle", text: "" });
    expect(buildOrder("statement", { audience: "world", tone: "firm", topic: "war", stance: "principle", text: "" })).not.toHaveProperty("stance");
    expect(orderFields(statement("war"))).not.toHaveProperty("stance");
  });

  it("leaves only free orders once the budget is spent, and counts what is left", () => {
    const view = viewOf(s, "russia");
    const spent = [statement("war"), statement("trade"), statement("history")];
    expect(budgetLeft(view, spent)).toBe((view.budget ?? 0) - 3);
    const legal = legalCandidates(view, "russia", spent);
    expect(legal.length).toBeGreaterThan(0);
    expect(legal.every((o) => o.type === "posture" || o.type === "ceasefire" || o.type === "commitment")).toBe(true);
    expect(fieldOptions(legal, "posture", {}, "stance")).toEqual(["hold"]);
  });

  it("gives the engine's own reason for a list it would refuse", () => {
    const view = viewOf(s, "usa");
    expect(checkOrders(view, "usa", [statement("war")])).toEqual({ ok: true });
    const twice = checkOrders(view, "usa", [statement("war"), statement("war")]);
    expect(twice.ok).toBe(false);
    expect(!twice.ok && twice.message).toMatch(/Only one order of this kind \(Statement\)/);
  });

  it("builds an order from the composer's fields and reads one back for editing", () => {
    const order: Order = { type: "sanction", target: "russia", sector: "finance", action: "tighten" };
    expect(buildOrder("sanction", orderFields(order))).toEqual(order);
    expect(buildOrder("statement", { audience: "china,usa", tone: "neutral", topic: "trade", text: "hi" })).toEqual({
      type: "statement",
      audience: ["china", "usa"],
      tone: "neutral",
      topic: "trade",
      text: "hi",
    });
    expect(buildOrder("declareCeasefire", { turns: "2", scope: "air" })).toEqual({ type: "declareCeasefire", turns: 2, scope: "air" });
    expect(buildOrder("aid", { to: "ukraine" })).toBeNull();
  });
});

describe("order composer: where a refusal belongs", () => {
  it("points at the first order the engine refuses, else at the order just changed", async () => {
    const { culpritIndex } = await import("../../../client/src/logic/orders");
    const view = viewOf(matchAt("negotiation", 2), "china");
    const good = statement("war");
    // China has no energy sanctions on the United States to tighten.
    const bad: Order = { type: "sanction", target: "usa", sector: "energy", action: "tighten" };
    expect(culpritIndex(view, "china", [good, bad, statement("trade")], 2)).toBe(1);
    expect(culpritIndex(view, "china", [good, statement("trade")], 1)).toBe(1);
    expect(culpritIndex(view, "china", [good, good], 0)).toBe(1);
  });
});

describe("order composer: pledges", () => {
  const base = matchAt("orders", 2);
  const pledged = {
    ...base,
    commitments: [
      { id: "c1", offerId: "o1", turn: 2, parties: ["russia" as const, "usa" as const], visibility: "private" as const, status: "pending" as const, breakers: [], endTurn: 3, turnsKept: 0, terms: { kind: "pledge" as const, by: "russia" as const, promise: "noStrikes" as const, turns: 2 } },
    ],
  };

  it("warns that an order breaks the power's own pledge, and says which", () => {
    const strike: Order = { type: "strike", target: "energy" };
    expect(pledgeBrokenBy(viewOf(pledged, "russia"), "russia", strike)).toBe("This breaks your pledge to United States: Russia promises no long-range strikes for 2 turns.");
    expect(pledgeBrokenBy(viewOf(pledged, "russia"), "russia", { type: "posture", stance: "offensive" })).toBeNull();
    expect(pledgeBrokenBy(viewOf(pledged, "usa"), "usa", strike)).toBeNull();
  });

  it("offers a pledge's break order only to its pledger (the deed itself breaks it)", () => {
    const commitmentIds = (p: "russia" | "usa") => legalCandidates(viewOf(pledged, p), p, []).filter((o) => o.type === "commitment");
    expect(commitmentIds("usa")).toEqual([]);
    expect(commitmentIds("russia").length).toBe(2);
  });
});
