/**
 * "How to play in five minutes": what a player does in each phase, in plain words. The rules
 * change with the game, so this page names no rule number; what differs between powers (own
 * meter, budget, goals) comes from the scenario data.
 */
import { POWERS, victoryDay2025 as scenario } from "../../../shared/game";
import { PRESETS, TIMED_PHASES, presetTurns } from "../../../shared/session/presets";
import { h } from "../ui/dom";
import { scrollBox } from "../ui/scrollBox";
import { PHASE_LABELS, formatDuration, powerName } from "../logic/format";
import { PAGES, pageNav } from "./nav";
import { sharedGoalText } from "../logic/scenarioWords";
import { t } from "../../../shared/i18n";

export function rulesPage(): HTMLElement {
  const lessonTurns = presetTurns("lesson", scenario.turns);
  return h(
    "article",
    { class: "lesson-page rules-page" },
    pageNav("rules"),
    h("h1", {}, t("pages:rules.heading")),
    h("p", { class: "lead" }, t(scenario.summary)),
    h("h2", {}, t("pages:rules.role")),
    h(
      "p",
      {},
      t("pages:rules.roleText", { n: POWERS.length }),
      h("a", { href: PAGES.roleCards.path }, t("pages:rules.roleLink")),
      t("pages:rules.roleTextEnd"),
    ),
    // Four columns do not fit a phone: the table scrolls sideways in its own box, never the page.
    scrollBox(t("pages:rules.powersCaption"), h(
      "table",
      { class: "powers-table" },
      h("caption", {}, t("pages:rules.powersCaption")),
      h("thead", {}, h("tr", {}, ...["power", "leader", "meter", "strengths"].map((c) => h("th", { scope: "col" }, t(`pages:rules.column.${c}`))))),
      h(
        "tbody",
        {},
        ...POWERS.map((p) => {
          const s = scenario.powers[p];
          return h(
            "tr",
            {},
            h("th", { scope: "row" }, powerName(p)),
            h("td", {}, t(s.leader)),
            h("td", {}, t("pages:rules.ownMeter", { label: t(s.special.label), text: t(s.special.text) })),
            h("td", {}, s.strengths.map((x) => t(x)).join("; ")),
          );
        }),
      ),
    )),
    h("h2", {}, t("pages:rules.turnHeading")),
    h(
      "p",
      {},
      t("pages:rules.turnText", { turns: scenario.turns, lessonTurns }),
    ),
    h(
      "ol",
      { class: "phases" },
      ...TIMED_PHASES.map((phase) =>
        h("li", {}, h("strong", {}, PHASE_LABELS[phase]), t("pages:rules.inLesson", { time: formatDuration(PRESETS.lesson[phase] * 1000) }), t(`pages:rules.phase.${phase}`)),
      ),
    ),
    h("h2", {}, t("pages:rules.aimHeading")),
    h(
      "ul",
      {},
      h("li", {}, h("strong", {}, t("pages:rules.strong")), t("pages:rules.strongText")),
      h("li", {}, h("strong", {}, t("pages:rules.public")), t("pages:rules.publicText")),
      h("li", {}, h("strong", {}, t("pages:rules.secret")), t("pages:rules.secretText")),
      h("li", {}, h("strong", {}, t("pages:rules.shared", { title: t(scenario.sharedGoal.title) })), sharedGoalText(scenario)),
      h("li", {}, h("strong", {}, t("pages:rules.trusted")), t("pages:rules.trustedText")),
    ),
    h("h2", {}, t("pages:rules.firstHeading")),
    h(
      "ol",
      {},
      ...[1, 2, 3, 4].map((n) => h("li", {}, t(`pages:rules.first${n}`))),
    ),
    h("h2", {}, t("pages:rules.keyboardHeading")),
    h(
      "p",
      {},
      t("pages:rules.keyboardText"),
    ),
    h("p", { class: "hint" }, t("pages:rules.end")),
  );
}
