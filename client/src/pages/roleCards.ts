/**
 * Printable role cards, one per power, one sheet each (see pages.css: a page break after each
 * card). Built from the scenario by logic/roleCards.ts; the secret objective is never on them.
 */
import { POWERS, victoryDay2025 as scenario, type PowerId } from "../../../shared/game";
import { presetTurns } from "../../../shared/session/presets";
import { h } from "../ui/dom";
import { roleCard, startingWorld } from "../logic/roleCards";
import { pageNav } from "./nav";

function card(power: PowerId): HTMLElement {
  const c = roleCard(scenario, power);
  const id = `card-${power}`;
  return h(
    "section",
    { class: `role-card power-${power}`, id, "aria-labelledby": `${id}-name`, "data-power": power },
    h("header", { class: "role-card-header" }, h("h2", { id: `${id}-name` }, c.name), h("p", { class: "role-leader" }, `Leader: ${c.leader} · ${scenario.title}`)),
    h("h3", {}, "The situation"),
    h("p", {}, scenario.summary),
    h("h3", {}, "Who you are"),
    h("p", {}, c.briefing),
    c.war ? h("p", {}, h("strong", {}, c.war)) : null,
    h("p", {}, h("strong", {}, "Your strengths: "), c.strengths.join("; "), "."),
    h("h3", {}, "Where you start"),
    h(
      "div",
      { class: "role-columns" },
      h(
        "table",
        {},
        h("caption", {}, "Your meters (0 to 100)"),
        h("tbody", {}, ...c.meters.map((m) => h("tr", {}, h("th", { scope: "row" }, m.label), h("td", {}, String(m.value))))),
      ),
      h(
        "table",
        {},
        h("caption", {}, "Your relations (−100 to +100)"),
        h("tbody", {}, ...c.relations.map((r) => h("tr", {}, h("th", { scope: "row" }, r.name), h("td", {}, `${r.value > 0 ? "+" : ""}${r.value}`), h("td", {}, r.word)))),
      ),
    ),
    h("p", { class: "role-note" }, c.meters.at(-1)!.label, ": ", c.meters.at(-1)!.note),
    c.sanctionsImposed.length ? h("p", {}, h("strong", {}, "Sanctions you impose (level 1 to 3 per sector): "), c.sanctionsImposed.join("; "), ".") : null,
    c.sanctionsSuffered.length ? h("p", {}, h("strong", {}, "Sanctions on you: "), c.sanctionsSuffered.map((x) => `by ${x}`).join("; "), ".") : null,
    h("h3", {}, "Your public goals (everyone knows them)"),
    h("ul", {}, ...c.goals.map((g) => h("li", {}, h("strong", {}, `${g.title} (${g.points} points). `), g.text))),
    h("p", {}, h("strong", {}, `Shared goal: ${scenario.sharedGoal.title} (${scenario.sharedGoal.points} points to every power). `), scenario.sharedGoal.text),
    h("p", { class: "role-secret" }, "You also have a secret objective. It is shown in the app, to you alone: keep it to yourself."),
    h("h3", {}, "Your powers and limits"),
    h("p", {}, h("strong", {}, "Budget: "), c.budget),
    h("p", {}, "Orders you can give each turn, and what they cost:"),
    h("ul", { class: "role-orders" }, ...c.orders.map((o) => h("li", {}, `${o.label}: ${o.cost}`))),
    h("p", {}, "Once you agree a ceasefire or a deal, each turn you also decide, in secret, whether to keep it or break it."),
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
      h("h1", {}, "Role cards"),
      h(
        "p",
        {},
        "One sheet per power, to print for the class (A4 or Letter). The cards hold nothing secret: each player's secret objective is shown in the app only.",
      ),
      h("button", { type: "button", class: "primary", id: "print-cards", onclick: () => window.print() }, "Print the cards"),
    ),
    h(
      "section",
      { class: "role-background no-print", "aria-labelledby": "background-heading" },
      h("h2", { id: "background-heading" }, `The situation: ${scenario.title}`),
      h("p", {}, scenario.summary),
      h("p", {}, `A match lasts ${scenario.turns} turns (${lessonTurns} in a 50-minute lesson), from "${scenario.turnLabels[0]}" on.`),
      h(
        "table",
        {},
        h("caption", {}, "The world at the start"),
        h("tbody", {}, ...startingWorld(scenario).map((w) => h("tr", {}, h("th", { scope: "row" }, w.label), h("td", {}, String(w.value))))),
      ),
    ),
    ...POWERS.map(card),
  );
}
