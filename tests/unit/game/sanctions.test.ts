// Casebook: sanctions and tariffs.
import { describe, expect, it } from "vitest";
import type { MatchState, Order, PowerId } from "../../../shared/game/index";
import { COUNTER_SANCTION_RALLY, EU_EASE_UNITY } from "../../../shared/game/sanctions";
import { atOrders, patch, rel, resolveWith } from "./helpers";
import { english } from "../../helpers/texts";

const sanction = (target: PowerId, sector: "energy" | "finance" | "technology" | "trade", action: "impose" | "tighten" | "ease" | "lift"): Order => ({
  type: "sanction",
  target,
  sector,
  action,
});

function compare(orders: Partial<Record<PowerId, Order[]>>, setup: (s: MatchState) => MatchState = (s) => s): [MatchState, MatchState] {
  const s = setup(atOrders(2));
  return [resolveWith(s, {}), resolveWith(s, orders)];
}

/** Strips every sanction so one rule can be seen alone. */
const noSanctions = (s: MatchState) => patch(s, (x) => void (x.sanctions = {}));

describe("sanction orders", () => {
  it("impose sets level 1, tighten adds one, ease takes one off, lift removes it", () => {
    const s = atOrders(2);
    expect(resolveWith(s, { eu: [sanction("china", "technology", "impose")] }).sanctions["eu>china:technology"]).toBe(1);
    expect(resolveWith(s, { eu: [sanction("russia", "energy", "tighten")] }).sanctions["eu>russia:energy"]).toBe(3);
    expect(resolveWith(s, { eu: [sanction("russia", "energy", "ease")] }).sanctions["eu>russia:energy"]).toBe(1);
    expect(resolveWith(s, { eu: [sanction("russia", "energy", "lift")] }).sanctions["eu>russia:energy"]).toBeUndefined();
  });

  it("imposing sours relations and rallies the target's public", () => {
    const [base, after] = compare({ eu: [sanction("china", "technology", "impose")] });
    expect(rel(after, "eu", "china")).toBeLessThan(rel(base, "eu", "china"));
    expect(after.powers.china.meters.support).toBeGreaterThan(base.powers.china.meters.support);
  });

  it("easing warms relations with the target but angers partners still sanctioning it", () => {
    const [base, after] = compare({ eu: [sanction("russia", "finance", "ease")] });
    expect(rel(after, "eu", "russia")).toBeGreaterThan(rel(base, "eu", "russia"));
    expect(rel(after, "eu", "usa")).toBeLessThan(rel(base, "eu", "usa"));
  });

  it(`easing alone changes EU unity by ${EU_EASE_UNITY}: it is what the union's holdouts ask (the delistings of March 2025 bought Hungary's renewal)`, () => {
    const [base, after] = compare({ eu: [sanction("russia", "finance", "ease")] });
    expect(after.powers.eu.meters.special - base.powers.eu.meters.special).toBeCloseTo(EU_EASE_UNITY, 5);
  });

  it("tightening alone costs the EU unity", () => {
    const [base, after] = compare({ eu: [sanction("russia", "energy", "tighten")] });
    expect(after.powers.eu.meters.special).toBeLessThan(base.powers.eu.meters.special);
  });
});

