// Casebook: what each action does. Each case resolves the same turn with and without the
// order, so the difference is the order's own effect.
import { describe, expect, it } from "vitest";
import type { MatchState, Order, PowerId } from "../../../shared/game/index";
import { applyOfferAction, victoryDay2025 } from "../../../shared/game/index";
import { LIFELINE_WITHHELD_RELATION } from "../../../shared/game/sanctions";
import { ARMS_SALE_ECONOMY, WORDS_TO_A_POWER, WORDS_TO_THE_WORLD, WORDS_WEAR_THIN } from "../../../shared/game/actions";
import { COUNTERATTACK_SHARE, STRIKE_RALLY } from "../../../shared/game/war";
import { advanceTo, atOrders, patch, rel, resolveWith, say, unwrap } from "./helpers";
import { english } from "../../helpers/texts";

/** The change a headline reports for one target (e.g. "relation.china|usa"). */
function effect(s: MatchState, headlineStart: string, target: string): number | undefined {
  return s.news.find((n) => n.turn === s.turn && english(n.headline).startsWith(headlineStart))?.effects.find((e) => e.target === target)?.delta;
}

function compare(orders: Partial<Record<PowerId, Order[]>>, setup: (s: MatchState) => MatchState = (s) => s): [MatchState, MatchState] {
  const s = setup(atOrders(2));
  return [resolveWith(s, {}), resolveWith(s, orders)];
}

describe("statements", () => {
  it("a conciliatory statement to one power warms that relation and lowers global tension", () => {
    const [base, after] = compare({ usa: [say("conciliatory", "trade", ["china"])] });
    expect(effect(after, "The United States makes a conciliatory statement", "relation.china|usa")).toBe(WORDS_TO_A_POWER);
    expect(rel(after, "usa", "china")).toBeGreaterThan(rel(base, "usa", "china"));
    expect(after.world.globalTension).toBeLessThan(base.world.globalTension);
    expect(after.news.some((n) => n.kind === "statement" && english(n.headline).startsWith("The United States makes a conciliatory statement on trade"))).toBe(true);
  });

  it("a statement to the world moves every relation by half as much and raises standing when conciliatory", () => {
    const [base, after] = compare({ eu: [say("conciliatory", "war")] });
    // +1.5 each, damped for relations already warm (EU–US at 35 gains 1.5 × 0.65).
    expect(effect(after, "The European Union makes a conciliatory statement", "relation.russia|eu")).toBe(WORDS_TO_THE_WORLD);
    expect(effect(after, "The European Union makes a conciliatory statement", "relation.usa|eu")).toBeCloseTo(WORDS_TO_THE_WORLD * 0.65, 1);
    for (const p of ["russia", "china", "usa", "ukraine"] as const) expect(rel(after, "eu", p)).toBeGreaterThan(rel(base, "eu", p));
    expect(after.powers.eu.meters.standing).toBeGreaterThan(base.powers.eu.meters.standing);
  });

  it("a threatening statement rallies support at home but costs standing", () => {
    const [base, after] = compare({ russia: [say("threatening", "history", ["eu"])] });
    expect(after.powers.russia.meters.support).toBeGreaterThan(base.powers.russia.meters.support);
    expect(after.powers.russia.meters.standing).toBeLessThan(base.powers.russia.meters.standing);
    expect(rel(after, "russia", "eu")).toBeLessThan(rel(base, "russia", "eu"));
  });

  it("the player's own words appear in the headline", () => {
    const [, after] = compare({ ukraine: [{ ...say("firm", "war"), text: "The truce is a farce." }] });
    expect(after.news.some((n) => english(n.headline).endsWith(': "The truce is a farce."'))).toBe(true);
  });

  it("a conciliatory statement on Taiwan to China that backs the one-China principle counts as an endorsement and calms the Strait", () => {
    const [base, after] = compare({ russia: [{ ...say("conciliatory", "taiwan", ["china"]), stance: "principle" }] });
    expect(after.tallies["endorsements.china"]).toBe(1);
    expect(base.tallies["endorsements.china"]).toBeUndefined();
    expect(after.world.taiwanTension).toBeLessThan(base.world.taiwanTension);
  });

  it("China's own soft words on Taiwan calm the Strait a little but earn no standing beyond words of peace to the world: they restate the claim", () => {
    const [base, after] = compare({ china: [say("conciliatory", "taiwan")] });
    expect(after.world.taiwanTension).toBeLessThan(base.world.taiwanTension);
    expect(effect(after, "China makes a conciliatory statement on Taiwan", "china.standing")).toBe(0.5); // PEACEFUL_WORDS_STANDING alone
  });

  it("a threat on Taiwan by China raises Strait tension and support at home", () => {
    const [base, after] = compare({ china: [say("threatening", "taiwan")] });
    expect(after.world.taiwanTension - base.world.taiwanTension).toBeGreaterThan(4);
    expect(after.powers.china.meters.support).toBeGreaterThan(base.powers.china.meters.support);
  });

  it("a firm statement on Taiwan by another power defies China", () => {
    const [base, after] = compare({ eu: [say("firm", "taiwan", ["china"])] });
    expect(after.world.taiwanTension).toBeGreaterThan(base.world.taiwanTension);
    expect(rel(after, "eu", "china")).toBeLessThan(rel(base, "eu", "china"));
  });
});

