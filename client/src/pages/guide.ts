/** The teacher's guide in the app: the same plan, questions and prompt as docs/teaching.md. */
import { victoryDay2025 as scenario } from "../../../shared/game";
import { presetTurns } from "../../../shared/session/presets";
import { h } from "../ui/dom";
import { scrollBox } from "../ui/scrollBox";
import { LESSON_MINUTES, clockTime, discussionQuestions, lessonPlan, playMinutes, reflectionPrompt, turnShape } from "../logic/lessonPlan";
import { t } from "../../../shared/i18n";
import { PAGES, pageNav } from "./nav";

export function guidePage(): HTMLElement {
  return h(
    "article",
    { class: "lesson-page guide-page" },
    pageNav("guide"),
    h("h1", {}, t("pages:guide.heading")),
    h("p", { class: "lead" }, t("pages:guide.lead", { minutes: LESSON_MINUTES, turns: presetTurns("lesson", scenario.turns), play: playMinutes() })),
    h("h2", {}, t("pages:guide.before")),
    h(
      "ul",
      {},
      h("li", {}, h("a", { href: PAGES.roleCards.path }, t("pages:guide.printCards")), t("pages:guide.printCardsText")),
      h("li", {}, t("pages:guide.server")),
      h("li", {}, t("pages:guide.preset", { shape: turnShape() })),
      h("li", {}, t("pages:guide.show"), h("a", { href: PAGES.rules.path }, t("pages:guide.showLink")), t("pages:guide.showEnd")),
      h(
        "li",
        {},
        t("pages:guide.classStart"),
        h("a", { href: "/class/new" }, t("pages:guide.classLink")),
        t("pages:guide.classText"),
      ),
    ),
    h("h2", {}, t("pages:guide.plan")),
    // Four columns do not fit a phone in every language: the plan scrolls sideways in its own box, never the page.
    scrollBox(t("pages:guide.plan"), h(
      "table",
      { class: "lesson-plan", id: "lesson-plan" },
      h("thead", {}, h("tr", {}, ...["time", "step", "length", "what"].map((c) => h("th", { scope: "col" }, t(`pages:guide.column.${c}`))))),
      h(
        "tbody",
        {},
        ...lessonPlan().map((s) =>
          h("tr", {}, h("td", { class: "nowrap" }, `${clockTime(s.start)}–${clockTime(s.end)}`), h("th", { scope: "row" }, s.title), h("td", { class: "nowrap" }, t("pages:guide.minutes", { n: s.end - s.start })), h("td", {}, s.what)),
        ),
      ),
    )),
    h("h2", {}, t("pages:guide.questions")),
    h(
      "p",
      {},
      t("pages:guide.questionsText"),
    ),
    h("ol", { id: "discussion-questions" }, ...discussionQuestions().map((q) => h("li", {}, q))),
    h("h2", {}, t("pages:guide.reflection")),
    h("blockquote", { id: "reflection-prompt" }, reflectionPrompt()),
  );
}
