/** The offers tab: the inbox first (offers waiting for this power's answer on top), then the proposal form. */
import type { Offer } from "../../../../shared/game";
import { h, memo, replaceKeepingFocus } from "../../ui/dom";
import { describeTerms } from "../../logic/format";
import { inboxOrder, offerChoices, offerParties, offerStatus, type OfferChoice } from "../../logic/offers";
import { OfferForm } from "./offerForm";
import { offerChangeLine } from "../../logic/delegation";
import type { AppContext } from "../../app/context";
import { labels, t } from "../../../../shared/i18n";
import { describeRefusal } from "../../logic/refusals";

const CHOICE_LABELS: Record<OfferChoice, string> = labels("offers:choice", ["accept", "reject", "counter", "withdraw"]);

export class OffersPanel {
  readonly element: HTMLElement;
  openForMe = 0;
  private readonly list = h("ul", { class: "offer-list", id: "offer-list" });
  private readonly form = new OfferForm((offerId) => (this.lastAnswered = offerId));
  private readonly draw = memo();
  private lastAnswered: string | null = null;
  private ctx: AppContext | null = null;

  constructor() {
    this.element = h("section", { class: "offers", "aria-labelledby": "offers-heading" }, h("h2", { id: "offers-heading" }, t("match:tab.offers")), h("h3", {}, t("offers:inbox")), this.list, this.form.element);
  }

  update(ctx: AppContext): void {
    this.ctx = ctx;
    const view = ctx.view.match;
    if (!view) return;
    const open = ctx.board.phase === "negotiation" || ctx.board.phase === "orders";
    const offers = inboxOrder(view.offers, ctx.power);
    this.openForMe = open ? offers.filter((o) => offerChoices(o, ctx.power).some((c) => c === "accept")).length : 0;
    const refused = ctx.errors.get("offer");
    const error = refused ? describeRefusal(refused) : null;
    this.form.update(ctx, open, this.lastAnswered === null ? error : null);
    this.draw(JSON.stringify([offers, ctx.power, open, error, this.lastAnswered, ctx.view.delegation?.offers]), () => {
      const items = offers.map((o) => this.item(ctx, o, open, error && this.lastAnswered === o.id ? error : null));
      replaceKeepingFocus(this.list, ...(items.length ? items : [h("li", { class: "hint" }, t("offers:none"))]));
    });
  }

  private item(ctx: AppContext, o: Offer, open: boolean, error: string | null): HTMLElement {
    const choices = open ? offerChoices(o, ctx.power) : [];
    const changed = offerChangeLine(ctx.view.delegation?.offers[o.id]);
    return h(
      "li",
      { class: `offer status-${o.status}`, "data-offer": o.id },
      h("p", { class: "offer-parties" }, t("offers:line", { parties: offerParties(o), turn: o.turn, visibility: t(`offers:visibility.${o.visibility}`) }), o.counterOf ? t("offers:isCounter") : ""),
      h("p", { class: "offer-terms" }, describeTerms(o.terms)),
      h("p", { class: "offer-status" }, h("strong", {}, t("offers:status")), offerStatus(o)),
      changed ? h("p", { class: "delegation-change offer-changed-by" }, changed) : null,
      choices.length
        ? h(
            "div",
            { class: "row" },
            ...choices.map((c) =>
              h(
                "button",
                { type: "button", class: c === "accept" ? "primary" : c === "reject" || c === "withdraw" ? "danger" : "", "data-key": `${c}-${o.id}`, "data-choice": c, onclick: () => this.answer(o, c) },
                CHOICE_LABELS[c],
                h("span", { class: "sr-only" }, t("offers:srOffer", { parties: offerParties(o) })),
              ),
            ),
          )
        : null,
      error ? h("p", { class: "error", role: "alert" }, t("match:refused", { reason: error })) : null,
    );
  }

  private answer(o: Offer, c: OfferChoice): void {
    const ctx = this.ctx;
    const view = ctx?.view.match;
    if (!ctx || !view) return;
    if (c === "counter") {
      this.lastAnswered = null;
      this.form.counter(o);
      return;
    }
    this.lastAnswered = o.id;
    ctx.send("offer", { turn: view.turn, action: { action: c, offerId: o.id } });
  }
}
