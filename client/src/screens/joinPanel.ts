/**
 * The lobby's join address and its QR code, beside the code on the projector: a late student
 * scans the wall. The QR code's module (with the `qrcode` package) loads after the lobby is
 * drawn, so the lobby's own JavaScript does not grow with it.
 */
import { h } from "../ui/dom";
import { t } from "../../../shared/i18n";
import { isLoopbackOrigin, joinAddress } from "../logic/joinAddress";

export class JoinPanel {
  private readonly address = h("strong", { id: "join-address", class: "join-address" });
  private readonly qr = h("div", { class: "join-qr", id: "join-qr" });
  private readonly hint = h("p", { class: "hint", id: "join-loopback", hidden: true }, t("ui:join.loopback"));
  readonly element = h(
    "figure",
    { class: "join-panel", "aria-labelledby": "join-panel-caption" },
    this.qr,
    h("figcaption", { id: "join-panel-caption" }, h("span", { class: "join-scan" }, t("ui:join.scan")), " ", h("span", {}, t("ui:join.at")), " ", this.address, this.hint),
  );
  private addresses: readonly string[] = [];
  private code = "";
  private drawn = "";

  constructor(serverUrl: string) {
    void fetch(`${serverUrl}/api/addresses`, { cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<{ addresses?: unknown }>) : null))
      .then((body) => {
        const list = Array.isArray(body?.addresses) ? body.addresses.filter((a): a is string => typeof a === "string" && /^https?:\/\//.test(a)) : [];
        this.addresses = list;
        this.draw();
      })
      .catch(() => undefined);
  }

  update(code: string): void {
    this.code = code;
    this.draw();
  }

  private draw(): void {
    if (!this.code) return;
    const address = joinAddress(location.origin, this.addresses, this.code);
    if (address === this.drawn) return;
    this.drawn = address;
    this.address.textContent = address;
    this.hint.hidden = !isLoopbackOrigin(address);
    void import("../ui/qr").then(({ qrSvg }) => {
      if (this.drawn === address) this.qr.replaceChildren(qrSvg(address, t("ui:join.qr", { address })));
    });
  }
}