describe("aid", () => {
  it("military aid strengthens the recipient's army, costs the donor, and angers its enemy", () => {
    const [base, after] = compare({ eu: [{ type: "aid", to: "ukraine", kind: "military" }] });
    const head = "The European Union sends military aid to Ukraine";
    expect(after.powers.ukraine.meters.special - base.powers.ukraine.meters.special).toBeGreaterThan(4);
    expect(effect(after, head, "eu.economy")).toBe(-0.5);
    expect(effect(after, head, "eu.special")).toBe(-0.5); // the member states argue over it
    expect(rel(after, "eu", "russia")).toBeLessThan(rel(base, "eu", "russia"));
    expect(rel(after, "eu", "ukraine")).toBeGreaterThan(rel(base, "eu", "ukraine"));
    expect(after.tallies["militaryAid.eu>ukraine"]).toBe(1);
  });

  it(`arms that allies buy (the US's, armsSold: 2025's PURL) earn the seller's economy ${ARMS_SALE_ECONOMY} and cost it no political capital`, () => {
    expect(victoryDay2025.powers.usa.armsSold).toBe(true);
    const [base, after] = compare({ usa: [{ type: "aid", to: "ukraine", kind: "military" }] });
    const head = "The United States sends military aid to Ukraine";
    expect(after.powers.ukraine.meters.special - base.powers.ukraine.meters.special).toBeGreaterThan(4);
    expect(effect(after, head, "usa.economy")).toBe(ARMS_SALE_ECONOMY);
    expect(effect(after, head, "usa.special")).toBeUndefined();
    expect(rel(after, "usa", "russia")).toBeLessThan(rel(base, "usa", "russia"));
  });


  it("a divided union gives less: EU aid scales with unity", () => {
    const low = (s: MatchState) => patch(s, (x) => void (x.powers.eu.meters.special = 20));
    const [baseLow, afterLow] = compare({ eu: [{ type: "aid", to: "ukraine", kind: "military" }] }, low);
    const [base, after] = compare({ eu: [{ type: "aid", to: "ukraine", kind: "military" }] });
    const gainLow = afterLow.powers.ukraine.meters.special - baseLow.powers.ukraine.meters.special;
    const gain = after.powers.ukraine.meters.special - base.powers.ukraine.meters.special;
    expect(gainLow).toBeLessThan(gain);
  });

  it("economic aid lifts the recipient's economy and costs the donor's", () => {
    const [base, after] = compare({ china: [{ type: "aid", to: "russia", kind: "economic" }] });
    expect(after.powers.russia.meters.economy).toBeGreaterThan(base.powers.russia.meters.economy + 2);
    expect(after.powers.china.meters.economy).toBeLessThan(base.powers.china.meters.economy);
  });

  it("humanitarian aid to a power in need (economy below 40) raises the donor's standing and the recipient's support", () => {
    const [base, after] = compare({ eu: [{ type: "aid", to: "ukraine", kind: "humanitarian" }] });
    expect(after.powers.eu.meters.standing).toBeGreaterThan(base.powers.eu.meters.standing + 0.5);
    expect(after.powers.ukraine.meters.support).toBeGreaterThan(base.powers.ukraine.meters.support);
  });

  it("humanitarian aid to a power not in need earns its donor no standing", () => {
    const [base, after] = compare({ eu: [{ type: "aid", to: "usa", kind: "humanitarian" }] });
    expect(after.powers.eu.meters.standing).toBeCloseTo(base.powers.eu.meters.standing, 5);
  });
});

