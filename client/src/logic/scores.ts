/** The debrief's scores: computed on the server by the game's one scoring function, shipped in the final view. */
import { POWERS, type MatchView, type PowerId, type ScoreBreakdown } from "../../../shared/game";

export function scoresFromView(view: MatchView): Record<PowerId, ScoreBreakdown> | null {
  return view.scores;
}

/** Powers from best to worst total; ties keep the scenario's order. */
export function ranking(scores: Record<PowerId, ScoreBreakdown>): PowerId[] {
  return [...POWERS].sort((a, b) => scores[b].total - scores[a].total);
}
