// Casebook: saying and doing. Each statement is checked against what its speaker does that turn
// and the next; a contradiction is public and costs trust and standing.
import { describe, expect, it } from "vitest";
import { viewFor, type MatchState, type PowerId } from "../../../shared/game/index";
import { SAY_DO_STANDING_COST, SAY_DO_TRUST_COST } from "../../../shared/game/sayDo";
import { atOrders, resolveWith, say } from "./helpers";
import { advanceTo } from "./helpers";
import { english } from "../../helpers/texts";

const offensive = { type: "posture", stance: "offensive" } as const;
const trustIn = (s: MatchState, from: PowerId, to: PowerId) => s.trust[`${from}>${to}`];
/** A power's entries, the deed in English as the reader sees it. */
const entriesOf = (s: MatchState, power: PowerId) => s.sayDo.filter((e) => e.power === power).map((e) => (e.deed ? { ...e, deed: english(e.deed) } : e));

describe("saying and doing", () => {
  it("a conciliatory statement on the war made while on the offensive is contradicted, in a public headline, at a cost in trust and standing", () => {
    const s = atOrders(2);
    const base = resolveWith(s, { russia: [offensive] });
    const after = resolveWith(s, { russia: [say("conciliatory", "war"), offensive] });
    expect(entriesOf(after, "russia")).toEqual([
      { turn: 2, power: "russia", tone: "conciliatory", topic: "war", audience: "world", verdict: "contradicted", deedTurn: 2, deed: "an offensive" },
    ]);
    expect(after.news.some((n) => n.turn === 2 && english(n.headline).startsWith("Russia says one thing and does another"))).toBe(true);
    expect(trustIn(after, "usa", "russia")).toBeCloseTo(trustIn(base, "usa", "russia") - SAY_DO_TRUST_COST, 5);
    expect(trustIn(after, "china", "russia")).toBeCloseTo(trustIn(base, "china", "russia") - SAY_DO_TRUST_COST, 5);
    expect(after.tallies["contradictions.russia"]).toBe(1);
    expect(base.tallies["contradictions.russia"]).toBeUndefined();
    const standingCost = after.news.find((n) => english(n.headline).startsWith("Russia says one thing"))?.effects.find((e) => e.target === "russia.standing")?.delta;
    expect(standingCost).toBe(-SAY_DO_STANDING_COST);
  });

  it("a deed in the next turn contradicts the previous turn's statement", () => {
    const t2 = resolveWith(atOrders(2), { russia: [say("conciliatory", "war")] });
    expect(entriesOf(t2, "russia")[0]?.verdict).toBe("pending");
    const t3 = resolveWith(advanceTo(t2, "orders", 3), { russia: [{ type: "strike", target: "energy" }] });
    expect(entriesOf(t3, "russia")[0]).toMatchObject({ turn: 2, verdict: "contradicted", deedTurn: 3, deed: "a strike on Ukraine's energy grid" });
  });

  it("a statement with no contradicting deed that turn or the next is consistent and costs nothing", () => {
    const t2 = resolveWith(atOrders(2), { russia: [say("conciliatory", "war")] });
    const t3 = resolveWith(advanceTo(t2, "orders", 3), {});
    expect(entriesOf(t3, "russia")).toEqual([{ turn: 2, power: "russia", tone: "conciliatory", topic: "war", audience: "world", verdict: "consistent" }]);
    expect(t3.tallies["contradictions.russia"]).toBeUndefined();
  });

  it("a deed two turns later no longer counts against the statement", () => {
    let s = resolveWith(atOrders(2), { russia: [say("conciliatory", "war")] });
    s = resolveWith(advanceTo(s, "orders", 3), {});
    s = resolveWith(advanceTo(s, "orders", 4), { russia: [offensive] });
    expect(entriesOf(s, "russia")[0]?.verdict).toBe("consistent");
  });

  it("conciliatory words on trade to China are contradicted by new sanctions on China", () => {
    const after = resolveWith(atOrders(2), { eu: [say("conciliatory", "trade", ["china"]), { type: "sanction", target: "china", sector: "technology", action: "impose" }] });
    expect(entriesOf(after, "eu")[0]).toMatchObject({ verdict: "contradicted", deed: "new sanctions on China" });
  });

  it("conciliatory words on trade do not answer for sanctions on a power they did not name", () => {
    const after = resolveWith(atOrders(2), { eu: [say("conciliatory", "trade", ["usa"]), { type: "sanction", target: "china", sector: "technology", action: "impose" }] });
    expect(entriesOf(after, "eu")[0]?.verdict).toBe("pending");
  });

  it("an empty threat: a firm statement on sanctions to Russia followed by easing a sanction on Russia is contradicted", () => {
    const after = resolveWith(atOrders(2), { eu: [say("firm", "sanctions", ["russia"]), { type: "sanction", target: "russia", sector: "energy", action: "ease" }] });
    expect(entriesOf(after, "eu")[0]).toMatchObject({ verdict: "contradicted", deed: "easing sanctions on Russia" });
  });

  it("military aid to the attacker contradicts conciliatory words on the war", () => {
    const after = resolveWith(atOrders(2), { usa: [say("conciliatory", "war"), { type: "aid", to: "russia", kind: "military" }] });
    expect(entriesOf(after, "usa")[0]).toMatchObject({ verdict: "contradicted", deed: "military aid to Russia" });
  });

  it("military aid to the side that defends itself does not ('peace through strength', 2025)", () => {
    const after = resolveWith(atOrders(2), { usa: [say("conciliatory", "war"), { type: "aid", to: "ukraine", kind: "military" }] });
    expect(entriesOf(after, "usa")[0]?.verdict).not.toBe("contradicted");
    expect(after.tallies["contradictions.usa"]).toBeUndefined();
  });

  it("the side defending itself that fights on while calling for peace is not contradicted (Jeddah, March 2025: Kyiv accepted a 30-day ceasefire and fought on until one was agreed)", () => {
    const after = resolveWith(atOrders(2), { ukraine: [say("conciliatory", "war"), offensive, { type: "strike", target: "energy" }] });
    expect(entriesOf(after, "ukraine")[0]?.verdict).not.toBe("contradicted");
    expect(after.tallies["contradictions.ukraine"]).toBeUndefined();
  });

  it("the attacker's strike still contradicts its words of peace (April 2025: \"Vladimir, STOP!\" after the strike on Kyiv during talks)", () => {
    const after = resolveWith(atOrders(3), { russia: [say("conciliatory", "war"), { type: "strike", target: "energy" }] });
    expect(entriesOf(after, "russia")[0]).toMatchObject({ verdict: "contradicted", deed: "a strike on Ukraine's energy grid" });
  });

  it("the say-do record is public: every power sees every power's entries", () => {
    const after = resolveWith(atOrders(2), { russia: [say("conciliatory", "war"), offensive] });
    const seen = viewFor(after, { kind: "power", power: "eu" });
    expect(seen.sayDo.filter((e) => e.power === "russia").map((e) => e.verdict)).toEqual(["contradicted"]);
    expect(viewFor(after, { kind: "spectator" }).sayDo).toEqual(after.sayDo);
  });
});
