/** The proposal form: a new offer to chosen powers, or a counter-offer of the same kind. */
import { POWERS, type Offer, type PledgePromise, type PowerId } from "../../../../shared/game";
import { h, memo, replaceKeepingFocus, select } from "../../ui/dom";
import { capitalize, describeTerms, powerName } from "../../logic/format";
import { checkProposal, counterHeading, counterRecipients, offerRecipients } from "../../logic/offers";
import { MAX_DEAL_ITEMS, OFFER_FIELDS, OFFER_KIND_LABELS, OFFER_OPTIONS, TARGETED_PROMISES, buildTerms, dealItemCount, itemKey, termsValues, type OfferKind } from "../../logic/offerTerms";
import { optionLabel } from "./orderLabels";
import { countedText } from "../../ui/countedText";
import { STATEMENT_MAX_CHARS } from "../../../../shared/game/orders";
import type { AppContext } from "../../app/context";
import { labels, t } from "../../../../shared/i18n";
import "./words.css";

const LABELS: Record<string, string> = labels("offers:field", ["turns", "scope", "monitored", "topic", "tone", "text", "target", "sector", "from", "to", "item", "by", "promise", "length"]);
const PROMISE_LABELS: Record<string, string> = labels("offers:promise", ["noStrikes", "noOffensive", "noNewSanctions", "noMilitaryAidTo"]);
const ITEM_LABELS: Record<string, string> = labels("offers:item", ["militaryAid", "economicAid", "humanitarianAid", "tradeAccess", "easeSanctions"]);

export class OfferForm {
  readonly element = h("form", { class: "offer-form", id: "offer-form", "aria-labelledby": "offer-form-heading" });
  private readonly draw = memo();
  private kind: OfferKind = "jointStatement";
  private to: PowerId[] = [];
  private values: Record<string, string> = {};
  private visibility: "private" | "public" = "private";
  private counterOf: Offer | null = null;
  private ctx: AppContext | null = null;
  /**
   * A joint statement's words sent and not yet answered, with the offers there were then: the
   * box keeps them until the new offer shows up (then it empties), and for good if refused.
   */
  private sentWords: { text: string; known: Set<string> } | null = null;
  /** Counts the boxes emptied, so that the form is drawn again when only the words changed. */
  private emptied = 0;

  constructor(private readonly onSend: (offerId: string | null) => void) {
    this.element.addEventListener("submit", (e) => {
      e.preventDefault();
      this.submit();
    });
  }

  counter(o: Offer): void {
    this.counterOf = o;
    this.kind = o.terms.kind;
    this.values = termsValues(o.terms);
    if (this.ctx) this.update(this.ctx, true, null);
    document.getElementById("offer-form-heading")?.focus();
  }

