import { describe, expect, it } from "vitest";
import { frontLine } from "../../../client/src/map/frontLine";
import { polygonArea, polygonContains, ringArea } from "../../../client/src/map/geometry";
import type { Point, Polygon } from "../../../client/src/map/asset";
import { WORLD } from "./worldMap";

const UKRAINE = WORLD.powers.ukraine;
const TOTAL = UKRAINE.reduce((s, p) => s + polygonArea(p), 0);
const occupiedShare = (share: number): number => frontLine(UKRAINE, share).occupied.reduce((s, r) => s + ringArea(r), 0) / TOTAL;
const meanX = (pieces: Point[][]): number => {
  const points = pieces.flat();
  return points.reduce((s, p) => s + p[0], 0) / points.length;
};

describe("frontLine", () => {
  it("leaves the held share of Ukraine's area west of the line", () => {
    for (const share of [0.2, 0.5, 0.81, 0.95]) expect(occupiedShare(share)).toBeCloseTo(1 - share, 2);
  });

  it("moves east as Ukraine holds more, west as it holds less", () => {
    const xs = [0.3, 0.6, 0.81, 0.9].map((share) => meanX(frontLine(UKRAINE, share).pieces));
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
  });

  it("runs from north to south across Ukraine and stays inside it", () => {
    const { pieces } = frontLine(UKRAINE, 0.81);
    const points = pieces.flat();
    const ys = points.map((p) => p[1]);
    const box = UKRAINE.flatMap((p) => p[0]!).map((p) => p[1]);
    // It spans most of the country's height at 81% (the front runs from the Russian border to the Dnipro).
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(0.4 * (Math.max(...box) - Math.min(...box)));
    const inside = (p: Point): boolean => UKRAINE.some((poly) => polygonContains(poly, p));
    const interior = pieces.flatMap((piece) => piece.slice(1, -1));
    expect(interior.filter(inside).length / interior.length).toBeGreaterThan(0.97);
  });

  it("draws no line when one side holds everything, and clamps nonsense", () => {
    expect(frontLine(UKRAINE, 1).pieces).toEqual([]);
    expect(frontLine(UKRAINE, 1).occupied).toEqual([]);
    expect(frontLine(UKRAINE, 0).pieces).toEqual([]);
    expect(occupiedShare(0)).toBeCloseTo(1, 2);
    expect(frontLine(UKRAINE, 7).share).toBe(1);
    expect(frontLine(UKRAINE, -1).share).toBe(0);
    expect(frontLine(UKRAINE, Number.NaN).share).toBe(1);
  });

  it("works on any shape: a square split by area", () => {
    const square: Polygon[] = [[[[0, 0], [100, 0], [100, 100], [0, 100]]]];
    const { occupied, pieces } = frontLine(square, 0.5);
    expect(occupied.reduce((s, r) => s + ringArea(r), 0)).toBeCloseTo(5000, -1);
    expect(pieces.length).toBeGreaterThan(0);
  });
});
