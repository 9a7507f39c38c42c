import { describe, expect, it } from "vitest";
import { ceasefireStyle, relationMood, relationStyle } from "../../../client/src/map/styles";
import { contrastRatio, LAND, NEUTRAL_TEXT, SEA, TEXT_BACKGROUND } from "../../../client/src/map/palette";
import type { CeasefireStatus } from "../../../client/src/map/model";

describe("relationStyle", () => {
  it("names the mood of a score", () => {
    expect([-100, -50, -30, 0, 15, 30, 50, 100].map(relationMood)).toEqual(["hostile", "hostile", "tense", "neutral", "neutral", "cordial", "close", "close"]);
  });

  it("gets thicker the further a relation is from neutral, on both sides", () => {
    expect(relationStyle(-90).width).toBeGreaterThan(relationStyle(-30).width);
    expect(relationStyle(90).width).toBeGreaterThan(relationStyle(30).width);
    expect(relationStyle(-60).width).toBe(relationStyle(60).width);
  });

  it("does not rely on colour alone: hostile lines are dashed, friendly ones solid", () => {
    expect(relationStyle(-60).dash).not.toBeNull();
    expect(relationStyle(60).dash).toBeNull();
    expect(relationStyle(-60).colour).not.toBe(relationStyle(60).colour);
  });

  it("hides neutral pairs and clamps scores out of range", () => {
    expect(relationStyle(5).visible).toBe(false);
    expect(relationStyle(500)).toEqual(relationStyle(100));
    expect(relationStyle(Number.NaN).mood).toBe("neutral");
  });

  it("draws lines at least 3:1 against the sea and the muted land (WCAG non-text contrast)", () => {
    for (const score of [-100, -30, 30, 100]) {
      expect(contrastRatio(relationStyle(score).colour, SEA), `score ${score} on sea`).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(relationStyle(score).colour, LAND), `score ${score} on land`).toBeGreaterThanOrEqual(3);
      // The same colours name the mood in the info card: AA for text.
      expect(contrastRatio(relationStyle(score).colour, TEXT_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(NEUTRAL_TEXT, TEXT_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });
});

describe("ceasefireStyle", () => {
  const statuses: CeasefireStatus[] = ["none", "in-force", "breached", "accusations"];

  it("gives every status its own pattern or marker, not just a colour", () => {
    const signatures = statuses.map((s) => `${ceasefireStyle(s).dash?.join("/") ?? "solid"}:${ceasefireStyle(s).marker}`);
    expect(new Set(signatures).size).toBe(statuses.length);
  });

  it("says the status in words", () => {
    expect(ceasefireStyle("in-force").label).toMatch(/ceasefire in force/i);
    expect(ceasefireStyle("accusations").label).toMatch(/accusations/i);
    expect(ceasefireStyle("breached").label).toMatch(/breached/i);
  });

  it("stands out against the sea at 3:1 or more", () => {
    for (const s of statuses) expect(contrastRatio(ceasefireStyle(s).colour, SEA)).toBeGreaterThanOrEqual(3);
  });
});

describe("contrastRatio", () => {
  it("matches the WCAG reference values", () => {
    expect(contrastRatio(0x000000, 0xffffff)).toBeCloseTo(21, 5);
    expect(contrastRatio(0x777777, 0xffffff)).toBeCloseTo(4.48, 2);
  });
});
