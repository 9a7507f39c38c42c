/**
 * The connection's state, always on screen during a match: online, reconnecting (the countdown
 * is paused meanwhile), or disconnected for good. A small chip in the corner; the banner above
 * the page says the same at length while reconnecting.
 */
import { h } from "../ui/dom";
import { t } from "../../../shared/i18n";
import type { LinkStatus } from "../net";

const WORDS = { connected: "ui:connection.online", reconnecting: "ui:connection.reconnecting", closed: "ui:connection.gone" } as const;

export class ConnectionStatus {
  private readonly text = h("span", {});
  readonly element = h("p", { id: "connection-status", class: "connection-status", hidden: true }, h("span", { class: "dot", "aria-hidden": "true" }), this.text);

  /** `null`: no match, nothing to be connected to. */
  show(status: LinkStatus | null): void {
    this.element.hidden = status === null;
    if (status === null || this.element.dataset.state === status) return;
    this.element.dataset.state = status;
    this.element.setAttribute("aria-label", t("ui:connection.label"));
    this.text.textContent = t(WORDS[status]);
  }
}
