/** A power's own goals during the match: its public goals and the secret objective only it (and the facilitator) sees. */
import { POWERS, type MatchView, type Objective, type PowerId } from "../../../../shared/game";
import { h, memo } from "../../ui/dom";
import type { AppContext } from "../../app/context";
import { t } from "../../../../shared/i18n";
import { powerName } from "../../logic/format";
import { goalText, sharedGoalText } from "../../logic/scenarioWords";

export class GoalsPanel {
  readonly element = h("details", { class: "goals", id: "goals", open: true });
  private readonly draw = memo();

  update(ctx: AppContext): void {
    const view = ctx.view.match;
    if (!view) return;
    const facilitator = ctx.board.members[ctx.memberId]?.role === "facilitator";
    this.draw(JSON.stringify([ctx.power, facilitator, Object.keys(view.secretObjectives)]), () => {
      this.element.hidden = !ctx.power && !facilitator;
      if (ctx.power) {
        const spec = view.scenario.powers[ctx.power];
        this.element.replaceChildren(
          h("summary", {}, h("h2", { class: "inline" }, t("world:yourGoals", { power: powerName(ctx.power) }))),
          h("ul", {}, ...spec.publicGoals.map((g) => goal(view, g, false)), ...secret(view, ctx.power)),
          h("p", { class: "hint" }, t("world:sharedGoal", { title: t(view.scenario.sharedGoal.title), text: sharedGoalText(view.scenario) })),
        );
      } else if (facilitator) {
        this.element.replaceChildren(
          h("summary", {}, h("h2", { class: "inline" }, t("world:secretObjectives"))),
          h("ul", {}, ...POWERS.flatMap((p) => secret(view, p).map((li) => (li.prepend(`${powerName(p)}: `), li)))),
        );
      }
    });
  }
}

function goal(view: MatchView, g: Objective, isSecret: boolean): HTMLElement {
  return h("li", { class: isSecret ? "secret" : "" }, h("strong", {}, t(isSecret ? "world:secretGoal" : "world:goal", { title: t(g.title), count: g.points })), ` — ${goalText(view.scenario, g)}`);
}

function secret(view: MatchView, p: PowerId): HTMLElement[] {
  const s = view.secretObjectives[p];
  return s ? [goal(view, s, true)] : [];
}
