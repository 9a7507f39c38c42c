/** The class report's turning points, by its one rule: ceasefires begun or breached, agreements broken, the front line's largest move. */
import { describe, expect, it } from "vitest";
import { advancePhase, viewFor, type MatchState } from "../../../shared/game";
import { MAX_TURNING_POINTS, turningPoints } from "../../../shared/classroom/report";
import { atOrders, lastOfferId, offer, resolveWith } from "../game/helpers";

function toEnd(s: MatchState): MatchState {
  let state = s;
  while (state.phase !== "ended") state = advancePhase(state).state;
  return state;
}

/** The negotiation of `turn`. */
function atNegotiation(turn: number): MatchState {
  let s = advancePhase(atOrders(turn - 1)).state;
  while (!(s.phase === "negotiation" && s.turn === turn)) s = advancePhase(s).state;
  return s;
}

describe("turning points", () => {
  it("names a broken agreement in the turn it was broken, by its breaker", () => {
    let s = atNegotiation(2);
    s = offer(s, "eu", { action: "propose", to: ["ukraine"], terms: { kind: "deal", items: [{ from: "eu", to: "ukraine", item: "humanitarianAid" }] } });
    s = offer(s, "ukraine", { action: "accept", offerId: lastOfferId(s) });
    while (s.phase !== "orders") s = advancePhase(s).state;
    const deal = s.commitments.find((c) => c.parties.includes("eu"))!;
    s = resolveWith(s, { eu: [{ type: "commitment", commitmentId: deal.id, decision: "break" }] });
    const points = turningPoints(viewFor(toEnd(s), { kind: "facilitator" }));
    expect(points).toContainEqual({ turn: 2, text: "European Union broke an agreement: A deal: European Union gives Ukraine humanitarian aid" });
  });

  it("keeps the front line's largest move, the parade truce of turn 1, and at most the cap, earliest first", () => {
    const view = viewFor(toEnd(atOrders(1)), { kind: "facilitator" });
    const points = turningPoints(view);
    expect(points.length).toBeLessThanOrEqual(MAX_TURNING_POINTS);
    expect(points.map((p) => p.turn)).toEqual([...points.map((p) => p.turn)].sort((a, b) => a - b));
    expect(points[0]).toMatchObject({ turn: 1, text: expect.stringContaining("Russia's unilateral full ceasefire") });
    const moves = view.history.slice(1).map((h, i) => Math.abs(h.world.frontLine - view.history[i]!.world.frontLine));
    if (Math.max(...moves) >= 1) expect(points.some((p) => p.text.startsWith("the front line's largest move"))).toBe(true);
  });
});