describe("summits", () => {
  it("a state visit (both ask for the summit) raises relations by 12, damped by how warm they already are, and trust both ways", () => {
    const [base, after] = compare({ usa: [{ type: "summit", with: "eu" }], eu: [{ type: "summit", with: "usa" }] });
    const r0 = rel(atOrders(2), "usa", "eu");
    expect(effect(after, "State visit", "relation.usa|eu")).toBeCloseTo((12 * (100 - r0)) / 100, 1);
    expect(rel(after, "usa", "eu")).toBeGreaterThan(rel(base, "usa", "eu") + 5);
    expect(after.trust["usa>eu"]).toBeGreaterThan(base.trust["usa>eu"]);
    expect(after.trust["eu>usa"]).toBeGreaterThan(base.trust["eu>usa"]);
    expect(after.news.some((n) => english(n.headline).startsWith("State visit"))).toBe(true);
  });

  it("a one-sided summit call sends an envoy (+4)", () => {
    const [base, after] = compare({ usa: [{ type: "summit", with: "russia" }] });
    expect(effect(after, "The United States sends an envoy to Russia", "relation.russia|usa")).toBe(4);
    expect(rel(after, "usa", "russia")).toBeGreaterThan(rel(base, "usa", "russia"));
  });

  it("a call to a hostile power (relation below −30) is rebuffed", () => {
    const [base, after] = compare({ ukraine: [{ type: "summit", with: "russia" }] });
    expect(rel(after, "ukraine", "russia")).toBe(rel(base, "ukraine", "russia"));
    expect(after.powers.ukraine.meters.standing).toBeLessThan(base.powers.ukraine.meters.standing);
    expect(after.news.some((n) => english(n.headline) === "Russia rebuffs Ukraine's call for a summit.")).toBe(true);
  });

  it("reverse Nixon: a US–Russia state visit makes China, Russia's close partner, jealous", () => {
    const [base, after] = compare({ usa: [{ type: "summit", with: "russia" }], russia: [{ type: "summit", with: "usa" }] });
    expect(rel(after, "russia", "china")).toBeLessThan(rel(base, "russia", "china"));
  });
});

