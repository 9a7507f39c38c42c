/**
 * The teacher's guide: docs/teaching.md's lesson plan agrees with the lesson preset (its play
 * time is the preset's), fits in 50 minutes, and carries the app's questions word for word.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { victoryDay2025 } from "../../../shared/game";
import { playSeconds, presetTurns } from "../../../shared/session";
import { LESSON_MINUTES, clockTime, discussionQuestions, lessonPlan, playMinutes, reflectionPrompt, turnShape } from "../../../client/src/logic/lessonPlan";

const guide = readFileSync(new URL("../../../docs/teaching.md", import.meta.url), "utf8");

/** The plan's table rows in docs/teaching.md: "| 0:08–0:43 | Play | 35 min | …". */
function writtenPlan(): { start: string; end: string; title: string; minutes: number }[] {
  return [...guide.matchAll(/^\|\s*(\d+:\d\d)\s*[–-]\s*(\d+:\d\d)\s*\|\s*([^|]+?)\s*\|\s*(\d+)\s*min\s*\|/gm)].map((m) => ({
    start: m[1]!,
    end: m[2]!,
    title: m[3]!,
    minutes: Number(m[4]),
  }));
}

describe("the lesson plan", () => {
  it("plays the whole lesson preset, rounded up to the minute", () => {
    const play = lessonPlan().find((s) => s.title === "Play")!;
    expect(play.end - play.start).toBe(Math.ceil(playSeconds("lesson", victoryDay2025.turns) / 60));
  });

  it("fits in 50 minutes, step after step, with time to brief and debrief", () => {
    const plan = lessonPlan();
    expect(plan[0]!.start).toBe(0);
    expect(plan.at(-1)!.end).toBe(LESSON_MINUTES);
    for (let i = 1; i < plan.length; i++) expect(plan[i]!.start).toBe(plan[i - 1]!.end);
    const debrief = plan.find((s) => s.title === "Debrief")!;
    expect(debrief.end - debrief.start).toBeGreaterThanOrEqual(5);
  });
});

describe("docs/teaching.md", () => {
  it("writes the same timings as the plan the app shows, computed from the lesson preset", () => {
    const expected = lessonPlan().map((s) => ({ start: clockTime(s.start), end: clockTime(s.end), title: s.title, minutes: s.end - s.start }));
    expect(writtenPlan()).toEqual(expected);
  });

  it("states the preset's turns, play time and phase lengths", () => {
    expect(guide).toContain(`${presetTurns("lesson", victoryDay2025.turns)} turns`);
    expect(guide).toContain(`${playMinutes()} minutes of play`);
    expect(guide).toContain(turnShape());
  });

  it("carries every discussion question and the reflection prompt of the app", () => {
    for (const q of discussionQuestions()) expect(guide).toContain(q);
    expect(guide).toContain(reflectionPrompt());
  });
});
