import { describe, expect, it } from "vitest";
import { decodeRing, encodeRing, type Point } from "../../../client/src/map/asset";
import { polygonArea } from "../../../client/src/map/geometry";
import { powerAt } from "../../../client/src/map/hitTest";
import { buildMapAsset, EU_MEMBERS } from "../../../scripts/build-map";
import { POWERS } from "../../../shared/powers";
import { ENCODED, WORLD, place } from "./worldMap";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

describe("the map asset", () => {
  it("is what scripts/build-map.ts makes today (rebuild it after changing the script)", () => {
    expect(buildMapAsset() === readFileSync("assets/map/world.json", "utf8")).toBe(true);
  }, 30_000);

  it("stays small: under 80 KB raw and 25 KB gzipped", () => {
    const raw = readFileSync("assets/map/world.json");
    expect(raw.length).toBeLessThan(80_000);
    expect(gzipSync(raw).length).toBeLessThan(25_000);
  });

  it("lists the 27 EU members by ISO numeric code", () => {
    expect(Object.keys(EU_MEMBERS)).toHaveLength(27);
    expect(EU_MEMBERS["276"]).toBe("Germany");
    expect(EU_MEMBERS["826"]).toBeUndefined(); // the United Kingdom left in 2020
  });

  it("round-trips rings through the delta encoding", () => {
    const ring: Point[] = [[10, 20], [13, 18], [9, 25], [-4, 0]];
    expect(encodeRing(ring)).toEqual([10, 20, 3, -2, -4, 7, -13, -25]);
    expect(decodeRing(encodeRing(ring))).toEqual(ring);
  });

  it("has land for every power, the US and Russia far larger than Ukraine", () => {
    const area = (p: (typeof POWERS)[number]): number => WORLD.powers[p].reduce((s, poly) => s + polygonArea(poly), 0);
    for (const power of POWERS) expect(area(power), power).toBeGreaterThan(500);
    expect(area("russia")).toBeGreaterThan(10 * area("ukraine"));
    expect(area("usa")).toBeGreaterThan(3 * area("ukraine"));
    expect(ENCODED.world.length).toBeGreaterThan(100);
  });

  it("puts each capital inside its own power (the EU's is Brussels)", () => {
    for (const power of POWERS) expect(powerAt(WORLD, WORLD.capitals[power]), power).toBe(power);
    for (const power of POWERS) if (power !== "ukraine") expect(powerAt(WORLD, WORLD.labels[power]), `label of ${power}`).toBe(power);
  });

  it("writes Ukraine's name in the Black Sea beside it, so the name hides no front", () => {
    expect(powerAt(WORLD, WORLD.labels.ukraine)).toBeNull();
    const [x, y] = WORLD.labels.ukraine;
    expect(Math.hypot(x - WORLD.capitals.ukraine[0], y - WORLD.capitals.ukraine[1])).toBeLessThan(120);
  });

  it("has a close-up of Ukraine, at least twice the main map's scale, with Russia and the EU around it", () => {
    const area = (polygons: typeof WORLD.powers.ukraine): number => polygons.reduce((s, p) => s + polygonArea(p), 0);
    const close = WORLD.front.powers.ukraine ?? [];
    expect(Math.sqrt(area(close) / area(WORLD.powers.ukraine))).toBeGreaterThan(2);
    expect(WORLD.front.powers.russia?.length).toBeGreaterThan(0);
    expect(WORLD.front.powers.eu?.length).toBeGreaterThan(0);
    expect(powerAt(WORLD, WORLD.front.kyiv)).toBe("ukraine");
    const [x, y, w, h] = WORLD.front.box;
    for (const [px, py] of close.flatMap((p) => p[0]!)) {
      expect(px).toBeGreaterThanOrEqual(x);
      expect(px).toBeLessThanOrEqual(x + w);
      expect(py).toBeGreaterThanOrEqual(y);
      expect(py).toBeLessThanOrEqual(y + h);
    }
  });

  it("counts Crimea as Ukraine's and Kaliningrad as Russia's", () => {
    expect(powerAt(WORLD, place([34.1, 45.0]))).toBe("ukraine");
    expect(powerAt(WORLD, place([20.5, 54.7]))).toBe("russia");
  });

  it("marks the Kursk border on the Russia–Ukraine border, and Taiwan apart from China", () => {
    for (const at of [WORLD.kursk, WORLD.front.kursk]) {
      const near = (power: "russia" | "ukraine"): boolean =>
        [-3, 0, 3].some((dx) => [-3, 0, 3].some((dy) => powerAt(WORLD, [at[0] + dx, at[1] + dy]) === power));
      expect(near("russia")).toBe(true);
      expect(near("ukraine")).toBe(true);
    }
    const kursk = place([35.2, 51.7]);
    expect(Math.hypot(WORLD.kursk[0] - kursk[0], WORLD.kursk[1] - kursk[1])).toBeLessThan(20);
    expect(WORLD.taiwan.rings.length).toBeGreaterThan(0);
    expect(powerAt(WORLD, WORLD.taiwan.at)).toBeNull();
  });

  it("fits everything that is drawn inside the canvas", () => {
    const points = [...Object.values(WORLD.capitals), ...Object.values(WORLD.labels), WORLD.kursk, WORLD.taiwan.at];
    for (const [x, y] of points) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(WORLD.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(WORLD.height);
    }
  });
});