  update(ctx: AppContext, open: boolean, error: string | null): void {
    this.ctx = ctx;
    const view = ctx.view.match;
    const me = ctx.power;
    if (this.counterOf && view && view.offers.find((o) => o.id === this.counterOf!.id)?.status !== "proposed") this.counterOf = null;
    if (view && me) this.settleSentWords(view.offers, me, error);
    this.draw(JSON.stringify([open, me, this.kind, this.to, { ...this.values, text: null }, this.visibility, this.counterOf?.id, error, view?.seats, view?.ceasefires.length, this.emptied]), () => {
      if (!view || !me || !open) {
        replaceKeepingFocus(this.element, h("h3", { id: "offer-form-heading" }, t("offers:make")), h("p", { class: "hint" }, me ? t("offers:whenOpen") : t("offers:onlyPowers")));
        return;
      }
      const recipients = this.counterOf ? counterRecipients(this.counterOf, me) : offerRecipients(view, me);
      if (!this.counterOf) this.to = this.to.filter((p) => recipients.includes(p));
      const to = this.counterOf ? recipients : this.to;
      const parties = [me, ...to];
      const kindSelect = select({ id: "offer-kind", "data-key": "offer-kind", disabled: Boolean(this.counterOf) }, (Object.keys(OFFER_KIND_LABELS) as OfferKind[]).map((k) => [k, OFFER_KIND_LABELS[k]] as const), this.kind);
      kindSelect.addEventListener("change", () => {
        this.kind = kindSelect.value as OfferKind;
        this.values = {};
        this.update(ctx, open, error);
      });
      const boxes = this.counterOf
        ? h("p", {}, t("offers:toList", { powers: to.map(powerName).join(t("common:listSeparator")) }))
        : h(
            "fieldset",
            { class: "recipients" },
            h("legend", {}, t("offers:field.to")),
            ...recipients.map((p) => {
              const box = h("input", { type: "checkbox", id: `offer-to-${p}`, "data-key": `offer-to-${p}`, checked: this.to.includes(p) });
              box.addEventListener("change", () => {
                this.to = box.checked ? [...this.to, p] : this.to.filter((x) => x !== p);
                this.update(ctx, open, error);
              });
              return h("span", { class: "check" }, box, h("label", { for: `offer-to-${p}` }, powerName(p)));
            }),
          );
      const pledge = this.kind === "pledge";
      const fields = OFFER_FIELDS[this.kind]
        .filter((f) => !(this.kind === "deal" && ["from", "to", "item", "sector"].includes(f)))
        .filter((f) => !(pledge && f === "target" && !TARGETED_PROMISES.includes(this.values.promise as PledgePromise)))
        .map((f) => this.control(f, this.options(f, parties), view));
      const terms = buildTerms(this.kind, this.values);
      const check = checkProposal(view, me, to, terms);
      const vis = select({ id: "offer-visibility", "data-key": "offer-visibility", disabled: Boolean(this.counterOf) }, [["private", t("offers:private")], ["public", t("offers:public")]], this.visibility);
      vis.addEventListener("change", () => (this.visibility = vis.value as "private" | "public"));
      replaceKeepingFocus(
        this.element,
        h("h3", { id: "offer-form-heading", tabindex: -1 }, this.counterOf ? counterHeading(this.counterOf, me) : t("offers:make")),
        this.counterOf ? h("p", { class: "hint" }, t("offers:answering", { terms: describeTerms(this.counterOf.terms) })) : null,
        h("div", { class: "field" }, h("label", { for: "offer-kind" }, t("offers:kindLabel")), kindSelect),
        boxes,
        this.kind === "deal" ? this.dealItems(parties, view) : null,
        h("div", { class: "fields" }, ...fields),
        h("div", { class: "field" }, h("label", { for: "offer-visibility" }, t("offers:visibilityLabel")), vis),
        check.ok ? h("p", { class: "hint" }, describeTerms(terms)) : h("p", { class: "check", id: "offer-check" }, t("match:orders.notPossible", { reason: check.message })),
        error ? h("p", { class: "error", role: "alert", id: "offer-error" }, t("match:refused", { reason: error })) : null,
        h(
          "div",
          { class: "row" },
          h("button", { type: "submit", class: "primary", id: "offer-submit", "data-key": "offer-submit", disabled: !check.ok }, this.counterOf ? t("offers:sendCounter") : t("offers:propose")),
          this.counterOf ? h("button", { type: "button", "data-key": "offer-cancel", onclick: () => this.cancel() }, t("match:orders.cancel")) : null,
        ),
      );
    });
  }

  /** A deal's items, one group of choices each (who gives whom what), with buttons to add one (up to the engine's limit) or take the last away. */
  private dealItems(parties: readonly PowerId[], view: NonNullable<AppContext["view"]["match"]>): HTMLElement {
    const count = dealItemCount(this.values);
    const rows = Array.from({ length: count }, (_, i) => {
      const key = (f: "from" | "to" | "item" | "sector") => itemKey(f, i);
      // Every second item starts the other way round: a deal is usually something for something.
      if (i % 2 === 1 && this.values[key("from")] === undefined && parties.length === 2) {
        this.values[key("from")] = parties[1]!;
        this.values[key("to")] = parties[0]!;
      }
      // An item chosen before the recipients were (or after they changed) may go from a power to itself.
      const from = this.values[key("from")];
      if (from !== undefined && from === this.values[key("to")]) this.values[key("to")] = parties.find((p) => p !== from) ?? from;
      const controls = [this.control(key("from"), parties, view, "from"), this.control(key("to"), parties, view, "to"), this.control(key("item"), OFFER_OPTIONS.item ?? [], view, "item")];
      if (this.values[key("item")] === "easeSanctions") controls.push(this.control(key("sector"), OFFER_OPTIONS.sector ?? [], view, "sector"));
      return h("fieldset", { class: "deal-item fields", "data-item": i + 1 }, h("legend", {}, t("world:deal.item", { n: i + 1, count })), ...controls);
    });
    const setCount = (n: number) => {
      this.values.items = String(n);
      if (this.ctx) this.update(this.ctx, true, null);
    };
    return h(
      "div",
      { class: "deal-items" },
      ...rows,
      h(
        "div",
        { class: "row" },
        count < MAX_DEAL_ITEMS ? h("button", { type: "button", id: "deal-add-item", "data-key": "deal-add-item", onclick: () => setCount(count + 1) }, t("world:deal.add", { max: MAX_DEAL_ITEMS })) : h("p", { class: "hint" }, t("world:deal.full", { max: MAX_DEAL_ITEMS })),
        count > 1 ? h("button", { type: "button", id: "deal-remove-item", "data-key": "deal-remove-item", onclick: () => setCount(count - 1) }, t("world:deal.remove", { n: count })) : null,
      ),
    );
  }

