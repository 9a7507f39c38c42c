/**
 * The bar at the top of every page: the connection's state, the language switch, and while
 * reconnecting the banner that says so. It keeps its own place in the page (nothing is laid over
 * content) and stays at the top while the page scrolls, so the connection's state is always in
 * sight; the page scrolls a control brought into view (by Tab or a script) clear of it.
 */
import { h } from "../ui/dom";

export function topBar(...children: HTMLElement[]): HTMLElement {
  const bar = h("div", { class: "top-bar", id: "top-bar" }, ...children);
  // Its height changes with the banner and the width: scroll-padding and sticky panels follow it.
  new ResizeObserver(() => document.documentElement.style.setProperty("--top-bar-height", `${bar.offsetHeight}px`)).observe(bar);
  return bar;
}
