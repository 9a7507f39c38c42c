// Renders the game core's Texts as an English reader sees them, through the translation layer.
import type { Text } from "../../shared/game";
import { createTranslator, loadResources } from "../../shared/i18n";

const en = createTranslator("en", await loadResources("en"));

/** The Text in English. */
export function english(text: Text): string {
  return en.translate(text);
}
