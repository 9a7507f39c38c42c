/**
 * What the map shows, as plain data. The rest of the client fills it from the server's state;
 * the map only draws it. Numbers are the engine's (meters 0..100, relations −100..100) except
 * `frontLine`, a share 0..1.
 */
import { POWERS, type PowerId } from "../../../shared/powers";

export type CeasefireStatus = "none" | "in-force" | "breached" | "accusations";
export type Sector = "energy" | "finance" | "technology" | "trade";
export type AidKind = "military" | "economic" | "humanitarian" | "dualUse";

export interface Meter {
  /** 0..100. */
  value: number;
  /** What the meter is called for this power, e.g. "Economy", "Military strength". */
  label: string;
  /** Change over the last resolved turn, if known. */
  trend?: number;
}

export interface PublicMeters {
  economy: Meter;
  support: Meter;
  standing: Meter;
  /** The power's own meter (military strength, unity, trade exposure, political capital). */
  own: Meter;
}

/** Relations are symmetric; the key is the two ids in POWERS order joined by "|" (as the engine's PairKey). */
export type PairKey = `${PowerId}|${PowerId}`;

export interface SanctionInForce {
  from: PowerId;
  to: PowerId;
  sector: Sector;
}

export interface AidFlow {
  from: PowerId;
  to: PowerId;
  kind: AidKind;
}

export interface Summit {
  a: PowerId;
  b: PowerId;
}

export interface MapModel {
  /** A power without meters (not yet known) shows "No public figures yet". */
  meters: Partial<Record<PowerId, PublicMeters>>;
  /** −100..100 per pair; a missing pair is drawn as neutral (0). */
  relations: Partial<Record<PairKey, number>>;
  /** Share of Ukraine's territory that Ukraine holds, 0..1. */
  frontLine: number;
  ceasefire: CeasefireStatus;
  sanctions: readonly SanctionInForce[];
  aid: readonly AidFlow[];
  /** Summits and state visits of this turn. */
  summits: readonly Summit[];
  /** Powers whose statement is in for this turn. */
  spoken: ReadonlySet<PowerId>;
}

export function pairKey(a: PowerId, b: PowerId): PairKey {
  return POWERS.indexOf(a) <= POWERS.indexOf(b) ? `${a}|${b}` : `${b}|${a}`;
}

/** Every unordered pair of distinct powers, in POWERS order. */
export function allPairs(): [PowerId, PowerId][] {
  return POWERS.flatMap((a, i) => POWERS.slice(i + 1).map((b) => [a, b] as [PowerId, PowerId]));
}

export function relationOf(model: MapModel, a: PowerId, b: PowerId): number {
  return model.relations[pairKey(a, b)] ?? 0;
}

const meter = (value: number, label: string, trend = 0): Meter => ({ value, label, trend });

/** A believable mid-match state (May 2025), for tests, the benchmark and the skeleton. */
export const SAMPLE_MAP_MODEL: MapModel = {
  meters: {
    russia: { economy: meter(44, "Economy", -2), support: meter(66, "Support"), standing: meter(28, "Standing", -1), own: meter(72, "Military strength", 1) },
    china: { economy: meter(70, "Economy"), support: meter(74, "Support"), standing: meter(55, "Standing", 2), own: meter(48, "Trade exposure") },
    usa: { economy: meter(68, "Economy", 1), support: meter(46, "Support", -3), standing: meter(57, "Standing"), own: meter(61, "Political capital") },
    ukraine: { economy: meter(31, "Economy"), support: meter(70, "Support", 1), standing: meter(69, "Standing", 2), own: meter(54, "Military strength", -1) },
    eu: { economy: meter(58, "Economy"), support: meter(52, "Support"), standing: meter(63, "Standing"), own: meter(49, "Unity", -2) },
  },
  relations: {
    "russia|china": 55,
    "russia|usa": -30,
    "russia|ukraine": -90,
    "russia|eu": -70,
    "china|usa": -45,
    "china|ukraine": -5,
    "china|eu": 10,
    "usa|ukraine": 35,
    "usa|eu": 40,
    "ukraine|eu": 80,
  },
  frontLine: 0.81,
  ceasefire: "accusations",
  sanctions: [
    { from: "eu", to: "russia", sector: "energy" },
    { from: "eu", to: "russia", sector: "finance" },
    { from: "usa", to: "russia", sector: "technology" },
    { from: "usa", to: "china", sector: "trade" },
  ],
  aid: [
    { from: "eu", to: "ukraine", kind: "economic" },
    { from: "usa", to: "ukraine", kind: "military" },
  ],
  summits: [{ a: "russia", b: "china" }],
  spoken: new Set(),
};
