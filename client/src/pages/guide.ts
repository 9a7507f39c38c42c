/** The teacher's guide in the app: the same plan, questions and prompt as docs/teaching.md. */
import { victoryDay2025 as scenario } from "../../../shared/game";
import { presetTurns } from "../../../shared/session/presets";
import { h } from "../ui/dom";
import { DISCUSSION_QUESTIONS, LESSON_MINUTES, REFLECTION_PROMPT, clockTime, lessonPlan, playMinutes, turnShape } from "../logic/lessonPlan";
import { PAGES, pageNav } from "./nav";

export function guidePage(): HTMLElement {
  return h(
    "article",
    { class: "lesson-page guide-page" },
    pageNav("guide"),
    h("h1", {}, "Teacher's guide"),
    h("p", { class: "lead" }, `A ${LESSON_MINUTES}-minute lesson: ${presetTurns("lesson", scenario.turns)} turns, ${playMinutes()} minutes of play, with time to brief and debrief.`),
    h("h2", {}, "Before the lesson"),
    h(
      "ul",
      {},
      h("li", {}, h("a", { href: PAGES.roleCards.path }, "Print the role cards"), ": one sheet per power. Secret objectives are not on them; each student sees theirs in the app."),
      h("li", {}, "Start the server so the class can reach it, and try the address from one student computer."),
      h("li", {}, `Create a match with the "Lesson" preset and put its code on the projector. Each turn runs ${turnShape()}; a phase ends early when everyone is ready, and you can pause, extend or end a phase.`),
      h("li", {}, "Show ", h("a", { href: PAGES.rules.path }, "How to play"), " on the projector while students join."),
      h(
        "li",
        {},
        "For the whole class at once, ",
        h("a", { href: "/class/new" }, "run a class"),
        ": students join with the class code and their name, the dashboard groups them in worlds of five (bots play the powers left over), starts every world with you as facilitator, and shows every room live with pause, resume, extend and end-phase for all. Keep its private teacher link: it brings you back from any browser.",
      ),
    ),
    h("h2", {}, "The lesson plan"),
    h(
      "table",
      { class: "lesson-plan", id: "lesson-plan" },
      h("thead", {}, h("tr", {}, ...["Time", "Step", "Length", "What happens"].map((t) => h("th", { scope: "col" }, t)))),
      h(
        "tbody",
        {},
        ...lessonPlan().map((s) =>
          h("tr", {}, h("td", { class: "nowrap" }, `${clockTime(s.start)}–${clockTime(s.end)}`), h("th", { scope: "row" }, s.title), h("td", { class: "nowrap" }, `${s.end - s.start} min`), h("td", {}, s.what)),
        ),
      ),
    ),
    h("h2", {}, "Discussion questions"),
    h(
      "p",
      {},
      "Each question sends the class back to its own match. The debrief screen lists every ceasefire (agreed, kept, broken), every commitment kept or broken, each turn's news and every power's orders: read the answers from there. Its \"Talk about it\" section also writes questions from the match's own record, naming the ceasefires kept or broken and the promises broken.",
    ),
    h("ol", { id: "discussion-questions" }, ...DISCUSSION_QUESTIONS.map((q) => h("li", {}, q))),
    h("h2", {}, "Reflection prompt for students"),
    h("blockquote", { id: "reflection-prompt" }, REFLECTION_PROMPT),
  );
}
