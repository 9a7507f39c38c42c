import { describe, expect, it } from "vitest";
import { computeScores, submitOrders, advancePhase, viewFor, type MatchState } from "../../../shared/game";
import { ranking, scoresFromView } from "../../../client/src/logic/scores";
import { timeline } from "../../../client/src/logic/timeline";
import { matchAt, viewOf } from "./fixtures";

function playedToTheEnd(): MatchState {
  let s = matchAt("negotiation", 1, 11);
  for (let guard = 0; guard < 100 && s.phase !== "ended"; guard++) {
    if (s.phase === "negotiation") {
      const r = submitOrders(s, "ukraine", { turn: s.turn, orders: [{ type: "statement", audience: "world", tone: "firm", topic: "war", text: `Kyiv ${s.turn}` }] });
      if (r.ok) s = r.value;
    }
    s = advancePhase(s).state;
  }
  return s;
}

describe("debrief", () => {
  const end = playedToTheEnd();

  it("scores the final view exactly as the game scores the final state", () => {
    const fromView = scoresFromView(viewOf(end, "china"));
    expect(fromView).toEqual(computeScores(end));
  });

  it("has no scores before the end", () => {
    expect(scoresFromView(viewOf(matchAt("orders", 3), "china"))).toBeNull();
  });

  it("ranks powers by total, best first", () => {
    const scores = computeScores(end);
    const order = ranking(scores);
    for (let i = 1; i < order.length; i++) expect(scores[order[i - 1]!].total).toBeGreaterThanOrEqual(scores[order[i]!].total);
  });

  it("lays out every turn with its events, news and orders", () => {
    const turns = timeline(viewOf(end, null));
    expect(turns.map((t) => t.turn)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(turns[0]!.label).toBe("8–10 May: the parade");
    expect(turns[0]!.items.some((i) => i.kind === "event")).toBe(true);
    for (const t of turns) {
      expect(t.items.some((i) => i.kind === "order" && i.text.startsWith("Ukraine: A firm statement") && i.text.includes(`Kyiv ${t.turn}`))).toBe(true);
      expect(t.items.some((i) => i.kind === "news" && i.text.includes(`Kyiv ${t.turn}`))).toBe(true);
    }
  });

  it("marks the orders a bot gave for a human power as played by its bot", () => {
    let s = matchAt("orders", 1, 11);
    s = advancePhase(s, { standIns: ["ukraine"] }).state;
    const turn = timeline(viewFor(s, { kind: "facilitator" }))[0]!;
    const ukraine = turn.items.filter((i) => i.kind === "order" && i.text.startsWith("Ukraine"));
    expect(ukraine).toHaveLength(1);
    expect(ukraine[0]!.text).toMatch(/^Ukraine \(played by its bot\): /);
    expect(turn.items.filter((i) => i.kind === "order" && i.text.includes("played by its bot"))).toHaveLength(1);
  });
});
