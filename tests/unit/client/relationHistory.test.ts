// The debrief's relations and trust charts: each value turn by turn, rebuilt from the news.
import { describe, expect, it } from "vitest";
import { advancePhase, pairKey, trustKey, viewFor, type MatchState } from "../../../shared/game";
import { relationsOf, trustIn } from "../../../client/src/logic/relationHistory";
import { newMatch } from "../game/helpers";

describe("relations and trust turn by turn", () => {
  it("match the values the state held at the end of every turn, from the start to the end", () => {
    let s: MatchState = newMatch(7, { russia: "bot", china: "bot", usa: "bot", ukraine: "bot", eu: "bot" });
    const seen: MatchState[] = [s];
    while (s.phase !== "ended") {
      s = advancePhase(s).state;
      if (s.phase === "resolution") seen.push(s);
    }
    const view = viewFor(s, { kind: "spectator" });
    expect(view.history.map((e) => e.turn)).toEqual(seen.map((x, i) => (i === 0 ? 0 : x.turn)));
    const relations = relationsOf(view, "russia").find((r) => r.other === "ukraine")!.values;
    const trust = trustIn(view, "usa").find((r) => r.other === "china")!.values;
    // A turn's end is its resolution; the briefing that follows may move them again (its news belongs to the next turn).
    expect(relations).toEqual(seen.map((x) => x.relations[pairKey("russia", "ukraine")]));
    expect(trust).toEqual(seen.map((x) => x.trust[trustKey("china", "usa")]));
    expect(new Set(relations).size).toBeGreaterThan(1);
  });
});
