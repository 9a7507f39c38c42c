/**
 * Build-time map: Natural Earth shapes (world-atlas 1:50m) → projected, simplified, integer
 * polygons in assets/map/world.json, in three panels: Eurasia, a US inset and a close-up of
 * Ukraine for the front. Run by `npm run build`. The output is deterministic and committed too,
 * so that `npm run dev` and a bare `vite build` find it; a unit test fails if it is stale.
 *
 *   npx tsx scripts/build-map.ts          write the asset
 *   npx tsx scripts/build-map.ts --check  exit 1 if the committed asset is out of date
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { geoConicEqualArea, geoContains, geoStream, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";
import { feature, merge, mesh } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon as TopoPolygon, Topology } from "topojson-specification";
import { encodeRing, type EncodedMap, type EncodedRing, type Point, type Ring } from "../client/src/map/asset";
import { polygonContains, ringArea, signedArea, simplifyLine, simplifyRing } from "../client/src/map/geometry";
import { POWERS, type PowerId } from "../shared/powers";

export const MAP_WIDTH = 1600;
export const MAP_HEIGHT = 840;
/** Douglas–Peucker tolerance in map pixels (the map is shown at about half this size). */
const TOLERANCE = 0.9;
/** Islands smaller than this (in square map pixels) are dropped, except a country's largest. */
const MIN_AREA = 6;

/** The 27 member states of the European Union, by ISO 3166-1 numeric code. */
export const EU_MEMBERS: Record<string, string> = {
  "040": "Austria", "056": "Belgium", "100": "Bulgaria", "191": "Croatia", "196": "Cyprus",
  "203": "Czechia", "208": "Denmark", "233": "Estonia", "246": "Finland", "250": "France",
  "276": "Germany", "300": "Greece", "348": "Hungary", "372": "Ireland", "380": "Italy",
  "428": "Latvia", "440": "Lithuania", "442": "Luxembourg", "470": "Malta", "528": "Netherlands",
  "616": "Poland", "620": "Portugal", "642": "Romania", "703": "Slovakia", "705": "Slovenia",
  "724": "Spain", "752": "Sweden",
};
const POWER_COUNTRIES: Record<Exclude<PowerId, "eu">, string> = { russia: "643", china: "156", usa: "840", ukraine: "804" };
const TAIWAN = "158";
const ANTARCTICA = "010";

/** [longitude, latitude] of each power's capital; the EU's is Brussels. */
const CAPITALS: Record<PowerId, [number, number]> = {
  russia: [37.6173, 55.7558],
  china: [116.4074, 39.9042],
  usa: [-77.0369, 38.9072],
  ukraine: [30.5234, 50.4501],
  eu: [4.3517, 50.8503],
};
/** Where each name is written: chosen by hand, inside the shape and clear of the capitals (Ukraine's in the Black Sea, so it hides no front). */
const LABELS: Record<PowerId, [number, number]> = {
  russia: [95, 62],
  china: [100, 33],
  usa: [-99, 39.5],
  ukraine: [34.5, 43.1],
  eu: [4.5, 47],
};
const TAIPEI: [number, number] = [121.5654, 25.033];
/** The Kursk incursion area (2024–25): the marker sits on the nearest point of the border. */
const KURSK: [number, number] = [35.2, 51.7];
/** Natural Earth draws Crimea as Russian; the game counts it as Ukrainian territory held by Russia. */
const CRIMEA: [number, number] = [34.1, 45.0];

/** The inset that holds the United States, in map pixels: [x, y, width, height]. */
export const INSET_BOX: [number, number, number, number] = [12, 12, 470, 272];
/** The close-up of Ukraine where the front line is drawn, over the empty North Atlantic. */
export const FRONT_BOX: [number, number, number, number] = [12, 296, 332, 270];
/** Ukraine's corners, Crimea included: what the close-up frames. */
const UKRAINE_FRAME: [number, number][] = [[22.1, 48.4], [40.2, 49.6], [33.5, 52.4], [33.5, 44.4], [24, 51.6], [36.5, 45.3]];

/**
 * Two panels, as atlases do: Eurasia from Lisbon to the Pacific in an equal-area conic
 * centred on 45°E (Europe and Ukraine upright and large, Russia and China whole), and the
 * United States in an inset over the empty North Atlantic corner. No single projection
 * frames Washington to Beijing on a 1.9:1 canvas without turning the US on its side.
 */
