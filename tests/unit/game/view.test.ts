// Casebook: what each seat may see.
import { describe, expect, it } from "vitest";
import { POWERS, botOrders, validateOrders, viewFor, type MatchState } from "../../../shared/game/index";
import { advanceTo, atOrders, give, lastOfferId, newMatch, offer, say } from "./helpers";

function secretsOf(s: MatchState, p: (typeof POWERS)[number]) {
  const o = s.scenario.powers[p].secretObjectives.find((x) => x.id === s.secretObjectives[p]);
  if (!o) throw new Error("no secret");
  return o;
}

describe("a power's view", () => {
  const s = give(atOrders(2), { eu: [say("firm", "war")], usa: [say("conciliatory", "trade")] });

  it("shows its own secret objective and no other power's, nor the pool it was drawn from", () => {
    const v = viewFor(s, { kind: "power", power: "eu" });
    expect(Object.keys(v.secretObjectives)).toEqual(["eu"]);
    const text = JSON.stringify(v);
    for (const p of POWERS) {
      if (p === "eu") continue;
      for (const o of s.scenario.powers[p].secretObjectives) {
        expect(text).not.toContain(o.text);
        expect(text).not.toContain(`"${o.id}"`);
      }
    }
    expect(text).toContain(secretsOf(s, "eu").text);
  });

  it("shows its own pending orders, not the others'", () => {
    const v = viewFor(s, { kind: "power", power: "eu" });
    expect(v.orders).toEqual({ eu: [say("firm", "war")] });
  });

  it("never contains the generator's state", () => {
    for (const seat of [{ kind: "power", power: "eu" }, { kind: "spectator" }, { kind: "facilitator" }] as const) {
      expect(viewFor(s, seat)).not.toHaveProperty("rng");
    }
  });

  it("gives the power its budget", () => {
    expect(viewFor(s, { kind: "power", power: "usa" }).budget).toBe(3);
    expect(viewFor(s, { kind: "spectator" }).budget).toBeNull();
  });

  it("hides the deck (the cards still to come)", () => {
    const text = JSON.stringify(viewFor(newMatch(), { kind: "power", power: "eu" }));
    expect(text).not.toContain("Oil prices slump");
  });
});

describe("spectators and the facilitator", () => {
  let s = give(atOrders(2), { eu: [say("firm", "war")] });
  s = offer(s, "russia", { action: "propose", to: ["china"], terms: { kind: "jointStatement", topic: "war", tone: "firm", text: "" } });

  it("a spectator sees no secret objective, no pending order, no private offer", () => {
    const v = viewFor(s, { kind: "spectator" });
    expect(v.secretObjectives).toEqual({});
    expect(v.orders).toEqual({});
    expect(v.offers).toEqual([]);
    expect(v.orderHistory).toEqual([]);
  });

  it("the facilitator sees every secret, every order and every offer", () => {
    const v = viewFor(s, { kind: "facilitator" });
    expect(Object.keys(v.secretObjectives).sort()).toEqual([...POWERS].sort());
    expect(v.orders.eu).toEqual([say("firm", "war")]);
    expect(v.offers.map((o) => o.id)).toEqual([lastOfferId(s)]);
  });

  it("after the match ends, secret objectives and all orders are revealed to everyone (the debrief)", () => {
    const end = advanceTo(give(atOrders(1), { eu: [say("firm", "war")], usa: [say("conciliatory", "trade")] }), "ended", 8);
    const v = viewFor(end, { kind: "spectator" });
    expect(Object.keys(v.secretObjectives).sort()).toEqual([...POWERS].sort());
    expect(v.orderHistory.filter((h) => h.turn === 1).map((h) => [h.power, h.orders])).toEqual([
      ["usa", [say("conciliatory", "trade")]],
      ["eu", [say("firm", "war")]],
    ]);
  });
});

describe("bots read views only", () => {
  it("a bot's orders come from its view (the type refuses the full state)", () => {
    const s = atOrders(2);
    // Type check only (never called): a MatchState is not a MatchView (it lacks `viewer`), so a
    // bot cannot be handed the full state.
    // @ts-expect-error
    const peek = () => botOrders(s, "russia", 1);
    void peek;
    const orders = botOrders(viewFor(s, { kind: "power", power: "russia" }), "russia", 1);
    expect(orders.length).toBeGreaterThan(0);
    expect(validateOrders(s, "russia", orders)).toEqual({ ok: true, value: true });
  });
});

it("phases: briefing → negotiation → orders → resolution → next briefing … → ended", () => {
  let s = newMatch();
  const seen: string[] = [];
  for (let i = 0; i < 6; i++) {
    seen.push(`${s.turn}:${s.phase}`);
    s = advanceTo(s, nextPhase(s.phase), s.phase === "resolution" ? s.turn + 1 : s.turn);
  }
  expect(seen).toEqual(["1:briefing", "1:negotiation", "1:orders", "1:resolution", "2:briefing", "2:negotiation"]);
  expect(advanceTo(newMatch(), "ended", 8).phase).toBe("ended");
});

function nextPhase(p: MatchState["phase"]): MatchState["phase"] {
  return p === "briefing" ? "negotiation" : p === "negotiation" ? "orders" : p === "orders" ? "resolution" : "briefing";
}
