/** The badge beside a member's name in the lobby and the match's people list. */
import { h } from "../ui/dom";
import { presenceText } from "../logic/presence";
import type { Presence } from "../net";

export function presenceBadge(presence: Presence): HTMLElement | null {
  const text = presenceText(presence);
  return text === null ? null : h("span", { class: `badge ${presence}` }, text);
}
