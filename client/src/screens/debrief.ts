/** Debrief: final scores, each power's objectives (secret ones revealed), meter charts, and the timeline. */
import { POWERS, type MatchView, type Objective, type ObjectiveResult, type PowerId, type ScoreBreakdown } from "../../../shared/game";
import { h, memo } from "../ui/dom";
import { labels, t } from "../../../shared/i18n";
import { formatDelta, formatNumber, powerName } from "../logic/format";
import { ranking, scoresFromView } from "../logic/scores";
import { botTurns, timeline } from "../logic/timeline";
import { matchQuestions } from "../logic/discussion";
import { keptWord } from "../logic/keptWord";
import { promiseLists } from "./debriefPromises";
import { lessonLinks } from "../pages/nav";
import { meterCharts, relationCharts } from "./debriefChart";
import { scrollBox } from "../ui/scrollBox";
import { goalText, sharedGoalText } from "../logic/scenarioWords";
import { ExportPanel } from "./exportPanel";
import { debriefChat } from "./debriefChat";
import { memberNames } from "../app/context";
import type { AppContext, Screen } from "../app/context";

export class DebriefScreen implements Screen {
  readonly element: HTMLElement;
  private readonly body = h("div", { class: "debrief-body" });
  private readonly draw = memo();

  private readonly exports: ExportPanel;

  constructor(private readonly onLeave: () => void, serverUrl = location.origin) {
    this.exports = new ExportPanel(serverUrl, () => this.body);
    this.element = h(
      "div",
      { class: "debrief" },
      h("header", { class: "debrief-header" }, h("h1", { id: "match-over" }, t("common:phase.ended")), h("button", { type: "button", id: "leave-button", class: "no-print", onclick: () => this.onLeave() }, t("debrief:back"))),
      this.exports.element,
      this.body,
    );
  }

  update(ctx: AppContext): void {
    this.exports.update(ctx);
    const view = ctx.view.match;
    if (!view) return;
    this.draw(JSON.stringify([view.history.length, view.news.length, view.phase, ctx.chat.length]), () => {
      const scores = scoresFromView(view);
      this.body.replaceChildren(
        h("p", { class: "lead" }, t("debrief:played", { title: t(view.scenario.title), count: view.lastTurn })),
        scores ? scoreTable(view, scores) : h("p", { class: "error" }, t("debrief:noScores")),
        botSection(view),
        ...(scores ? [objectives(view, scores)] : []),
        keptWordSection(view),
        questions(view),
        h("section", { "aria-labelledby": "charts-heading" }, h("h2", { id: "charts-heading" }, t("debrief:charts")), h("div", { class: "charts" }, ...meterCharts(view))),
        h("section", { "aria-labelledby": "relation-charts-heading", id: "relation-charts" }, h("h2", { id: "relation-charts-heading" }, t("debrief:relationCharts")), h("div", { class: "charts" }, ...relationCharts(view))),
        record(view),
        debriefChat(ctx.chat, ctx.power, ctx.view.groups ?? [], memberNames(ctx.board)),
      );
    });
  }
}

function scoreTable(view: MatchView, scores: Record<PowerId, ScoreBreakdown>): HTMLElement {
  const order = ranking(scores);
  const best = scores[order[0]!].total;
  const goals = (list: ObjectiveResult[]) => list.reduce((a, g) => a + (g.met ? g.points : 0), 0);
  return h(
    "section",
    { "aria-labelledby": "scores-heading" },
    h("h2", { id: "scores-heading" }, t("debrief:scores")),
    scrollBox(t("ui:scroll.scores"), h(
      "table",
      { class: "scores", id: "scores" },
      h(
        "thead",
        {},
        h("tr", {}, ...["rank", "power", "meters", "publicGoals", "secret", "shared", "broker", "trust", "total"].map((k) => h("th", { scope: "col" }, t(`debrief:column.${k}`)))),
      ),
      h(
        "tbody",
        {},
        ...order.map((p, i) => {
          const s = scores[p];
          return h(
            "tr",
            { class: `power-row power-${p}${s.total === best ? " winner" : ""}`, "data-score": p },
            h("td", {}, formatNumber(i + 1)),
            h("th", { scope: "row" }, powerName(p), s.total === best ? t("debrief:winner") : ""),
            h("td", {}, formatDelta(s.meters)),
            h("td", {}, formatNumber(goals(s.publicGoals))),
            h("td", {}, s.secretObjective.met ? formatNumber(s.secretObjective.points) : "0"),
            h("td", {}, formatNumber(s.sharedGoal)),
            h("td", {}, formatNumber(s.broker)),
            h("td", {}, formatDelta(s.trust)),
            h("td", { class: "total" }, formatNumber(s.total)),
          );
        }),
      ),
    )),
  );
}

