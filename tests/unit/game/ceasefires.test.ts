// Casebook: ceasefires, kept and broken, with and without monitors; unilateral truces; the
// shared goal of a lasting ceasefire.
import { describe, expect, it } from "vitest";
import { computeScores, viewFor, type MatchState, type PowerId } from "../../../shared/game/index";
import { advanceTo, atOrders, expectRefused, lastOfferId, newMatch, offer, resolveWith } from "./helpers";
import { applyOfferAction, submitOrders } from "../../../shared/game/index";
import { REARM_PER_QUIET_TURN } from "../../../shared/game/ceasefires";
import { BROKER_POINTS } from "../../../shared/game/scoring";
import { english } from "../../helpers/texts";

/** Turn 2, orders phase, with a ceasefire the US mediated and both sides accepted. */
function withCeasefire(monitored: boolean, turns = 3, scope: "full" | "energy" | "air" = "full"): MatchState {
  let s = atOrders(2);
  s = offer(s, "usa", { action: "propose", to: ["russia", "ukraine"], terms: { kind: "ceasefire", turns, scope, monitored }, visibility: "public" });
  const id = lastOfferId(s);
  s = offer(s, "russia", { action: "accept", offerId: id });
  return offer(s, "ukraine", { action: "accept", offerId: id });
}

function bilateral(s: MatchState) {
  const c = s.ceasefires.find((x) => !x.unilateral);
  if (!c) throw new Error("no bilateral ceasefire");
  return c;
}

const breakIt = (s: MatchState) => [{ type: "ceasefire" as const, ceasefireId: bilateral(s).id, decision: "break" as const }];

describe("agreeing a ceasefire", () => {
  it("an accepted ceasefire offer puts a ceasefire in force from this turn, for its length", () => {
    const s = withCeasefire(true, 3);
    expect(bilateral(s)).toMatchObject({ parties: ["russia", "ukraine"], startTurn: 2, endTurn: 4, monitored: true, status: "active", scope: "full" });
    expect(s.news.some((n) => english(n.headline) === "Russia and Ukraine agree a 3-turn full ceasefire under international monitors.")).toBe(true);
  });

  it("a mediator's offer needs both warring sides to accept", () => {
    let s = atOrders(2);
    s = offer(s, "china", { action: "propose", to: ["russia", "ukraine"], terms: { kind: "ceasefire", turns: 2, scope: "full", monitored: false } });
    s = offer(s, "russia", { action: "accept", offerId: lastOfferId(s) });
    expect(s.ceasefires.filter((c) => !c.unilateral)).toEqual([]);
  });

  it("CEASEFIRE_ALREADY_IN_FORCE: no second ceasefire offer while one holds", () => {
    const s = withCeasefire(true);
    expectRefused(
      applyOfferAction(s, "ukraine", { action: "propose", to: ["russia"], terms: { kind: "ceasefire", turns: 2, scope: "full", monitored: true } }),
      "CEASEFIRE_ALREADY_IN_FORCE",
    );
  });

  it("a bilateral agreement supersedes the unilateral parade truce", () => {
    let s = advanceTo(newMatch(), "orders", 1);
    s = offer(s, "ukraine", { action: "propose", to: ["russia"], terms: { kind: "ceasefire", turns: 2, scope: "full", monitored: true } });
    s = offer(s, "russia", { action: "accept", offerId: lastOfferId(s) });
    expect(s.ceasefires.find((c) => c.unilateral)?.status).toBe("expired");
    expect(bilateral(s).status).toBe("active");
  });
});

