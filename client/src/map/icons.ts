/**
 * Where the icons for sanctions and tariffs, aid and summits go: on the line between the two
 * capitals (one per imposer and target for sanctions, a little nearer the target; aid and summits mid-way), pushed along the line until
 * they overlap no other icon, capital, name or inset, and beside it when the line is full.
 */
import type { PowerId } from "../../../shared/powers";
import { t } from "../../../shared/i18n";
import { listWords, powerName } from "../logic/format";
import type { Point } from "./asset";
import type { AidKind, MapModel, Sector } from "./model";

export type IconKind = "sanction" | "aid" | "summit";

export interface MapIcon {
  kind: IconKind;
  from: PowerId;
  to: PowerId;
  at: Point;
  /** One or two characters shown in the icon. */
  glyph: string;
  /** The full words, in the page's language: for the tooltip, screen readers and the map key's list. */
  label: string;
}

/**
 * The overlay sizes its words and icons in container units (map.css), so their size in map
 * pixels hardly depends on how large the map is shown: an icon is 3.4% of the map's width.
 */
export const ICON_SPACING = 58;
/** A name's font size in map pixels (2.2% of the width) and the chip's padding around it. */
const LABEL_FONT = 0.022 * 1600;
/** A rectangle icons keep out of: a power's name, or an inset. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a power's name chip roughly covers the map (bold text, centred on its anchor). */
export function labelBox(name: string, [x, y]: Point): Box {
  const width = name.length * 0.6 * LABEL_FONT + 0.9 * LABEL_FONT;
  const height = 1.6 * LABEL_FONT;
  return { x: x - width / 2, y: y - height / 2, width, height };
}

function clearOf(box: Box, [x, y]: Point, margin: number): boolean {
  return x < box.x - margin || x > box.x + box.width + margin || y < box.y - margin || y > box.y + box.height + margin;
}
const CAPITAL_CLEARANCE = 36;

const SECTOR_GLYPHS: Record<Sector, string> = { energy: "En", finance: "Fi", technology: "Te", trade: "%" };
const AID_GLYPHS: Record<AidKind, string> = { military: "M", economic: "$", humanitarian: "+", dualUse: "D" };

interface Wanted {
  kind: IconKind;
  from: PowerId;
  to: PowerId;
  t: number;
  glyph: string;
  label: string;
}

/** One icon per imposer and target, however many sectors: the label lists them. */
function sanctionIcons(model: MapModel): Wanted[] {
  const byPair = new Map<string, { from: PowerId; to: PowerId; sectors: Sector[] }>();
  for (const s of model.sanctions) {
    const key = `${s.from}>${s.to}`;
    const entry = byPair.get(key) ?? { from: s.from, to: s.to, sectors: [] };
    if (!entry.sectors.includes(s.sector)) entry.sectors.push(s.sector);
    byPair.set(key, entry);
  }
  return [...byPair.values()].map(({ from, to, sectors }) => ({
    kind: "sanction",
    from,
    to,
    t: 0.6,
    glyph: sectors.length === 1 ? SECTOR_GLYPHS[sectors[0]!] : `×${sectors.length}`,
    label: t("ui:map.sanction", { who: powerName(from), to, what: listWords(sectors.map((s) => t(`news:term.sanctions.${s}`))) }),
  }));
}

function wanted(model: MapModel): Wanted[] {
  return [
    ...sanctionIcons(model),
    ...model.aid.map((a): Wanted => ({ kind: "aid", from: a.from, to: a.to, t: 0.5, glyph: AID_GLYPHS[a.kind], label: t(`ui:map.aid.${a.kind}`, { who: powerName(a.from), to: a.to }) })),
    ...model.summits.map((s): Wanted => ({ kind: "summit", from: s.a, to: s.b, t: 0.5, glyph: "★", label: t("ui:map.summit", { a: s.a, b: s.b }) })),
  ];
}

/** What each icon on the map means, in words, in the order they are placed (the map key lists them for touch screens). */
export function iconMeanings(model: MapModel): string[] {
  return wanted(model)
    .filter((w) => w.from !== w.to)
    .map((w) => w.label);
}

const lerp = (a: Point, b: Point, t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
const distance = (a: Point, b: Point): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

export function placeIcons(capitals: Record<PowerId, Point>, model: MapModel, keepOut: readonly Box[] = []): MapIcon[] {
  const placed: MapIcon[] = [];
  const anchors = Object.values(capitals);
  for (const want of wanted(model)) {
    if (want.from === want.to) continue;
    const a = capitals[want.from];
    const b = capitals[want.to];
    const length = Math.max(1, distance(a, b));
    const step = (ICON_SPACING * 0.5) / length;
    const free = (p: Point): boolean =>
      placed.every((icon) => distance(icon.at, p) >= ICON_SPACING) &&
      anchors.every((c) => distance(c, p) >= CAPITAL_CLEARANCE) &&
      keepOut.every((box) => clearOf(box, p, ICON_SPACING / 2));
    // Try the wanted spot, then alternately further along and back on the line; when the line
    // is full, the same along rows beside it.
    const normal: Point = [-(b[1] - a[1]) / length, (b[0] - a[0]) / length];
    let at = lerp(a, b, want.t);
    search: for (const row of [0, 1, -1, 2, -2]) {
      for (let k = 0; k < 60; k++) {
        const t = want.t + (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * step;
        if (t < 0.05 || t > 0.95) continue;
        const [x, y] = lerp(a, b, t);
        const p: Point = [x + normal[0] * row * ICON_SPACING, y + normal[1] * row * ICON_SPACING];
        if (free(p)) {
          at = p;
          break search;
        }
      }
    }
    placed.push({ kind: want.kind, from: want.from, to: want.to, at, glyph: want.glyph, label: want.label });
  }
  return placed;
}
