/** How relations and the ceasefire look: colour, thickness and a pattern, so that colour is never the only cue. */
import type { CeasefireStatus } from "./model";
import { formatNumber, t } from "../../../shared/i18n";

export type RelationMood = "hostile" | "tense" | "neutral" | "cordial" | "close";

export interface LineStyle {
  colour: number;
  /** In map pixels (the map is shown at about half size). */
  width: number;
  /** [dash, gap] in map pixels, or null for a solid line. */
  dash: readonly [number, number] | null;
  alpha: number;
}

export interface RelationStyle extends LineStyle {
  mood: RelationMood;
  /** Neutral pairs are left off the map so that the lines that matter stand out. */
  visible: boolean;
}

/** Okabe–Ito orange and sky blue: a pair that stays apart with every common colour-vision deficiency. */
export const HOSTILE_COLOUR = 0xe69f00;
export const FRIENDLY_COLOUR = 0x56b4e9;
export const NEUTRAL_COLOUR = 0xaab4be;

export function relationMood(score: number): RelationMood {
  if (score <= -50) return "hostile";
  if (score < -15) return "tense";
  if (score <= 15) return "neutral";
  if (score < 50) return "cordial";
  return "close";
}

/** A relation as the info card words it: its mood and its score, "hostile (−90)". */
export function relationWords(score: number): string {
  const rounded = Math.round(score);
  return t("ui:map.relation", { mood: t(`ui:map.mood.${relationMood(score)}`), score: `${rounded > 0 ? "+" : ""}${formatNumber(rounded)}` });
}

/** Thicker the further from neutral; hostile lines are dashed, friendly ones solid. */
export function relationStyle(score: number): RelationStyle {
  const clamped = Math.max(-100, Math.min(100, Number.isFinite(score) ? score : 0));
  const mood = relationMood(clamped);
  const width = 3 + (9 * Math.abs(clamped)) / 100;
  if (mood === "neutral") return { mood, visible: false, colour: NEUTRAL_COLOUR, width: 2, dash: [3, 7], alpha: 0.6 };
  const hostile = clamped < 0;
  return {
    mood,
    visible: true,
    colour: hostile ? HOSTILE_COLOUR : FRIENDLY_COLOUR,
    width,
    dash: hostile ? [16, 9] : null,
    alpha: mood === "tense" || mood === "cordial" ? 0.85 : 1,
  };
}

export type FrontMarker = "none" | "cross" | "question" | "bar";

export interface FrontLineStyle extends LineStyle {
  /** Drawn at intervals on the line: crosses for a breach, question marks for accusations, bars for a truce. */
  marker: FrontMarker;
  /** Words for the legend and for screen readers. */
  label: string;
}

export function ceasefireStyle(status: CeasefireStatus): FrontLineStyle {
  switch (status) {
    case "none":
      return { colour: 0xffffff, width: 6, dash: null, alpha: 1, marker: "none", label: t("ui:map.front.none") };
    case "in-force":
      return { colour: FRIENDLY_COLOUR, width: 6, dash: [14, 8], alpha: 1, marker: "bar", label: t("ui:map.front.inForce") };
    case "breached":
      return { colour: 0xffffff, width: 7, dash: null, alpha: 1, marker: "cross", label: t("ui:map.front.breached") };
    case "accusations":
      return { colour: HOSTILE_COLOUR, width: 6, dash: [6, 6], alpha: 1, marker: "question", label: t("ui:map.front.accusations") };
  }
}
