/** Which power is under a point of the map (for hover). */
import { POWERS, type PowerId } from "../../../shared/powers";
import type { Point, WorldMap } from "./asset";
import { polygonContains } from "./geometry";

export function insideBox([x, y]: Point, [bx, by, bw, bh]: readonly [number, number, number, number]): boolean {
  return x >= bx && x <= bx + bw && y >= by && y <= by + bh;
}

/** The power whose territory holds the point, or null over the sea, other countries or the insets' margins; the close-up of Ukraine answers with its own shapes. */
export function powerAt(map: WorldMap, point: Point): PowerId | null {
  if (insideBox(point, map.front.box)) {
    return POWERS.find((power) => (map.front.powers[power] ?? []).some((polygon) => polygonContains(polygon, point))) ?? null;
  }
  const inInset = insideBox(point, map.inset.box);
  for (const power of POWERS) {
    if (inInset && power !== "usa") continue;
    if (map.powers[power].some((polygon) => polygonContains(polygon, point))) return power;
  }
  return null;
}
