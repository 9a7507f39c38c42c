/**
 * Relations and trust in a table, for reading the world without the map: this power's own
 * relations first, the other pairs below, each value with its change since the last turn began
 * as an arrow and in words (never colour alone).
 */
import type { PowerId } from "../../../../shared/game";
import { t } from "../../../../shared/i18n";
import { h, memo } from "../../ui/dom";
import { scrollBox } from "../../ui/scrollBox";
import { powerName } from "../../logic/format";
import { relationsTable, trendWords, type Reading } from "../../logic/relations";
import type { AppContext } from "../../app/context";
import "./words.css";

export class RelationsPanel {
  readonly element = h("section", { class: "relations", id: "relations", "aria-labelledby": "relations-heading" });
  private readonly draw = memo();

  update(ctx: AppContext): void {
    const view = ctx.view.match;
    if (!view) return;
    const table = relationsTable(view, ctx.power);
    this.draw(JSON.stringify([table, ctx.power]), () => {
      const since = table.turn === null ? t("world:relationsTable.noneYet") : t("world:relationsTable.since", { turn: table.turn });
      const parts: HTMLElement[] = [h("h2", { id: "relations-heading" }, t("world:relationsTable.heading")), h("p", { class: "hint" }, t("world:relationsTable.hint"))];
      if (ctx.power !== null) {
        const me = ctx.power;
        parts.push(
          scrolling(
            h(
              "table",
              { class: "relations-table", id: "relations-mine" },
              h("caption", {}, t("world:relationsTable.mineCaption", { power: powerName(me), since })),
              h("thead", {}, h("tr", {}, colHead("power"), colHead("relations"), colHead("trustIn"), colHead("trustFrom"))),
              h("tbody", {}, ...table.mine.map((r) => h("tr", { class: `power-row power-${r.other}`, "data-relation": r.other }, rowHead(powerName(r.other)), cell(r.relation), cell(r.trustIn), cell(r.trustFrom)))),
            ),
          ),
        );
      }
      const pairs = scrolling(
        h(
          "table",
          { class: "relations-table", id: "relations-others" },
          h("caption", {}, t(ctx.power ? "world:relationsTable.othersCaption" : "world:relationsTable.allCaption", { since })),
          h("thead", {}, h("tr", {}, colHead("pair"), colHead("relations"), colHead("firstInSecond"), colHead("secondInFirst"))),
          h("tbody", {}, ...table.others.map((r) => h("tr", { "data-relation": `${r.a}|${r.b}` }, rowHead(pairName(r.a, r.b)), cell(r.relation), cell(r.aTrustsB), cell(r.bTrustsA)))),
        ),
      );
      parts.push(ctx.power ? h("details", { class: "relations-others" }, h("summary", {}, t("world:relationsTable.othersSummary")), pairs) : pairs);
      this.element.replaceChildren(...parts);
    });
  }
}

function colHead(key: string): HTMLElement {
  return h("th", { scope: "col" }, t(`world:relationsTable.col.${key}`));
}

function rowHead(text: string): HTMLElement {
  return h("th", { scope: "row" }, text);
}

function pairName(a: PowerId, b: PowerId): string {
  return `${powerName(a)} \u2013 ${powerName(b)}`;
}

/**
 * A table that scrolls sideways inside itself on a narrow screen, never the page; named by its
 * caption, and reachable by keyboard like every scrolling region.
 */
function scrolling(table: HTMLElement): HTMLElement {
  return scrollBox(table.querySelector("caption")?.textContent ?? "", table);
}

/** "+12 ▲ (up 3)": the value, an arrow for the eye, the change in words for everyone. */
function cell(r: Reading): HTMLElement {
  const t = trendWords(r.change);
  return h(
    "td",
    { "data-change": r.change },
    h("span", { class: "meter-value" }, formatSigned(r.value)),
    " ",
    h("span", { class: `trend ${t.direction}` }, t.arrow ? h("span", { "aria-hidden": "true" }, `${t.arrow} `) : null, h("span", { class: t.direction === "flat" ? "sr-only" : "trend-words" }, t.words)),
  );
}

function formatSigned(n: number): string {
  return n < 0 ? `\u2212${Math.abs(n)}` : String(n);
}
