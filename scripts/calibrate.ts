// Where each goal's threshold sits in what bots actually reach: `npm run calibrate [-- --matches 400 --seed 1]`.
// `--fit R` first moves every threshold, R rounds in a row, toward the quantile that would give
// its target rate (a public goal met in half of the matches, a secret objective in a quarter of
// them whether drawn or not; a test inside an "all" of two at the square root of that), because
// bots chase thresholds and a threshold moved changes what they reach; it then prints the fitted
// thresholds to copy into the scenario by hand.
// For every public goal and secret objective, each numeric test inside its condition is measured at
// the end of all-bot matches, and its quantiles are printed beside the threshold and the share of
// matches meeting it (secret objectives: when drawn and when not). It prints figures only; the
// scenario's numbers are changed by hand, deliberately, and checked again with `npm run simulate`.
import { relation } from "../shared/game/draft";
import { totalSanctions } from "../shared/game/sanctions";
import { trustIn } from "../shared/game/scoring";
import { POWERS, evaluate, type Condition, type MatchState, type Objective } from "../shared/game/index";
import { SCENARIO, playState } from "./sim/match";

function num(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}

/** The quantity a numeric test reads, or null for tests that are not a number against a bound. */
function quantity(s: MatchState, c: Condition): number | null {
  const start = s.scenario;
  switch (c.kind) {
    case "meter":
      return s.powers[c.power].meters[c.meter];
    case "meterChange":
      return s.powers[c.power].meters[c.meter] - start.powers[c.power].start[c.meter];
    case "world":
      return s.world[c.key];
    case "worldChange":
      return s.world[c.key] - start.world[c.key];
    case "relation":
      return relation(s, c.a, c.b);
    case "trustIn":
      return trustIn(s, c.power);
    case "sanctionLevel":
      return totalSanctions(s, c.target, c.imposer);
    case "tally":
      return s.tallies[c.key] ?? 0;
    default:
      return null;
  }
}

function leaves(c: Condition): Condition[] {
  return c.kind === "all" || c.kind === "any" ? c.of.flatMap(leaves) : [c];
}

function bound(c: Condition): string {
  const b = c as { atLeast?: number; atMost?: number };
  return [b.atLeast !== undefined ? `≥ ${b.atLeast}` : "", b.atMost !== undefined ? `≤ ${b.atMost}` : ""].filter(Boolean).join(" ");
}

function quantiles(xs: number[]): string {
  const sorted = [...xs].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  return [0.1, 0.25, 0.5, 0.75, 0.9].map((p) => q(p).toFixed(1).padStart(6)).join(" ");
}

const matches = num("matches", 400);
const seed = num("seed", 1);
const t0 = performance.now();
const play = () => Array.from({ length: matches }, (_, i) => playState(seed + i));

function quantile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(p * sorted.length)))] ?? NaN;
}

/** Rounds a fitted threshold the way people read the quantity. */
function tidy(c: Condition, x: number): number {
  return c.kind === "world" || c.kind === "worldChange" ? Math.round(x * 10) / 10 : Math.round(x);
}

function fitRound(finals: MatchState[]): void {
  for (const p of POWERS) {
    const spec = SCENARIO.powers[p];
    const goals = [...spec.publicGoals.map((o) => ({ o, rate: 0.5 })), ...spec.secretObjectives.map((o) => ({ o, rate: 0.25 }))];
    for (const { o, rate } of goals) {
      const ls = leaves(o.condition);
      const each = o.condition.kind === "all" ? rate ** (1 / ls.length) : rate;
      for (const leaf of ls) {
        const xs = finals.map((s) => quantity(s, leaf)).filter((x): x is number => x !== null);
        if (xs.length === 0) continue;
        const b = leaf as { atLeast?: number; atMost?: number };
        if (b.atLeast !== undefined) b.atLeast = tidy(leaf, (b.atLeast + quantile(xs, 1 - each)) / 2);
        else if (b.atMost !== undefined) b.atMost = tidy(leaf, (b.atMost + quantile(xs, each)) / 2);
      }
    }
  }
}

for (let r = num("fit", 0); r > 0; r--) fitRound(play());
const finals = play();
if (num("fit", 0) > 0) {
  const fitted = POWERS.flatMap((p) => [...SCENARIO.powers[p].publicGoals, ...SCENARIO.powers[p].secretObjectives]).map((o) => [o.id, leaves(o.condition).map(bound)]);
  console.log(JSON.stringify(Object.fromEntries(fitted)));
}

const pct = (n: number, of: number) => (of === 0 ? "  –  " : `${((100 * n) / of).toFixed(1)}%`.padStart(6));
console.log(`${matches} all-bot matches (seeds ${seed}..${seed + matches - 1}); quantiles  p10    p25    p50    p75    p90`);
for (const p of POWERS) {
  const spec = finals[0]?.scenario.powers[p];
  if (!spec) continue;
  const goals: { o: Objective; secret: boolean }[] = [
    ...spec.publicGoals.map((o) => ({ o, secret: false })),
    ...spec.secretObjectives.map((o) => ({ o, secret: true })),
  ];
  for (const { o, secret } of goals) {
    const drawn = finals.filter((s) => s.secretObjectives[p] === o.id);
    const met = (ss: MatchState[]) => ss.filter((s) => evaluate(s, o.condition)).length;
    const rate = secret
      ? `met drawn ${pct(met(drawn), drawn.length)}, not drawn ${pct(met(finals.filter((s) => s.secretObjectives[p] !== o.id)), matches - drawn.length)}`
      : `met ${pct(met(finals), matches)}`;
    console.log(`${p} ${o.id} (${o.points} pts): ${rate}`);
    for (const leaf of leaves(o.condition)) {
      const xs = finals.map((s) => quantity(s, leaf)).filter((x): x is number => x !== null);
      if (xs.length > 0) console.log(`    ${leaf.kind} ${bound(leaf).padEnd(10)} ${quantiles(xs)}`);
    }
  }
}
console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
