// The figures of issue 9's "Done when" list: all-bot matches, then side experiments where one
// power plays a policy and is compared with its own bot on the same seeds.
import { POWERS, SECTORS, isBelligerent, type MatchState, type Order, type PowerId } from "../../shared/game/index";
import { SCENARIO, referenceStates, type Focus, type MatchRecord } from "./match";
import { catalogue, typeKey } from "./orders";
import type { PolicySpec, RoutineStep } from "./policies";
import type { Pool } from "./pool";
import type { Figure, Target } from "./report";
import { pairedUntil, verdictClear, type Arms, type PairedOptions } from "./arms";
import { trustAll } from "./run";
import { mean, pairedDiff, se } from "./stats";
import { TRUST_HIGH, TRUST_LOW } from "./trust";
import { t } from "../../shared/i18n";

const pct = (xs: number[]) => 100 * mean(xs);
const pctSe = (xs: number[]) => 100 * se(xs);
const idx = (p: PowerId) => POWERS.indexOf(p);
const wins = (rs: MatchRecord[], p: PowerId) => rs.map((r) => r.wins[idx(p)] ?? 0);
const totals = (rs: MatchRecord[], p: PowerId) => rs.map((r) => r.totals[idx(p)] ?? 0);

/** Win share per power, goals met, secrets drawn and not, the front and ceasefires, from all-bot matches. */
export function allBotFigures(rs: MatchRecord[]): Figure[] {
  const out: Figure[] = [];
  const section = `All-bot matches (${rs.length})`;
  for (const p of POWERS) {
    out.push({ section, label: `${p} win share`, value: pct(wins(rs, p)), se: pctSe(wins(rs, p)), unit: "%", target: { min: 15, max: 25 } });
  }
  for (const p of POWERS) out.push({ section, label: `${p} mean score`, value: mean(totals(rs, p)), se: se(totals(rs, p)), unit: "pts" });

  const goals = "Public goals met (share of all-bot matches)";
  for (const p of POWERS) {
    SCENARIO.powers[p].publicGoals.forEach((g, j) => {
      const met = rs.map((r) => r.goals[idx(p)]?.[j] ?? 0);
      out.push({ section: goals, label: `${p} ${g.id} (${t(g.title)})`, value: pct(met), unit: "%", target: { min: 35, max: 65 } });
    });
  }

  const secrets = "Secret objectives: met when drawn minus met when not drawn";
  const byDrawn = "Secret objectives: win share when drawn minus the power's win share";
  const secretFigs: Figure[] = [];
  const drawnFigs: Figure[] = [];
  for (const p of POWERS) {
    const all = pct(wins(rs, p));
    SCENARIO.powers[p].secretObjectives.forEach((o, j) => {
      const drawn = rs.filter((r) => r.drawn[idx(p)] === j);
      const not = rs.filter((r) => r.drawn[idx(p)] !== j);
      const metDrawn = pct(drawn.map((r) => r.secrets[idx(p)]?.[j] ?? 0));
      const metNot = pct(not.map((r) => r.secrets[idx(p)]?.[j] ?? 0));
      secretFigs.push({
        section: secrets,
        label: `${p} ${o.id} (${t(o.title)})`,
        value: metDrawn - metNot,
        unit: "pts",
        target: { min: 20 },
        note: `drawn ${metDrawn.toFixed(1)}% of ${drawn.length}, not drawn ${metNot.toFixed(1)}%`,
      });
      const w = wins(drawn, p);
      drawnFigs.push({ section: byDrawn, label: `${p} ${o.id}`, value: pct(w) - all, se: pctSe(w), unit: "pts", target: { min: -4, max: 4 }, note: `win share ${pct(w).toFixed(1)}% when drawn` });
    });
  }
  out.push(...secretFigs, ...drawnFigs);

  const world = "Front and ceasefires (all-bot matches)";
  const front = rs.map((r) => r.front);
  const moved = front.map(Math.abs);
  out.push({ section: world, label: "front mean absolute movement over a match", value: mean(moved), se: se(moved), unit: "front pts", target: { min: 0.5, max: 1.5 } });
  out.push({ section: world, label: "front mean movement (+ = Ukraine gains)", value: mean(front), se: se(front), unit: "front pts" });
  out.push({ section: world, label: "matches with a ceasefire agreed", value: pct(rs.map((r) => r.agreed)), unit: "%" });
  out.push({ section: world, label: "matches with a lasting ceasefire (shared goal)", value: pct(rs.map((r) => r.lasting)), unit: "%" });
  out.push({ section: world, label: "matches with a unilateral truce declared", value: pct(rs.map((r) => r.truce)), unit: "%" });
  const start = SECTORS.reduce((a, sector) => a + (SCENARIO.sanctions.find((x) => x.imposer === "usa" && x.target === "russia" && x.sector === sector)?.level ?? 0), 0);
  out.push({ section: world, label: `US sanction levels on Russia at the end (${start} at the start)`, value: mean(rs.map((r) => r.usOnRussia)), unit: "" });
  out.push({ section: world, label: "matches where China sent military aid", value: pct(rs.map((r) => (r.chinaMilitaryAid > 0 ? 1 : 0))), unit: "%", target: { max: 0 } });
  return out;
}

