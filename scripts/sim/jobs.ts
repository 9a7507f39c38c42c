// A job is a slice of matches that a worker thread plays: plain data in, plain data out.
import { playMatch, playTwin, type Focus, type MatchRecord } from "./match";
import type { PowerId } from "../../shared/game/index";
import { trustTrial, type TrustRecord } from "./trust";

export type Job =
  | { kind: "matches"; seeds: number[]; focus?: Focus }
  | { kind: "twin"; seeds: number[]; power: PowerId }
  | { kind: "trust"; seeds: number[] };

export type JobResult =
  | { kind: "matches"; records: MatchRecord[] }
  | { kind: "twin"; records: [MatchRecord, MatchRecord][] }
  | { kind: "trust"; records: TrustRecord[] };

export function runJob(job: Job): JobResult {
  if (job.kind === "trust") return { kind: "trust", records: job.seeds.map(trustTrial) };
  if (job.kind === "twin") return { kind: "twin", records: job.seeds.map((seed) => playTwin(seed, job.power)) };
  return { kind: "matches", records: job.seeds.map((seed) => playMatch(seed, job.focus)) };
}
