/**
 * The page's language: `?lang=xx` in the address forces it (and is remembered), else the one
 * remembered in localStorage, else the first of the browser's languages we ship, else English.
 * The pseudo-language (`?lang=en-XA`) is honoured only when a test sets
 * `window.__DETENTE_PSEUDO__` before the page starts, so no player reaches it by a link.
 * Changing the language reloads the page: every screen is drawn again in it, and a match comes
 * back to the same seat as after any reload.
 */
import { LANGS, LANGUAGE_NAMES, PSEUDO, createTranslator, isLang, pickLanguage, setTranslator, t, translatorFor, type Lang } from "../../../shared/i18n";
import type { KeyValueStore } from "../logic/route";
import { h } from "../ui/dom";

const LANG_KEY = "detente:lang";

export interface LanguageSources {
  search: string;
  stored: string | null;
  preferences: readonly string[];
  pseudoAllowed: boolean;
}

/** Which language to show, and whether the address chose it (then it is remembered). */
export function chooseLanguage(s: LanguageSources): { lang: Lang | typeof PSEUDO; fromAddress: boolean } {
  const asked = new URLSearchParams(s.search).get("lang");
  if (asked === PSEUDO && s.pseudoAllowed) return { lang: PSEUDO, fromAddress: true };
  if (asked && isLang(asked.toLowerCase())) return { lang: asked.toLowerCase() as Lang, fromAddress: true };
  if (isLang(s.stored)) return { lang: s.stored, fromAddress: false };
  return { lang: pickLanguage(s.preferences), fromAddress: false };
}

/** Picks the language and loads it (a separate chunk unless English) before any screen is drawn. */
export async function startLanguage(store: KeyValueStore = localStorage): Promise<void> {
  const pseudoAllowed = (window as { __DETENTE_PSEUDO__?: unknown }).__DETENTE_PSEUDO__ === true;
  const { lang, fromAddress } = chooseLanguage({ search: location.search, stored: store.getItem(LANG_KEY), preferences: navigator.languages ?? [navigator.language], pseudoAllowed });
  if (lang === PSEUDO) {
    const { pseudoResources } = await import("../../../shared/i18n/pseudo");
    setTranslator(createTranslator(PSEUDO, pseudoResources));
  } else {
    if (fromAddress) store.setItem(LANG_KEY, lang);
    if (lang !== "en") setTranslator(await translatorFor(lang));
  }
  document.documentElement.lang = lang;
}

/** The language switch at the top of every screen. */
export function languageSwitch(current: string, store: KeyValueStore = localStorage): HTMLElement {
  const choice = h("select", { id: "language-select", "aria-label": t("common:language") }, ...LANGS.map((l) => h("option", { value: l, lang: l, translate: "no" }, LANGUAGE_NAMES[l])));
  choice.value = isLang(current) ? current : "en";
  choice.addEventListener("change", () => {
    store.setItem(LANG_KEY, choice.value);
    const url = new URL(location.href);
    url.searchParams.delete("lang");
    // Same address (perhaps with a #fragment, which replace() would not reload): reload it.
    if (url.href === location.href) location.reload();
    else location.replace(url.href);
  });
  return h("nav", { class: "language-switch", "aria-label": t("common:language") }, choice);
}
