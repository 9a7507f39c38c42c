/**
 * The front line in Ukraine from one number: the share of its territory Ukraine holds. The line
 * runs north-east to south-west, as the real one does from Kharkiv to Kherson, and sits where the
 * territory west of it is that share of Ukraine's area; the rest is shaded as occupied.
 */
import type { Point, Polygon } from "./asset";
import { boundsOf, clipPolylineToPolygons, clipRingToHalfPlane, polygonArea, ringArea } from "./geometry";

/** Screen direction of the line, from its north-eastern end to its south-western one (y grows down). */
const DIRECTION: Point = normalise([-0.55, 1]);
/** Points to the east (occupied) side of the line. */
const EAST: Point = [DIRECTION[1], -DIRECTION[0]];

/** Diagonal lines `spacing` apart across the rings, clipped to them: the occupied side's hatching. */
export function hatching(rings: readonly (readonly Point[])[], spacing: number): Point[][] {
  if (rings.length === 0) return [];
  const box = boundsOf(rings.flat());
  const lines: Point[][] = [];
  const polygons = rings.map((ring) => [ring]);
  // Lines of slope −1 (rising to the right): x + y = c.
  for (let c = box.minX + box.minY; c <= box.maxX + box.maxY; c += spacing) {
    lines.push(...clipPolylineToPolygons([[c - box.minY + 1, box.minY - 1], [c - box.maxY - 1, box.maxY + 1]], polygons));
  }
  return lines;
}

export interface FrontLine {
  /** Where the line is drawn: pieces of one wavy line, clipped to Ukraine. */
  pieces: Point[][];
  /** Occupied territory (east of the line), as rings to shade. */
  occupied: Point[][];
  /** The share actually used, clamped to 0..1. */
  share: number;
}

function normalise([x, y]: Point): Point {
  const length = Math.hypot(x, y);
  return [x / length, y / length];
}

const dot = (a: Point, b: Point): number => a[0] * b[0] + a[1] * b[1];

/** Area of the polygons' parts on the west side of the line at offset `s` (along EAST). */
function westArea(polygons: readonly Polygon[], s: number): number {
  const origin: Point = [EAST[0] * s, EAST[1] * s];
  // clipRingToHalfPlane keeps the side where cross(direction, p − origin) ≥ 0: with DIRECTION
  // pointing south-west, that is the west side.
  let area = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, i) => {
      area += (i === 0 ? 1 : -1) * ringArea(clipRingToHalfPlane(ring, origin, DIRECTION));
    });
  }
  return area;
}

/** The offset along EAST at which the west part holds `share` of the area (bisection). */
export function frontOffset(polygons: readonly Polygon[], share: number): number {
  const total = polygons.reduce((sum, p) => sum + polygonArea(p), 0);
  const projections = polygons.flatMap((p) => (p[0] ?? []).map((point) => dot(point, EAST)));
  let lo = Math.min(...projections);
  let hi = Math.max(...projections);
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (westArea(polygons, mid) / total < share) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** A gentle deterministic wobble so the line reads as a front, not a ruler line. */
function wobble(t: number): number {
  return 2.2 * Math.sin(t * 0.21) + 1.3 * Math.sin(t * 0.53 + 1.7);
}

export function frontLine(ukraine: readonly Polygon[], share: number): FrontLine {
  const clamped = Math.max(0, Math.min(1, Number.isFinite(share) ? share : 1));
  if (ukraine.length === 0) return { pieces: [], occupied: [], share: clamped };
  const s = frontOffset(ukraine, clamped);
  const box = boundsOf(ukraine.flatMap((p) => p[0] ?? []));
  const centre: Point = [(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2];
  const reach = Math.hypot(box.maxX - box.minX, box.maxY - box.minY);
  // The foot of the line: the point at offset s on the normal through Ukraine's centre.
  const along = dot(centre, DIRECTION);
  const line: Point[] = [];
  for (let t = -reach; t <= reach; t += 3) {
    const offset = s + (clamped > 0 && clamped < 1 ? wobble(t) : 0);
    line.push([DIRECTION[0] * (along + t) + EAST[0] * offset, DIRECTION[1] * (along + t) + EAST[1] * offset]);
  }
  const origin: Point = [EAST[0] * s, EAST[1] * s];
  const back: Point = [-DIRECTION[0], -DIRECTION[1]];
  const occupied = ukraine
    .map((polygon) => clipRingToHalfPlane(polygon[0] ?? [], origin, back))
    .filter((ring) => ring.length >= 3 && ringArea(ring) > 0.5);
  const pieces = clamped >= 1 || clamped <= 0 ? [] : clipPolylineToPolygons(line, ukraine);
  return { pieces, occupied, share: clamped };
}
