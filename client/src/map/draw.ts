/** Phaser drawing of the map's layers from plain geometry; every decision comes from the pure modules. */
import type Phaser from "phaser";
import { POWERS, type PowerId } from "../../../shared/powers";
import type { Point, WorldMap } from "./asset";
import { frontLine, hatching, type FrontLine } from "./frontLine";
import { dashPolyline, pointAlong, polylineLength } from "./geometry";
import { allPairs, relationOf, type MapModel } from "./model";
import { CASING, INSET_FRAME, LAND, LAND_BORDER, MARKER, POWER_COLOURS, SEA } from "./palette";
import { ceasefireStyle, relationStyle, type LineStyle } from "./styles";

type Graphics = Phaser.GameObjects.Graphics;
type Vectors = Phaser.Math.Vector2[];

/** Phaser reads only x and y from the points it is given. */
function vectors(ring: readonly Point[]): Vectors {
  return ring.map(([x, y]) => ({ x, y })) as unknown as Vectors;
}

/** The rings of the map as Phaser points, made once. */
export interface PreparedMap {
  world: Vectors[];
  insetWorld: Vectors[];
  powers: Record<PowerId, Vectors[]>;
  euBorders: Vectors[];
  taiwan: Vectors[];
  front: { world: Vectors[]; powers: Partial<Record<PowerId, Vectors[]>> };
}

export function prepare(map: WorldMap): PreparedMap {
  const outers = (power: PowerId): Vectors[] => map.powers[power].map((polygon) => vectors(polygon[0] ?? []));
  return {
    world: map.world.map(vectors),
    insetWorld: map.inset.world.map(vectors),
    powers: { russia: outers("russia"), china: outers("china"), usa: outers("usa"), ukraine: outers("ukraine"), eu: outers("eu") },
    euBorders: map.euBorders.map(vectors),
    taiwan: map.taiwan.rings.map(vectors),
    front: {
      world: map.front.world.map(vectors),
      powers: Object.fromEntries(Object.entries(map.front.powers).map(([power, polygons]) => [power, polygons.map((polygon) => vectors(polygon[0] ?? []))])),
    },
  };
}

function fillAll(g: Graphics, rings: Vectors[], colour: number, alpha = 1): void {
  g.fillStyle(colour, alpha);
  for (const ring of rings) g.fillPoints(ring, true);
}

function strokeAll(g: Graphics, rings: Vectors[], width: number, colour: number, closed: boolean, alpha = 1): void {
  g.lineStyle(width, colour, alpha);
  for (const ring of rings) g.strokePoints(ring, closed, closed);
}

/** Land, powers, the US inset and Taiwan: drawn once. */
export function drawBase(g: Graphics, map: WorldMap, p: PreparedMap): void {
  g.clear();
  g.fillStyle(SEA, 1).fillRect(0, 0, map.width, map.height);
  for (const power of POWERS) if (power !== "usa") fillAll(g, p.powers[power], POWER_COLOURS[power]);
  // Other countries after the powers, so that enclaves (Switzerland in the EU) show.
  fillAll(g, p.world, LAND);
  strokeAll(g, p.world, 1.2, LAND_BORDER, true);
  strokeAll(g, p.euBorders, 1.4, 0x006d50, false);
  for (const power of POWERS) if (power !== "usa") strokeAll(g, p.powers[power], 1.6, CASING, true, 0.9);
  fillAll(g, p.taiwan, LAND);
  strokeAll(g, p.taiwan, 2.5, MARKER, true);

  drawPanel(g, map.front.box, () => {
    for (const power of POWERS) fillAll(g, p.front.powers[power] ?? [], POWER_COLOURS[power]);
    fillAll(g, p.front.world, LAND);
    strokeAll(g, p.front.world, 1.5, LAND_BORDER, true);
    for (const power of POWERS) strokeAll(g, p.front.powers[power] ?? [], 2, CASING, true, 0.9);
  });
  // A callout from the close-up to Ukraine on the map.
  const [fx, fy, fw, fh] = map.front.box;
  const ukraine = map.capitals.ukraine;
  g.lineStyle(2, INSET_FRAME, 0.9).lineBetween(fx + fw, fy + fh * 0.75, ukraine[0] - 40, ukraine[1] - 10);

  const [x, y, w, h] = map.inset.box;
  g.fillStyle(SEA, 1).fillRect(x, y, w, h);
  fillAll(g, p.insetWorld, LAND);
  strokeAll(g, p.insetWorld, 1.2, LAND_BORDER, true);
  fillAll(g, p.powers.usa, POWER_COLOURS.usa);
  strokeAll(g, p.powers.usa, 1.6, CASING, true, 0.9);
  g.lineStyle(3, INSET_FRAME, 1).strokeRect(x, y, w, h);
}

