// The game core's namespaces in every shipped language.
import enNews from "./locales/en/news";
import enScenario from "./locales/en/scenario";

export const GAME_LANGUAGES = ["en", "uk", "de", "fr"] as const;
export type GameLanguage = (typeof GAME_LANGUAGES)[number];

export const GAME_RESOURCES = {
  en: { news: enNews, scenario: enScenario },
  uk: {},
  de: {},
  fr: {},
};
