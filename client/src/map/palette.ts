/**
 * Colours of the map. Powers use the Okabe–Ito palette, which stays distinguishable with the
 * common colour-vision deficiencies; contrast is checked with the WCAG formulas below.
 */
import type { PowerId } from "../../../shared/powers";

export const POWER_COLOURS: Record<PowerId, number> = {
  russia: 0xd55e00,
  china: 0xcc79a7,
  usa: 0x0072b2,
  ukraine: 0xf0e442,
  eu: 0x009e73,
};

export const SEA = 0x16212b;
export const LAND = 0x35414e;
export const LAND_BORDER = 0x56626f;
export const INSET_FRAME = 0x8796a5;
/** Under every line, so it reads over any country colour. */
export const CASING = 0x0b1117;
export const MARKER = 0xffffff;
/** The panel behind the map's DOM text (labels, info card). */
export const TEXT_BACKGROUND = 0x0b1117;
/** Words for a neutral relation in the info card. */
export const NEUTRAL_TEXT = 0xd6dde4;

/** Hex string for CSS from a colour number. */
export function cssColour(colour: number): string {
  return `#${colour.toString(16).padStart(6, "0")}`;
}

/** WCAG 2 relative luminance of an sRGB colour. */
export function relativeLuminance(colour: number): number {
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((colour >> 16) & 0xff) + 0.7152 * channel((colour >> 8) & 0xff) + 0.0722 * channel(colour & 0xff);
}

/** WCAG 2 contrast ratio, 1..21. */
export function contrastRatio(a: number, b: number): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
