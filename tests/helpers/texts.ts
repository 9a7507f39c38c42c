// Renders the game core's Texts as an English reader sees them (the layer the client and exports use).
import type { Text } from "../../shared/game";
import { renderText } from "../../shared/i18n/gameText";

/** The Text in English. */
export function english(text: Text): string {
  return renderText(text, "en");
}