export function mapProjections(): { main: GeoProjection; inset: GeoProjection; front: GeoProjection } {
  const eurasia: GeoJSON.MultiPoint = {
    type: "MultiPoint",
    coordinates: [[-9.5, 37], [-10.5, 52], [-8, 58], [25, 34.8], [34, 34.5], [109.5, 18.2], [122, 22], [-172, 66], [163, 56], [104, 78], [60, 77]],
  };
  const main = geoConicEqualArea()
    .parallels([40, 65])
    .rotate([-45, 0])
    .precision(0.5)
    .fitExtent([[40, 20], [MAP_WIDTH - 20, MAP_HEIGHT - 10]], eurasia)
    .clipExtent([[-20, -20], [MAP_WIDTH + 20, MAP_HEIGHT + 20]]);
  const [x, y, w, h] = INSET_BOX;
  const usa: GeoJSON.MultiPoint = { type: "MultiPoint", coordinates: [[-124.7, 48.4], [-117, 32.5], [-97.4, 25.8], [-80.5, 25], [-67, 44.8], [-95, 49.4]] };
  const inset = geoConicEqualArea()
    .parallels([29.5, 45.5])
    .rotate([96, 0])
    .precision(0.5)
    .fitExtent([[x + 16, y + 16], [x + w - 16, y + h - 16]], usa)
    .clipExtent([[x, y], [x + w, y + h]]);
  const [fx, fy, fw, fh] = FRONT_BOX;
  const front = geoConicEqualArea()
    .parallels([45, 52])
    .rotate([-31.5, 0])
    .precision(0.3)
    .fitExtent([[fx + 10, fy + 30], [fx + fw - 10, fy + fh - 8]], { type: "MultiPoint", coordinates: UKRAINE_FRAME })
    .clipExtent([[fx, fy], [fx + fw, fy + fh]]);
  return { main, inset, front };
}

type Geometry = TopoPolygon | MultiPolygon;

function projectRings(projection: GeoProjection, object: GeoPermissibleObjects, closed: boolean): Point[][] {
  const rings: Point[][] = [];
  let current: Point[] = [];
  const sink = projection.stream({
    point: (x: number, y: number) => void current.push([x, y]),
    lineStart: () => void (current = []),
    lineEnd: () => void (current.length > 1 && rings.push(current)),
    polygonStart: () => undefined,
    polygonEnd: () => undefined,
    sphere: () => undefined,
  });
  geoStream(object, sink);
  return rings.map((ring) => (closed ? dropClosingPoint(ring) : ring));
}

function dropClosingPoint(ring: Point[]): Point[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first && last && first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : ring;
}

function roundPoint(p: [number, number] | null): [number, number] {
  if (!p) throw new Error("a point of the close-up is off the map");
  return [Math.round(p[0]), Math.round(p[1])];
}

