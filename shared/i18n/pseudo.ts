/**
 * The pseudo-language for the bypass test: English with every string wrapped in ⟦ ⟧, so a text on
 * screen without the marks did not come through the layer. Loaded only by tests (see
 * client/src/i18n/language.ts for the flag that unlocks it); players never reach it.
 */
import en from "./locales/en/index";
import type { Resources } from "./index";

function mark(value: unknown): unknown {
  if (typeof value === "string") return `\u27E6${value}\u27E7`;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mark(v)]));
  return value;
}

export const pseudoResources = mark(en) as Resources;