  /** The choices of one field: parties for who gives or promises, other powers for a target. */
  private options(f: string, parties: readonly PowerId[]): readonly string[] {
    if (f === "from" || f === "to" || f === "by") return parties;
    if (f === "target") return this.kind === "pledge" ? POWERS.filter((p) => p !== this.values.by) : POWERS.filter((p) => !parties.includes(p));
    return OFFER_OPTIONS[f] ?? [];
  }

  /** One field's control; `kind` is what the field is when its key names an item of a deal ("from2" is a "from"). */
  private control(f: string, options: readonly string[], view: NonNullable<AppContext["view"]["match"]>, kind = f): HTMLElement {
    const id = `offer-${f}`;
    if (f === "text") {
      const words = countedText(id, STATEMENT_MAX_CHARS, this.values.text ?? "", (text) => (this.values.text = text));
      return h("div", { class: "field wide" }, h("label", { for: id }, LABELS[f] ?? f), words.field, words.count);
    }
    if (this.values[f] === undefined || !options.includes(this.values[f]!)) this.values[f] = options[kind === "to" ? 1 : 0] ?? options[0] ?? "";
    const label = (v: string) => (kind === "item" ? (ITEM_LABELS[v] ?? v) : kind === "promise" ? (PROMISE_LABELS[v] ?? v) : kind === "by" ? powerName(v) : kind === "monitored" ? (v === "yes" ? t("offers:yes") : t("offers:no")) : kind === "from" || kind === "to" ? powerName(v) : optionLabel(view, kind, v) || capitalize(v));
    const control = select({ id, "data-key": id }, options.map((v) => [v, label(v)] as const), this.values[f]);
    control.addEventListener("change", () => {
      this.values[f] = control.value;
      if (this.ctx) this.update(this.ctx, true, null);
    });
    return h("div", { class: "field" }, h("label", { for: id }, LABELS[kind] ?? kind), control);
  }

  private submit(): void {
    const ctx = this.ctx;
    const view = ctx?.view.match;
    if (!ctx || !view || !ctx.power) return;
    const terms = buildTerms(this.kind, this.values);
    const sent = this.counterOf
      ? ctx.send("offer", { turn: view.turn, action: { action: "counter", offerId: this.counterOf.id, terms } })
      : ctx.send("offer", { turn: view.turn, action: { action: "propose", to: this.to, terms, visibility: this.visibility } });
    // Not sent (the connection is down): the form stays filled in, under the refusal.
    if (!sent) return this.update(ctx, true, null);
    if (terms.kind === "jointStatement" && terms.text) this.sentWords = { text: terms.text, known: new Set(view.offers.map((o) => o.id)) };
    this.counterOf = null;
    this.onSend(null);
    this.update(ctx, true, null);
  }

  /** Empties the box once the server has made the offer; a refusal leaves the words where they are. */
  private settleSentWords(offers: readonly Offer[], me: PowerId, error: string | null): void {
    const sent = this.sentWords;
    if (!sent) return;
    const made = offers.some((o) => !sent.known.has(o.id) && o.from === me && o.terms.kind === "jointStatement" && o.terms.text === sent.text);
    if (made && this.values.text === sent.text) {
      this.values = { ...this.values, text: "" };
      this.emptied++;
    }
    if (made || error) this.sentWords = null;
  }

  private cancel(): void {
    this.counterOf = null;
    this.values = {};
    if (this.ctx) this.update(this.ctx, true, null);
  }
}
