import { describe, expect, it } from "vitest";
import { powerAt } from "../../../client/src/map/hitTest";
import { WORLD, place } from "./worldMap";

describe("powerAt", () => {
  it("finds the power under real places", () => {
    expect(powerAt(WORLD, place([2.35, 48.86]))).toBe("eu"); // Paris
    expect(powerAt(WORLD, place([21.0, 52.2]))).toBe("eu"); // Warsaw
    expect(powerAt(WORLD, place([104.1, 30.7]))).toBe("china"); // Chengdu
    expect(powerAt(WORLD, place([82.9, 55.0]))).toBe("russia"); // Novosibirsk
    expect(powerAt(WORLD, place([36.2, 50.0]))).toBe("ukraine"); // Kharkiv
    expect(powerAt(WORLD, place([-87.6, 41.9]))).toBe("usa"); // Chicago, in the inset
  });

  it("finds no power over other countries, the sea, or holes in a shape", () => {
    expect(powerAt(WORLD, place([7.44, 46.95]))).toBeNull(); // Bern: Switzerland is a hole in the EU
    expect(powerAt(WORLD, place([27.56, 53.9]))).toBeNull(); // Minsk
    expect(powerAt(WORLD, place([-0.13, 51.5]))).toBeNull(); // London
    expect(powerAt(WORLD, place([-79.4, 43.7]))).toBeNull(); // Toronto, in the inset
    expect(powerAt(WORLD, place([18.0, 35.0]))).toBeNull(); // the Mediterranean
  });

  it("answers from the close-up of Ukraine inside its box", () => {
    const [x, y, w, h] = WORLD.front.box;
    expect(powerAt(WORLD, WORLD.front.kyiv)).toBe("ukraine");
    const found = new Set<string | null>();
    for (let px = x + 2; px < x + w; px += 6) for (let py = y + 2; py < y + h; py += 6) found.add(powerAt(WORLD, [px, py]));
    expect(found).toEqual(new Set(["ukraine", "russia", "eu", null]));
  });

  it("does not let a shape hidden under the US inset answer for it", () => {
    const [x, y, w, h] = WORLD.inset.box;
    for (let px = x + 2; px < x + w; px += 40) {
      for (let py = y + 2; py < y + h; py += 40) expect([null, "usa"]).toContain(powerAt(WORLD, [px, py]));
    }
  });
});
