// The relations-and-trust table: values and their change over the last turn, from the view alone.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { advancePhase, applyLogEntry, createMatch, pairKey, victoryDay2025, type MatchState } from "../../../shared/game";
import { changesSince, lastResolvedTurn, relationsTable, trendWords } from "../../../client/src/logic/relations";
import { GOLDEN_DIR, GOLDEN_MATCHES, type GoldenReplay } from "../game/golden";
import { matchAt, viewOf } from "./fixtures";

describe("relations and trust table", () => {
  it("shows nothing as changed before the first resolution", () => {
    const view = viewOf(matchAt("negotiation", 1), "russia");
    const table = relationsTable(view, "russia");
    expect(table.turn).toBeNull();
    expect(table.mine.every((r) => r.relation.change === 0 && r.trustIn.change === 0 && r.trustFrom.change === 0)).toBe(true);
  });

  it("gives a power its four partners and leaves the six other pairs to the world rows", () => {
    const view = viewOf(matchAt("negotiation", 2), "ukraine");
    const table = relationsTable(view, "ukraine");
    expect(table.mine.map((r) => r.other)).toEqual(["russia", "china", "usa", "eu"]);
    expect(table.others).toHaveLength(6);
    expect(table.others.some((p) => p.a === "ukraine" || p.b === "ukraine")).toBe(false);
    const russia = table.mine[0]!;
    expect(russia.relation.value).toBe(Math.round(view.relations["russia|ukraine"]));
    expect(russia.trustIn.value).toBe(Math.round(view.trust["ukraine>russia"]));
    expect(russia.trustFrom.value).toBe(Math.round(view.trust["russia>ukraine"]));
  });

  it("gives a spectator all ten pairs", () => {
    const table = relationsTable(viewOf(matchAt("negotiation", 2), null), null);
    expect(table.mine).toEqual([]);
    expect(table.others).toHaveLength(10);
  });

  it("reports each change as the difference between the value before the turn and after its resolution", () => {
    const before = matchAt("negotiation", 2, 11);
    let s: MatchState = before;
    while (!(s.phase === "negotiation" && s.turn === 3)) s = advancePhase(s).state;
    const view = viewOf(s, "china");
    expect(lastResolvedTurn(view)).toBe(2);
    const table = relationsTable(view, "china");
    const moved = table.mine.filter((r) => r.relation.change !== 0 || r.trustIn.change !== 0 || r.trustFrom.change !== 0);
    expect(moved.length).toBeGreaterThan(0);
    // Since turn 2 began: from the end of turn 1's resolution to now (turn 3's briefing included).
    const start = matchAt("resolution", 1, 11);
    for (const r of table.mine) {
      const key = pairKey("china", r.other);
      const diff = s.relations[key] - start.relations[key];
      expect(Math.abs(r.relation.change - diff)).toBeLessThanOrEqual(0.51);
    }
  });

  it("puts an arrow and words on every trend, so colour is never the only sign", () => {
    expect(trendWords(3)).toEqual({ arrow: "\u25B2", words: "up 3", direction: "up" });
    expect(trendWords(-2)).toEqual({ arrow: "\u25BC", words: "down 2", direction: "down" });
    expect(trendWords(0)).toEqual({ arrow: "", words: "no change", direction: "flat" });
  });
});

describe("the engine's news", () => {
  // The table's trends are read from the news: this holds the engine to writing every move.
  it("records every change of a relation or of trust as an effect, in every golden match", () => {
    for (const m of GOLDEN_MATCHES) {
      const golden = JSON.parse(readFileSync(join(GOLDEN_DIR, m.file), "utf8")) as GoldenReplay;
      let s = createMatch(victoryDay2025, { seed: golden.seed, seats: golden.seats });
      for (const entry of golden.log) {
        const r = applyLogEntry(s, entry);
        if (!r.ok) continue;
        const next = r.value;
        const moved = new Map<string, number>();
        for (const n of next.news.slice(s.news.length)) for (const e of n.effects) moved.set(e.target, (moved.get(e.target) ?? 0) + e.delta);
        for (const [k, v] of Object.entries(next.relations)) expect(v - s.relations[k as keyof MatchState["relations"]]).toBeCloseTo(moved.get(`relation.${k}`) ?? 0, 1);
        for (const [k, v] of Object.entries(next.trust)) expect(v - s.trust[k as keyof MatchState["trust"]]).toBeCloseTo(moved.get(`trust.${k}`) ?? 0, 1);
        s = next;
      }
    }
  });

  it("sums the effects per target from the turn's start on, for the trends", () => {
    const moved = changesSince({ news: [
      { turn: 1, kind: "summit", headline: { key: "news:test" }, powers: [], effects: [{ target: "relation.russia|china", delta: 2.5 }] },
      { turn: 2, kind: "summit", headline: { key: "news:test" }, powers: [], effects: [{ target: "relation.russia|china", delta: 1.2 }, { target: "trust.usa>eu", delta: -3 }] },
      { turn: 2, kind: "aid", headline: { key: "news:test" }, powers: [], effects: [{ target: "relation.russia|china", delta: 0.4 }] },
      { turn: 3, kind: "event", headline: { key: "news:test" }, powers: [], effects: [{ target: "trust.usa>eu", delta: 1 }] },
    ] }, 2);
    expect(moved.get("relation.russia|china")).toBeCloseTo(1.6, 5);
    expect(moved.get("trust.usa>eu")).toBe(-2);
  });
});
