/** A tiny element builder. Text always goes in as text nodes, never as HTML. */
export type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | null | ((event: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === "function") element.addEventListener(key.replace(/^on/, "").toLowerCase(), value);
    else if (value === true) element.setAttribute(key, "");
    else element.setAttribute(key, String(value));
  }
  append(element, children);
  return element;
}

function append(element: HTMLElement, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/**
 * Replaces a container's children, then puts keyboard focus back on the element with the same
 * `data-key` (or id) if focus was inside: lists redrawn on every change stay usable by keyboard.
 */
export function replaceKeepingFocus(container: HTMLElement, ...children: Child[]): void {
  const active = document.activeElement as HTMLElement | null;
  const inside = active !== null && container.contains(active);
  const key = inside ? (active.dataset.key ?? (active.id || null)) : null;
  container.replaceChildren();
  append(container, children);
  if (!key) return;
  const again = container.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`) ?? (active?.id ? document.getElementById(active.id) : null);
  again?.focus();
}

/** Runs `render` only when `signature` differs from last time: most changes touch one panel. */
export function memo(): (signature: string, render: () => void) => void {
  let last: string | null = null;
  return (signature, render) => {
    if (signature === last) return;
    last = signature;
    render();
  };
}

/** A <select> of [value, label] pairs with `selected` chosen if present. */
export function select(attrs: Attrs, options: readonly (readonly [string, string])[], selected?: string): HTMLSelectElement {
  const el = h("select", attrs, ...options.map(([value, label]) => h("option", { value }, label)));
  if (selected !== undefined && options.some(([v]) => v === selected)) el.value = selected;
  return el;
}

/** A labelled field: <label for> + control, so screen readers and tests find it by its label. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  if (!control.id) control.id = `f-${Math.random().toString(36).slice(2, 9)}`;
  return h("div", { class: "field" }, h("label", { for: control.id }, label), control, hint ? h("span", { class: "hint" }, hint) : null);
}
