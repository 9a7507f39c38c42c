/** The debrief's promises, power by power, each with what became of it (see logic/promises). */
import { POWERS, type MatchView } from "../../../shared/game";
import { t, translate } from "../../../shared/i18n";
import { promisesOf, type Aftermath, type PromiseItem } from "../logic/promises";
import { TOPICS, capitalize, describeOrder, describeTerms, midSentence, powerName } from "../logic/format";
import { ceasefireLabel } from "./match/orderLabels";
import { h } from "../ui/dom";

export function promiseLists(view: MatchView): HTMLElement {
  return h(
    "div",
    { class: "promise-lists" },
    h("h3", { id: "promises-heading" }, t("debrief:promisesHeading")),
    ...POWERS.map((p) => {
      const items = promisesOf(view, p);
      return h(
        "section",
        { class: `promise-list power-${p}`, "aria-labelledby": `promises-${p}`, "data-promises": p },
        h("h4", { id: `promises-${p}` }, powerName(p)),
        items.length === 0 ? h("p", { class: "hint" }, t("debrief:promise.none")) : h("ul", {}, ...items.map((item) => promiseLine(view, item))),
      );
    }),
  );
}

function promiseLine(view: MatchView, item: PromiseItem): HTMLElement {
  return h("li", { class: `promise after-${item.aftermath.kind}`, "data-after": item.aftermath.kind }, t("debrief:promiseLine", { what: what(view, item), after: after(view, item.aftermath) }));
}

function what(view: MatchView, { source }: PromiseItem): string {
  switch (source.kind) {
    case "commitment":
      return t("debrief:promise.agreed", { terms: describeTerms(source.commitment.terms), turn: source.commitment.turn });
    case "ceasefire":
      return capitalize(ceasefireLabel(view, source.ceasefire.id));
    case "words":
      return capitalize(t("debrief:promise.words", { tone: t(`match:tone.${source.words.tone}`), topic: TOPICS[source.words.topic] ?? source.words.topic, turn: source.words.turn }));
  }
}

function after(view: MatchView, a: Aftermath): string {
  switch (a.kind) {
    case "kept":
      return t("debrief:after.kept", { turn: a.through });
    case "broken": {
      if (a.by.length === 0) return t("debrief:after.brokenUnknown", { turn: a.turn });
      const by = a.by.join(",");
      if (a.deeds.length === 0) return t("debrief:after.brokenBy", { turn: a.turn, by });
      const deed = a.deeds.map((o) => midSentence(describeOrder(o, (id) => ceasefireLabel(view, id)))).join(t("common:listSeparator"));
      return t("debrief:after.brokenDeed", { turn: a.turn, by, deed });
    }
    case "running":
      return a.through === null ? t("debrief:after.notBegun") : t("debrief:after.running", { turn: a.through });
    case "borneOut":
      return t("debrief:after.borneOut", { turn: a.turn });
    case "contradicted":
      return a.deed ? t("debrief:after.contradicted", { turn: a.turn, deed: translate(a.deed) }) : t("debrief:after.contradictedPlain", { turn: a.turn });
    case "unjudged":
      return t("debrief:after.unjudged");
  }
}
