// Greedy search for the best fixed routine per power (negotiating like its bot): up to three
// orders, added one at a time, each the one whose routine wins most on the screening seeds;
// the winner is then confirmed on fresh seeds, beside deal farming.
//
// Screening is a race on common seeds: every candidate plays the same seeds in rounds, and a
// candidate clearly behind (RACE_Z standard errors of the paired difference) the one it must
// beat stops playing. A candidate that survives plays every screening seed, so the choice is
// the full screen's unless a candidate was RACE_Z standard errors behind and still would have won.
import { POWERS, type PowerId } from "../../shared/game/index";
import { Arms } from "./arms";
import { SCENARIO, referenceStates, type Focus, type MatchRecord } from "./match";
import { catalogue, templateKey } from "./orders";
import type { PolicySpec } from "./policies";
import type { Pool } from "./pool";
import type { Figure } from "./report";
import { mean, pairedDiff, se } from "./stats";

export const MAX_ROUTINE = 3;
/** Screening seeds per round of the race. */
export const RACE_ROUND = 50;
/** How far behind (in standard errors of the paired difference) a candidate drops out of the race. */
export const RACE_Z = 3;
/** Confirmation seeds per round; it stops early once the verdict on the ≤ 30% target is CONFIRM_Z standard errors away. */
export const CONFIRM_ROUND = 500;
export const CONFIRM_Z = 5;
export const ROUTINE_TARGET = 0.3;

export interface SearchOptions {
  /** First seed of the screening race (common to every candidate) and how many seeds it has. */
  screenBase: number;
  screen: number;
  /** First seed of the confirmation and how many seeds at most. */
  confirmBase: number;
  confirm: number;
  /** How many of the first step's best orders are tried again as second and third orders. */
  width: number;
  /** The powers to search for (all by default). */
  powers: readonly PowerId[];
  log: (line: string) => void;
}

const routine = (templates: string[]): PolicySpec => ({ kind: "routine", steps: templates.map((template) => ({ template })) });
const share = (rs: MatchRecord[], p: PowerId) => rs.map((r) => r.wins[POWERS.indexOf(p)] ?? 0);

interface Progress {
  power: PowerId;
  chosen: string[];
  cost: number;
  /** The routine so far's win share on the screening seeds (holding at first). */
  screened: number;
  shortlist: string[];
  done: boolean;
}

interface Candidate {
  g: Progress;
  key: string;
  cost: number;
  focus: Focus;
  alive: boolean;
  wins: number[];
}

/**
 * One race: every candidate of every power plays round after round of the screening seeds; after
 * each round, a candidate more than RACE_Z standard errors behind its power's `keep`-th best is out.
 */
async function race(arms: Arms, cands: Candidate[], screen: number, keep: (g: Progress) => number): Promise<void> {
  for (let n = Math.min(RACE_ROUND, screen); ; n = Math.min(screen, n + RACE_ROUND)) {
    const alive = cands.filter((c) => c.alive);
    await Promise.all(alive.map((c) => arms.get(c.focus, n).then((rs) => (c.wins = share(rs, c.g.power)))));
    if (n >= screen) return;
    for (const g of new Set(alive.map((c) => c.g))) {
      const mine = alive.filter((c) => c.g === g).sort((a, b) => mean(b.wins) - mean(a.wins));
      const ref = mine[Math.min(keep(g), mine.length) - 1];
      if (!ref) continue;
      for (const c of mine) {
        const d = pairedDiff(ref.wins, c.wins);
        if (c !== ref && d.value > RACE_Z * d.se) c.alive = false;
      }
    }
  }
}

