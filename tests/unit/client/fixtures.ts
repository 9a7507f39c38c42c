// Match views for the client's pure helpers, made by the game core itself.
import { advancePhase, createMatch, viewFor, victoryDay2025, type MatchState, type MatchView, type PowerId, type Seats } from "../../../shared/game";

export const HUMANS: Seats = { russia: "human", china: "human", usa: "human", ukraine: "human", eu: "human" };

export function matchAt(phase: MatchState["phase"], turn: number, seed = 7): MatchState {
  let s = createMatch(victoryDay2025, { seed, seats: HUMANS });
  for (let i = 0; i < 200 && !(s.phase === phase && s.turn === turn); i++) s = advancePhase(s).state;
  if (s.phase !== phase || s.turn !== turn) throw new Error(`could not reach ${phase} of turn ${turn}`);
  return s;
}

export function viewOf(s: MatchState, power: PowerId | null): MatchView {
  return viewFor(s, power ? { kind: "power", power } : { kind: "spectator" });
}
