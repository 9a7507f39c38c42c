// Renders the game core's Texts (news, events, deeds, refusals) through i18next with the game's
// namespaces and formats. The server's exports and the tests use it directly; the client goes
// through the same namespaces and formats.
import i18next, { type i18n as I18n } from "i18next";
import type { Text } from "../game/types";
import { addGameFormats } from "./gameFormats";
import { GAME_RESOURCES, type GameLanguage } from "./gameResources";

export const GAME_NAMESPACES = ["news", "scenario"] as const;
export { GAME_LANGUAGES, type GameLanguage } from "./gameResources";

/**
 * An i18next instance with the game's namespaces in every language. `strict` turns off the
 * fallback to English, so that a missing key shows as missing (the tests' way to find one).
 */
export function createGameI18n(lng: GameLanguage, strict = false): I18n {
  const i18n = i18next.createInstance();
  // Resources are bundled, so init runs synchronously (initAsync: false).
  void i18n.init({
    lng,
    fallbackLng: strict ? false : "en",
    resources: GAME_RESOURCES,
    ns: [...GAME_NAMESPACES],
    defaultNS: "news",
    // Rendered into text nodes and plain files, never into HTML unescaped: no HTML escaping here.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  addGameFormats(i18n);
  return i18n;
}

const instances = new Map<GameLanguage, I18n>();

/** The Text as a sentence in `lng` (English by default). */
export function renderText(text: Text, lng: GameLanguage = "en"): string {
  let i18n = instances.get(lng);
  if (!i18n) instances.set(lng, (i18n = createGameI18n(lng)));
  return i18n.t(text.key, text.params ?? {});
}
