/**
 * What changed between two map models, as places to pulse: the resolution of a turn shows on
 * the map where it happened while its news appears.
 */
import type { PowerId } from "../../../shared/powers";
import type { Point, WorldMap } from "./asset";
import { placeIcons, type Box } from "./icons";
import { allPairs, relationOf, type MapModel } from "./model";
import { relationMood } from "./styles";

export interface Pulse {
  at: Point;
  /** Why, in words: for tests and for anyone reading a trace. */
  what: string;
}

/** A relation that moves this much, or changes mood, pulses at the middle of its line. */
const RELATION_STEP = 5;

const mid = (a: Point, b: Point): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];

export function changedPlaces(world: WorldMap, before: MapModel, after: MapModel, keepOut: readonly Box[] = []): Pulse[] {
  const pulses: Pulse[] = [];
  for (const [a, b] of allPairs()) {
    const was = relationOf(before, a, b);
    const now = relationOf(after, a, b);
    if (Math.abs(now - was) >= RELATION_STEP || relationMood(now) !== relationMood(was)) {
      pulses.push({ at: mid(world.capitals[a], world.capitals[b]), what: `relation ${a}|${b}` });
    }
  }
  const iconKey = (i: { kind: string; from: PowerId; to: PowerId; label: string }): string => `${i.kind}:${i.from}>${i.to}:${i.label}`;
  const old = new Set(placeIcons(world.capitals, before, keepOut).map(iconKey));
  for (const icon of placeIcons(world.capitals, after, keepOut)) {
    if (!old.has(iconKey(icon))) pulses.push({ at: icon.at, what: `${icon.kind} ${icon.label}` });
  }
  if (Math.abs(after.frontLine - before.frontLine) >= 0.005 || after.ceasefire !== before.ceasefire) {
    const [x, y, w, h] = world.front.box;
    pulses.push({ at: [x + w * 0.7, y + h * 0.55], what: "front" });
  }
  return pulses;
}
