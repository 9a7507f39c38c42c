/**
 * "How to play in five minutes": what a player does in each phase, in plain words. The rules
 * change with the game, so this page names no rule number; what differs between powers (own
 * meter, budget, goals) comes from the scenario data.
 */
import { POWERS, victoryDay2025 as scenario } from "../../../shared/game";
import { PRESETS, TIMED_PHASES, presetTurns } from "../../../shared/session/presets";
import { h } from "../ui/dom";
import { PHASE_LABELS, formatDuration } from "../logic/format";
import { PAGES, pageNav } from "./nav";

const PHASE_TEXT: Record<(typeof TIMED_PHASES)[number], string> = {
  briefing: "The turn's news appears: what happened in the world, and any surprise the teacher adds. Read it: it changes what the others want.",
  negotiation:
    "Talk. Write to everyone, to one power in private, or to a group. Make offers: a ceasefire, a joint statement, sanctions together, or a deal (aid, trade, easing sanctions). The others accept, refuse or answer with a counter-offer.",
  orders:
    "Decide what your government does this turn: statements, sanctions, aid, summits and, for the powers at war, the army. Each order costs diplomatic capital from your budget. Nobody sees your orders until the turn is resolved. Press Ready when you are done.",
  resolution:
    "Everyone's orders happen at once. The headlines show what each one changed: meters, relations, the front line. An accepted offer is carried out now, unless someone secretly broke their word, and that is news too.",
};

export function rulesPage(): HTMLElement {
  const lessonTurns = presetTurns("lesson", scenario.turns);
  return h(
    "article",
    { class: "lesson-page rules-page" },
    pageNav("rules"),
    h("h1", {}, "How to play in five minutes"),
    h("p", { class: "lead" }, scenario.summary),
    h("h2", {}, "Your role"),
    h(
      "p",
      {},
      `You are the government of one of ${POWERS.length} powers. Each has its own worries and strengths, written on its role card (`,
      h("a", { href: PAGES.roleCards.path }, "role cards"),
      "). No one wins alone: the best scores go to powers that get what they want while keeping others willing to deal with them.",
    ),
    h(
      "table",
      { class: "powers-table" },
      h("caption", {}, "The powers"),
      h("thead", {}, h("tr", {}, ...["Power", "Led by", "Its own meter", "Strengths"].map((t) => h("th", { scope: "col" }, t)))),
      h(
        "tbody",
        {},
        ...POWERS.map((p) => {
          const s = scenario.powers[p];
          return h(
            "tr",
            {},
            h("th", { scope: "row" }, s.name),
            h("td", {}, s.leader),
            h("td", {}, `${s.special.label}: ${s.special.text}`),
            h("td", {}, s.strengths.join("; ")),
          );
        }),
      ),
    ),
    h("h2", {}, "A turn, phase by phase"),
    h(
      "p",
      {},
      `A match has ${scenario.turns} turns (${lessonTurns} in a 50-minute lesson). Each turn has four phases, each with a countdown on screen. A phase ends when its time is up or when every player is ready.`,
    ),
    h(
      "ol",
      { class: "phases" },
      ...TIMED_PHASES.map((phase) =>
        h("li", {}, h("strong", {}, PHASE_LABELS[phase]), ` (${formatDuration(PRESETS.lesson[phase] * 1000)} in a lesson). `, PHASE_TEXT[phase]),
      ),
    ),
    h("h2", {}, "What you are trying to do"),
    h(
      "ul",
      {},
      h("li", {}, h("strong", {}, "Keep your country strong. "), "Each power has meters from 0 to 100: economy, support at home, standing in the world, and one of its own. Your score counts how they changed."),
      h("li", {}, h("strong", {}, "Reach your public goals. "), "Everyone knows them: they are on your role card."),
      h("li", {}, h("strong", {}, "Reach your secret objective. "), "The app shows it to you alone. Do not say it aloud; the others will try to guess it."),
      h("li", {}, h("strong", {}, `${scenario.sharedGoal.title}. `), scenario.sharedGoal.text),
      h("li", {}, h("strong", {}, "Be trusted. "), "Powers remember who kept their word. Breaking a promise can pay once; it costs trust, and trust is worth points at the end."),
    ),
    h("h2", {}, "Your first turn"),
    h(
      "ol",
      {},
      h("li", {}, "Read your role card, then your secret objective under \"Your goals\" on the match screen."),
      h("li", {}, "In the negotiation, write to one power that needs something you have."),
      h("li", {}, "In the orders phase, spend your budget: the form only offers what you can afford and are allowed to do."),
      h("li", {}, "Press Ready. Read the headlines: did the others do what they said?"),
    ),
    h("h2", {}, "Using the keyboard or a screen reader"),
    h(
      "p",
      {},
      "Everything in the game works with the keyboard: Tab moves between controls, Enter or Space presses a button, and the match screen's tabs (orders, offers, chat) are reached in turn. The name of each new phase and new chat messages are announced as they come. The map repeats what the meters and headlines say, so nothing is lost without it.",
    ),
    h("p", { class: "hint" }, "At the end, the debrief shows everything: every order, every secret objective, and who kept their word."),
  );
}
