// Casebook: choices that belong to one power — China's lifeline to Russia, dual-use exports in
// place of weapons, the one-China principle versus a one-China policy, and the stake the US and
// the EU hold in the front. Each case resolves the same turn with and without the choice.
import { describe, expect, it } from "vitest";
import { applyOfferAction, orderCost, submitOrders, victoryDay2025, type MatchState, type Order, type PowerId } from "../../../shared/game/index";
import { DUAL_USE_EXPOSURE } from "../../../shared/game/actions";
import {
  LIFELINE_EXPOSURE,
  LIFELINE_PROVIDER_ECONOMY,
  LIFELINE_RELATION,
  LIFELINE_RESENTMENT,
  LIFELINE_WITHHELD_RELATION,
} from "../../../shared/game/sanctions";
import { atOrders, expectRefused, patch, rel, resolveWith, say } from "./helpers";
import { english } from "../../helpers/texts";

const open: Order = { type: "lifeline", to: "russia", open: true };
const dualUse: Order = { type: "aid", to: "russia", kind: "dualUse" };

function compare(orders: Partial<Record<PowerId, Order[]>>, setup: (s: MatchState) => MatchState = (s) => s): [MatchState, MatchState] {
  const s = setup(atOrders(2));
  return [resolveWith(s, {}), resolveWith(s, orders)];
}

/** The change a headline of this turn reports for one target. */
function effect(s: MatchState, headlineStart: string, target: string): number | undefined {
  return s.news.find((n) => n.turn === s.turn && english(n.headline).startsWith(headlineStart))?.effects.find((e) => e.target === target)?.delta;
}

describe("China's lifeline to Russia is China's order", () => {
  it("only the scenario's provider may give it, only to its partner (NO_LIFELINE); it costs 1 when opened, nothing when withheld", () => {
    const s = atOrders(2);
    expect(submitOrders(s, "china", { turn: 2, orders: [open] }).ok).toBe(true);
    expectRefused(submitOrders(s, "usa", { turn: 2, orders: [{ type: "lifeline", to: "russia", open: true }] }), "NO_LIFELINE");
    expectRefused(submitOrders(s, "china", { turn: 2, orders: [{ type: "lifeline", to: "ukraine", open: true }] }), "NO_LIFELINE");
    expect(orderCost(open)).toBe(1);
    expect(orderCost({ type: "lifeline", to: "russia", open: false })).toBe(0);
  });

  it("without China's order there is no lifeline: sanctions bite Russia in full and Moscow feels abandoned", () => {
    const [withheld, opened] = compare({ china: [open] });
    expect(opened.powers.russia.meters.economy).toBeGreaterThan(withheld.powers.russia.meters.economy);
    expect(opened.tallies["lifeline.russia"]).toBe(1);
    expect(withheld.tallies["lifeline.russia"]).toBeUndefined();
    expect(effect(withheld, "Russia feels abandoned as China holds back its trade", "relation.russia|china")).toBe(LIFELINE_WITHHELD_RELATION);
    expect(withheld.news.some((n) => n.turn === 2 && english(n.headline) === "Sanctions weigh on Russia.")).toBe(true);
  });

  it("an open lifeline pays China (economy), warms Russia, but angers every power sanctioning Russia and raises China's trade exposure", () => {
    const [, opened] = compare({ china: [open] });
    const head = "China keeps trade with Russia flowing despite the sanctions";
    expect(effect(opened, head, "china.economy")).toBe(LIFELINE_PROVIDER_ECONOMY);
    expect(effect(opened, head, "china.special")).toBe(LIFELINE_EXPOSURE);
    // Relations are damped near the extremes: Russia–China at 85 gains less than the full step.
    expect(effect(opened, head, "relation.russia|china")).toBeGreaterThan(0);
    expect(effect(opened, head, "relation.russia|china")).toBeLessThanOrEqual(LIFELINE_RELATION);
    for (const sanctioner of ["usa", "eu"] as const) {
      const key = sanctioner === "usa" ? "relation.china|usa" : "relation.china|eu";
      expect(effect(opened, head, key)).toBeLessThan(0);
      expect(effect(opened, head, key)).toBeGreaterThanOrEqual(LIFELINE_RESENTMENT);
    }
    // Ukraine does not sanction Russia, so it does not count China among the sanction-breakers.
    expect(effect(opened, head, "relation.china|ukraine")).toBeUndefined();
  });

  it("an open lifeline still needs warm relations to blunt the sanctions", () => {
    const cold = (s: MatchState) => patch(s, (x) => void (x.relations["russia|china"] = 0));
    const [, opened] = compare({ china: [open] }, cold);
    expect(opened.tallies["lifeline.russia"]).toBeUndefined();
  });
});