function round(ring: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const [x, y] of ring) {
    const p: Point = [Math.round(x), Math.round(y)];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Simplified, rounded rings; tiny islands dropped but never a shape's largest ring. */
function tidyRings(rings: Point[][]): Ring[] {
  const tidy = rings.map((ring) => round(simplifyRing(ring, TOLERANCE))).filter((ring) => ring.length >= 3);
  const largest = Math.max(0, ...tidy.map(ringArea));
  return tidy.filter((ring) => ringArea(ring) >= Math.min(MIN_AREA, largest));
}

/** Groups rings into polygons: d3 winds outer rings clockwise on screen (positive here), holes the other way. */
function toPolygons(rings: Ring[]): Ring[][] {
  const outers = rings.filter((r) => signedArea(r) > 0).map((r) => [r] as Ring[]);
  for (const hole of rings.filter((r) => signedArea(r) < 0)) {
    const owner = outers.find((polygon) => polygonContains([polygon[0]!], hole[0]!));
    if (owner) owner.push(hole);
  }
  return outers.sort((a, b) => ringArea(b[0]!) - ringArea(a[0]!));
}

function nearestPointOnLines(lines: Point[][], target: Point): Point {
  let best: Point = target;
  let bestDistance = Infinity;
  for (const line of lines) {
    for (const p of line) {
      const d = Math.hypot(p[0] - target[0], p[1] - target[1]);
      if (d < bestDistance) {
        best = p;
        bestDistance = d;
      }
    }
  }
  return best;
}

export function buildMap(topology: Topology): EncodedMap {
  const countries = (topology.objects.countries as GeometryCollection<{ name: string }>).geometries as (Geometry & {
    id?: string;
    properties?: { name: string };
  })[];
  const byId = (id: string): Geometry => {
    const found = countries.find((c) => c.id === id);
    if (!found) throw new Error(`no country ${id} in world-atlas`);
    return found;
  };
  const containsPoint = (geometry: Geometry, point: [number, number]): boolean =>
    geoContains(feature(topology, geometry) as GeoJSON.Feature, point);

  // Move Crimea from Natural Earth's Russia to Ukraine.
  const russia = byId(POWER_COUNTRIES.russia) as MultiPolygon;
  const crimea = russia.arcs.filter((arcs) => containsPoint({ type: "Polygon", arcs }, CRIMEA));
  if (crimea.length !== 1) throw new Error("could not find Crimea in Natural Earth's Russia");
  const russiaWithoutCrimea: MultiPolygon = { type: "MultiPolygon", arcs: russia.arcs.filter((a) => !crimea.includes(a)) };
  const crimeaGeometry: MultiPolygon = { type: "MultiPolygon", arcs: crimea };

  const euGeometries = countries.filter((c) => (c.id !== undefined && c.id in EU_MEMBERS) || c.properties?.name === "N. Cyprus");
  const powerGeometries: Record<PowerId, Geometry[]> = {
    russia: [russiaWithoutCrimea],
    china: [byId(POWER_COUNTRIES.china)],
    usa: [byId(POWER_COUNTRIES.usa)],
    ukraine: [byId(POWER_COUNTRIES.ukraine), crimeaGeometry],
    eu: euGeometries,
  };
  const powerIds = new Set<string>([...Object.values(POWER_COUNTRIES), ...Object.keys(EU_MEMBERS), TAIWAN, ANTARCTICA]);

  const { main, inset, front } = mapProjections();
  const powers = {} as Record<PowerId, EncodedRing[][]>;
  const frontPowers: Partial<Record<PowerId, EncodedRing[][]>> = {};
  for (const power of POWERS) {
    const merged = merge(topology, powerGeometries[power] as never);
    // The US is drawn in its inset, and also where Alaska shows beside Chukotka (the main
    // panel's seam at 135°W throws the Alaskan panhandle to the far left, under the inset).
    const mainRings = projectRings(main, merged, true).filter((ring) => power !== "usa" || ring.every(([x]) => x > MAP_WIDTH / 2));
    const rings = [...mainRings, ...(power === "usa" ? projectRings(inset, merged, true) : [])];
    powers[power] = toPolygons(tidyRings(rings)).map((polygon) => polygon.map(encodeRing));
    const close = toPolygons(tidyRings(projectRings(front, merged, true))).map((polygon) => polygon.map(encodeRing));
    if (close.length > 0) frontPowers[power] = close;
  }

  const euMesh = mesh(topology, { type: "GeometryCollection", geometries: euGeometries } as never, (a, b) => a !== b);
  const euBorders = projectRings(main, euMesh, false)
    .map((line) => round(simplifyLine(line, TOLERANCE)))
    .filter((line) => line.length >= 2)
    .map(encodeRing);

  const world: EncodedRing[] = [];
  const insetWorld: EncodedRing[] = [];
  const frontWorld: EncodedRing[] = [];
  for (const country of countries) {
    if (country.id !== undefined && powerIds.has(country.id)) continue;
    if (euGeometries.includes(country)) continue;
    const shape = feature(topology, country) as GeoPermissibleObjects;
    for (const ring of tidyRings(projectRings(main, shape, true))) if (signedArea(ring) > 0) world.push(encodeRing(ring));
    for (const ring of tidyRings(projectRings(inset, shape, true))) if (signedArea(ring) > 0) insetWorld.push(encodeRing(ring));
    for (const ring of tidyRings(projectRings(front, shape, true))) if (signedArea(ring) > 0) frontWorld.push(encodeRing(ring));
  }

  const project = (lonLat: [number, number]): [number, number] => {
    const p = (lonLat[0] < -50 ? inset : main)(lonLat);
    if (!p) throw new Error(`${lonLat.join(",")} is outside the map`);
    return [Math.round(p[0]), Math.round(p[1])];
  };
  const border = mesh(topology, { type: "GeometryCollection", geometries: [russiaWithoutCrimea, byId(POWER_COUNTRIES.ukraine)] } as never, (a, b) => a !== b);
  const taiwanRings = tidyRings(projectRings(main, feature(topology, byId(TAIWAN)) as GeoPermissibleObjects, true));

  return {
    version: 1,
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    powers,
    euBorders,
    world,
    inset: { box: INSET_BOX, world: insetWorld },
    front: {
      box: FRONT_BOX,
      world: frontWorld,
      powers: frontPowers,
      kursk: [...nearestPointOnLines(projectRings(front, border, false).map(round), roundPoint(front(KURSK)))] as [number, number],
      kyiv: roundPoint(front(CAPITALS.ukraine)),
    },
    capitals: Object.fromEntries(POWERS.map((p) => [p, project(CAPITALS[p])])) as Record<PowerId, [number, number]>,
    labels: Object.fromEntries(POWERS.map((p) => [p, project(LABELS[p])])) as Record<PowerId, [number, number]>,
    taiwan: { at: project(TAIPEI), rings: taiwanRings.map(encodeRing) },
    kursk: [...nearestPointOnLines(projectRings(main, border, false).map(round), project(KURSK))] as [number, number],
  };
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const MAP_ASSET = path.join(ROOT, "assets/map/world.json");

export function buildMapAsset(): string {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology;
  return JSON.stringify(buildMap(topology));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const json = buildMapAsset();
  if (process.argv.includes("--check")) {
    const current = readFileSync(MAP_ASSET, "utf8");
    if (current !== json) {
      console.error("assets/map/world.json is out of date: run `npx tsx scripts/build-map.ts`");
      process.exit(1);
    }
  } else {
    mkdirSync(path.dirname(MAP_ASSET), { recursive: true });
    writeFileSync(MAP_ASSET, json);
  }
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  console.log(`map: ${path.relative(ROOT, MAP_ASSET)} ${kb(Buffer.byteLength(json))} raw, ${kb(gzipSync(json).length)} gzip`);
}
