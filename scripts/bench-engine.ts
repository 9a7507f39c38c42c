// `npm run bench:engine`: time to resolve one turn with all five powers' orders.
// States are taken from bot matches at their orders phase (turns 2..7, several seeds); the bots'
// orders are filled in beforehand, so only the resolution itself is timed.
import {
  POWERS,
  advancePhase,
  botOrders,
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
