// Splits a run of matches into jobs for the pool and puts the records back in seed order.
import type { PowerId } from "../../shared/game/index";
import type { Focus, MatchRecord } from "./match";
import type { Pool } from "./pool";
import type { TrustRecord } from "./trust";

/** Matches per job: small enough to keep both workers busy, large enough to cost little in messages. */
export const CHUNK = 10;

export function seedsFrom(base: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => base + i);
}

function chunks(seeds: number[], size: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < seeds.length; i += size) out.push(seeds.slice(i, i + size));
  return out;
}

export async function playAll(pool: Pool, seeds: number[], focus?: Focus, chunk = CHUNK): Promise<MatchRecord[]> {
  const results = await pool.runAll(chunks(seeds, chunk).map((s) => (focus ? { kind: "matches" as const, seeds: s, focus } : { kind: "matches" as const, seeds: s })));
  return results.flatMap((r) => (r.kind === "matches" ? r.records : []));
}

/** Twin matches (match.ts playTwin): per seed, the record keeping every promise and the one breaking one in the last turn. */
export async function playTwins(pool: Pool, seeds: number[], power: PowerId, chunk = CHUNK): Promise<[MatchRecord, MatchRecord][]> {
  const results = await pool.runAll(chunks(seeds, chunk).map((s) => ({ kind: "twin" as const, seeds: s, power })));
  return results.flatMap((r) => (r.kind === "twin" ? r.records : []));
}

export async function trustAll(pool: Pool, seeds: number[]): Promise<TrustRecord[]> {
  const results = await pool.runAll(chunks(seeds, CHUNK).map((s) => ({ kind: "trust" as const, seeds: s })));
  return results.flatMap((r) => (r.kind === "trust" ? r.records : []));
}
