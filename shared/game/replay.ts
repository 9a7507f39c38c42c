// The match log: every accepted action, in order. With the scenario and the seed it rebuilds
// the match exactly; this is what the server persists.
import { advancePhase, createMatch } from "./match";
import { injectEvent, type InjectedEvent } from "./events";
import { applyOfferAction, type OfferAction } from "./offers";
import { submitOrders, type OrderSubmission } from "./orders";
import type { Scenario } from "./scenarioSchema";
import { ok, type MatchState, type PowerId, type Result, type Seats } from "./types";

export type LogEntry =
  | { kind: "orders"; power: PowerId; submission: OrderSubmission }
  | { kind: "offer"; power: PowerId; action: OfferAction }
  /** standIns: human powers whose bot gave this turn's orders (see AdvanceOptions). */
  | { kind: "advance"; standIns?: PowerId[] }
  | { kind: "inject"; event: InjectedEvent };

/** Applies one log entry; refused entries return the engine's reason. */
export function applyLogEntry(state: MatchState, entry: LogEntry): Result<MatchState> {
  switch (entry.kind) {
    case "orders":
      return submitOrders(state, entry.power, entry.submission);
    case "offer":
      return applyOfferAction(state, entry.power, entry.action);
    case "advance":
      return ok(advancePhase(state, { standIns: entry.standIns }).state);
    case "inject":
      return injectEvent(state, entry.event);
  }
}

/** Rebuilds a match from its scenario, seed, seats and log. A refused entry means the log is
 *  corrupt (only accepted actions are logged), so it throws with the entry's index. */
export function replay(scenario: Scenario, seed: number, seats: Seats, log: readonly LogEntry[]): MatchState {
  let state = createMatch(scenario, { seed, seats });
  log.forEach((entry, i) => {
    const r = applyLogEntry(state, entry);
    if (!r.ok) throw new Error(`Log entry ${i} (${entry.kind}) was refused: ${r.code} ${JSON.stringify(r.text)}`);
    state = r.value;
  });
  return state;
}

/** A short, stable fingerprint of a state (FNV-1a over its JSON), for golden replays. */
export function stateHash(state: MatchState): string {
  const text = JSON.stringify(state);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
