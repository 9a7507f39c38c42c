/**
 * Pace presets: how long each timed phase of a turn lasts, and for a short lesson how many turns
 * are played. The host picks one in the lobby and may change any duration. Figures in seconds.
 */
import { z } from "zod";

export const TIMED_PHASES = ["briefing", "negotiation", "orders", "resolution"] as const;
export type TimedPhase = (typeof TIMED_PHASES)[number];
export type Durations = Record<TimedPhase, number>;

export const PRESETS = {
  /**
   * 6 turns × 350 s = 35 minutes: a 50-minute lesson with a quarter of an hour to brief and
   * debrief (docs/teaching.md's plan, checked against this by a test). Turns are cut rather than
   * phases: a class new to the game needs its time to negotiate.
   */
  lesson: { briefing: 30, negotiation: 150, orders: 120, resolution: 50 },
  /** 8 turns × 345 s ≈ 46 minutes: a longer class period or a double lesson. */
  classroom: { briefing: 30, negotiation: 150, orders: 120, resolution: 45 },
  /** 8 turns × 435 s ≈ 58 minutes: an evening among friends. */
  evening: { briefing: 45, negotiation: 210, orders: 120, resolution: 60 },
  /** A match over days: a day to negotiate, half a day to give orders. */
  slow: { briefing: 3_600, negotiation: 86_400, orders: 43_200, resolution: 3_600 },
} as const satisfies Record<string, Durations>;
export type PresetId = keyof typeof PRESETS;
export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

/** Presets that play only the scenario's first turns; the others play all of them. */
const PRESET_TURNS: Partial<Record<PresetId, number>> = { lesson: 6 };

/** Turns a match under this preset plays, out of the scenario's `scenarioTurns`. */
export function presetTurns(id: PresetId, scenarioTurns: number): number {
  return Math.min(PRESET_TURNS[id] ?? scenarioTurns, scenarioTurns);
}

/** Time to play a whole match under this preset's durations, if no phase ends early. */
export function playSeconds(id: PresetId, scenarioTurns: number): number {
  return turnSeconds(PRESETS[id]) * presetTurns(id, scenarioTurns);
}

/** Bounds on any one phase: ten seconds to a week. */
export const MIN_PHASE_SECONDS = 10;
export const MAX_PHASE_SECONDS = 7 * 86_400;
export const PhaseSecondsSchema = z.number().int().min(MIN_PHASE_SECONDS).max(MAX_PHASE_SECONDS);

/** Longest extension the host can give in one go: a day. */
export const MAX_EXTENSION_SECONDS = 86_400;

export function turnSeconds(d: Durations): number {
  return TIMED_PHASES.reduce((sum, p) => sum + d[p], 0);
}