describe("a ceasefire kept", () => {
  it("both sides keep it: the front is frozen, war intensity falls, trust grows", () => {
    const s = withCeasefire(true);
    const peace = resolveWith(s, {});
    const war = resolveWith(atOrders(2), {});
    expect(bilateral(peace).record).toEqual([{ turn: 2, outcome: "kept", namedBreakers: [] }]);
    expect(bilateral(peace).keptTurns).toBe(1);
    expect(peace.world.frontLine).toBe(s.world.frontLine);
    expect(peace.world.warIntensity).toBeLessThan(war.world.warIntensity);
    expect(peace.trust["ukraine>russia"]).toBeGreaterThan(war.trust["ukraine>russia"]);
    expect(peace.news.some((n) => english(n.headline) === "The guns fall silent along the front.")).toBe(true);
  });

  it("it expires after its last turn", () => {
    let s = withCeasefire(true, 1);
    s = resolveWith(s, {});
    expect(bilateral(s).status).toBe("expired");
  });

  it("a partial (air) ceasefire lowers intensity but does not freeze the front", () => {
    const s = withCeasefire(false, 2, "air");
    const after = resolveWith(s, { russia: [{ type: "posture", stance: "offensive" }] });
    expect(bilateral(after).record[0]?.outcome).toBe("kept");
    expect(after.world.frontLine).toBeLessThan(s.world.frontLine);
  });

  it("the power outside the war that proposed a ceasefire that lasts is its broker: it scores BROKER_POINTS more than bystanders", () => {
    let s = withCeasefire(false, 3);
    expect(bilateral(s).broker).toBe("usa");
    for (let turn = 2; turn <= 4; turn++) s = resolveWith(advanceTo(s, "orders", turn), {});
    const scores = computeScores(s);
    expect(scores.usa.broker).toBe(BROKER_POINTS);
    for (const p of ["russia", "china", "ukraine", "eu"] as PowerId[]) expect(scores[p].broker).toBe(0);
  });

  it("brokering a monitored ceasefire that lasts raises the broker more than it raises any bystander outside the war (the shared goal, and goals met by watching it)", () => {
    let s = atOrders(2);
    s = offer(s, "eu", { action: "propose", to: ["russia", "ukraine"], terms: { kind: "ceasefire", turns: 3, scope: "full", monitored: true }, visibility: "public" });
    const id = lastOfferId(s);
    s = offer(offer(s, "russia", { action: "accept", offerId: id }), "ukraine", { action: "accept", offerId: id });
    for (let turn = 2; turn <= 4; turn++) s = resolveWith(advanceTo(s, "orders", turn), {});
    const scores = computeScores(s);
    // What the ceasefire itself is worth to a power: the shared goal, the broker's points, and its public goals a kept ceasefire meets.
    const fromCeasefire = (p: PowerId) =>
      scores[p].sharedGoal +
      scores[p].broker +
      scores[p].publicGoals.filter((g) => g.met && s.scenario.powers[p].publicGoals.find((x) => x.id === g.id)?.condition.kind === "ceasefireKept").reduce((a, g) => a + g.points, 0);
    expect(scores.eu.broker).toBe(BROKER_POINTS);
    expect(fromCeasefire("usa")).toBeGreaterThan(s.scenario.sharedGoal.points); // the US's peace talks are met by watching
    for (const bystander of ["usa", "china"] as PowerId[]) expect(fromCeasefire("eu")).toBeGreaterThan(fromCeasefire(bystander));
  });

  it("a ceasefire one warring side proposes to the other has no broker", () => {
    let s = offer(atOrders(2), "russia", { action: "propose", to: ["ukraine"], terms: { kind: "ceasefire", turns: 3, scope: "full", monitored: false } });
    s = offer(s, "ukraine", { action: "accept", offerId: lastOfferId(s) });
    expect(bilateral(s).broker).toBeUndefined();
  });

  it("while a full ceasefire holds, the defender rearms (Moscow's argument against a long ceasefire) and the attacker does not", () => {
    const kept = resolveWith(withCeasefire(false), {});
    const holds = kept.news.find((n) => n.turn === 2 && english(n.headline) === "The ceasefire holds.");
    expect(holds?.effects).toContainEqual({ target: "ukraine.special", delta: REARM_PER_QUIET_TURN });
    expect(holds?.effects.some((e) => e.target === "russia.special")).toBe(false);
  });

  it("held three turns in a row it becomes a lasting ceasefire: every power gains the shared goal", () => {
    let s = withCeasefire(false, 3);
    for (let turn = 2; turn <= 4; turn++) {
      s = resolveWith(advanceTo(s, "orders", turn), {});
    }
    expect(bilateral(s).keptTurns).toBe(3);
    expect(s.tallies["lastingCeasefire"]).toBe(1);
    const scores = computeScores(s);
    for (const p of ["russia", "china", "usa", "ukraine", "eu"] as PowerId[]) expect(scores[p].sharedGoal).toBe(s.scenario.sharedGoal.points);
  });
});