describe("the war", () => {
  it("an offensive against a holding enemy moves the front in the attacker's favour and costs it strength", () => {
    const [base, after] = compare({ russia: [{ type: "posture", stance: "offensive" }] });
    expect(after.world.frontLine).toBeLessThan(base.world.frontLine - 0.3);
    expect(after.powers.russia.meters.special).toBeLessThan(base.powers.russia.meters.special);
    expect(after.world.warIntensity).toBeGreaterThan(base.world.warIntensity);
  });

  it("keeps 2025's pace: an offensive at the opening strengths takes about a point in a turn, not one and a half (0.03 per point of advantage)", () => {
    // Russia 68 attacking against Ukraine 52 holding: (68 − ¾ × 52) × 0.03 ≈ 0.9, give or take the noise.
    const [, after] = compare({ russia: [{ type: "posture", stance: "offensive" }] });
    const moved = after.news.find((n) => n.turn === 2 && n.kind === "front")?.effects.find((e) => e.target === "world.frontLine")?.delta ?? 0;
    expect(-moved).toBeGreaterThan(0.5);
    expect(-moved).toBeLessThan(1.2);
  });

  it("a Ukrainian offensive with a stronger army pushes the front back", () => {
    const strong = (s: MatchState) => patch(s, (x) => void (x.powers.ukraine.meters.special = 90));
    const [base, after] = compare({ ukraine: [{ type: "posture", stance: "offensive" }] }, strong);
    expect(after.world.frontLine).toBeGreaterThan(base.world.frontLine + 0.3);
  });

  it(`the defender's offensive is a local counter-attack (2025): it costs the defender ${COUNTERATTACK_SHARE} strength where the attacker's costs 1, and adds that share of an offensive's war intensity`, () => {
    const [base, ua] = compare({ ukraine: [{ type: "posture", stance: "offensive" }] });
    const [, ru] = compare({ russia: [{ type: "posture", stance: "offensive" }] });
    const front = (s: MatchState, target: string) => s.news.find((n) => n.turn === 2 && n.kind === "front")?.effects.find((e) => e.target === target)?.delta ?? 0;
    const held = front(base, "ukraine.special");
    // Meters keep one decimal: the cost lands within 0.1 of the share.
    expect(Math.abs(front(ua, "ukraine.special") + COUNTERATTACK_SHARE)).toBeLessThanOrEqual(0.1);
    expect(front(ru, "russia.special")).toBeCloseTo(-1, 5);
    expect(held).toBeCloseTo(1, 5);
    const rise = (s: MatchState) => front(s, "world.warIntensity") - front(base, "world.warIntensity");
    expect(rise(ua)).toBeCloseTo(COUNTERATTACK_SHARE * rise(ru), 0);
    expect(rise(ua)).toBeLessThan(rise(ru) / 2);
  });

  it("fortifying costs one point and strengthens the army more than holding", () => {
    const [base, after] = compare({ ukraine: [{ type: "posture", stance: "fortify" }] });
    expect(after.powers.ukraine.meters.special).toBeGreaterThan(base.powers.ukraine.meters.special);
  });

  it("a fortified defence blunts an offensive", () => {
    const [, open] = compare({ russia: [{ type: "posture", stance: "offensive" }] });
    const [, dug] = compare({ russia: [{ type: "posture", stance: "offensive" }], ukraine: [{ type: "posture", stance: "fortify" }] });
    expect(dug.world.frontLine).toBeGreaterThan(open.world.frontLine);
  });

  it("a drone strike on airports closes them: the target's economy and support fall", () => {
    const [base, after] = compare({ ukraine: [{ type: "strike", target: "airports" }] });
    expect(after.powers.russia.meters.economy).toBeLessThan(base.powers.russia.meters.economy);
    expect(after.powers.russia.meters.support).toBeLessThan(base.powers.russia.meters.support);
    expect((after.tallies["airportsClosed"] ?? 0) - (base.tallies["airportsClosed"] ?? 0)).toBe(1);
  });

  it("a strike on the energy grid hurts the target's economy and the striker's standing", () => {
    const [base, after] = compare({ russia: [{ type: "strike", target: "energy" }] });
    expect(after.powers.ukraine.meters.economy).toBeLessThan(base.powers.ukraine.meters.economy - 2);
    expect(after.powers.russia.meters.standing).toBeLessThan(base.powers.russia.meters.standing);
  });

  it("a strike on military depots weakens the enemy's army", () => {
    const [base, after] = compare({ ukraine: [{ type: "strike", target: "military" }] });
    expect(after.powers.russia.meters.special).toBeLessThan(base.powers.russia.meters.special - 2);
  });

  it(`every long-range strike rallies the striker's home front (+${STRIKE_RALLY} support): hitting back plays well`, () => {
    for (const target of ["energy", "airports", "military"] as const) {
      const after = resolveWith(atOrders(2), { ukraine: [{ type: "strike", target }] });
      const strike = after.news.find((n) => n.turn === 2 && n.kind === "strike");
      expect(strike?.effects.find((e) => e.target === "ukraine.support")?.delta).toBe(STRIKE_RALLY);
    }
  });
});

describe("relations", () => {
  it("actions move a relation less the closer it is to its extreme (Russia–China near 85 gains about 15% of a conciliatory word)", () => {
    const [, after] = compare({ russia: [say("conciliatory", "trade", ["china"])] });
    // China gives no lifeline order here, so Russia's disappointment (step 5) comes first.
    const r0 = rel(atOrders(2), "russia", "china") + LIFELINE_WITHHELD_RELATION;
    expect(r0).toBeGreaterThan(80);
    expect(effect(after, "Russia makes a conciliatory statement", "relation.russia|china")).toBeCloseTo((WORDS_TO_A_POWER * (100 - r0)) / 100, 1);
  });

  it("relations drift back a little toward where they started", () => {
    const s = patch(atOrders(2), (x) => void (x.relations["usa|eu"] = 75));
    const after = resolveWith(s, {});
    expect(rel(after, "usa", "eu")).toBe(73); // 75 + (35 − 75) × 5%
  });
});

