/**
 * The news as a turn digest, newest turn first: the three to five headlines that matter most to
 * this seat lead (see logic/digest.ts), the rest of the turn folds away, and earlier turns fold
 * whole. Numbers are rounded as people read them.
 */
import { POWERS, type MatchView, type NewsItem, type PowerId, type Text } from "../../../../shared/game";
import { h, memo } from "../../ui/dom";
import { describeEffect } from "../../logic/format";
import { readableEffects, turnDigest } from "../../logic/digest";
import type { AppContext } from "../../app/context";
import { t, translate } from "../../../../shared/i18n";
import "./words.css";

/** An event's headline is its title: the same key with the same parameters. */
const sameText = (a: Text, b: Text) => a.key === b.key && JSON.stringify(a.params ?? {}) === JSON.stringify(b.params ?? {});

export class NewsPanel {
  readonly element = h("section", { class: "news", id: "news", "aria-labelledby": "news-heading" });
  private readonly draw = memo();

  update(ctx: AppContext): void {
    const view = ctx.view.match;
    if (!view) return;
    this.draw(JSON.stringify([view.news.length, view.events.length, view.turn, ctx.power]), () => {
      const turns = [...new Set(view.news.map((n) => n.turn))].sort((a, b) => b - a);
      const sections = turns.map((turn, i) => turnSection(view, turn, ctx.power, i === 0));
      this.element.replaceChildren(h("h2", { id: "news-heading" }, t("world:news")), ...(sections.length ? sections : [h("p", { class: "hint" }, t("world:noNews"))]));
    });
  }
}

function turnTitle(view: MatchView, turn: number): string {
  const label = view.scenario.turnLabels[turn - 1];
  return label ? t("world:turnLabelled", { turn, label: t(label) }) : t("world:turn", { turn });
}

/** One turn: its leading headlines, then the rest folded; an earlier turn folds whole. */
function turnSection(view: MatchView, turn: number, me: PowerId | null, latest: boolean): HTMLElement {
  const { headlines, rest } = turnDigest(view.news.filter((n) => n.turn === turn), me);
  const specials = Object.fromEntries(POWERS.map((p) => [p, t(view.scenario.powers[p].special.label)])) as Record<PowerId, string>;
  const item = (n: NewsItem) => newsItem(view, n, me, specials);
  const body = [
    h("ul", { class: "digest-headlines" }, ...headlines.map(item)),
    rest.length ? h("details", { class: "news-more" }, h("summary", {}, t("world:digest.more", { count: rest.length, turn })), h("ul", {}, ...rest.map(item))) : null,
  ];
  if (latest) return h("section", { class: "news-turn", "data-turn": turn }, h("h3", {}, turnTitle(view, turn)), ...body);
  return h("details", { class: "news-turn news-earlier", "data-turn": turn }, h("summary", {}, turnTitle(view, turn)), ...body);
}

function newsItem(view: MatchView, n: NewsItem, me: PowerId | null, specials: Record<PowerId, string>): HTMLElement {
  const event = n.kind === "event" ? view.events.find((e) => e.turn === n.turn && sameText(e.title, n.headline)) : undefined;
  const { shown, more } = readableEffects(n.effects, me);
  const effects = shown.map((e) => describeEffect(e, specials));
  if (more > 0) effects.push(t("world:digest.smaller", { count: more }));
  return h(
    "li",
    { class: `news-item kind-${n.kind}${n.powers[0] ? ` power-${n.powers[0]}` : ""}` },
    h("p", { class: "headline" }, translate(n.headline)),
    event ? h("p", { class: "event-text" }, translate(event.text)) : null,
    effects.length > 0 ? h("p", { class: "effects" }, effects.join(" · ")) : null,
  );
}
