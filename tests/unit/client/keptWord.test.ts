// The debrief's "Who kept their word": promises and words against deeds, per power.
import { describe, expect, it } from "vitest";
import { advancePhase, viewFor, type MatchState } from "../../../shared/game";
import { keptWord } from "../../../client/src/logic/keptWord";
import { atOrders, lastOfferId, offer, resolveWith, say } from "../game/helpers";

function toEnd(s: MatchState): MatchState {
  let state = s;
  while (state.phase !== "ended") state = advancePhase(state).state;
  return state;
}

describe("who kept their word", () => {
  it("counts a contradiction against the speaker alone, with its deed, and words borne out for the others", () => {
    const s = resolveWith(atOrders(2), {
      russia: [say("conciliatory", "war"), { type: "posture", stance: "offensive" }],
      eu: [say("conciliatory", "war")],
    });
    const records = keptWord(viewFor(toEnd(s), { kind: "spectator" }));
    const russia = records.find((r) => r.power === "russia")!;
    const eu = records.find((r) => r.power === "eu")!;
    expect(russia).toMatchObject({ wordsContradicted: 1, wordsConsistent: 0 });
    expect(russia.lapses).toEqual([{ turn: 2, text: "conciliatory words on the war, then an offensive" }]);
    expect(eu).toMatchObject({ wordsContradicted: 0, wordsConsistent: 1, lapses: [] });
  });

  it("counts a broken deal against the breaker and a kept one for every party", () => {
    let s = advanceToNegotiation(2);
    s = offer(s, "usa", { action: "propose", to: ["ukraine"], terms: { kind: "deal", items: [{ from: "usa", to: "ukraine", item: "humanitarianAid" }] } });
    s = offer(s, "ukraine", { action: "accept", offerId: lastOfferId(s) });
    s = offer(s, "eu", { action: "propose", to: ["ukraine"], terms: { kind: "deal", items: [{ from: "eu", to: "ukraine", item: "humanitarianAid" }] } });
    s = offer(s, "ukraine", { action: "accept", offerId: lastOfferId(s) });
    while (s.phase !== "orders") s = advancePhase(s).state;
    const breaking = s.commitments.find((c) => c.parties.includes("eu"))!;
    s = resolveWith(s, { eu: [{ type: "commitment", commitmentId: breaking.id, decision: "break" }] });
    const records = keptWord(viewFor(toEnd(s), { kind: "spectator" }));
    expect(records.find((r) => r.power === "eu")).toMatchObject({ promisesBroken: 1, promisesKept: 0 });
    expect(records.find((r) => r.power === "eu")!.lapses[0]!.text).toMatch(/^went back on a promise: a deal: European Union gives Ukraine/);
    expect(records.find((r) => r.power === "usa")).toMatchObject({ promisesBroken: 0, promisesKept: 1 });
    expect(records.find((r) => r.power === "ukraine")).toMatchObject({ promisesBroken: 0, promisesKept: 2 });
  });
});

describe("who kept their word: promises that last", () => {
  it("counts a pledge for its pledger alone, and dates a break of a deal of several turns to the turn it was broken", () => {
    let s = advanceToNegotiation(2);
    s = offer(s, "ukraine", { action: "propose", to: ["russia"], terms: { kind: "pledge", by: "russia", promise: "noStrikes", turns: 2 } });
    s = offer(s, "russia", { action: "accept", offerId: lastOfferId(s) });
    s = offer(s, "usa", { action: "propose", to: ["ukraine"], terms: { kind: "deal", turns: 3, items: [{ from: "usa", to: "ukraine", item: "humanitarianAid" }] } });
    s = offer(s, "ukraine", { action: "accept", offerId: lastOfferId(s) });
    while (s.phase !== "orders") s = advancePhase(s).state;
    s = resolveWith(s, {});
    while (s.phase !== "orders") s = advancePhase(s).state;
    const deal = s.commitments.find((c) => c.terms.kind === "deal")!;
    s = resolveWith(s, { usa: [{ type: "commitment", commitmentId: deal.id, decision: "break" }], russia: [{ type: "strike", target: "energy" }] });
    const records = keptWord(viewFor(toEnd(s), { kind: "spectator" }));
    expect(records.find((r) => r.power === "russia")!.lapses).toContainEqual({ turn: 4, text: "went back on a promise: Russia promises no long-range strikes for 2 turns" });
    // Ukraine gave its word in the deal (which the US broke), not in Russia's pledge.
    expect(records.find((r) => r.power === "ukraine")).toMatchObject({ promisesKept: 1, promisesBroken: 0 });
    expect(records.find((r) => r.power === "usa")!.lapses).toEqual([{ turn: 4, text: "went back on a promise: a 3-turn deal: United States gives Ukraine humanitarian aid" }]);
  });
});

function advanceToNegotiation(turn: number): MatchState {
  let s = atOrders(turn);
  s = advancePhase(s).state; // resolution of this turn
  while (!(s.phase === "negotiation" && s.turn === turn + 1)) s = advancePhase(s).state;
  return s;
}