describe("every turn", () => {
  it("the war drains both economies in proportion to its intensity (Ukraine more)", () => {
    const hot = (s: MatchState) => patch(s, (x) => void (x.world.warIntensity = 90));
    const calm = (s: MatchState) => patch(s, (x) => void (x.world.warIntensity = 10));
    const [, h] = compare({}, hot);
    const [, c] = compare({}, calm);
    expect(h.powers.ukraine.meters.economy).toBeLessThan(c.powers.ukraine.meters.economy);
    expect(h.powers.russia.meters.economy).toBeLessThan(c.powers.russia.meters.economy);
    expect(c.powers.ukraine.meters.economy - h.powers.ukraine.meters.economy).toBeGreaterThan(c.powers.russia.meters.economy - h.powers.russia.meters.economy);
  });

  it("meters drift 5% of the way back toward their starting level", () => {
    const s = patch(atOrders(2), (x) => void (x.powers.usa.meters.standing = 92));
    const after = resolveWith(s, {});
    const item = after.news.find((n) => n.turn === 2 && english(n.headline) === "Home fronts react to the turn's events.");
    expect(item?.effects).toContainEqual({ target: "usa.standing", delta: -2 }); // (52 − 92) × 5%
  });

  it("trends show each meter's change over the last turn", () => {
    const s = atOrders(2);
    const after = resolveWith(s, { eu: [{ type: "aid", to: "ukraine", kind: "humanitarian" }] });
    const prev = s.history[s.history.length - 1];
    expect(after.powers.eu.trend.standing).toBeCloseTo(after.powers.eu.meters.standing - (prev?.meters.eu.standing ?? 0), 5);
    expect(after.history[after.history.length - 1]?.turn).toBe(2);
  });

  it("resolution order: a deal's sanction relief (step 4) already lightens the same turn's sanction pressure (step 10)", () => {
    let s = atOrders(2);
    const base = resolveWith(s, {});
    s = unwrap(
      applyOfferAction(s, "russia", {
        action: "propose",
        to: ["usa"],
        terms: {
          kind: "deal",
          items: (["finance", "technology", "energy"] as const).map((sector) => ({ from: "usa" as const, to: "russia" as const, item: "easeSanctions" as const, sector })),
        },
      }),
    );
    s = unwrap(applyOfferAction(s, "usa", { action: "accept", offerId: s.offers[0]?.id ?? "" }));
    const after = resolveWith(s, {});
    const bite = (x: MatchState) => x.news.find((n) => n.turn === 2 && english(n.headline).startsWith("Sanctions weigh on Russia"))?.effects.find((e) => e.target === "russia.economy")?.delta ?? 0;
    expect(bite(after)).toBeGreaterThan(bite(base));
  });
});

describe("words and envoys wear thin when repeated", () => {
  /** The effect of the same order in turn 4 after it was given in turns 2 and 3, or not. */
  function repeated(power: PowerId, order: Order, headlineStart: string, target: string): { fresh: number | undefined; third: number | undefined } {
    let s = atOrders(2);
    s = resolveWith(s, { [power]: [order] });
    s = resolveWith(advanceTo(s, "orders", 3), { [power]: [order] });
    const third = effect(resolveWith(advanceTo(s, "orders", 4), { [power]: [order] }), headlineStart, target);
    const fresh = effect(resolveWith(advanceTo(resolveWith(advanceTo(resolveWith(atOrders(2), {}), "orders", 3), {}), "orders", 4), { [power]: [order] }), headlineStart, target);
    return { fresh, third };
  }

  it("a statement on a topic its speaker spoke on in each of the two turns before counts WORDS_WEAR_THIN² as much", () => {
    const { fresh, third } = repeated("usa", say("conciliatory", "trade", ["china"]), "The United States makes a conciliatory statement", "relation.china|usa");
    expect(fresh).toBe(WORDS_TO_A_POWER);
    // Relations are kept to one decimal.
    expect(Math.abs(third! - WORDS_TO_A_POWER * WORDS_WEAR_THIN ** 2)).toBeLessThanOrEqual(0.05 + 1e-9);
  });

  it("China's calming words on Taiwan wear thin too", () => {
    const { fresh, third } = repeated("china", say("conciliatory", "taiwan"), "China makes a conciliatory statement", "world.taiwanTension");
    expect(fresh).toBeLessThan(0);
    expect(third).toBeCloseTo(fresh! * WORDS_WEAR_THIN ** 2, 1);
  });

  it("an envoy sent to the same power for the third turn running does a quarter as much", () => {
    const { fresh, third } = repeated("usa", { type: "summit", with: "russia" }, "The United States sends an envoy to Russia", "relation.russia|usa");
    expect(fresh).toBe(4);
    expect(third).toBeCloseTo(4 * WORDS_WEAR_THIN ** 2, 5);
  });
});