let reference: MatchState[] | undefined;

/** The order types each power can give in some turn of a reference match, with their capital cost. */
export function orderTypes(p: PowerId): { key: string; cost: number }[] {
  return catalogue((reference ??= referenceStates()), p, typeKey);
}

const versus = (power: PowerId, policy: PolicySpec): Focus => ({ power, policy });

export interface ExperimentOptions {
  /** Matches per arm for bots vs holding and the order values (0: none). */
  n: number;
  /** Matches per arm at most, for a comparison whose verdict is still within two standard errors of its target. */
  max: number;
  /** Mediation and defection: played until the paired difference's standard error (in win share, 0..1) is small enough (max 0: none). */
  paired: PairedOptions;
  /** Seeds of the trust trials. */
  trustSeeds: number[];
}

const perMatch = (rs: MatchRecord[], p: PowerId, field: "promises" | "broken") => mean(rs.map((r) => r[field][idx(p)] ?? 0));

/**
 * Side experiments: one power plays a policy and is compared with another policy on the same
 * seeds (`arms` shares them with the all-bot run, whose records are the "bot" arm).
 */
export async function experimentFigures(pool: Pool, arms: Arms, o: ExperimentOptions): Promise<Figure[]> {
  const { n } = o;
  const play = (p: PowerId, spec: PolicySpec, size = n) => arms.get(versus(p, spec), size);
  const paired = (p: PowerId, a: PolicySpec, b: PolicySpec, metric: (rs: MatchRecord[]) => number[]) => pairedUntil(arms, versus(p, a), versus(p, b), metric, o.paired);
  const share = (p: PowerId) => (rs: MatchRecord[]) => wins(rs, p);
  const mediators = POWERS.filter((p) => !isBelligerent(SCENARIO.powers[p]));
  const trustRun = n > 0 ? trustAll(pool, o.trustSeeds) : undefined;
  // Start every run at once so the pool is never idle; read them in a fixed order.
  if (n > 0) {
    for (const p of POWERS) {
      for (const kind of ["bot", "hold"] as const) void play(p, { kind });
      for (const t of orderTypes(p)) void play(p, { kind: "orderType", type: t.key });
    }
  }
  const on = o.paired.max > 0;
  const mediation = on ? mediators.map((p) => ({ p, run: paired(p, { kind: "mediator" }, { kind: "noMediation" }, share(p)) })) : [];
  const lastBreaks = on ? POWERS.map((p) => ({ p, run: paired(p, { kind: "lastBreak" }, { kind: "keepAll" }, share(p)) })) : [];
  const breakAlls = on ? POWERS.map((p) => ({ p, run: paired(p, { kind: "keepAll" }, { kind: "breakAll" }, share(p)) })) : [];

  const out: Figure[] = [];
  if (n > 0) out.push(...(await holdFigures(play, n, Math.max(n, o.max))));
  const seText = `paired seeds, played until the standard error is ≤ ${(100 * o.paired.se).toFixed(1)} pts or ${o.paired.max} matches per arm`;
  const med = `Mediation: win share of a non-belligerent proposing a monitored ceasefire every turn none is in force, minus the same bot never proposing one (${seText})`;
  for (const { p, run } of mediation) {
    const d = await run;
    const lasting = (rs: MatchRecord[]) => pct(rs.map((r) => r.lasting));
    out.push({
      section: med,
      label: `${p} mediator − non-mediator`,
      value: 100 * d.value,
      se: 100 * d.se,
      unit: "pts",
      target: { min: 0, strict: true },
      note: `${d.n} per arm: ${pct(wins(d.a, p)).toFixed(1)}% vs ${pct(wins(d.b, p)).toFixed(1)}%; lasting ceasefire in ${lasting(d.a).toFixed(0)}% vs ${lasting(d.b).toFixed(0)}%`,
    });
  }
  const def = `Defection: win share of the bot with its promises overridden, minus the same bot keeping every promise (${seText})`;
  for (const { p, run } of lastBreaks) {
    const d = await run;
    out.push({
      section: def,
      label: `${p} one well-timed break (last turn) − keeping everything`,
      value: 100 * d.value,
      se: 100 * d.se,
      unit: "pts",
      target: { min: 2, max: 5 },
      note: `${d.n} per arm: ${pct(wins(d.a, p)).toFixed(1)}% vs ${pct(wins(d.b, p)).toFixed(1)}%; breaks ${perMatch(d.a, p, "broken").toFixed(2)} a match`,
    });
  }
  // "Breaking every promise costs ≥ 40 points of win share" is read as a relative drop: a power
  // that wins about 20% keeping its word cannot lose 40 absolute points, so the figure is the
  // share of its own win share that breaking everything loses (docs/rules.md says so).
  for (const { p, run } of breakAlls) {
    const d = await run;
    const keep = pct(wins(d.a, p));
    const all = pct(wins(d.b, p));
    out.push({
      section: def,
      label: `${p} breaking every promise: share of its win share lost`,
      value: keep > 0 ? (100 * (keep - all)) / keep : NaN,
      se: keep > 0 ? (100 * 100 * d.se) / keep : NaN,
      unit: "%",
      target: { min: 40 },
      note: `${d.n} per arm: keeps ${keep.toFixed(1)}%, breaks all ${all.toFixed(1)}% (−${(keep - all).toFixed(1)} pts ±${(100 * d.se).toFixed(1)}); breaks ${perMatch(d.b, p, "broken").toFixed(1)} of ${perMatch(d.b, p, "promises").toFixed(1)} promises a match (keeping: ${perMatch(d.a, p, "promises").toFixed(1)})`,
    });
  }

  if (!trustRun) return out;
  const trust = await trustRun;
  const shown = trust.reduce((a, t) => a + t.shown, 0);
  const low = trust.reduce((a, t) => a + t.acceptedLow, 0);
  const high = trust.reduce((a, t) => a + t.acceptedHigh, 0);
  const tr = `Trust: the same balanced deal (economic aid for market access) shown to bots with trust ${TRUST_LOW} vs ${TRUST_HIGH} in the proposer (${shown} offers)`;
  out.push({ section: tr, label: `acceptance at trust ${TRUST_LOW}`, value: (100 * low) / shown, unit: "%" });
  out.push({ section: tr, label: `acceptance at trust ${TRUST_HIGH}`, value: (100 * high) / shown, unit: "%" });
  out.push({ section: tr, label: `ratio (trust ${TRUST_LOW} / trust ${TRUST_HIGH})`, value: high > 0 ? low / high : NaN, unit: "ratio", target: { max: 0.5, strict: true } });
  return out;
}

