/** How the people lists name a member's connection: nothing for online, a word for the rest. */
import type { Presence } from "../net";
import { t } from "../../../shared/i18n";

export function presenceText(presence: Presence): string | null {
  return presence === "online" ? null : presence === "reconnecting" ? t("common:presence.reconnecting") : t("common:presence.offline");
}
