/** Accessible tabs (WAI-ARIA tab pattern): arrow keys move between tabs, each tab shows one panel. */
import { h } from "../../ui/dom";
import { t } from "../../../../shared/i18n";

export interface TabSpec {
  id: string;
  label: string;
  panel: HTMLElement;
}

const STORE_KEY = "detente:tab";

export class Tabs {
  readonly element: HTMLElement;
  private readonly buttons = new Map<string, HTMLButtonElement>();
  private readonly badges = new Map<string, HTMLElement>();
  private readonly panels = new Map<string, HTMLElement>();
  private selected: string;

  constructor(private readonly specs: TabSpec[], private readonly onSelect: (id: string) => void = () => undefined) {
    const list = h("div", { role: "tablist", class: "tablist", "aria-label": t("match:act") });
    for (const spec of specs) {
      const badge = h("span", { class: "tab-badge" });
      const button = h("button", { type: "button", role: "tab", id: `tab-${spec.id}`, "aria-controls": `panel-${spec.id}`, "data-tab": spec.id }, spec.label, badge);
      button.addEventListener("click", () => this.select(spec.id, true));
      button.addEventListener("keydown", (e) => this.onKey(e, spec.id));
      this.buttons.set(spec.id, button);
      this.badges.set(spec.id, badge);
      list.append(button);
      const panel = h("div", { role: "tabpanel", id: `panel-${spec.id}`, "aria-labelledby": `tab-${spec.id}`, class: "tabpanel", tabindex: 0 }, spec.panel);
      this.panels.set(spec.id, panel);
    }
    this.element = h("div", { class: "tabs" }, list, ...this.panels.values());
    this.selected = sessionStorage.getItem(STORE_KEY) ?? specs[0]!.id;
    this.select(this.selected, false);
  }

  select(id: string, remember: boolean): void {
    if (this.buttons.get(id)?.hidden) id = this.visible()[0] ?? id;
    this.selected = id;
    if (remember) sessionStorage.setItem(STORE_KEY, id);
    for (const [tab, button] of this.buttons) {
      const on = tab === id;
      button.setAttribute("aria-selected", on ? "true" : "false");
      button.tabIndex = on ? 0 : -1;
      this.panels.get(tab)!.hidden = !on;
    }
    if (remember) this.onSelect(id);
  }

  get current(): string {
    return this.selected;
  }

  setVisible(id: string, visible: boolean): void {
    const button = this.buttons.get(id);
    if (!button || button.hidden === !visible) return;
    button.hidden = !visible;
    if (!visible && this.selected === id) this.select(this.visible()[0] ?? id, false);
    else if (visible && this.selected !== id && sessionStorage.getItem(STORE_KEY) === id) this.select(id, false);
  }

  /** A count beside the tab's name ("Chat 3"), read out as "3 new". */
  setBadge(id: string, count: number): void {
    const badge = this.badges.get(id);
    if (!badge) return;
    const text = count > 0 ? String(count) : "";
    if (badge.dataset.count === String(count)) return;
    badge.replaceChildren(...(count > 0 ? [h("span", { "aria-hidden": "true" }, text), h("span", { class: "sr-only" }, t("match:newCount", { count }))] : []));
    badge.dataset.count = String(count);
  }

  private visible(): string[] {
    return this.specs.map((s) => s.id).filter((id) => !this.buttons.get(id)!.hidden);
  }

  private onKey(e: KeyboardEvent, id: string): void {
    const tabs = this.visible();
    const i = tabs.indexOf(id);
    const next = e.key === "ArrowRight" ? tabs[(i + 1) % tabs.length] : e.key === "ArrowLeft" ? tabs[(i - 1 + tabs.length) % tabs.length] : e.key === "Home" ? tabs[0] : e.key === "End" ? tabs.at(-1) : undefined;
    if (!next) return;
    e.preventDefault();
    this.select(next, true);
    this.buttons.get(next)?.focus();
  }
}