/** Bots vs holding, and every order type's value per capital point vs holding. */
async function holdFigures(play: (p: PowerId, spec: PolicySpec, size?: number) => Promise<MatchRecord[]>, n: number, max: number): Promise<Figure[]> {
  const vsHold = `Bots vs holding: mean score gained over a power that gives no orders (${n} matches each, up to ${max} while the verdict is within 2 standard errors of the target)`;
  const values = `Order values: score gained per capital point, one order of the type every turn vs holding (${n} matches each, up to ${max} while the verdict is within 2 standard errors of the band)`;
  // Each comparison is read on n seeds, then on twice as many while it sits too near an edge of
  // its band to tell a real failure from noise (the arms grow on the same seeds, so nothing is replayed).
  const settle = async (p: PowerId, spec: PolicySpec, scale: number, target: Target): Promise<{ value: number; se: number; n: number }> => {
    for (let size = n; ; size = Math.min(max, 2 * size)) {
      const d = pairedDiff(totals(await play(p, spec, size), p), totals(await play(p, { kind: "hold" }, size), p));
      const r = { value: d.value / scale, se: d.se / scale, n: size };
      if (size >= max || verdictClear(r.value, r.se, target)) return r;
    }
  };
  const sized = (m: number) => (m > n ? `${m} matches` : undefined);
  const bots = POWERS.map((p) => ({ p, run: settle(p, { kind: "bot" }, 1, BOT_TARGET) }));
  const orders = POWERS.flatMap((p) => orderTypes(p).map((t) => ({ p, t, run: settle(p, { kind: "orderType", type: t.key }, t.cost || 1, t.cost === 0 ? {} : VALUE_BAND) })));
  const out: Figure[] = [];
  for (const { p, run } of bots) {
    const d = await run;
    out.push({ section: vsHold, label: `${p} bot − hold`, value: d.value, se: d.se, unit: "pts", target: BOT_TARGET, ...opt(sized(d.n)) });
  }
  for (const { p, t, run } of orders) {
    const d = await run;
    if (t.cost === 0) out.push({ section: values, label: `${p} ${t.key}`, value: d.value, se: d.se, unit: "pts", note: "costs no capital: score gained" });
    else out.push({ section: values, label: `${p} ${t.key}`, value: d.value, se: d.se, unit: "pts/capital", target: VALUE_BAND, ...opt(sized(d.n)) });
  }
  return out;
}

