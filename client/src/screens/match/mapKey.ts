/**
 * What the map's icons and lines mean, in words under the map: nothing there is explained by a
 * hover alone (a phone has none). A disclosure a tap or a key opens and closes, open at first.
 * Below the key, what each icon on the map stands for right now ("EU: energy sanctions on
 * Russia"), so a reader on a touch screen need not find a tooltip.
 */
import { h } from "../../ui/dom";
import { t } from "../../../../shared/i18n";
import { iconMeanings } from "../../map/icons";
import type { MapModel } from "../../map/model";

export class MapKey {
  private readonly now = h("ul", { class: "map-key-now", id: "map-key-now" });
  private readonly nothing = h("p", { class: "hint", id: "map-key-nothing" }, t("ui:map.nothingNow"));
  readonly element: HTMLElement;

  constructor() {
    const item = (icon: HTMLElement, key: string) => h("li", {}, icon, " ", h("span", {}, t(`ui:mapKey.${key}`)));
    // The glyphs are symbols, the same in every language: the words beside them say what they stand for.
    const icon = (kind: string, glyph: string) => h("span", { class: `key-icon key-icon-${kind}`, "aria-hidden": "true", translate: "no" }, glyph);
    this.element = h(
      "details",
      { class: "map-key-panel", id: "map-key", open: true },
      h("summary", {}, t("ui:mapKey.heading")),
      h(
        "ul",
        { class: "map-key-list" },
        item(icon("sanction", "En"), "sanction"),
        item(icon("aid", "$"), "aid"),
        item(icon("summit", "★"), "summit"),
        item(h("span", { class: "key-lines", "aria-hidden": "true" }, h("span", { class: "key-line key-line-friendly" }), h("span", { class: "key-line key-line-hostile" })), "lines"),
        item(icon("spoke", "✓"), "spoke"),
      ),
      h("p", { class: "hint" }, t("ui:mapKey.tap")),
      h("h3", { class: "map-key-now-heading" }, t("ui:map.now")),
      this.now,
      this.nothing,
    );
  }

  update(model: MapModel): void {
    const meanings = iconMeanings(model);
    this.now.replaceChildren(...meanings.map((m) => h("li", {}, m)));
    this.now.hidden = meanings.length === 0;
    this.nothing.hidden = meanings.length > 0;
  }
}
