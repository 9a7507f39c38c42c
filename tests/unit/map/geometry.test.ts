import { describe, expect, it } from "vitest";
import type { Point } from "../../../client/src/map/asset";
import { clipPolylineToPolygons, clipRingToHalfPlane, dashPolyline, polygonArea, polygonContains, polylineLength, ringArea, simplifyLine, simplifyRing } from "../../../client/src/map/geometry";

const square = (x: number, y: number, size: number): Point[] => [[x, y], [x + size, y], [x + size, y + size], [x, y + size]];

describe("map geometry", () => {
  it("measures areas and treats holes as outside", () => {
    const donut = [square(0, 0, 10), square(3, 3, 4)];
    expect(polygonArea(donut)).toBe(84);
    expect(polygonContains(donut, [1, 1])).toBe(true);
    expect(polygonContains(donut, [5, 5])).toBe(false);
  });

  it("clips a ring to a half-plane", () => {
    // Keep x ≤ 4: going down (0, 1) the kept side of cross(d, p − o) ≥ 0 is −x.
    expect(ringArea(clipRingToHalfPlane(square(0, 0, 10), [4, 0], [0, 1]))).toBeCloseTo(40);
  });

  it("clips a polyline to a shape, splitting it where it leaves", () => {
    const u = [[[0, 0], [30, 0], [30, 30], [20, 30], [20, 10], [10, 10], [10, 30], [0, 30]] as Point[]];
    const pieces = clipPolylineToPolygons([[-5, 20], [35, 20]], [u]);
    expect(pieces).toHaveLength(2);
    expect(pieces[0]![0]).toEqual([0, 20]);
    expect(pieces[1]![1]).toEqual([30, 20]);
  });

  it("simplifies within the tolerance and keeps the ends", () => {
    const wiggle: Point[] = Array.from({ length: 101 }, (_, i) => [i, i % 2 === 0 ? 0 : 0.3]);
    expect(simplifyLine(wiggle, 0.5)).toEqual([[0, 0], [100, 0]]);
    expect(simplifyLine(wiggle, 0.1).length).toBe(101);
    expect(simplifyRing([...square(0, 0, 10), [0, 5]], 0.5)).toHaveLength(4);
  });

  it("cuts dashes of the asked length", () => {
    const dashes = dashPolyline([[0, 0], [100, 0]], 10, 5);
    expect(dashes).toHaveLength(7);
    expect(polylineLength(dashes[0]!)).toBeCloseTo(10);
    expect(dashes[1]![0]).toEqual([15, 0]);
  });
});
