/** The links between the lesson pages and back to the game, and the routes they live at. */
import { h } from "../ui/dom";
import { t } from "../../../shared/i18n";

/** Each page's title is read in the page's language when used. */
export const PAGES = {
  rules: { path: "/rules", get title() { return t("pages:title.rules"); } },
  roleCards: { path: "/role-cards", get title() { return t("pages:title.roleCards"); } },
  guide: { path: "/teacher", get title() { return t("pages:title.guide"); } },
} as const;
export type PageName = keyof typeof PAGES;

/** The page at this address, if it is one of the lesson pages. */
export function pageFromPath(pathname: string): PageName | null {
  const clean = pathname.replace(/\/+$/, "") || "/";
  return (Object.keys(PAGES) as PageName[]).find((name) => PAGES[name].path === clean) ?? null;
}

/** A navigation bar for the top of each page (hidden on paper). */
export function pageNav(current: PageName): HTMLElement {
  return h(
    "nav",
    { class: "page-nav no-print", "aria-label": t("pages:nav") },
    h("a", { href: "/" }, t("pages:play")),
    ...(Object.keys(PAGES) as PageName[]).map((name) => h("a", { href: PAGES[name].path, ...(name === current ? { "aria-current": "page" } : {}) }, PAGES[name].title)),
  );
}

/**
 * Links to the lesson pages from inside the game. `newTab` for a screen holding a match, so
 * reading the rules never leaves it; the words say so for screen-reader users.
 */
export function lessonLinks(names: readonly PageName[], newTab: boolean, labels: Partial<Record<PageName, string>> = {}): HTMLElement {
  return h(
    "p",
    { class: "lesson-links" },
    ...names.flatMap((name, i) => [
      i > 0 ? " · " : null,
      h(
        "a",
        { href: PAGES[name].path, id: `link-${name}`, ...(newTab ? { target: "_blank", rel: "noopener" } : {}) },
        labels[name] ?? PAGES[name].title,
        newTab ? h("span", { class: "sr-only" }, t("common:newTab")) : null,
      ),
    ]),
  );
}
