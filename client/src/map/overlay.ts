/**
 * The map's DOM layer over the canvas: power names as buttons (Tab goes through the powers),
 * the info card with a power's public meters and relations, the icons, markers and legend.
 * Real text, so screen readers read it and it stays sharp at any canvas scale.
 */
import { POWERS, type PowerId } from "../../../shared/powers";
import type { Point, WorldMap } from "./asset";
import { labelBox, placeIcons, type Box } from "./icons";
import type { Meter, MapModel } from "./model";
import { relationOf } from "./model";
import { cssColour, NEUTRAL_TEXT, POWER_COLOURS } from "./palette";
import { ceasefireStyle, relationMood, relationStyle, relationWords } from "./styles";
import { formatNumber, t } from "../../../shared/i18n";

const powerName = (p: PowerId) => t(`common:power.${p}`);

type Attrs = Record<string, string>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, value);
  element.append(...children);
  return element;
}

export interface OverlayEvents {
  /** The power shown in the info card changed (null: none), to highlight it on the canvas. */
  onFocusPower(power: PowerId | null): void;
}

let overlayCount = 0;

export class MapOverlay {
  readonly element: HTMLElement;
  private readonly buttons = new Map<PowerId, HTMLButtonElement>();
  private readonly icons = el("ul", { class: "map-icons", "aria-label": t("ui:map.iconsList") });
  private readonly info: HTMLElement;
  private readonly legend = el("div", { class: "map-legend" });
  private model: MapModel | null = null;
  /** Names and insets, which icons must not cover. */
  readonly keepOut: Box[];
  private shown: PowerId | null = null;
  private hovered: PowerId | null = null;
  private focused: PowerId | null = null;

  constructor(private readonly map: WorldMap, private readonly events: OverlayEvents) {
    const infoId = `map-info-${++overlayCount}`;
    const box = ([x, y, width, height]: readonly [number, number, number, number]): Box => ({ x, y, width, height });
    this.keepOut = [...POWERS.map((power) => labelBox(powerName(power), map.labels[power])), box(map.inset.box), box(map.front.box)];
    this.info = el("div", { class: "map-info", id: infoId, hidden: "" });
    const list = el("ul", { class: "map-powers", "aria-label": t("ui:map.powersList") });
    for (const power of POWERS) {
      const button = el("button", { type: "button", class: `map-power map-power-${power}`, "data-map-power": power, "aria-describedby": infoId }, powerName(power));
      this.place(button, map.labels[power]);
      button.addEventListener("focus", () => this.setFocused(power));
      button.addEventListener("blur", () => this.setFocused(null));
      button.addEventListener("pointerenter", () => this.setHovered(power));
      button.addEventListener("pointerleave", () => this.setHovered(null));
      button.addEventListener("keydown", (event) => {
        if (event.key === "Escape") button.blur();
      });
      this.buttons.set(power, button);
      list.append(el("li", {}, button));
    }
    const markers = el(
      "ul",
      { class: "map-markers", "aria-label": t("ui:map.markersList") },
      this.marker(t("world:place.taiwan"), map.taiwan.at, "map-marker-taiwan"),
      this.marker(t("world:place.kursk"), map.front.kursk, "map-marker-kursk"),
    );
    const caption = el("p", { class: "map-caption" }, t("ui:map.frontCaption"));
    this.place(caption, [map.front.box[0] + 8, map.front.box[1] + map.front.box[3] - 40]);
    this.element = el("div", { class: "map-overlay" }, caption, markers, this.icons, list, this.legend, this.info);
  }

  /** The power under the mouse on the canvas (null when it leaves every power). */
  setHovered(power: PowerId | null): void {
    this.hovered = power;
    this.refreshInfo();
  }

