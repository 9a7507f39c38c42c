/** The pace presets: the lesson preset fits a 50-minute lesson, and a preset's turn count reaches the match. */
import { describe, expect, it } from "vitest";
import { victoryDay2025 } from "../../../shared/game";
import { PRESETS, PRESET_IDS, playSeconds, presetTurns, turnSeconds } from "../../../shared/session";
import { act, lobby } from "./fixtures";

describe("the lesson preset", () => {
  it("is offered beside the other presets", () => {
    expect(PRESET_IDS).toContain("lesson");
    expect(PRESET_IDS).toEqual(expect.arrayContaining(["classroom", "evening", "slow"]));
  });

  it("plays about 35 minutes, leaving a quarter of an hour of a 50-minute lesson to brief and debrief", () => {
    const minutes = playSeconds("lesson", victoryDay2025.turns) / 60;
    expect(minutes).toBeGreaterThanOrEqual(33);
    expect(minutes).toBeLessThanOrEqual(36);
    expect(50 - minutes).toBeGreaterThanOrEqual(14);
  });

  it("plays fewer turns than the scenario, each at the classroom's room to negotiate", () => {
    expect(presetTurns("lesson", victoryDay2025.turns)).toBeLessThan(victoryDay2025.turns);
    expect(PRESETS.lesson.negotiation).toBeGreaterThanOrEqual(PRESETS.classroom.negotiation);
    expect(playSeconds("lesson", victoryDay2025.turns)).toBe(turnSeconds(PRESETS.lesson) * presetTurns("lesson", victoryDay2025.turns));
  });

  it("other presets play every turn of the scenario, and no preset asks for more turns than it has", () => {
    expect(presetTurns("evening", 8)).toBe(8);
    expect(presetTurns("classroom", 8)).toBe(8);
    for (const id of PRESET_IDS) expect(presetTurns(id, 3)).toBeLessThanOrEqual(3);
  });
});

describe("a preset's turns reach the match", () => {
  it("a match started under the lesson preset ends after the preset's turns", () => {
    const s = act(act(lobby(), "h", { type: "configure", preset: "lesson" }), "h", { type: "start", seed: 1 });
    expect(s.match?.lastTurn).toBe(presetTurns("lesson", victoryDay2025.turns));
  });

  it("a match started under the evening preset plays the whole scenario", () => {
    const s = act(lobby(), "h", { type: "start", seed: 1 });
    expect(s.settings.preset).toBe("evening");
    expect(s.match?.lastTurn).toBe(victoryDay2025.turns);
  });
});
