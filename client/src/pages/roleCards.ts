/**
 * Printable role cards, one per power, one sheet each (see pages.css: a page break after each
 * card). Built from the scenario by logic/roleCards.ts; the secret objective is never on them.
 */
import { POWERS, victoryDay2025 as scenario, type PowerId } from "../../../shared/game";
import { presetTurns } from "../../../shared/session/presets";
import { h } from "../ui/dom";
import { roleCard, startingWorld } from "../logic/roleCards";
import { formatDelta, formatNumber } from "../logic/format";
import { pageNav } from "./nav";
import { sharedGoalText } from "../logic/scenarioWords";
import { t } from "../../../shared/i18n";

function card(power: PowerId): HTMLElement {
  const c = roleCard(scenario, power);
  const id = `card-${power}`;
  return h(
    "section",
    { class: `role-card power-${power}`, id, "aria-labelledby": `${id}-name`, "data-power": power },
    h("header", { class: "role-card-header" }, h("h2", { id: `${id}-name` }, c.name), h("p", { class: "role-leader" }, t("pages:cards.leader", { leader: c.leader, title: t(scenario.title) }))),
    h("h3", {}, t("pages:cards.situation")),
    h("p", {}, t(scenario.summary)),
    h("h3", {}, t("pages:cards.whoYouAre")),
    h("p", {}, c.briefing),
    c.war ? h("p", {}, h("strong", {}, c.war)) : null,
    h("p", {}, h("strong", {}, t("pages:cards.strengths")), c.strengths.join("; "), t("pages:cards.listEnd")),
    h("h3", {}, t("pages:cards.start")),
    h(
      "div",
      { class: "role-columns" },
      h(
        "table",
        {},
        h("caption", {}, t("pages:cards.meters")),
        h("tbody", {}, ...c.meters.map((m) => h("tr", {}, h("th", { scope: "row" }, m.label), h("td", {}, formatNumber(m.value))))),
      ),
      h(
        "table",
        {},
        h("caption", {}, t("pages:cards.relations")),
        h("tbody", {}, ...c.relations.map((r) => h("tr", {}, h("th", { scope: "row" }, r.name), h("td", {}, formatDelta(r.value)), h("td", {}, r.word)))),
      ),
    ),
    h("p", { class: "role-note" }, t("pages:cards.noteOf", { label: c.meters.at(-1)!.label, note: c.meters.at(-1)!.note })),
    c.sanctionsImposed.length ? h("p", {}, h("strong", {}, t("pages:cards.imposed")), c.sanctionsImposed.join("; "), t("pages:cards.listEnd")) : null,
    c.sanctionsSuffered.length ? h("p", {}, h("strong", {}, t("pages:cards.suffered")), c.sanctionsSuffered.map((x) => t("pages:cards.by", { what: x })).join("; "), t("pages:cards.listEnd")) : null,
    h("h3", {}, t("pages:cards.goals")),
    h("ul", {}, ...c.goals.map((g) => h("li", {}, h("strong", {}, t("pages:cards.goal", { title: g.title, points: g.points })), g.text))),
    h("p", {}, h("strong", {}, t("pages:cards.shared", { title: t(scenario.sharedGoal.title), points: scenario.sharedGoal.points })), sharedGoalText(scenario)),
    h("p", { class: "role-secret" }, t("pages:cards.secret")),
    h("h3", {}, t("pages:cards.limits")),
    h("p", {}, h("strong", {}, t("pages:cards.budget")), c.budget),
    h("p", {}, t("pages:cards.ordersIntro")),
    h("ul", { class: "role-orders" }, ...c.orders.map((o) => h("li", {}, t("pages:cards.order", { label: o.label, cost: o.cost })))),
    h("p", {}, t("pages:cards.keepOrBreak")),
  );
}

export function roleCardsPage(): HTMLElement {
  const lessonTurns = presetTurns("lesson", scenario.turns);
  return h(
    "article",
    { class: "lesson-page role-cards-page" },
    pageNav("roleCards"),
    h(
      "div",
      { class: "no-print" },
      h("h1", {}, t("pages:cards.heading")),
      h(
        "p",
        {},
        t("pages:cards.intro"),
      ),
      h("button", { type: "button", class: "primary", id: "print-cards", onclick: () => window.print() }, t("pages:cards.print")),
    ),
    h(
      "section",
      { class: "role-background no-print", "aria-labelledby": "background-heading" },
      h("h2", { id: "background-heading" }, t("pages:cards.situationOf", { title: t(scenario.title) })),
      h("p", {}, t(scenario.summary)),
      h("p", {}, t("pages:cards.lasts", { turns: scenario.turns, lessonTurns, first: scenario.turnLabels[0] ? t(scenario.turnLabels[0]) : "" })),
      h(
        "table",
        {},
        h("caption", {}, t("pages:cards.worldAtStart")),
        h("tbody", {}, ...startingWorld(scenario).map((w) => h("tr", {}, h("th", { scope: "row" }, w.label), h("td", {}, formatNumber(w.value))))),
      ),
    ),
    ...POWERS.map(card),
  );
}