function objectives(view: MatchView, scores: Record<PowerId, ScoreBreakdown>): HTMLElement {
  const line = (g: ObjectiveResult, spec: Objective | undefined, secret: boolean) =>
    h(
      "li",
      { class: g.met ? "met" : "missed" },
      h("span", { class: "mark" }, g.met ? t("debrief:met") : t("debrief:missed")),
      " ",
      h("strong", {}, t(secret ? "world:secretGoal" : "world:goal", { title: t(g.title), count: g.points })),
      spec ? ` — ${goalText(view.scenario, spec)}` : "",
    );
  return h(
    "section",
    { "aria-labelledby": "objectives-heading" },
    h("h2", { id: "objectives-heading" }, t("debrief:objectives")),
    h(
      "div",
      { class: "cards" },
      ...POWERS.map((p) => {
        const spec = view.scenario.powers[p];
        const s = scores[p];
        return h(
          "article",
          { class: `card power-card power-${p}`, "aria-labelledby": `obj-${p}` },
          h("h3", { id: `obj-${p}` }, powerName(p)),
          h(
            "ul",
            { class: "objectives" },
            ...s.publicGoals.map((g) => line(g, spec.publicGoals.find((o) => o.id === g.id), false)),
            line(s.secretObjective, view.secretObjectives[p], true),
          ),
        );
      }),
    ),
    h("p", { class: "hint" }, t("world:sharedGoal", { title: t(view.scenario.sharedGoal.title), text: sharedGoalText(view.scenario) })),
  );
}

/** Each power's promises and words against what it did: counts first, then each promise with what became of it. */
function keptWordSection(view: MatchView): HTMLElement {
  const records = keptWord(view);
  const name = (p: PowerId) => powerName(p);
  const rows = records.map((r) =>
    h(
      "tr",
      { "data-kept-word": r.power },
      h("th", { scope: "row" }, name(r.power)),
      ...[r.promisesKept, r.promisesBroken, r.wordsConsistent, r.wordsContradicted].map((n) => h("td", {}, formatNumber(n))),
    ),
  );
  const head = h("tr", {}, ...["power", "kept", "broken", "borneOut", "contradicted"].map((k) => h("th", { scope: "col" }, t(`debrief:keptColumn.${k}`))));
  return h(
    "section",
    { "aria-labelledby": "kept-word-heading", id: "kept-word" },
    h("h2", { id: "kept-word-heading" }, t("debrief:keptWord")),
    scrollBox(t("ui:scroll.keptWord"), h("table", { class: "scores kept-word" }, h("thead", {}, head), h("tbody", {}, ...rows))),
    promiseLists(view),
  );
}

/** Which turns a bot played, power by power (none: every power was played by its people throughout). */
function botSection(view: MatchView): HTMLElement {
  const rows = botTurns(view);
  const turns = (list: number[]) => list.map((n) => formatNumber(n)).join(t("common:listSeparator"));
  return h(
    "section",
    { "aria-labelledby": "bot-turns-heading", id: "bot-turns" },
    h("h2", { id: "bot-turns-heading" }, t("debrief:botTurns.heading")),
    rows.length === 0
      ? h("p", { class: "hint" }, t("debrief:botTurns.none"))
      : h(
          "ul",
          {},
          ...rows.flatMap((r) => [
            ...(r.seat.length ? [h("li", { "data-bot-turns": r.power }, t("debrief:botTurns.seat", { power: r.power, count: r.seat.length, turns: turns(r.seat) }))] : []),
            ...(r.standIn.length ? [h("li", { "data-stand-in-turns": r.power }, t("debrief:botTurns.standIn", { power: r.power, count: r.standIn.length, turns: turns(r.standIn) }))] : []),
          ]),
        ),
  );
}

/** Questions for the class about this match's own ceasefires and promises (see the teacher's guide). */
function questions(view: MatchView): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": "questions-heading" },
    h("h2", { id: "questions-heading" }, t("debrief:talk")),
    h("ol", { id: "debrief-questions" }, ...matchQuestions(view).map((q) => h("li", {}, q))),
    lessonLinks(["guide"], true, { guide: t("debrief:moreQuestions") }),
  );
}

function record(view: MatchView): HTMLElement {
  const KIND = labels("debrief:kind", ["event", "news", "offer", "order"]);
  return h(
    "section",
    { "aria-labelledby": "timeline-heading", class: "timeline", id: "timeline" },
    h("h2", { id: "timeline-heading" }, t("debrief:whatHappened")),
    ...timeline(view).map((step) =>
      h(
        "section",
        { class: "timeline-turn" },
        h("h3", {}, t("world:turnLabelled", { turn: step.turn, label: step.label })),
        h("ul", {}, ...step.items.map((i) => h("li", { class: `kind-${i.kind}` }, h("span", { class: "kind" }, t("debrief:kindPrefix", { kind: KIND[i.kind] })), i.text))),
      ),
    ),
  );
}

