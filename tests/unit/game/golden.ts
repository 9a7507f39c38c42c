// Records whole matches as logs for the golden replays: human seats are driven by the bots'
// own functions from outside the engine (so their orders and offers appear in the log), bot
// seats play inside the engine, and a facilitator injects one event. The fixtures are written
// only by `npm run goldens` (scripts/record-goldens.ts), after a deliberate change of the rules;
// the tests only read them.
import { join } from "node:path";
import {
  POWERS,
  advancePhase,
  applyLogEntry,
  botAnswerOffer,
  botOrders,
  botProposals,
  computeScores,
  createMatch,
  stateHash,
  victoryDay2025,
  viewFor,
  winners,
  type LogEntry,
  type MatchState,
  type PowerId,
  type Seats,
} from "../../../shared/game/index";

export const GOLDEN_DIR = join(import.meta.dirname, "../../fixtures/replays");
export const GOLDEN_MATCHES: { file: string; seed: number; seats: Seats }[] = [
  { file: "all-bots-seed-1.json", seed: 1, seats: { russia: "bot", china: "bot", usa: "bot", ukraine: "bot", eu: "bot" } },
  { file: "mixed-seed-2025.json", seed: 2025, seats: { russia: "human", china: "bot", usa: "human", ukraine: "human", eu: "bot" } },
  { file: "humans-one-absent-seed-77.json", seed: 77, seats: { russia: "human", china: "absent", usa: "human", ukraine: "human", eu: "human" } },
];

/** A fixture as the file holds it (the same text the recorder writes). */
export function goldenText(replay: GoldenReplay): string {
  return JSON.stringify(replay, null, 1) + "\n";
}

export interface GoldenReplay {
  scenario: string;
  seed: number;
  seats: Seats;
  log: LogEntry[];
  final: { hash: string; turn: number; phase: string; world: MatchState["world"]; totals: Record<PowerId, number>; winners: PowerId[] };
}

export function summarize(s: MatchState): GoldenReplay["final"] {
  const scores = computeScores(s);
  const totals = {} as Record<PowerId, number>;
  for (const p of POWERS) totals[p] = scores[p].total;
  return { hash: stateHash(s), turn: s.turn, phase: s.phase, world: s.world, totals, winners: winners(scores) };
}

export function recordMatch(seed: number, seats: Seats): GoldenReplay {
  let s = createMatch(victoryDay2025, { seed, seats });
  const log: LogEntry[] = [];
  const apply = (e: LogEntry) => {
    const r = applyLogEntry(s, e);
    if (r.ok) {
      s = r.value;
      log.push(e);
    }
  };
  const humans = POWERS.filter((p) => seats[p] === "human");
  let k = seed * 7919;
  while (s.phase !== "ended") {
    if (s.phase === "negotiation") {
      for (const p of humans) for (const action of botProposals(viewFor(s, { kind: "power", power: p }), p, k++)) apply({ kind: "offer", power: p, action });
    }
    if (s.phase === "orders") {
      for (const p of humans) {
        for (const o of s.offers) {
          if (o.status === "proposed" && o.to.includes(p) && !o.acceptedBy.includes(p)) {
            apply({ kind: "offer", power: p, action: botAnswerOffer(viewFor(s, { kind: "power", power: p }), p, o, k++) });
          }
        }
      }
      for (const p of humans) apply({ kind: "orders", power: p, submission: { turn: s.turn, orders: botOrders(viewFor(s, { kind: "power", power: p }), p, k++), ready: true } });
      if (s.turn === 4) apply({ kind: "inject", event: { title: "A facilitator's surprise", text: "A summit is rumoured.", effects: [{ kind: "world", key: "globalTension", delta: -3 }] } });
    }
    s = advancePhase(s).state;
    log.push({ kind: "advance" });
  }
  return { scenario: victoryDay2025.id, seed, seats, log, final: summarize(s) };
}
