// Every run of the simulation draws its matches from one seed list: an "arm" (all bots, or one
// power under a policy) is played on a growing prefix of it. Figures that compare two arms read
// the same seeds from both (common random numbers), a figure that needs more matches extends an
// arm instead of replaying it, and no arm is played twice.
import { TWIN, type Focus, type MatchRecord } from "./match";
import type { Pool } from "./pool";
import { playAll, playTwins, seedsFrom } from "./run";
import type { Target } from "./report";
import { pairedDiff } from "./stats";

interface Arm {
  /** Per seed, the arm's record (a twin arm: both policies' records, TWIN's order). */
  records: MatchRecord[][];
  /** The arm's extensions, one after the other. */
  ready: Promise<void>;
}

export class Arms {
  private readonly arms = new Map<string, Arm>();

  constructor(
    private readonly pool: Pool,
    /** The first seed: the arm's i-th match is played on seed `base + i`. */
    readonly base: number,
  ) {}

  /** The arm's records on its first `n` seeds; `focus` undefined (or a power playing its bot) is the all-bot arm. */
  get(focus: Focus | undefined, n: number): Promise<MatchRecord[]> {
    // A focus playing its own bot reproduces the all-bot match exactly (match.ts): one arm.
    const f = focus?.policy.kind === "bot" ? undefined : focus;
    // Keeping every promise and breaking one in the last turn share their turns until the last
    // one: one twin arm plays both (match.ts playTwin).
    const twin = f ? TWIN.findIndex((t) => t.kind === f.policy.kind) : -1;
    const key = f ? (twin >= 0 ? `${f.power} twin` : `${f.power} ${JSON.stringify(f.policy)}`) : "all bots";
    let arm = this.arms.get(key);
    if (!arm) this.arms.set(key, (arm = { records: [], ready: Promise.resolve() }));
    const a = arm;
    a.ready = a.ready.then(async () => {
      if (a.records.length >= n) return;
      const seeds = seedsFrom(this.base + a.records.length, n - a.records.length);
      if (f && twin >= 0) a.records.push(...(await playTwins(this.pool, seeds, f.power)));
      else a.records.push(...(await playAll(this.pool, seeds, f)).map((r) => [r]));
    });
    return a.ready.then(() => a.records.slice(0, n).map((r) => r[Math.max(0, twin)] as MatchRecord));
  }
}

export interface PairedOptions {
  /** Matches per arm to start with. */
  start: number;
  /** Matches per arm at most. */
  max: number;
  /** The standard error of the difference to reach, in the metric's units. */
  se: number;
}

export interface Paired {
  value: number;
  se: number;
  /** Matches per arm it took. */
  n: number;
  a: MatchRecord[];
  b: MatchRecord[];
}

/** Matches per arm to ask for next: where the measured spread says the target is reached (SE falls as 1/√n), at most four times as many. */
export function nextSize(n: number, se: number, target: number, max: number, step: number): number {
  const wanted = Math.ceil(n * (se / target) ** 2 * 1.05);
  const grown = Math.min(4 * n, Math.max(n + step, wanted));
  return Math.min(max, Math.ceil(grown / step) * step);
}

/**
 * The paired difference metric(a) − metric(b) on the same seeds, played in rounds until its
 * standard error is at most `o.se` or both arms have `o.max` matches. The number of matches
 * depends only on the records, so it is the same whatever the worker count.
 */
export async function pairedUntil(arms: Arms, a: Focus | undefined, b: Focus | undefined, metric: (rs: MatchRecord[]) => number[], o: PairedOptions): Promise<Paired> {
  let n = Math.min(o.start, o.max);
  for (;;) {
    const [ra, rb] = await Promise.all([arms.get(a, n), arms.get(b, n)]);
    const d = pairedDiff(metric(ra), metric(rb));
    if (!(d.se > o.se) || n >= o.max) return { ...d, n, a: ra, b: rb };
    n = nextSize(n, d.se, o.se, o.max, o.start);
  }
}

/** Standard errors a reading must lie from every edge of its band for its verdict to be told from noise. */
export const VERDICT_Z = 2;

/** Whether a reading's PASS or FAIL is clear: every edge of its band at least `z` standard errors away. */
export function verdictClear(value: number, se: number, target: Target | undefined, z = VERDICT_Z): boolean {
  if (!target) return true;
  if (!Number.isFinite(value) || !Number.isFinite(se)) return false;
  return [target.min, target.max].every((edge) => edge === undefined || Math.abs(value - edge) >= z * se);
}
