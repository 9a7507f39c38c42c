/** The class debrief's questions set the class's own worlds side by side. */
import { describe, expect, it } from "vitest";
import { classQuestions } from "../../../client/src/logic/discussion";
import type { ClassReport, RoomReport } from "../../../shared/classroom/report";

function room(world: number, over: Partial<RoomReport>): RoomReport {
  return {
    world, code: `M${world}`, phase: "ended", turn: 6, lastTurn: 6,
    meters: { frontLine: 0, warIntensity: 50, globalTension: 50, taiwanTension: 30 },
    ceasefires: [], sanctions: [], powers: [], promises: [], turningPoints: [], ...over,
  };
}

const report = (rooms: RoomReport[]): ClassReport => ({ code: "K7Q2X", name: "History 9B", preset: "lesson", ended: true, rooms, students: [] });
const broken = (n: number) => Array.from({ length: n }, (_, i) => ({ turn: i + 1, powers: ["russia" as const], kind: "agreement" as const, text: "a deal", outcome: "broken", kept: false }));

describe("the class debrief's questions", () => {
  it("asks what a world where a ceasefire held did that the others did not", () => {
    const q = classQuestions(report([room(0, { ceasefires: [{ text: "Russia–Ukraine, full", outcome: "kept" }] }), room(1, { ceasefires: [{ text: "Russia–Ukraine, full", outcome: "broken" }] }), room(2, {})]));
    expect(q[0]).toBe("A ceasefire held in World 1 but not in World 2 and World 3. What did that world do that the others did not?");
  });

  it("compares the front line where the worlds ended far apart, and not where they ended together", () => {
    const apart = classQuestions(report([room(0, { meters: { frontLine: 2.25, warIntensity: 50, globalTension: 50, taiwanTension: 30 } }), room(1, {})]));
    expect(apart).toContain("The front line ended at 2.3 in World 1 and at 0.0 in World 2. Which choices moved it?");
    const together = classQuestions(report([room(0, { meters: { frontLine: 0.2, warIntensity: 50, globalTension: 50, taiwanTension: 30 } }), room(1, {})]));
    expect(together.some((q) => q.startsWith("The front line"))).toBe(false);
  });

  it("names the world that broke the most promises beside the one that broke the fewest", () => {
    const q = classQuestions(report([room(0, { promises: broken(1) }), room(1, { promises: broken(3) })]));
    expect(q).toContain("World 2 broke 3 promises; World 1 broke 1. Did breaking them pay, judging by the scores, and would you trust those powers again?");
  });

  it("asks one world why no ceasefire held, and nothing about promises nobody broke", () => {
    expect(classQuestions(report([room(0, {})]))).toEqual(["No world kept a ceasefire. What stood in the way in every world, and who could have changed it?"]);
  });
});
