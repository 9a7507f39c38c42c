// All-bot matches for balancing: `npm run simulate -- --matches 10000 [--seed 1] [--patterns 2000]`.
// Prints each power's share of wins, how often ceasefires happen, the average change of the
// front line, and the win share of fixed order patterns played by one power against bots.
import {
  POWERS,
  advancePhase,
  computeScores,
  createMatch,
  pairKey,
  submitOrders,
  victoryDay2025,
  viewFor,
  winners,
  type MatchState,
  type MatchView,
  type Order,
  type PowerId,
  type Seats,
} from "../shared/game/index";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}

type Pattern = (view: MatchView, power: PowerId) => Order[];

interface Outcome {
  wins: Record<PowerId, number>;
  agreed: boolean;
  lasting: boolean;
  frontChange: number;
  totals: Record<PowerId, number>;
  objectives: Record<PowerId, number>;
}

function play(seed: number, fixed?: { power: PowerId; pattern: Pattern }): Outcome {
  const seats: Seats = { russia: "bot", china: "bot", usa: "bot", ukraine: "bot", eu: "bot" };
  if (fixed) seats[fixed.power] = "human";
  let s: MatchState = createMatch(victoryDay2025, { seed, seats });
  while (s.phase !== "ended") {
    if (fixed && s.phase === "orders") {
      const wanted = fixed.pattern(viewFor(s, { kind: "power", power: fixed.power }), fixed.power);
      for (let n = wanted.length; n >= 0; n--) {
        const r = submitOrders(s, fixed.power, { turn: s.turn, orders: wanted.slice(0, n) });
        if (r.ok) {
          s = r.value;
          break;
        }
      }
    }
    s = advancePhase(s).state;
  }
  const scores = computeScores(s);
  const w = winners(scores);
  const wins = {} as Record<PowerId, number>;
  const totals = {} as Record<PowerId, number>;
  const objectives = {} as Record<PowerId, number>;
  for (const p of POWERS) {
    wins[p] = w.includes(p) ? 1 / w.length : 0;
    totals[p] = scores[p].total;
    objectives[p] = scores[p].publicGoals.filter((g) => g.met).length + (scores[p].secretObjective.met ? 1 : 0);
  }
  return {
    wins,
    agreed: s.ceasefires.some((c) => !c.unilateral),
    lasting: (s.tallies["lastingCeasefire"] ?? 0) > 0,
    frontChange: s.world.frontLine - victoryDay2025.world.frontLine,
    totals,
    objectives,
  };
}

const rival = (v: MatchView, p: PowerId) => POWERS.filter((q) => q !== p).sort((a, b) => v.relations[pairKey(a, p)] - v.relations[pairKey(b, p)])[0] ?? "russia";

const PATTERNS: Record<string, Pattern> = {
  passive: () => [],
  "peace talk": () => [
    { type: "statement", audience: "world", tone: "conciliatory", topic: "war", text: "" },
    { type: "statement", audience: "world", tone: "conciliatory", topic: "trade", text: "" },
    { type: "statement", audience: "world", tone: "conciliatory", topic: "history", text: "" },
  ],
  hawk: (v, p) =>
    v.scenario.powers[p].war !== "none"
      ? [
          { type: "posture", stance: "offensive" },
          { type: "strike", target: "energy" },
          { type: "statement", audience: "world", tone: "threatening", topic: "war", text: "" },
        ]
      : [
          { type: "statement", audience: [rival(v, p)], tone: "threatening", topic: "sanctions", text: "" },
          { type: "sanction", target: rival(v, p), sector: "finance", action: "tighten" },
          { type: "sanction", target: rival(v, p), sector: "finance", action: "impose" },
          { type: "sanction", target: rival(v, p), sector: "technology", action: "tighten" },
        ],
  summits: (v, p) => [
    { type: "summit", with: POWERS.filter((q) => q !== p).sort((a, b) => v.trust[`${p}>${b}`] - v.trust[`${p}>${a}`])[0] ?? "china" },
    { type: "statement", audience: "world", tone: "conciliatory", topic: "war", text: "" },
  ],
};

function run(): void {
  const matches = arg("matches", 1000);
  const base = arg("seed", 1);
  const patternMatches = arg("patterns", Math.min(500, Math.max(100, Math.floor(matches / 10))));
  const t0 = performance.now();
  const wins = Object.fromEntries(POWERS.map((p) => [p, 0])) as Record<PowerId, number>;
  const totals = Object.fromEntries(POWERS.map((p) => [p, 0])) as Record<PowerId, number>;
  const objectives = Object.fromEntries(POWERS.map((p) => [p, 0])) as Record<PowerId, number>;
  let agreed = 0;
  let lasting = 0;
  let front = 0;
  let frontSq = 0;
  for (let i = 0; i < matches; i++) {
    const o = play(base + i);
    for (const p of POWERS) {
      wins[p] += o.wins[p];
      totals[p] += o.totals[p];
      objectives[p] += o.objectives[p];
    }
    if (o.agreed) agreed++;
    if (o.lasting) lasting++;
    front += o.frontChange;
    frontSq += o.frontChange * o.frontChange;
  }
  const pct = (x: number, n: number) => `${((100 * x) / n).toFixed(1)}%`;
  console.log(`${matches} all-bot matches of "${victoryDay2025.title}" (seeds ${base}..${base + matches - 1})`);
  console.log("power      win share   mean score   objectives met (of 3)");
  for (const p of POWERS) {
    console.log(`${p.padEnd(10)} ${pct(wins[p], matches).padStart(9)}   ${(totals[p] / matches).toFixed(1).padStart(10)}   ${(objectives[p] / matches).toFixed(2).padStart(8)}`);
  }
  const mean = front / matches;
  console.log(`ceasefires agreed: ${pct(agreed, matches)} of matches; lasting (shared goal): ${pct(lasting, matches)}`);
  console.log(`front line change: mean ${mean.toFixed(2)} points, sd ${Math.sqrt(Math.max(0, frontSq / matches - mean * mean)).toFixed(2)}`);

  console.log(`\nFixed order patterns (one power plays the same orders every turn, the others are bots; ${patternMatches} matches each):`);
  console.log(`pattern      ${POWERS.map((p) => p.padStart(8)).join(" ")}`);
  for (const [name, pattern] of Object.entries(PATTERNS)) {
    const row = POWERS.map((p) => {
      let w = 0;
      for (let i = 0; i < patternMatches; i++) w += play(base + 100000 + i, { power: p, pattern }).wins[p];
      return pct(w, patternMatches).padStart(8);
    });
    console.log(`${name.padEnd(12)} ${row.join(" ")}`);
  }
  console.log(`\n(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

run();
