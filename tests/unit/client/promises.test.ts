// The debrief's "Who kept their word": what became of each promise after it was given, read from
// the game core's own record of a match played through the engine.
import { describe, expect, it } from "vitest";
import { advancePhase, viewFor, type MatchState } from "../../../shared/game";
import { promisesOf } from "../../../client/src/logic/promises";
import { advanceTo, atOrders, lastOfferId, newMatch, offer, resolveWith, say } from "../game/helpers";

function toEnd(s: MatchState): MatchState {
  let state = s;
  while (state.phase !== "ended") state = advancePhase(state).state;
  return state;
}

const endView = (s: MatchState) => viewFor(toEnd(s), { kind: "spectator" });

describe("what became of each promise", () => {
  it("a pledge broken by a strike is dated to the turn of the strike, with the strike as the deed", () => {
    let s = advanceTo(newMatch(), "negotiation", 3);
    s = offer(s, "ukraine", { action: "propose", to: ["russia"], terms: { kind: "pledge", by: "russia", promise: "noStrikes", turns: 3 } });
    s = offer(s, "russia", { action: "accept", offerId: lastOfferId(s) });
    s = resolveWith(advanceTo(s, "orders", 3), {});
    s = resolveWith(advanceTo(s, "orders", 4), { russia: [{ type: "strike", target: "energy" }] });
    const [pledge] = promisesOf(endView(s), "russia").filter((p) => p.source.kind === "commitment");
    expect(pledge!.aftermath).toEqual({ kind: "broken", turn: 4, by: ["russia"], deeds: [{ type: "strike", target: "energy" }] });
    // The pledge is Russia's word alone: Ukraine, which asked for it, gave none.
    expect(promisesOf(endView(s), "ukraine").filter((p) => p.source.kind === "commitment")).toEqual([]);
  });

  it("a deal kept at every resolution is kept through its last turn, for every party", () => {
    let s = advanceTo(newMatch(), "negotiation", 2);
    s = offer(s, "usa", { action: "propose", to: ["ukraine"], terms: { kind: "deal", turns: 2, items: [{ from: "usa", to: "ukraine", item: "humanitarianAid" }] } });
    s = offer(s, "ukraine", { action: "accept", offerId: lastOfferId(s) });
    const view = endView(s);
    for (const p of ["usa", "ukraine"] as const) expect(promisesOf(view, p).find((x) => x.source.kind === "commitment")!.aftermath).toEqual({ kind: "kept", through: 3 });
  });

  it("a deal broken by a secret decision names the breaker, with no deed to show, in each party's list", () => {
    let s = advanceTo(newMatch(), "negotiation", 2);
    s = offer(s, "usa", { action: "propose", to: ["ukraine"], terms: { kind: "deal", turns: 3, items: [{ from: "usa", to: "ukraine", item: "humanitarianAid" }] } });
    s = offer(s, "ukraine", { action: "accept", offerId: lastOfferId(s) });
    s = resolveWith(advanceTo(s, "orders", 2), {});
    const deal = s.commitments.find((c) => c.terms.kind === "deal")!;
    s = resolveWith(advanceTo(s, "orders", 3), { usa: [{ type: "commitment", commitmentId: deal.id, decision: "break" }] });
    const broken = { kind: "broken", turn: 3, by: ["usa"], deeds: [] };
    expect(promisesOf(endView(s), "usa").find((x) => x.source.kind === "commitment")!.aftermath).toEqual(broken);
    expect(promisesOf(endView(s), "ukraine").find((x) => x.source.kind === "commitment")!.aftermath).toEqual(broken);
  });

  it("a ceasefire that outlasts the match is still running at the end, kept through the last turn", () => {
    let s = advanceTo(newMatch(), "negotiation", 2);
    const last = s.lastTurn;
    s = advanceTo(s, "negotiation", last - 1);
    s = offer(s, "russia", { action: "propose", to: ["ukraine"], terms: { kind: "ceasefire", turns: 3, scope: "air", monitored: true } });
    s = offer(s, "ukraine", { action: "accept", offerId: lastOfferId(s) });
    const agreed = promisesOf(endView(s), "russia").filter((x) => x.source.kind === "ceasefire").at(-1)!;
    expect(agreed.aftermath).toEqual({ kind: "running", through: last });
  });

  it("words are borne out or contradicted by the deed of the turn, the last turn's words judged by that turn's deeds", () => {
    let s = resolveWith(atOrders(2), { russia: [say("conciliatory", "war"), { type: "posture", stance: "offensive" }], eu: [say("conciliatory", "war")] });
    s = advanceTo(s, "orders", s.lastTurn);
    s = resolveWith(s, { china: [say("conciliatory", "war")] });
    const russia = promisesOf(endView(s), "russia").filter((x) => x.source.kind === "words");
    expect(russia.map((x) => x.aftermath)).toEqual([{ kind: "contradicted", turn: 2, deed: expect.objectContaining({ key: expect.any(String) }) }]);
    expect(promisesOf(endView(s), "eu").filter((x) => x.source.kind === "words").map((x) => x.aftermath)).toEqual([{ kind: "borneOut", turn: 2 }]);
    expect(promisesOf(endView(s), "china").filter((x) => x.source.kind === "words").map((x) => x.aftermath)).toEqual([{ kind: "borneOut", turn: s.lastTurn }]);
  });

  it("a ceasefire broken by an offensive names the breaker and the offensive, once the record is open at the end", () => {
    let s = advanceTo(newMatch(), "negotiation", 2);
    s = offer(s, "russia", { action: "propose", to: ["ukraine"], terms: { kind: "ceasefire", turns: 3, scope: "full", monitored: false } });
    s = offer(s, "ukraine", { action: "accept", offerId: lastOfferId(s) });
    s = resolveWith(advanceTo(s, "orders", 2), {});
    s = resolveWith(advanceTo(s, "orders", 3), {});
    const id = s.ceasefires.at(-1)!.id;
    const deeds = [{ type: "ceasefire" as const, ceasefireId: id, decision: "break" as const }, { type: "posture" as const, stance: "offensive" as const }];
    s = resolveWith(advanceTo(s, "orders", 4), { russia: deeds });
    const cf = promisesOf(endView(s), "ukraine").filter((x) => x.source.kind === "ceasefire").at(-1)!;
    expect(cf.aftermath).toEqual({ kind: "broken", turn: 4, by: ["russia"], deeds });
  });
});
