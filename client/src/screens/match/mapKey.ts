/**
 * What the map's icons and lines mean, in words under the map: nothing there is explained by a
 * hover alone (a phone has none). A disclosure a tap or a key opens and closes, open at first.
 */
import { h } from "../../ui/dom";
import { t } from "../../../../shared/i18n";

export function mapKey(): HTMLElement {
  const item = (icon: HTMLElement, key: string) => h("li", {}, icon, " ", h("span", {}, t(`ui:mapKey.${key}`)));
  const icon = (kind: string, glyph: string) => h("span", { class: `key-icon key-icon-${kind}`, "aria-hidden": "true" }, glyph);
  return h(
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
  );
}