describe("a ceasefire broken", () => {
  it("with monitors, the breaker is named, loses standing and everyone's trust", () => {
    const s = withCeasefire(true);
    const kept = resolveWith(s, {});
    const after = resolveWith(s, { russia: breakIt(s) });
    expect(bilateral(after).status).toBe("collapsed");
    expect(bilateral(after).record).toEqual([{ turn: 2, outcome: "breached", namedBreakers: ["russia"] }]);
    expect(after.news.some((n) => english(n.headline) === "Monitors report that Russia broke the ceasefire.")).toBe(true);
    expect(after.powers.russia.meters.standing).toBeLessThan(kept.powers.russia.meters.standing - 5);
    for (const p of ["china", "usa", "ukraine", "eu"] as PowerId[]) expect(after.trust[`${p}>russia`]).toBeLessThanOrEqual(Math.max(0, kept.trust[`${p}>russia`] - 15));
  });

  it("an offensive is allowed once the power orders the break, and moves the front", () => {
    const s = withCeasefire(true);
    const after = resolveWith(s, { russia: [...breakIt(s), { type: "posture", stance: "offensive" }] });
    expect(after.world.frontLine).toBeLessThan(s.world.frontLine);
  });

  it("without monitors, both sides accuse each other and nobody but the facilitator can tell who broke it", () => {
    const s = withCeasefire(false);
    const byRussia = resolveWith(s, { russia: breakIt(s) });
    const byUkraine = resolveWith(s, { ukraine: breakIt(s) });
    expect(bilateral(byRussia).record).toEqual([{ turn: 2, outcome: "breached", namedBreakers: [] }]);
    expect(byRussia.news.some((n) => english(n.headline) === "Russia and Ukraine accuse each other of breaking the ceasefire.")).toBe(true);
    for (const seat of [{ kind: "spectator" }, { kind: "power", power: "china" }, { kind: "power", power: "usa" }, { kind: "power", power: "eu" }] as const) {
      expect(JSON.stringify(viewFor(byRussia, seat))).toBe(JSON.stringify(viewFor(byUkraine, seat)));
    }
    // Each side knows only its own choice, and its meters moved exactly as the other's would have.
    expect(byRussia.powers.russia.meters.standing).toBe(byUkraine.powers.russia.meters.standing);
    expect(byRussia.trust["usa>russia"]).toBe(byUkraine.trust["usa>russia"]);
    expect(viewFor(byRussia, { kind: "facilitator" }).ceasefires.find((c) => !c.unilateral)?.secretBreaches).toEqual([{ turn: 2, breakers: ["russia"] }]);
    expect(viewFor(byRussia, { kind: "power", power: "ukraine" }).ceasefires.find((c) => !c.unilateral)).not.toHaveProperty("secretBreaches");
  });

  it("a broken ceasefire agreed through an offer costs more trust than a truce never promised", () => {
    const s = withCeasefire(true);
    const promised = resolveWith(s, { russia: breakIt(s) });
    const kept = resolveWith(s, {});
    expect(kept.trust["eu>russia"] - promised.trust["eu>russia"]).toBeGreaterThanOrEqual(15);
  });
});

describe("unilateral truces", () => {
  it("the parade truce binds only Russia; kept, it earns Russia standing", () => {
    const s = advanceTo(newMatch(), "orders", 1);
    const truce = s.ceasefires[0];
    expect(truce).toMatchObject({ parties: ["russia"], unilateral: true, startTurn: 1, endTurn: 1, monitored: false });
    const after = resolveWith(s, {});
    expect(after.ceasefires[0]?.record).toEqual([{ turn: 1, outcome: "kept", namedBreakers: [] }]);
    expect(after.ceasefires[0]?.status).toBe("expired");
    expect(after.news.some((n) => english(n.headline) === "The truce declared by Russia holds.")).toBe(true);
  });

  it("broken, the unmonitored truce produces mutual accusations", () => {
    const s = advanceTo(newMatch(), "orders", 1);
    const after = resolveWith(s, { russia: [{ type: "ceasefire", ceasefireId: s.ceasefires[0]?.id ?? "", decision: "break" }] });
    expect(after.ceasefires[0]?.status).toBe("collapsed");
    expect(after.news.some((n) => english(n.headline) === "Russia and Ukraine accuse each other of breaking the ceasefire.")).toBe(true);
  });

  it("a truce declared by order starts next turn and binds the declarer then", () => {
    const s = atOrders(2);
    const after = resolveWith(s, { ukraine: [{ type: "declareCeasefire", turns: 2, scope: "energy" }] });
    const truce = after.ceasefires.find((c) => c.unilateral && c.parties[0] === "ukraine");
    expect(truce).toMatchObject({ startTurn: 3, endTurn: 4, scope: "energy", status: "active" });
    const next = advanceTo(after, "orders", 3);
    expectRefused(submitOrders(next, "ukraine", { turn: 3, orders: [{ type: "strike", target: "energy" }] }), "CEASEFIRE_IN_FORCE");
    expect(submitOrders(next, "ukraine", { turn: 3, orders: [{ type: "strike", target: "airports" }] }).ok).toBe(true);
    // In the turn it is declared, the declarer is not yet bound.
    expect(submitOrders(s, "ukraine", { turn: 2, orders: [{ type: "declareCeasefire", turns: 2, scope: "energy" }, { type: "strike", target: "energy" }] }).ok).toBe(true);
  });
});
