/**
 * The debrief's scores, computed by the game's one scoring function on the final view. After the
 * end the view holds everything scoring reads, with each power's secret objective given in full
 * rather than by id; it is put back where `computeScores` looks for it.
 */
import { POWERS, computeScores, type MatchState, type MatchView, type PowerId, type ScoreBreakdown } from "../../../shared/game";

export function scoresFromView(view: MatchView): Record<PowerId, ScoreBreakdown> | null {
  if (view.phase !== "ended") return null;
  const powers = {} as Record<string, unknown>;
  const secretIds = {} as Record<PowerId, string>;
  for (const p of POWERS) {
    const secret = view.secretObjectives[p];
    if (!secret) return null;
    powers[p] = { ...view.scenario.powers[p], secretObjectives: [secret] };
    secretIds[p] = secret.id;
  }
  const state = { ...view, scenario: { ...view.scenario, powers, events: [] }, secretObjectives: secretIds } as unknown as MatchState;
  return computeScores(state);
}

/** Powers from best to worst total; ties keep the scenario's order. */
export function ranking(scores: Record<PowerId, ScoreBreakdown>): PowerId[] {
  return [...POWERS].sort((a, b) => scores[b].total - scores[a].total);
}
