// Balance figures of issue 9, each with its target and PASS/FAIL, from seeded matches of the
// engine's own bots played on worker threads:
//   npm run simulate [-- --matches 10000 --seed 1 --workers 2 --experiments 16 --experiments-max 64 --se 1 --paired-max 200 --policies [--policy-matches 200] --json FILE]
//   npm run simulate -- --search [--screen 200 --confirm 5000 --width 6 --powers russia,usa]
// The same options give the same numbers whatever --workers is (seeds by match index).
import { writeFileSync } from "node:fs";
import { POWERS } from "../shared/game/index";
import { Arms } from "./sim/arms";
import { allBotFigures, experimentFigures, policyFigures } from "./sim/experiments";
import { Pool } from "./sim/pool";
import { formatReport, reportJson, type Figure } from "./sim/report";
import { seedsFrom } from "./sim/run";
import { searchFigures } from "./sim/search";

/**
 * Matches per arm for bots vs holding and the order values (about 90 arms): sized so that the
 * default run (10,000 all-bot matches, about 2¼ minutes on 2 idle cores) stays within 3 minutes.
 * Each figure prints its standard error; tune with `--experiments 200`.
 */
export const DEFAULT_EXPERIMENT_MATCHES = 16;
/**
 * A comparison whose reading at DEFAULT_EXPERIMENT_MATCHES lies within two standard errors of its
 * band (about a third of them) is played on, doubling, up to this many matches (`--experiments-max`):
 * at 16 a reading's standard error is 1.5–4 points, too wide to tell −3.9 from −3, and 64 halves it
 * for about 40 s of CPU more.
 */
export const DEFAULT_EXPERIMENT_MAX = 64;

/**
 * Mediation and defection compare two policies on the same seeds, in rounds, until the standard
 * error of the difference is at most PAIRED_SE_POINTS of win share (`--se`), from PAIRED_START
 * matches per arm up to `--paired-max`, which bounds the run time. Reaching ±1 point takes about
 * 1,500 (one last-turn break) to 3,000 (mediation) matches per arm: far beyond the default run's
 * 3 minutes, so the default plays one round of PAIRED_START (about ±3.5 points, a rough reading)
 * and `--matches 0 --experiments 0 --paired-max 4000` plays them to ±1 point alone.
 */
export const PAIRED_SE_POINTS = 1;
export const PAIRED_START = 100;
export const DEFAULT_PAIRED_MAX = PAIRED_START;

function num(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);
function str(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const seed = num("seed", 1);
  const workers = num("workers", 2);
  const matches = num("matches", 10000);
  const experiments = num("experiments", DEFAULT_EXPERIMENT_MATCHES);
  const experimentsMax = num("experiments-max", Math.max(experiments, DEFAULT_EXPERIMENT_MAX));
  const search = flag("search");
  const paired = { start: PAIRED_START, max: num("paired-max", DEFAULT_PAIRED_MAX), se: num("se", PAIRED_SE_POINTS) / 100 };
  const pool = new Pool(workers);
  const figures: Figure[] = [];
  // Each part has its own seed range, so adding a part never changes another's numbers.
  try {
    if (search) {
      console.log(`Greedy search (seed ${seed}, ${workers} workers):`);
      figures.push(
        ...(await searchFigures(pool, {
          screenBase: seed + 2_000_000,
          screen: num("screen", 200),
          confirmBase: seed + 3_000_000,
          confirm: num("confirm", 5000),
          width: num("width", 6),
          powers: POWERS.filter((p) => (str("powers") ?? POWERS.join(",")).split(",").includes(p)),
          log: (l) => console.log(l),
        })),
      );
    } else {
      // The all-bot run and every side experiment play the same seeds: the all-bot records are
      // the experiments' "bot" arm, and two policies compared share their seeds.
      const arms = new Arms(pool, seed);
      const main = matches > 0 ? arms.get(undefined, matches) : Promise.resolve([]);
      const side = experiments > 0 || paired.max > 0 ? experimentFigures(pool, arms, { n: experiments, max: experimentsMax, paired, trustSeeds: seedsFrom(seed + 1_000_000, experiments) }) : Promise.resolve([]);
      const policies = flag("policies") ? policyFigures(arms, num("policy-matches", Math.max(experiments, 200))) : Promise.resolve([]);
      const rs = await main;
      if (rs.length > 0) figures.push(...allBotFigures(rs));
      figures.push(...(await side), ...(await policies));
    }
  } finally {
    await pool.close();
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(`Détente balance figures (seed ${seed}, ${workers} workers${search ? "" : `, ${matches} all-bot matches, ${experiments} per side experiment (up to ${experimentsMax} near a target), paired experiments up to ${paired.max} per arm or ±${num("se", PAIRED_SE_POINTS)} pts`})`);
  console.log(formatReport(figures));
  // CPU time of the whole process (every worker thread): on a machine shared with other work the
  // wall time grows, while CPU time ÷ workers is what the run takes on idle cores.
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`\nElapsed: ${seconds.toFixed(1)} s for ${pool.played} matches on ${workers} workers (${((1000 * seconds * workers) / Math.max(1, pool.played)).toFixed(0)} ms per match per worker).`);
  console.log(`CPU: ${cpuSeconds.toFixed(1)} s in all (${((1000 * cpuSeconds) / Math.max(1, pool.played)).toFixed(1)} ms per match): about ${(cpuSeconds / workers).toFixed(0)} s of wall time on ${workers} idle cores.`);
  const json = str("json");
  if (json) {
    writeFileSync(json, reportJson(figures, { seed, workers, matches, experiments, search, seconds }));
    console.log(`Figures written to ${json}`);
  }
}

await main();
