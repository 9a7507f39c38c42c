import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { POWERS, computeScores, submitOrders, advancePhase, replay, victoryDay2025, viewFor, type MatchState } from "../../../shared/game";
import { GOLDEN_DIR, type GoldenReplay } from "../game/golden";
import { ranking, scoresFromView } from "../../../client/src/logic/scores";
import { timeline } from "../../../client/src/logic/timeline";
import { matchAt, viewOf } from "./fixtures";
import { setTranslator, translatorFor } from "../../../shared/i18n";

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

  it("shows every seat the final scores of the match, as recorded when the golden match was played", () => {
    // The expected totals are numbers stored in the fixture, not recomputed by the code under test.
    const golden = JSON.parse(readFileSync(join(GOLDEN_DIR, "mixed-seed-2025.json"), "utf8")) as GoldenReplay;
    const final = replay(victoryDay2025, golden.seed, golden.seats, golden.log);
    for (const viewer of [null, "china", "usa"] as const) {
      const scores = scoresFromView(viewOf(final, viewer));
      expect(scores, `scores for ${viewer ?? "a spectator"}`).not.toBeNull();
      expect(Object.fromEntries(POWERS.map((p) => [p, scores![p].total]))).toEqual(golden.final.totals);
    }
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

  it("says in the page's language that a power gave no orders and held", async () => {
    const empty = viewOf(end, null);
    const held = { ...empty, orderHistory: [{ turn: 1, power: "russia" as const, orders: [] }] };
    const de = await translatorFor("de");
    setTranslator(de);
    try {
      const line = timeline(held)[0]!.items.find((i) => i.kind === "order")!.text;
      expect(line).toBe(`Russland: ${de.t("debrief:heldNoOrders")}`);
      expect(line).not.toMatch(/orders|held/);
    } finally {
      setTranslator(await translatorFor("en"));
    }
  });
});
