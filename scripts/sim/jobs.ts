// A job is a slice of matches that a worker thread plays: plain data in, plain data out.
import { playMatch, type Focus, type MatchRecord } from "./match";
import { trustTrial, type TrustRecord } from "./trust";

export type Job =
  | { kind: "matches"; seeds: number[]; focus?: Focus }
  | { kind: "trust"; seeds: number[] };

export type JobResult = { kind: "matches"; records: MatchRecord[] } | { kind: "trust"; records: TrustRecord[] };

export function runJob(job: Job): JobResult {
  if (job.kind === "trust") return { kind: "trust", records: job.seeds.map(trustTrial) };
  return { kind: "matches", records: job.seeds.map((seed) => playMatch(seed, job.focus)) };
}
