/** The powers' public meters with their trends, and the world's four gauges, as a readable table. */
import { METERS, POWERS, WORLD_KEYS } from "../../../../shared/game";
import { h, memo } from "../../ui/dom";
import { labels, t } from "../../../../shared/i18n";
import { WORLD_LABELS, formatNumber, formatTrend, powerName } from "../../logic/format";

const SHORT: Record<(typeof METERS)[number], string> = labels("world:short", ["economy", "support", "standing", "special"]);
import type { AppContext } from "../../app/context";

export class MetersPanel {
  readonly element = h("section", { class: "meters", "aria-labelledby": "meters-heading" });
  private readonly draw = memo();

  update(ctx: AppContext): void {
    const view = ctx.view.match;
    if (!view) return;
    this.draw(JSON.stringify([view.powers, view.world, view.worldTrend, ctx.power, view.seats]), () => {
      const head = h(
        "tr",
        {},
        h("th", { scope: "col" }, t("world:power")),
        ...METERS.map((m) => h("th", { scope: "col" }, SHORT[m])),
      );
      const rows = POWERS.map((p) =>
        h(
          "tr",
          { class: `power-row power-${p}${p === ctx.power ? " mine" : ""}` },
          h("th", { scope: "row" }, powerName(p), view.seats[p] === "human" ? null : h("span", { class: "seat" }, view.seats[p] === "bot" ? t("world:seatBot") : t("world:seatHolds"))),
          ...METERS.map((m) => {
            const value = view.powers[p].meters[m];
            const trend = view.powers[p].trend[m];
            const special = view.scenario.powers[p].special;
            const label = m === "special" ? (special.higherIsBetter ? t(special.label) : t("world:lowerBetter", { label: t(special.label) })) : "";
            return h(
              "td",
              { "data-meter": `${p}.${m}` },
              label ? h("span", { class: "meter-name" }, label) : null,
              h("span", { class: "meter-value" }, formatNumber(Math.round(value))),
              h("span", { class: `trend ${trend > 0 ? "up" : trend < 0 ? "down" : "flat"}` }, formatTrend(trend)),
            );
          }),
        ),
      );
      const world = h(
        "ul",
        { class: "world" },
        ...WORLD_KEYS.map((k) =>
          h(
            "li",
            { "data-world": k },
            h("span", { class: "meter-name" }, WORLD_LABELS[k]),
            h("span", { class: "meter-value" }, formatNumber(Math.round(view.world[k]))),
            h("span", { class: `trend ${view.worldTrend[k] > 0 ? "up" : view.worldTrend[k] < 0 ? "down" : "flat"}` }, formatTrend(view.worldTrend[k])),
          ),
        ),
      );
      this.element.replaceChildren(
        h("h2", { id: "meters-heading" }, t("world:heading")),
        world,
        h("table", { class: "meter-table" }, h("caption", { class: "sr-only" }, t("world:caption")), h("thead", {}, head), h("tbody", {}, ...rows)),
      );
    });
  }
}