/** A framed panel over the main map: sea, then what `draw` adds, then the frame. */
function drawPanel(g: Graphics, [x, y, w, h]: readonly [number, number, number, number], draw: () => void): void {
  g.fillStyle(SEA, 1).fillRect(x, y, w, h);
  draw();
  g.lineStyle(3, INSET_FRAME, 1).strokeRect(x, y, w, h);
}

function strokeStyled(g: Graphics, line: readonly Point[], style: LineStyle): void {
  const pieces = style.dash ? dashPolyline(line, style.dash[0], style.dash[1]) : [line];
  g.lineStyle(style.width + 4, CASING, 0.85 * style.alpha);
  for (const piece of pieces) g.strokePoints(vectors(piece));
  g.lineStyle(style.width, style.colour, style.alpha);
  for (const piece of pieces) g.strokePoints(vectors(piece));
}

/** A relation line leaves the capitals' dots clear, so the dots stay readable. */
function shortened(a: Point, b: Point, by: number): Point[] {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (length <= 2 * by) return [a, b];
  const t = by / length;
  return [
    [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t],
    [b[0] - (b[0] - a[0]) * t, b[1] - (b[1] - a[1]) * t],
  ];
}

interface Fronts {
  share: number;
  front: FrontLine;
  close: FrontLine;
  hatches: Point[][];
}
let lastFronts: Fronts | null = null;
let lastMap: WorldMap | null = null;

/** The front on the main map and in the close-up; kept while the share stays, since hover redraws often. */
function frontsFor(map: WorldMap, share: number): Fronts {
  if (lastFronts && lastFronts.share === share && lastMap === map) return lastFronts;
  const front = frontLine(map.powers.ukraine, share);
  const close = frontLine(map.front.powers.ukraine ?? [], share);
  lastMap = map;
  lastFronts = { share, front, close, hatches: [...hatching(front.occupied, 9), ...hatching(close.occupied, 9)] };
  return lastFronts;
}

/** Everything that follows the game: relations, the front, capitals, markers, the highlight. */
export function drawState(g: Graphics, map: WorldMap, p: PreparedMap, model: MapModel, highlight: PowerId | null): void {
  g.clear();
  // Occupied Ukraine: Russia's colour half-mixed in, hatched so it differs from Russia itself.
  const { front, close, hatches } = frontsFor(map, model.frontLine);
  for (const occupied of [front.occupied, close.occupied]) fillAll(g, occupied.map(vectors), POWER_COLOURS.russia, 0.55);
  g.lineStyle(2, CASING, 0.55);
  for (const line of hatches) g.strokePoints(vectors(line));
  strokeAll(g, [...p.powers.ukraine, ...(p.front.powers.ukraine ?? [])], 2, CASING, true);

  for (const [a, b] of allPairs()) {
    const style = relationStyle(relationOf(model, a, b));
    if (style.visible) strokeStyled(g, shortened(map.capitals[a], map.capitals[b], 12), style);
  }

  const status = ceasefireStyle(model.ceasefire);
  for (const piece of front.pieces) strokeStyled(g, piece, { ...status, width: 3, dash: null });
  for (const piece of close.pieces) {
    strokeStyled(g, piece, status);
    const length = polylineLength(piece);
    for (let d = 18; d < length - 10; d += 44) drawFrontMarker(g, pointAlong(piece, d), status.marker);
  }

  if (highlight) {
    const rings = [...p.powers[highlight], ...(p.front.powers[highlight] ?? [])];
    strokeAll(g, rings, 7, CASING, true);
    strokeAll(g, rings, 3.5, MARKER, true);
  }

  for (const [x, y] of [...Object.values(map.capitals), map.front.kyiv]) {
    g.fillStyle(CASING, 1).fillCircle(x, y, 10);
    g.fillStyle(MARKER, 1).fillCircle(x, y, 6.5);
  }
  const [kx, ky] = map.front.kursk;
  g.lineStyle(6, CASING, 1).strokeCircle(kx, ky, 9);
  g.lineStyle(3, MARKER, 1).strokeCircle(kx, ky, 9);
}

function drawFrontMarker(g: Graphics, [x, y]: Point, marker: string): void {
  if (marker === "cross") {
    g.lineStyle(7, CASING, 1).lineBetween(x - 7, y - 7, x + 7, y + 7).lineBetween(x - 7, y + 7, x + 7, y - 7);
    g.lineStyle(3.5, 0xff6e6e, 1).lineBetween(x - 7, y - 7, x + 7, y + 7).lineBetween(x - 7, y + 7, x + 7, y - 7);
  } else if (marker === "question") {
    g.fillStyle(CASING, 1).fillCircle(x, y, 7);
    g.lineStyle(2.5, 0xe69f00, 1).strokeCircle(x, y, 7);
  } else if (marker === "bar") {
    g.fillStyle(CASING, 1).fillRect(x - 3, y - 9, 6, 18);
    g.fillStyle(0x56b4e9, 1).fillRect(x - 1.5, y - 7.5, 3, 15);
  }
}