export async function searchFigures(pool: Pool, o: SearchOptions): Promise<Figure[]> {
  const t0 = performance.now();
  const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;
  const screenArms = new Arms(pool, o.screenBase);
  const reference = referenceStates();
  const options = new Map(o.powers.map((p) => [p, catalogue(reference, p, templateKey)]));
  // An order joins the routine only if it wins more than the routine without it, holding first.
  const holds = o.powers.map((p) => screenArms.get({ power: p, policy: routine([]) }, o.screen));
  const progress: Progress[] = [];
  for (const [i, power] of o.powers.entries()) {
    progress.push({ power, chosen: [], cost: 0, screened: mean(share(await (holds[i] as Promise<MatchRecord[]>), power)), shortlist: [], done: false });
  }
  o.log(`  holding: ${progress.map((g) => `${g.power} ${(100 * g.screened).toFixed(1)}%`).join(", ")} (${elapsed()})`);
  for (let step = 0; step < MAX_ROUTINE; step++) {
    const cands: Candidate[] = progress
      .filter((g) => !g.done)
      .flatMap((g) => {
        const budget = SCENARIO.powers[g.power].budget.base;
        const open = (options.get(g.power) ?? []).filter((t) => !g.chosen.includes(t.key) && g.cost + t.cost <= budget && (step === 0 || g.shortlist.includes(t.key)));
        return open.map((t) => ({ g, key: t.key, cost: t.cost, focus: { power: g.power, policy: routine([...g.chosen, t.key]) }, alive: true, wins: [] }));
      });
    await race(screenArms, cands, o.screen, () => (step === 0 ? o.width : 1));
    for (const g of progress.filter((x) => !x.done)) {
      const mine = cands
        .filter((c) => c.g === g)
        .map((c) => ({ key: c.key, cost: c.cost, alive: c.alive, win: mean(c.wins) }))
        .sort((a, b) => Number(b.alive) - Number(a.alive) || b.win - a.win || a.key.localeCompare(b.key));
      const best = mine[0];
      if (step === 0) g.shortlist = mine.filter((x) => x.alive).slice(0, o.width).map((x) => x.key);
      const raced = `${mine.filter((x) => x.alive).length} of ${mine.length} candidates played all ${o.screen} seeds`;
      if (!best || best.win <= g.screened) {
        g.done = true;
        o.log(`  step ${step + 1} ${g.power}: no order beats ${(100 * g.screened).toFixed(1)}% (${raced}; ${elapsed()})`);
        continue;
      }
      g.chosen.push(best.key);
      g.cost += best.cost;
      g.screened = best.win;
      const next = mine.slice(1, 4).map((x) => `${x.key} ${(100 * x.win).toFixed(1)}%${x.alive ? "" : "*"}`);
      o.log(`  step ${step + 1} ${g.power}: + ${best.key} → ${(100 * best.win).toFixed(1)}% (next: ${next.join(", ")}; ${raced}, * = dropped early; ${elapsed()})`);
    }
  }
  const confirmArms = new Arms(pool, o.confirmBase);
  const section = `Greedy search: best fixed routine per power, negotiating like its bot (race on ${o.screen} screening seeds, confirmed on up to ${o.confirm} fresh seeds)`;
  const confirm = progress.map((g) => ({
    g,
    best: confirmUntil(confirmArms, { power: g.power, policy: routine(g.chosen) }, o.confirm),
    farm: confirmUntil(confirmArms, { power: g.power, policy: { kind: "farm" } }, o.confirm),
  }));
  const out: Figure[] = [];
  const figure = (label: string, w: number[]): Figure => ({
    section,
    label,
    value: 100 * mean(w),
    se: 100 * se(w),
    unit: "%",
    target: { max: 100 * ROUTINE_TARGET },
    note: `${w.length} matches${w.length < o.confirm ? " (verdict settled early)" : ""}`,
  });
  for (const c of confirm) out.push(figure(`${c.g.power} ${c.g.chosen.join(" + ") || "(hold)"}`, share(await c.best, c.g.power)));
  for (const c of confirm) out.push(figure(`${c.g.power} deal farming`, share(await c.farm, c.g.power)));
  o.log(`  confirmed (${elapsed()})`);
  return out;
}

/** Plays the routine in rounds up to `max` matches, stopping once its verdict against the target cannot change (CONFIRM_Z standard errors). */
async function confirmUntil(arms: Arms, focus: Focus, max: number): Promise<MatchRecord[]> {
  for (let n = Math.min(CONFIRM_ROUND, max); ; n = Math.min(max, n + CONFIRM_ROUND)) {
    const rs = await arms.get(focus, n);
    const w = share(rs, focus.power);
    if (n >= max || Math.abs(mean(w) - ROUTINE_TARGET) > CONFIRM_Z * se(w)) return rs;
  }
}
