/**
 * The scenario's words in the page's language. Its data holds keys of the `scenario` namespace;
 * most read with a plain t(key). A goal's words quote its condition's figures, and the shared
 * goal its turns: those two need the numbers given here.
 */
import { objectiveFigures, type Objective, type ScenarioBrief } from "../../../shared/game";
import { formatNumber, t } from "../../../shared/i18n";

type Figures = Parameters<typeof objectiveFigures>[0];

/** A goal's or secret objective's text, its thresholds and starting values written the language's way. */
export function goalText(scenario: Figures, goal: Pick<Objective, "text" | "condition">): string {
  const figures = objectiveFigures(scenario, goal.condition);
  // `count` chooses the plural form, so it stays a number; the others are shown as formatted.
  return t(goal.text, Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, k === "count" ? v : formatNumber(v)])));
}

/** The shared goal's text, with the turns a ceasefire must hold. */
export function sharedGoalText(scenario: Pick<ScenarioBrief, "sharedGoal">): string {
  return t(scenario.sharedGoal.text, { count: scenario.sharedGoal.keptTurns });
}