  update(model: MapModel): void {
    this.model = model;
    for (const [power, button] of this.buttons) {
      const spoke = model.spoken.has(power);
      button.classList.toggle("spoke", spoke);
      button.setAttribute("aria-label", spoke ? t("world:hasSpoken", { power: powerName(power) }) : powerName(power));
    }
    this.icons.replaceChildren(
      ...placeIcons(this.map.capitals, model, this.keepOut).map((icon) => {
        const item = el("li", { class: `map-icon map-icon-${icon.kind}`, title: icon.label }, el("span", { "aria-hidden": "true", translate: "no" }, icon.glyph), el("span", { class: "map-sr" }, icon.label));
        item.style.setProperty("--from", cssColour(POWER_COLOURS[icon.from]));
        this.place(item, icon.at);
        return item;
      }),
    );
    const front = ceasefireStyle(model.ceasefire);
    this.legend.replaceChildren(
      el("p", { class: "map-legend-front" }, el("span", { class: `map-key map-key-front-${model.ceasefire}`, "aria-hidden": "true" }), t("ui:map.frontHeld", { front: front.label, percent: formatNumber(Math.round(model.frontLine * 100)) })),
      el("p", {}, el("span", { class: "map-key map-key-friendly", "aria-hidden": "true" }), t("ui:map.friendly"), el("span", { class: "map-key map-key-hostile", "aria-hidden": "true" }), t("ui:map.hostile")),
    );
    this.refreshInfo(true);
  }

  private setFocused(power: PowerId | null): void {
    this.focused = power;
    this.refreshInfo();
  }

  private marker(name: string, at: Point, className: string): HTMLElement {
    const item = el("li", { class: `map-marker ${className}` }, name);
    this.place(item, at);
    return item;
  }

  private place(element: HTMLElement, [x, y]: Point): void {
    element.style.left = `${(x / this.map.width) * 100}%`;
    element.style.top = `${(y / this.map.height) * 100}%`;
  }

  private refreshInfo(force = false): void {
    const power = this.hovered ?? this.focused;
    if (power === this.shown && !force) return;
    this.shown = power;
    this.events.onFocusPower(power);
    if (!power) {
      this.info.hidden = true;
      return;
    }
    this.info.replaceChildren(...infoCard(power, this.model));
    const [x, y] = this.map.labels[power];
    // Beside the name, on the side with more room, and never off the map.
    const right = x < this.map.width / 2;
    this.info.style.left = right ? `${(x / this.map.width) * 100 + 4}%` : "";
    this.info.style.right = right ? "" : `${100 - (x / this.map.width) * 100 + 4}%`;
    // Hanging down from a name in the upper half, standing up from one in the lower half.
    const below = y < this.map.height / 2;
    this.info.style.top = below ? `${Math.max(1, (y / this.map.height) * 100 - 8)}%` : "";
    this.info.style.bottom = below ? "" : `${Math.max(1, 100 - (y / this.map.height) * 100 - 8)}%`;
    this.info.hidden = false;
  }
}

function meterRow(meter: Meter): HTMLElement {
  const trend = meter.trend ?? 0;
  const arrow = trend > 0 ? `▲${trend}` : trend < 0 ? `▼${-trend}` : "";
  const words = trend > 0 ? t("world:up", { n: trend }) : trend < 0 ? t("world:down", { n: -trend }) : "";
  const bar = el("span", { class: "map-meter-bar", "aria-hidden": "true" }, el("span", {}));
  (bar.firstChild as HTMLElement).style.width = `${Math.max(0, Math.min(100, meter.value))}%`;
  return el(
    "li",
    { class: "map-meter" },
    el("span", { class: "map-meter-name" }, meter.label),
    bar,
    el("span", { class: "map-meter-value", "aria-label": `${Math.round(meter.value)}${words}` }, `${Math.round(meter.value)} `, el("span", { class: trend < 0 ? "down" : "up" }, arrow)),
  );
}

/** The card's content: who, the four public meters, then relations with every other power. */
export function infoCard(power: PowerId, model: MapModel | null): HTMLElement[] {
  const heading = el("h3", {}, powerName(power));
  if (!model) return [heading, el("p", {}, t("world:noFigures"))];
  const m = model.meters[power];
  const meters = m ? el("ul", { class: "map-meters", "aria-label": t("ui:map.meters") }, ...[m.economy, m.support, m.standing, m.own].map(meterRow)) : el("p", {}, t("world:noFigures"));
  const relations = el(
    "ul",
    { class: "map-relations", "aria-label": t("world:relations") },
    ...POWERS.filter((other) => other !== power).map((other) => {
      const score = relationOf(model, power, other);
      const mood = relationMood(score);
      const colour = mood === "neutral" ? NEUTRAL_TEXT : relationStyle(score).colour;
      const value = el("span", { class: "map-relation-mood" }, relationWords(score));
      value.style.color = cssColour(colour);
      return el("li", {}, el("span", {}, powerName(other)), value);
    }),
  );
  return [heading, meters, el("h4", {}, t("world:relations")), relations];
}
