// Balance figures of issue 9, each with its target and PASS/FAIL, from seeded matches of the
// engine's own bots played on worker threads:
//   npm run simulate [-- --matches 10000 --seed 1 --workers 2 --experiments 20 --policies [--policy-matches 200] --json FILE]
//   npm run simulate -- --search [--screen 200 --confirm 5000 --width 6]
// The same options give the same numbers whatever --workers is (seeds by match index).
import { writeFileSync } from "node:fs";
import { allBotFigures, experimentFigures, policyFigures } from "./sim/experiments";
import { Pool } from "./sim/pool";
import { formatReport, reportJson, type Figure } from "./sim/report";
import { playAll, seedsFrom } from "./sim/run";
import { searchFigures } from "./sim/search";

/**
 * Matches per side experiment by default (about 100 experiments): sized so that the default run
 * stays near 3 minutes on 2 cores once a match costs the 30 ms the bots aim at. That is enough to
 * see a figure's direction, not its last point: tune with `--experiments 500` (each figure
 * prints its standard error).
 */
export const DEFAULT_EXPERIMENT_MATCHES = 20;

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
  const seed = num("seed", 1);
  const workers = num("workers", 2);
  const matches = num("matches", 10000);
  const experiments = num("experiments", DEFAULT_EXPERIMENT_MATCHES);
  const search = flag("search");
  const pool = new Pool(workers);
  const figures: Figure[] = [];
  // Each part has its own seed range, so adding a part never changes another's numbers.
  try {
    if (search) {
      console.log(`Greedy search (seed ${seed}, ${workers} workers):`);
      figures.push(
        ...(await searchFigures(pool, {
          screenSeeds: seedsFrom(seed + 2_000_000, num("screen", 200)),
          confirmSeeds: seedsFrom(seed + 3_000_000, num("confirm", 5000)),
          width: num("width", 6),
          log: (l) => console.log(l),
        })),
      );
    } else {
      const main = matches > 0 ? playAll(pool, seedsFrom(seed, matches)) : Promise.resolve([]);
      const side = experiments > 0 ? experimentFigures(pool, seedsFrom(seed + 1_000_000, experiments)) : Promise.resolve([]);
      const policies = flag("policies") ? policyFigures(pool, seedsFrom(seed + 1_000_000, num("policy-matches", Math.max(experiments, 200)))) : Promise.resolve([]);
      const rs = await main;
      if (rs.length > 0) figures.push(...allBotFigures(rs));
      figures.push(...(await side), ...(await policies));
    }
  } finally {
    await pool.close();
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(`Détente balance figures (seed ${seed}, ${workers} workers${search ? "" : `, ${matches} all-bot matches, ${experiments} per side experiment`})`);
  console.log(formatReport(figures));
  console.log(`\nElapsed: ${seconds.toFixed(1)} s for ${pool.played} matches on ${workers} workers (${((1000 * seconds * workers) / Math.max(1, pool.played)).toFixed(0)} ms per match per worker).`);
  const json = str("json");
  if (json) {
    writeFileSync(json, reportJson(figures, { seed, workers, matches, experiments, search, seconds }));
    console.log(`Figures written to ${json}`);
  }
}

await main();
