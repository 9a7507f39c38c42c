// Greedy search for the best fixed routine per power (negotiating like its bot): up to three
// orders, added one at a time, each the one whose routine wins most on the screening seeds;
// the winner is then confirmed on fresh seeds, beside deal farming.
import { POWERS, createMatch, type PowerId } from "../../shared/game/index";
import { SCENARIO, allBots, type MatchRecord } from "./match";
import { catalogue, templateKey } from "./orders";
import type { PolicySpec } from "./policies";
import type { Pool } from "./pool";
import type { Figure } from "./report";
import { playAll } from "./run";
import { mean, se } from "./stats";

export const MAX_ROUTINE = 3;

export interface SearchOptions {
  screenSeeds: number[];
  confirmSeeds: number[];
  /** How many of the first step's best orders are tried again as second and third orders. */
  width: number;
  log: (line: string) => void;
}

const routine = (templates: string[]): PolicySpec => ({ kind: "routine", steps: templates.map((template) => ({ template })) });
const share = (rs: MatchRecord[], p: PowerId) => rs.map((r) => r.wins[POWERS.indexOf(p)] ?? 0);

interface Progress {
  power: PowerId;
  chosen: string[];
  cost: number;
  screened: number;
  shortlist: string[];
  done: boolean;
}

export async function searchFigures(pool: Pool, o: SearchOptions): Promise<Figure[]> {
  const start = createMatch(SCENARIO, { seed: 1, seats: allBots() });
  const options = new Map(POWERS.map((p) => [p, catalogue(start, p, templateKey)]));
  // An order joins the routine only if it wins more than the routine without it, holding first.
  const holds = POWERS.map((p) => playAll(pool, o.screenSeeds, { power: p, policy: routine([]) }));
  const progress: Progress[] = [];
  for (const [i, power] of POWERS.entries()) {
    progress.push({ power, chosen: [], cost: 0, screened: mean(share(await (holds[i] as Promise<MatchRecord[]>), power)), shortlist: [], done: false });
  }
  for (let step = 0; step < MAX_ROUTINE; step++) {
    // Every power's candidates of this step run at once, so the pool stays busy.
    const trials = progress
      .filter((g) => !g.done)
      .flatMap((g) => {
        const budget = SCENARIO.powers[g.power].budget.base;
        const pool0 = options.get(g.power) ?? [];
        const open = pool0.filter((t) => !g.chosen.includes(t.key) && g.cost + t.cost <= budget && (step === 0 || g.shortlist.includes(t.key)));
        return open.map((t) => ({ g, t, run: playAll(pool, o.screenSeeds, { power: g.power, policy: routine([...g.chosen, t.key]) }) }));
      });
    const scored: { g: Progress; key: string; cost: number; win: number }[] = [];
    for (const x of trials) scored.push({ g: x.g, key: x.t.key, cost: x.t.cost, win: mean(share(await x.run, x.g.power)) });
    for (const g of progress.filter((x) => !x.done)) {
      const mine = scored.filter((x) => x.g === g).sort((a, b) => b.win - a.win || a.key.localeCompare(b.key));
      const best = mine[0];
      if (step === 0) g.shortlist = mine.slice(0, o.width).map((x) => x.key);
      if (!best || best.win <= g.screened) {
        g.done = true;
        continue;
      }
      g.chosen.push(best.key);
      g.cost += best.cost;
      g.screened = best.win;
      o.log(`  step ${step + 1} ${g.power}: + ${best.key} → ${(100 * best.win).toFixed(1)}% (next: ${mine.slice(1, 3).map((x) => `${x.key} ${(100 * x.win).toFixed(1)}%`).join(", ")})`);
    }
  }
  const section = `Greedy search: best fixed routine per power, negotiating like its bot (screened on ${o.screenSeeds.length}, confirmed on ${o.confirmSeeds.length} matches)`;
  const confirm = progress.map((g) => ({ g, best: playAll(pool, o.confirmSeeds, { power: g.power, policy: routine(g.chosen) }), farm: playAll(pool, o.confirmSeeds, { power: g.power, policy: { kind: "farm" } }) }));
  const out: Figure[] = [];
  for (const c of confirm) {
    const w = share(await c.best, c.g.power);
    out.push({ section, label: `${c.g.power} ${c.g.chosen.join(" + ") || "(hold)"}`, value: 100 * mean(w), se: 100 * se(w), unit: "%", target: { max: 30 } });
  }
  for (const c of confirm) {
    const w = share(await c.farm, c.g.power);
    out.push({ section, label: `${c.g.power} deal farming`, value: 100 * mean(w), se: 100 * se(w), unit: "%", target: { max: 30 } });
  }
  return out;
}
