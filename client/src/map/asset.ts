/**
 * The map asset (assets/map/world.json), written by scripts/build-map.ts and read by the
 * client. Coordinates are already projected to map pixels; rings are delta-encoded integers
 * ([x0, y0, dx1, dy1, …]) because small numbers keep the file and its gzip small.
 */
import type { PowerId } from "../../../shared/powers";

export type Point = readonly [number, number];
/** A closed ring of points (the last point is not repeated). */
export type Ring = readonly Point[];
/** An outer ring, then its holes. */
export type Polygon = readonly Ring[];

/** A flat, delta-encoded ring as stored in the file. */
export type EncodedRing = number[];

export interface EncodedMap {
  /** Format version: bump when the shape of the file changes. */
  version: 1;
  width: number;
  height: number;
  /** Each power's polygons (outer ring then holes), the EU already merged into one shape. */
  powers: Record<PowerId, EncodedRing[][]>;
  /** The borders between EU members, as open polylines: drawn faintly inside the merged EU. */
  euBorders: EncodedRing[];
  /** Every other country's outer rings, for the muted background. */
  world: EncodedRing[];
  /** The United States' panel: its box [x, y, width, height] and the countries around it (the US itself is in `powers`). */
  inset: { box: [number, number, number, number]; world: EncodedRing[] };
  /** The close-up of Ukraine where the front is drawn: its box, and every shape in it at that scale. */
  front: { box: [number, number, number, number]; world: EncodedRing[]; powers: Partial<Record<PowerId, EncodedRing[][]>>; kursk: [number, number]; kyiv: [number, number] };
  /** One anchor per power for relation lines (the EU's is Brussels). */
  capitals: Record<PowerId, [number, number]>;
  /** Where each power's name sits: a point well inside its largest shape. */
  labels: Record<PowerId, [number, number]>;
  taiwan: { at: [number, number]; rings: EncodedRing[] };
  /** A point on the Russia–Ukraine border in the Kursk region (main map; the close-up has its own). */
  kursk: [number, number];
}

/** The decoded map the client draws and hit-tests. */
export interface WorldMap {
  width: number;
  height: number;
  powers: Record<PowerId, Polygon[]>;
  euBorders: Ring[];
  world: Ring[];
  inset: { box: readonly [number, number, number, number]; world: Ring[] };
  front: { box: readonly [number, number, number, number]; world: Ring[]; powers: Partial<Record<PowerId, Polygon[]>>; kursk: Point; kyiv: Point };
  capitals: Record<PowerId, Point>;
  labels: Record<PowerId, Point>;
  taiwan: { at: Point; rings: Ring[] };
  kursk: Point;
}

export function encodeRing(ring: Ring): EncodedRing {
  const out: number[] = [];
  let px = 0;
  let py = 0;
  for (const [x, y] of ring) {
    out.push(x - px, y - py);
    px = x;
    py = y;
  }
  return out;
}

export function decodeRing(encoded: readonly number[]): Ring {
  const ring: Point[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    x += encoded[i]!;
    y += encoded[i + 1]!;
    ring.push([x, y]);
  }
  return ring;
}

function mapRecord<T, U>(record: Record<PowerId, T>, f: (value: T) => U): Record<PowerId, U> {
  return { russia: f(record.russia), china: f(record.china), usa: f(record.usa), ukraine: f(record.ukraine), eu: f(record.eu) };
}

export function decodeMap(data: EncodedMap): WorldMap {
  if (data.version !== 1) throw new Error(`map asset version ${String(data.version)} is not supported`);
  return {
    width: data.width,
    height: data.height,
    powers: mapRecord(data.powers, (polygons) => polygons.map((rings) => rings.map(decodeRing))),
    euBorders: data.euBorders.map(decodeRing),
    world: data.world.map(decodeRing),
    inset: { box: data.inset.box, world: data.inset.world.map(decodeRing) },
    front: {
      box: data.front.box,
      world: data.front.world.map(decodeRing),
      powers: Object.fromEntries(Object.entries(data.front.powers).map(([power, polygons]) => [power, polygons.map((rings) => rings.map(decodeRing))])),
      kursk: data.front.kursk,
      kyiv: data.front.kyiv,
    },
    capitals: data.capitals,
    labels: data.labels,
    taiwan: { at: data.taiwan.at, rings: data.taiwan.rings.map(decodeRing) },
    kursk: data.kursk,
  };
}
