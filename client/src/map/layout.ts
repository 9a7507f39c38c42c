/**
 * Where each power sits on the placeholder map, and its colour. Colours are from the
 * Okabe–Ito palette, which stays distinguishable with the common colour-vision deficiencies.
 */
import type { PowerId } from "../../../shared/powers";

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 420;

export const POWER_COLOURS: Record<PowerId, number> = {
  russia: 0xd55e00,
  china: 0xcc79a7,
  usa: 0x0072b2,
  ukraine: 0xf0e442,
  eu: 0x009e73,
};

export interface Blob {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Rough places on an equirectangular world: the US far west, Europe and Ukraine centre, Russia north, China east. */
export const POWER_SHAPES: Record<PowerId, Blob> = {
  usa: { x: 130, y: 200, width: 190, height: 110 },
  eu: { x: 340, y: 190, width: 100, height: 80 },
  ukraine: { x: 480, y: 205, width: 64, height: 40 },
  russia: { x: 590, y: 110, width: 300, height: 110 },
  china: { x: 640, y: 250, width: 170, height: 110 },
};

/** Hex string for CSS from a Phaser colour number. */
export function cssColour(colour: number): string {
  return `#${colour.toString(16).padStart(6, "0")}`;
}
