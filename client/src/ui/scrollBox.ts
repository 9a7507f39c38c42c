/**
 * A box that scrolls sideways inside the page when a table is wider than a phone, never the page
 * itself. It can take keyboard focus (then the arrow keys scroll it), and a screen reader names
 * it: a scrolling region nobody can reach by keyboard is a serious axe violation.
 */
import { h } from "./dom";

export function scrollBox(label: string, content: HTMLElement): HTMLElement {
  return h("div", { class: "table-scroll", role: "region", "aria-label": label, tabindex: 0 }, content);
}
