/** Words the screens show, kept out of the DOM code so they can be tested and reused. */
import { POWER_NAMES, isPowerId } from "../../../shared/powers";
import type { SyncedMatch } from "../net";

export function powerName(power: string): string {
  return isPowerId(power) ? POWER_NAMES[power] : "Spectator";
}

export const TONE_LABELS: Record<string, string> = {
  conciliatory: "Conciliatory",
  neutral: "Neutral",
  firm: "Firm",
  threatening: "Threatening",
};

/** News grouped by turn, newest turn first, as the feed shows it. */
export function newsByTurn(state: SyncedMatch): { turn: number; items: SyncedMatch["news"] }[] {
  const turns = [...new Set(state.news.map((n) => n.turn))].sort((a, b) => b - a);
  return turns.map((turn) => ({ turn, items: state.news.filter((n) => n.turn === turn) }));
}

/** Who the turn is still waiting for, by display name. */
export function waitingFor(state: SyncedMatch): string[] {
  return Object.values(state.players)
    .filter((p) => p.power && p.present && !p.submitted)
    .map((p) => `${p.name} (${powerName(p.power)})`);
}
