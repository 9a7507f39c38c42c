/** The committed map asset, decoded, and the build's projections to place real places on it. */
import { readFileSync } from "node:fs";
import { decodeMap, type EncodedMap, type Point } from "../../../client/src/map/asset";
import { mapProjections } from "../../../scripts/build-map";

export const ENCODED = JSON.parse(readFileSync("assets/map/world.json", "utf8")) as EncodedMap;
export const WORLD = decodeMap(ENCODED);

const { main, inset } = mapProjections();
/** Where a [longitude, latitude] lands on the map (the Americas in the inset). */
export function place(lonLat: [number, number]): Point {
  const p = (lonLat[0] < -50 ? inset : main)(lonLat);
  if (!p) throw new Error(`${lonLat.join(",")} is off the map`);
  return [p[0], p[1]];
}
