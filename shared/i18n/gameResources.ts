// The game core's namespaces in every shipped language.
import deNews from "./locales/de/news";
import deScenario from "./locales/de/scenario";
import enNews from "./locales/en/news";
import enScenario from "./locales/en/scenario";
import frNews from "./locales/fr/news";
import frScenario from "./locales/fr/scenario";
import ukNews from "./locales/uk/news";
import ukScenario from "./locales/uk/scenario";

export const GAME_LANGUAGES = ["en", "uk", "de", "fr"] as const;
export type GameLanguage = (typeof GAME_LANGUAGES)[number];

export const GAME_RESOURCES = {
  en: { news: enNews, scenario: enScenario },
  uk: { news: ukNews, scenario: ukScenario },
  de: { news: deNews, scenario: deScenario },
  fr: { news: frNews, scenario: frScenario },
};
