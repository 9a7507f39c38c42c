/** The news feed: this turn's events and the headlines of every resolution, newest first. */
import { POWERS, type PowerId, type Text } from "../../../../shared/game";
import { h, memo } from "../../ui/dom";
import { describeEffect } from "../../logic/format";
import type { AppContext } from "../../app/context";
import { t, translate } from "../../../../shared/i18n";

/** An event's headline is its title: the same key with the same parameters. */
const sameText = (a: Text, b: Text) => a.key === b.key && JSON.stringify(a.params ?? {}) === JSON.stringify(b.params ?? {});

export class NewsPanel {
  readonly element = h("section", { class: "news", id: "news", "aria-labelledby": "news-heading" });
  private readonly draw = memo();

  update(ctx: AppContext): void {
    const view = ctx.view.match;
    if (!view) return;
    this.draw(JSON.stringify([view.news.length, view.events.length, view.turn]), () => {
      const specials = Object.fromEntries(POWERS.map((p) => [p, view.scenario.powers[p].special.label])) as Record<PowerId, string>;
      const turns = [...new Set(view.news.map((n) => n.turn))].sort((a, b) => b - a);
      const sections = turns.map((turn) =>
        h(
          "section",
          { class: "news-turn" },
          h("h3", {}, view.scenario.turnLabels[turn - 1] ? t("world:turnLabelled", { turn, label: view.scenario.turnLabels[turn - 1]! }) : t("world:turn", { turn })),
          h(
            "ul",
            {},
            ...view.news
              .filter((n) => n.turn === turn)
              .reverse()
              .map((n) => {
                const event = n.kind === "event" ? view.events.find((e) => e.turn === n.turn && sameText(e.title, n.headline)) : undefined;
                return h(
                  "li",
                  { class: `news-item kind-${n.kind}${n.powers[0] ? ` power-${n.powers[0]}` : ""}` },
                  h("p", { class: "headline" }, translate(n.headline)),
                  event ? h("p", { class: "event-text" }, translate(event.text)) : null,
                  n.effects.length > 0 ? h("p", { class: "effects" }, n.effects.map((e) => describeEffect(e, specials)).join(" · ")) : null,
                );
              }),
          ),
        ),
      );
      this.element.replaceChildren(h("h2", { id: "news-heading" }, t("world:news")), ...(sections.length ? sections : [h("p", { class: "hint" }, t("world:noNews"))]));
    });
  }
}
