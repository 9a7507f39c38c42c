// `npm run bench:engine`: time to resolve one turn with all five powers' orders, then the bots'
// thinking time, apart.
// States are taken from bot matches at their orders phase (turns 2..7, several seeds); the bots'
// orders are filled in beforehand, so only the resolution itself is timed. Bot thinking is timed
// in whole matches where every seat is driven by the bots' functions from outside the engine:
// each bot's proposals, answers and orders in a turn make one bot-turn.
import {
  POWERS,
  advancePhase,
  applyOfferAction,
  botAnswerOffer,
  botOrders,
  botProposals,
  createMatch,
  resolveTurn,
  submitOrders,
  victoryDay2025,
  viewFor,
  type MatchState,
} from "../shared/game/index";

function statesToResolve(seeds: number): MatchState[] {
  const out: MatchState[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    let s = createMatch(victoryDay2025, { seed, seats: { russia: "human", china: "human", usa: "human", ukraine: "human", eu: "human" } });
    while (s.phase !== "ended") {
      if (s.phase === "orders" && s.turn >= 2) {
        let filled = s;
        for (const p of POWERS) {
          const r = submitOrders(filled, p, { turn: s.turn, orders: botOrders(viewFor(filled, { kind: "power", power: p }), p, seed * 31 + s.turn) });
          if (r.ok) filled = r.value;
        }
        out.push(filled);
        s = filled;
      }
      s = advancePhase(s).state;
    }
  }
  return out;
}

const states = statesToResolve(20);
const ordersPerTurn = states.reduce((a, s) => a + POWERS.reduce((n, p) => n + (s.orders[p]?.length ?? 0), 0), 0) / states.length;
for (let i = 0; i < 2000; i++) resolveTurn(states[i % states.length] as MatchState); // warm-up
const times: number[] = [];
const rounds = 20000;
for (let i = 0; i < rounds; i++) {
  const s = states[i % states.length] as MatchState;
  const t = performance.now();
  resolveTurn(s);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0) * 1000;
console.log(`resolveTurn: ${rounds} resolutions of ${states.length} different turn states (5 powers, ${ordersPerTurn.toFixed(1)} orders per turn on average)`);
console.log(`median ${at(0.5).toFixed(1)} µs   p95 ${at(0.95).toFixed(1)} µs   p99 ${at(0.99).toFixed(1)} µs`);

/** Thinking time (ms) of every bot-turn in `matches` whole matches, each match's total, and the CPU time they took in all. */
function botThinking(matches: number): { perBotTurn: number[]; perMatch: number[]; cpuMs: number } {
  const perBotTurn: number[] = [];
  const perMatch: number[] = [];
  let cpu = 0;
  // CPU time as well as wall time: on a machine shared with other work, wall time counts the
  // waits too. (The CPU clock is coarse, so only its sum over the run is reported.)
  const timed = <T>(f: () => T): { value: T; ms: number } => {
    const c = process.cpuUsage();
    const t = performance.now();
    const value = f();
    const ms = performance.now() - t;
    const used = process.cpuUsage(c);
    cpu += (used.user + used.system) / 1000;
    return { value, ms };
  };
  for (let seed = 1; seed <= matches; seed++) {
    let s = createMatch(victoryDay2025, { seed, seats: { russia: "human", china: "human", usa: "human", ukraine: "human", eu: "human" } });
    let k = seed * 1000;
    let match = 0;
    while (s.phase !== "ended") {
      if (s.phase === "negotiation") {
        const spent: Record<string, number> = {};
        for (const p of POWERS) {
          const { value: actions, ms } = timed(() => botProposals(viewFor(s, { kind: "power", power: p }), p, k++));
          spent[p] = ms;
          for (const a of actions) {
            const r = applyOfferAction(s, p, a);
            if (r.ok) s = r.value;
          }
        }
        for (const p of POWERS) {
          for (const o of s.offers) {
            if (o.status !== "proposed" || !o.to.includes(p)) continue;
            const { value: a, ms } = timed(() => botAnswerOffer(viewFor(s, { kind: "power", power: p }), p, o, k++));
            spent[p] = (spent[p] ?? 0) + ms;
            const r = applyOfferAction(s, p, a);
            if (r.ok) s = r.value;
          }
        }
        s = advancePhase(s).state;
        for (const p of POWERS) {
          const { value: orders, ms: ordersMs } = timed(() => botOrders(viewFor(s, { kind: "power", power: p }), p, k++));
          const ms = (spent[p] ?? 0) + ordersMs;
          perBotTurn.push(ms);
          match += ms;
          const r = submitOrders(s, p, { turn: s.turn, orders });
          if (r.ok) s = r.value;
        }
        continue;
      }
      s = advancePhase(s).state;
    }
    perMatch.push(match);
  }
  return { perBotTurn, perMatch, cpuMs: cpu };
}

botThinking(10); // warm-up
const thinking = botThinking(60);
const q = (xs: number[], f: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(f * xs.length))] ?? 0;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`bot thinking: ${thinking.perBotTurn.length} bot-turns in ${thinking.perMatch.length} all-bot matches (proposals + answers + orders of one bot in one turn)`);
console.log(
  `per bot-turn: mean ${(mean(thinking.perBotTurn) * 1000).toFixed(0)} µs   median ${(q(thinking.perBotTurn, 0.5) * 1000).toFixed(0)} µs   p95 ${(q(thinking.perBotTurn, 0.95) * 1000).toFixed(0)} µs   (budget about 600 µs)`,
);
console.log(`per match (all five bots, every turn): mean ${mean(thinking.perMatch).toFixed(1)} ms   (budget about 30 ms with resolution)`);
console.log(`CPU time per bot-turn: mean ${((thinking.cpuMs / thinking.perBotTurn.length) * 1000).toFixed(0)} µs (wall time above includes waits for other processes)`);