describe("dual-use exports replace Chinese weapons", () => {
  it("a power without lethal aid cannot send military aid, by order or by deal (NO_LETHAL_AID)", () => {
    expect(victoryDay2025.powers.china.lethalAid).toBe(false);
    const s = atOrders(2);
    expectRefused(submitOrders(s, "china", { turn: 2, orders: [{ type: "aid", to: "russia", kind: "military" }] }), "NO_LETHAL_AID");
    const deal = { action: "propose" as const, to: ["russia" as const], terms: { kind: "deal" as const, items: [{ from: "china" as const, to: "russia" as const, item: "militaryAid" as const }] } };
    expectRefused(applyOfferAction(s, "china", deal), "NO_LETHAL_AID");
    // Whoever proposes it, China's military aid cannot be an item of a deal.
    expectRefused(applyOfferAction(s, "russia", { ...deal, to: ["china"] }), "NO_LETHAL_AID");
    expect(submitOrders(s, "usa", { turn: 2, orders: [{ type: "aid", to: "ukraine", kind: "military" }] }).ok).toBe(true);
  });

  it("dual-use goods cost 1 and go only to a belligerent", () => {
    const s = atOrders(2);
    expect(orderCost(dualUse)).toBe(1);
    expect(submitOrders(s, "china", { turn: 2, orders: [dualUse] }).ok).toBe(true);
    expectRefused(submitOrders(s, "china", { turn: 2, orders: [{ type: "aid", to: "eu", kind: "dualUse" }] }), "INVALID_TARGET");
  });

  it("they strengthen the buyer's army by 3, earn the seller 1 economy, and cool the seller's relation with the buyer's enemy", () => {
    const [base, after] = compare({ china: [dualUse] });
    const head = "China sends dual-use goods to Russia";
    expect(effect(after, head, "russia.special")).toBe(3);
    expect(effect(after, head, "china.economy")).toBe(1);
    expect(effect(after, head, "relation.china|ukraine")).toBeLessThan(0);
    expect(rel(after, "china", "ukraine")).toBeLessThan(rel(base, "china", "ukraine"));
    expect(after.tallies["dualUse.china>russia"]).toBe(1);
  });

  it(`they are exposed by chance (${DUAL_USE_EXPOSURE}, seeded): Kyiv shows the parts, China loses standing and the US and EU cool`, () => {
    let exposed = 0;
    const seeds = 60;
    for (let seed = 1; seed <= seeds; seed++) {
      const s = atOrders(2, seed);
      const after = resolveWith(s, { china: [dualUse] });
      const again = resolveWith(s, { china: [dualUse] });
      const shown = after.news.find((n) => n.turn === 2 && english(n.headline) === "Ukraine shows parts from China in Russia's drones and missiles.");
      expect(again.news.some((n) => n.headline.key === shown?.headline.key)).toBe(shown !== undefined); // same seed, same outcome
      if (!shown) continue;
      exposed += 1;
      expect(shown.effects).toContainEqual({ target: "china.standing", delta: -3 });
      expect(shown.effects.find((e) => e.target === "relation.china|usa")?.delta).toBeLessThan(0);
      expect(shown.effects.find((e) => e.target === "relation.china|eu")?.delta).toBeLessThan(0);
      expect(after.tallies["dualUseExposed.china"]).toBe(1);
    }
    expect(exposed / seeds).toBeGreaterThan(DUAL_USE_EXPOSURE - 0.2);
    expect(exposed / seeds).toBeLessThan(DUAL_USE_EXPOSURE + 0.2);
  });

  it("the deck no longer holds a dual-use card: the charge follows China's own exports", () => {
    expect(victoryDay2025.events.some((e) => e.id === "dual-use")).toBe(false);
  });
});

