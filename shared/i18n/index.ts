/**
 * The translation layer: every word a screen or an export shows goes through here.
 *
 * The whole API:
 *   t("lobby:start", { count: 2 })      → a string in the current language (ns:key, i18next syntax:
 *                                          `{{name}}` parameters, `_one`/`_other` plural keys)
 *   translate({ key, params })          → the same for a `Text`, the form the game core stores
 *                                          instead of English sentences (so a replay reads in any language)
 *   formatNumber(n, options?)           → Intl.NumberFormat in the current language (true minus sign)
 *   formatDate(date, options?)          → Intl.DateTimeFormat in the current language
 *   currentLanguage()
 *   translatorFor(lang) / setTranslator(tr)
 *                                       → a separate translator (Node exports in a chosen language),
 *                                          and the one the module-level functions above use (the client
 *                                          sets it once at start-up, see client/src/i18n/language.ts).
 *
 * Resources: one file per namespace per language, shared/i18n/locales/<lang>/<namespace>.ts, each
 * listed in locales/<lang>/index.ts. English is bundled; the others load on demand as their own
 * chunks (see LOADERS), so the lobby's JavaScript does not grow with them. English is the fallback
 * for any key a language lacks, but tests/unit/i18n/locales.test.ts fails on a missing key anyway.
 * Ids (powers, orders, cards) are never shown: map them to a key, e.g. t(`common:power.${id}`).
 * `labels("common:phase", ids)` gives a record whose values are looked up when read, for
 * module-level tables that must follow the language chosen after the module loaded.
 */
import i18next, { type i18n } from "i18next";
import en from "./locales/en/index";
import { addGameFormats } from "./gameFormats";

/** The shipped languages. */
export const LANGS = ["en", "uk", "de", "fr"] as const;
export type Lang = (typeof LANGS)[number];
/** The test-only pseudo-language (every string wrapped in ⟦ ⟧), never offered to players. */
export const PSEUDO = "en-XA";

/** Each language's name in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: "English", uk: "Українська", de: "Deutsch", fr: "Français" };

export type Params = Record<string, string | number>;
/** A sentence as a key and its parameters, translated when shown. */
export interface Text {
  key: string;
  params?: Params;
}

/** namespace → nested keys → strings. */
export type Resources = Record<string, Record<string, unknown>>;

const LOADERS: Record<Exclude<Lang, "en">, () => Promise<{ default: Resources }>> = {
  uk: () => import("./locales/lang-uk"),
  de: () => import("./locales/lang-de"),
  fr: () => import("./locales/lang-fr"),
};

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/** The first shipped language among a browser's preferences ("de-CH" → "de"), else English. */
export function pickLanguage(preferences: readonly string[]): Lang {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLang(base)) return base;
  }
  return "en";
}

/** A language's resources: English at once, the others fetched as their own chunk. */
export async function loadResources(lang: Lang): Promise<Resources> {
  return lang === "en" ? en : (await LOADERS[lang]()).default;
}

export interface Translator {
  readonly lang: string;
  t(key: string, params?: Params): string;
  translate(text: Text): string;
  number(n: number, options?: Intl.NumberFormatOptions): string;
  date(date: Date | number, options?: Intl.DateTimeFormatOptions): string;
}

/** A translator over given resources (English is always there as the fallback). */
export function createTranslator(lang: string, resources: Resources): Translator {
  const instance: i18n = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: "en",
    defaultNS: "common",
    ns: Object.keys(en),
    resources: lang === "en" ? { en } : { en, [lang]: resources },
    initAsync: false,
    // Every string reaches the page as a text node, never as HTML: nothing to escape here.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // The game core's Texts name powers and other things by id: these formats give their words.
  addGameFormats(instance);
  const numbers = new Map<string, Intl.NumberFormat>();
  const t = (key: string, params?: Params) => instance.t(key, params ?? {}) as string;
  return {
    lang,
    t,
    translate: (text) => t(text.key, text.params),
    number(n, options) {
      const cacheKey = JSON.stringify(options ?? {});
      let format = numbers.get(cacheKey);
      if (!format) numbers.set(cacheKey, (format = new Intl.NumberFormat(lang, options)));
      // A true minus sign, as the screens always wrote negative numbers.
      return format.format(n).replace(/-/g, "\u2212");
    },
    date: (date, options) => new Intl.DateTimeFormat(lang, options).format(date),
  };
}

/** A translator for a shipped language, its resources loaded first. */
export async function translatorFor(lang: Lang): Promise<Translator> {
  return createTranslator(lang, await loadResources(lang));
}

let current: Translator = createTranslator("en", en);

/** Makes `tr` the translator behind t, translate and the formatters (the client, once at start-up). */
export function setTranslator(tr: Translator): void {
  current = tr;
}

/**
 * Runs `build` with `tr` behind t, translate and the formatters, then puts the previous one back:
 * how the server writes an export in the language a request asked for with the same functions the
 * screens use. `build` must be synchronous, so no other request can run while `tr` is in place.
 */
export function withTranslator<T>(tr: Translator, build: () => T): T {
  const previous = current;
  current = tr;
  try {
    return build();
  } finally {
    current = previous;
  }
}

export function currentLanguage(): string {
  return current.lang;
}

export function t(key: string, params?: Params): string {
  return current.t(key, params);
}

export function translate(text: Text): string {
  return current.translate(text);
}

export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return current.number(n, options);
}

/** A record id → label that translates `${prefix}.${id}` each time a value is read. */
export function labels<K extends string>(prefix: string, ids: readonly K[]): Record<K, string> {
  const record = {} as Record<K, string>;
  for (const id of ids) Object.defineProperty(record, id, { enumerable: true, get: () => t(`${prefix}.${id}`) });
  return record;
}

export function formatDate(date: Date | number, options?: Intl.DateTimeFormatOptions): string {
  return current.date(date, options);
}
