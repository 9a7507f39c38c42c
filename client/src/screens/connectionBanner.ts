/**
 * The banner above every screen while the connection to the game server is being won back. It
 * is a status region, so a screen reader says "Reconnecting…" once, not every attempt: the
 * attempt count beside it is for the eye only.
 */
import { h } from "../ui/dom";
import { t } from "../../../shared/i18n";

export class ConnectionBanner {
  private readonly message = h("span", {}, "");
  private readonly count = h("span", { class: "attempts", "aria-hidden": "true" });
  readonly element = h("div", { id: "connection-banner", class: "connection-banner", role: "status", "aria-live": "polite", hidden: true }, this.message, this.count);
  private code = "";

  /** `attempts`: failed attempts so far in this outage. */
  show(code: string, attempts: number): void {
    if (this.element.hidden || this.code !== code) {
      this.code = code;
      this.message.textContent = code ? t("common:reconnectingMatch", { code }) : t("common:reconnecting");
      this.element.hidden = false;
    }
    this.count.textContent = attempts > 0 ? t("common:attempt", { n: attempts + 1 }) : "";
  }

  hide(): void {
    if (this.element.hidden) return;
    this.element.hidden = true;
    this.message.textContent = "";
    this.count.textContent = "";
  }
}