const BOT_TARGET: Target = { min: 5 };
const VALUE_BAND: Target = { min: -3, max: 4 };
const opt = (note: string | undefined) => (note ? { note } : {});

const say = (tone: "conciliatory" | "threatening", topic: "war" | "trade" | "history" | "sanctions"): RoutineStep => ({
  order: { type: "statement", audience: "world", tone, topic, text: "" } satisfies Order,
});

/** Fixed routines that negotiate like bots: the patterns the review found winning, and deal farming. */
export function namedPolicies(p: PowerId): { name: string; spec: PolicySpec }[] {
  const belligerent = isBelligerent(SCENARIO.powers[p]);
  const hawk: RoutineStep[] = belligerent
    ? [{ type: "posture offensive" }, { type: "strike energy" }, say("threatening", "war")]
    : [{ type: "sanction raise" }, say("threatening", "sanctions")];
  return [
    { name: "peace talk (3 conciliatory statements to the world)", spec: { kind: "routine", steps: [say("conciliatory", "war"), say("conciliatory", "trade"), say("conciliatory", "history")] } },
    { name: "hawk", spec: { kind: "routine", steps: hawk } },
    { name: "summits (summit with the friendliest + peace statement)", spec: { kind: "routine", steps: [{ type: "summit" }, say("conciliatory", "war")] } },
    { name: "deal farming (3 aid-for-market-access offers a turn)", spec: { kind: "farm" } },
  ];
}

export async function policyFigures(arms: Arms, n: number): Promise<Figure[]> {
  const section = `Fixed routines negotiating like bots: win share (${n} matches each)`;
  const jobs = POWERS.flatMap((p) => namedPolicies(p).map((x) => ({ p, name: x.name, run: arms.get(versus(p, x.spec), n) })));
  const out: Figure[] = [];
  for (const j of jobs) {
    const w = wins(await j.run, j.p);
    out.push({ section, label: `${j.p} ${j.name}`, value: pct(w), se: pctSe(w), unit: "%", target: { max: 30 } });
  }
  return out;
}
