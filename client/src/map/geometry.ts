/** Plane geometry on projected map points: areas, containment, clipping, simplification. */
import type { Point, Polygon, Ring } from "./asset";

/** Signed area (positive for counter-clockwise in a y-up frame). */
export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j]!;
    const b = ring[i]!;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}

export function ringArea(ring: Ring): number {
  return Math.abs(signedArea(ring));
}

/** Area of a polygon: its outer ring less its holes. */
export function polygonArea(polygon: Polygon): number {
  return polygon.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * ringArea(ring), 0);
}

/** Even–odd rule, so holes count as outside. */
export function ringContains(ring: Ring, [x, y]: Point): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function polygonContains(polygon: Polygon, point: Point): boolean {
  const [outer, ...holes] = polygon;
  return !!outer && ringContains(outer, point) && !holes.some((hole) => ringContains(hole, point));
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function boundsOf(points: Iterable<Point>): Bounds {
  const b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const [x, y] of points) {
    b.minX = Math.min(b.minX, x);
    b.minY = Math.min(b.minY, y);
    b.maxX = Math.max(b.maxX, x);
    b.maxY = Math.max(b.maxY, y);
  }
  return b;
}

/**
 * The part of a ring on the side of the line through `origin` along `direction` where the
 * cross product is ≥ 0 (Sutherland–Hodgman against one half-plane). A concave ring may come
 * back with zero-width seams, which leave its area right.
 */
export function clipRingToHalfPlane(ring: Ring, origin: Point, direction: Point): Point[] {
  const side = (p: Point): number => direction[0] * (p[1] - origin[1]) - direction[1] * (p[0] - origin[0]);
  const out: Point[] = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    const sa = side(a);
    const sb = side(b);
    if (sa >= 0) out.push(a);
    if ((sa >= 0) !== (sb >= 0)) {
      const t = sa / (sa - sb);
      out.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
    }
  }
  return out;
}

/** The pieces of a polyline that lie inside any of the polygons (crossing points included). */
export function clipPolylineToPolygons(line: readonly Point[], polygons: readonly Polygon[]): Point[][] {
  const inside = (p: Point): boolean => polygons.some((polygon) => polygonContains(polygon, p));
  const pieces: Point[][] = [];
  let current: Point[] = [];
  for (let i = 0; i < line.length; i++) {
    const a = line[i]!;
    if (i === 0) {
      if (inside(a)) current.push(a);
      continue;
    }
    const prev = line[i - 1]!;
    // Every crossing of this segment with any ring edge, in order along the segment.
    const ts: number[] = [];
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (let k = 0, j = ring.length - 1; k < ring.length; j = k++) {
          const t = segmentIntersection(prev, a, ring[j]!, ring[k]!);
          if (t !== null) ts.push(t);
        }
      }
    }
    ts.sort((x, y) => x - y);
    for (const t of ts) {
      const p: Point = [prev[0] + t * (a[0] - prev[0]), prev[1] + t * (a[1] - prev[1])];
      current.push(p);
      const mid: Point = [prev[0] + (t + 1e-6) * (a[0] - prev[0]), prev[1] + (t + 1e-6) * (a[1] - prev[1])];
      if (!inside(mid) && current.length > 0) {
        if (current.length > 1) pieces.push(current);
        current = [];
      }
    }
    if (inside(a)) current.push(a);
  }
  if (current.length > 1) pieces.push(current);
  return pieces;
}

/** Where segment p→q crosses segment a→b, as a fraction along p→q; null if it does not. */
function segmentIntersection(p: Point, q: Point, a: Point, b: Point): number | null {
  const rx = q[0] - p[0];
  const ry = q[1] - p[1];
  const sx = b[0] - a[0];
  const sy = b[1] - a[1];
  const denom = rx * sy - ry * sx;
  if (denom === 0) return null;
  const t = ((a[0] - p[0]) * sy - (a[1] - p[1]) * sx) / denom;
  const u = ((a[0] - p[0]) * ry - (a[1] - p[1]) * rx) / denom;
  return t >= 0 && t <= 1 && u >= 0 && u < 1 ? t : null;
}

/** Distance from p to the segment a→b. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker: drops points closer than `tolerance` to the line that replaces them. */
export function simplifyLine(points: readonly Point[], tolerance: number): Point[] {
  if (points.length < 3) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i]!, points[first]!, points[last]!);
      if (d > worstDistance) {
        worst = i;
        worstDistance = d;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Simplifies a closed ring, anchored at its first point and at the point farthest from it. */
export function simplifyRing(ring: Ring, tolerance: number): Point[] {
  if (ring.length < 4) return [...ring];
  const start = ring[0]!;
  let far = 0;
  let farDistance = -1;
  ring.forEach((p, i) => {
    const d = Math.hypot(p[0] - start[0], p[1] - start[1]);
    if (d > farDistance) {
      far = i;
      farDistance = d;
    }
  });
  const a = simplifyLine(ring.slice(0, far + 1), tolerance);
  const b = simplifyLine([...ring.slice(far), start], tolerance);
  return [...a, ...b.slice(1, -1)];
}

export function polylineLength(line: readonly Point[]): number {
  let length = 0;
  for (let i = 1; i < line.length; i++) length += Math.hypot(line[i]![0] - line[i - 1]![0], line[i]![1] - line[i - 1]![1]);
  return length;
}

/** The point at `distance` along a polyline (clamped to its ends). */
export function pointAlong(line: readonly Point[], distance: number): Point {
  let left = Math.max(0, distance);
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const step = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (left <= step && step > 0) return [a[0] + ((b[0] - a[0]) * left) / step, a[1] + ((b[1] - a[1]) * left) / step];
    left -= step;
  }
  return line[line.length - 1] ?? [0, 0];
}

/** Cuts a polyline into dashes of `on` length separated by `off` gaps (Phaser draws no dashes). */
export function dashPolyline(line: readonly Point[], on: number, off: number): Point[][] {
  const total = polylineLength(line);
  const dashes: Point[][] = [];
  for (let start = 0; start < total; start += on + off) {
    const end = Math.min(total, start + on);
    const dash: Point[] = [pointAlong(line, start)];
    let walked = 0;
    for (let i = 1; i < line.length; i++) {
      walked += Math.hypot(line[i]![0] - line[i - 1]![0], line[i]![1] - line[i - 1]![1]);
      if (walked > start && walked < end) dash.push(line[i]!);
    }
    dash.push(pointAlong(line, end));
    dashes.push(dash);
  }
  return dashes;
}