describe("Taiwan: the one-China principle versus a one-China policy", () => {
  const principle = { ...say("conciliatory", "taiwan", ["china"]), stance: "principle" as const };
  const policy = { ...say("conciliatory", "taiwan", ["china"]), stance: "policy" as const };

  it("endorsing the principle counts as an endorsement (+3 relation, tension −2)", () => {
    const [base, after] = compare({ russia: [principle] });
    expect(after.tallies["endorsements.china"]).toBe(1);
    expect(base.tallies["endorsements.china"]).toBeUndefined();
    expect(effect(after, "Russia makes a conciliatory statement on Taiwan", "world.taiwanTension")).toBe(-2);
    expect(after.world.taiwanTension).toBeLessThan(base.world.taiwanTension);
  });

  it("affirming a one-China policy (the default) calms the Strait a little and is no endorsement", () => {
    for (const order of [policy, say("conciliatory", "taiwan", ["china"])]) {
      const [base, after] = compare({ usa: [order] });
      expect(after.tallies["endorsements.china"]).toBeUndefined();
      expect(effect(after, "The United States makes a conciliatory statement on Taiwan", "world.taiwanTension")).toBe(-1);
      // A direct statement warms China by 3 for its tone, and by 1 more for the policy.
      expect(effect(after, "The United States makes a conciliatory statement on Taiwan", "relation.china|usa")).toBe(4);
      expect(after.powers.usa.meters.support).toBe(base.powers.usa.meters.support);
    }
  });

  it("the claimant's own statements ignore the stance", () => {
    const [, withPrinciple] = compare({ china: [{ ...say("conciliatory", "taiwan"), stance: "principle" }] });
    const [, plain] = compare({ china: [say("conciliatory", "taiwan")] });
    expect(withPrinciple.world).toEqual(plain.world);
    expect(withPrinciple.tallies["endorsements.china"]).toBeUndefined();
  });
});

describe("the US and the EU have a stake in the front", () => {
  it("each turn US standing moves 1 and EU support 1.5 per point of front line Ukraine gains (or loses)", () => {
    expect(victoryDay2025.frontStakes).toEqual([
      { power: "usa", meter: "standing", perPoint: 1 },
      { power: "eu", meter: "support", perPoint: 1.5 },
    ]);
    // A strong Ukrainian army on the offensive against a weakened Russia gains ground.
    const strong = (s: MatchState) => patch(s, (x) => void ((x.powers.ukraine.meters.special = 90), (x.powers.russia.meters.special = 20)));
    const s = strong(atOrders(2));
    const after = resolveWith(s, { ukraine: [{ type: "posture", stance: "offensive" }] });
    const front = after.news.find((n) => n.turn === 2 && n.kind === "front");
    const gained = front?.effects.find((e) => e.target === "world.frontLine")?.delta ?? 0;
    expect(gained).toBeGreaterThan(0.5);
    expect(front?.effects.find((e) => e.target === "usa.standing")?.delta).toBeCloseTo(gained, 0);
    expect(front?.effects.find((e) => e.target === "eu.support")?.delta).toBeCloseTo(gained * 1.5, 0);
  });

  it("a front that Russia pushes back costs them instead", () => {
    const weak = (s: MatchState) => patch(s, (x) => void ((x.powers.ukraine.meters.special = 20), (x.powers.russia.meters.special = 90)));
    const after = resolveWith(weak(atOrders(2)), { russia: [{ type: "posture", stance: "offensive" }] });
    const front = after.news.find((n) => n.turn === 2 && n.kind === "front");
    expect(front?.effects.find((e) => e.target === "world.frontLine")?.delta).toBeLessThan(-0.5);
    expect(front?.effects.find((e) => e.target === "usa.standing")?.delta).toBeLessThan(0);
    expect(front?.effects.find((e) => e.target === "eu.support")?.delta).toBeLessThan(0);
  });
});