describe("sanction pressure each turn", () => {
  it("standing sanctions bite the target's economy every turn and cost the imposer", () => {
    const one = (s: MatchState) => patch(noSanctions(s), (x) => void (x.sanctions["eu>china:finance"] = 2));
    const [, withSanction] = compare({}, one);
    const [, without] = compare({}, noSanctions);
    expect(withSanction.powers.china.meters.economy).toBeLessThan(without.powers.china.meters.economy);
    expect(withSanction.powers.eu.meters.economy).toBeLessThan(without.powers.eu.meters.economy);
  });

  it("the two sides of the war stopped trading when it began: sanctioning the enemy costs the imposer nothing", () => {
    const ukraineOnRussia = (s: MatchState) => patch(noSanctions(s), (x) => void (x.sanctions["ukraine>russia:energy"] = 3));
    const [, withSanction] = compare({}, ukraineOnRussia);
    const [, without] = compare({}, noSanctions);
    expect(withSanction.powers.russia.meters.economy).toBeLessThan(without.powers.russia.meters.economy);
    expect(withSanction.powers.ukraine.meters.economy).toBe(without.powers.ukraine.meters.economy);
  });

  it(`counter-sanctions on a power that sanctions you rally your own side (+${COUNTER_SANCTION_RALLY} support); first sanctions do not`, () => {
    const head = "China imposes";
    const [, counter] = compare({ china: [sanction("usa", "technology", "impose")] });
    const first = counter.news.find((n) => n.turn === 2 && english(n.headline).startsWith(head));
    expect(COUNTER_SANCTION_RALLY).toBeGreaterThan(0);
    expect(first?.effects.find((e) => e.target === "china.support")?.delta).toBe(COUNTER_SANCTION_RALLY);
    const [, unprovoked] = compare({ china: [sanction("eu", "technology", "impose")] });
    const second = unprovoked.news.find((n) => n.turn === 2 && english(n.headline).startsWith(head));
    expect(second?.effects.find((e) => e.target === "china.support")).toBeUndefined();
  });

  it("a coalition bites harder than the same levels from one imposer", () => {
    const alone = (s: MatchState) => patch(noSanctions(s), (x) => void (x.sanctions["eu>china:finance"] = 2));
    const coalition = (s: MatchState) =>
      patch(noSanctions(s), (x) => {
        x.sanctions["eu>china:finance"] = 1;
        x.sanctions["usa>china:finance"] = 1;
      });
    const [, a] = compare({}, alone);
    const [, c] = compare({}, coalition);
    expect(c.powers.china.meters.economy).toBeLessThan(a.powers.china.meters.economy);
  });

  it("China's lifeline, opened by its order while relations are warm, blunts the West's sanctions on Russia", () => {
    const cold = (s: MatchState) => patch(s, (x) => void (x.relations["russia|china"] = 0));
    const open = { china: [{ type: "lifeline" as const, to: "russia" as const, open: true }] };
    const [, warm] = compare(open);
    const [, coldState] = compare(open, cold);
    expect(warm.powers.russia.meters.economy).toBeGreaterThan(coldState.powers.russia.meters.economy);
    const before = atOrders(2).tallies["lifeline.russia"] ?? 0;
    expect(warm.tallies["lifeline.russia"]).toBe(before + 1);
    expect(coldState.tallies["lifeline.russia"] ?? 0).toBe(before);
  });

  it("a lifeline provider that sanctions the target gives no lifeline", () => {
    const sanctioning = (s: MatchState) => patch(s, (x) => void (x.sanctions["china>russia:trade"] = 1));
    const [, after] = compare({ china: [{ type: "lifeline", to: "russia", open: true }] }, sanctioning);
    expect(after.tallies["lifeline.russia"]).toBeUndefined();
  });

  it("tariffs hurt China more the higher its trade exposure", () => {
    const exposed = (s: MatchState) => patch(s, (x) => void (x.powers.china.meters.special = 90));
    const sheltered = (s: MatchState) => patch(s, (x) => void (x.powers.china.meters.special = 20));
    const [, e] = compare({}, exposed);
    const [, sh] = compare({}, sheltered);
    expect(e.powers.china.meters.economy).toBeLessThan(sh.powers.china.meters.economy);
  });
});

describe("sanctions at home", () => {
  it("the US earns political capital for sanctioning a rival, and loses it for sanctioning a friend", () => {
    const [base, onRival] = compare({ usa: [sanction("russia", "trade", "impose")] });
    const [, onFriend] = compare({ usa: [sanction("eu", "trade", "impose")] });
    expect(onRival.powers.usa.meters.special).toBeGreaterThan(base.powers.usa.meters.special);
    expect(onFriend.powers.usa.meters.special).toBeLessThan(base.powers.usa.meters.special);
  });
});
