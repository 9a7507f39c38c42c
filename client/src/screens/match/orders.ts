/**
 * The order composer: the power's orders for this turn as the server holds them, each editable
 * and removable until the deadline (or Ready), and a form that offers only what the game's
 * own validation accepts. A refusal from the server is shown beside the order it concerns.
 */
import { ordersChangeLine, readyBy } from "../../logic/delegation";
import { POWERS, orderCost, type MatchView, type Order, type PowerId } from "../../../../shared/game";
import { h, memo, replaceKeepingFocus, select } from "../../ui/dom";
import { describeOrder } from "../../logic/format";
import { ORDER_FIELDS, ORDER_TYPE_LABELS, budgetLeft, buildOrder, checkOrders, culpritIndex, fieldOptions, legalCandidates, legalTypes, orderFields, pledgeBrokenBy, type OrderType } from "../../logic/orders";
import { ceasefireLabel, fieldLabel, optionLabel } from "./orderLabels";
import type { AppContext } from "../../app/context";
import { countedText } from "../../ui/countedText";
import { STATEMENT_MAX_CHARS } from "../../../../shared/game/orders";
import { t } from "../../../../shared/i18n";
import { describeRefusal } from "../../logic/refusals";

interface Pending {
  orders: Order[];
  /** The order the change concerns (its index in `orders`, or in the old list for a removal). */
  index: number;
  removed: Order | null;
}

export class OrdersPanel {
  readonly element: HTMLElement;
  private readonly budget = h("p", { class: "budget", id: "budget" });
  private readonly list = h("ol", { class: "order-list", id: "order-list" });
  private readonly form = h("form", { class: "composer", id: "composer", "aria-labelledby": "composer-heading" });
  private readonly note = h("p", { class: "hint", id: "orders-note" });
  /** In a delegation: who last changed the power's orders. */
  private readonly changedBy = h("p", { class: "delegation-change", id: "orders-changed-by", role: "status", hidden: true });
  private readonly drawList = memo();
  private readonly drawForm = memo();
  private type: OrderType | "" = "";
  private chosen: Record<string, string> = {};
  private editing: number | null = null;
  private pending: Pending | null = null;
  /** A statement's words as sent: they leave the box only once the server has taken the order. */
  private sentWords: string | null = null;
  /** Bumped to draw the form again when accepted words leave the box. */
  private wordsCleared = 0;
  private turn = 0;
  private ctx: AppContext | null = null;

  constructor() {
    this.element = h("section", { class: "orders", "aria-labelledby": "orders-heading" }, h("h2", { id: "orders-heading" }, t("match:orders.heading")), this.changedBy, this.budget, this.note, this.list, this.form);
    this.form.addEventListener("submit", (e) => {
      e.preventDefault();
      this.submit();
    });
  }

  update(ctx: AppContext): void {
    this.ctx = ctx;
    const view = ctx.view.match;
    const power = ctx.power;
    if (!view || !power) return;
    if (view.turn !== this.turn) {
      this.turn = view.turn;
      this.editing = null;
      this.pending = null;
      this.sentWords = null;
    }
    // Once the turn resolves, the orders given are those it carried out (kept in the order history).
    const resolved = view.phase === "resolution" ? view.orderHistory.find((o) => o.turn === view.turn && o.power === power) : undefined;
    const orders = resolved ? resolved.orders : (view.orders[power] ?? []);
    if (this.editing !== null && this.editing >= orders.length) this.editing = null;
    if (this.pending && JSON.stringify(this.pending.orders) === JSON.stringify(orders)) {
      this.pending = null;
      this.clearAcceptedWords();
    }
    const editable = this.editable(ctx);
    const left = budgetLeft(view, orders);
    this.budget.textContent = t("match:orders.budget", { budget: view.budget ?? 0, left });
    const delegation = ctx.view.delegation;
    this.changedBy.hidden = delegation === undefined;
    this.changedBy.textContent = delegation ? ordersChangeLine(delegation.orders) : "";
    const readiedBy = readyBy(delegation);
    this.note.textContent = editable
      ? delegation
        ? t("match:orders.noteDelegation")
        : t("match:orders.note")
      : ctx.board.phase === "orders"
        ? readiedBy
          ? t("match:orders.finalBy", { name: readiedBy })
          : t("match:orders.final")
        : ctx.board.phase === "briefing"
          ? t("match:orders.opensLater")
          : resolved?.standIn
            ? t("match:orders.standIn")
            : t("match:orders.resolved");
    const refused = ctx.errors.get("orders");
    const refusal = refused ? describeRefusal(refused) : null;
    this.drawList(JSON.stringify([orders, editable, this.pending, refusal, this.editing, ctx.board.phase, view.commitments]), () => this.renderList(view, orders, editable, refusal));
    const others = this.editing === null ? orders : orders.filter((_, i) => i !== this.editing);
    const legal = editable ? legalCandidates(view, power, others) : [];
    this.drawForm(JSON.stringify([editable, legal, this.type, { ...this.chosen, text: null }, this.editing, this.wordsCleared]), () => this.renderForm(view, power, legal, others));
  }

  private editable(ctx: AppContext): boolean {
    const p = ctx.board.phase;
    return (p === "negotiation" || p === "orders") && !(p === "orders" && ctx.power !== null && ctx.board.ready.includes(ctx.power));
  }

  private renderList(view: MatchView, orders: Order[], editable: boolean, refusal: string | null): void {
    const power = this.ctx?.power;
    const sent = this.pending;
    // A refused list may be refused for an order given before the one just changed.
    const pending = sent && refusal && power && !sent.removed ? { ...sent, index: culpritIndex(view, power, sent.orders, sent.index) } : sent;
    const items = orders.map((o, i) => {
      const refusedHere = refusal && pending && pending.index === i && !pending.removed;
      const removalRefused = refusal && pending?.removed && pending.index === i;
      const warning = power ? pledgeBrokenBy(view, power, o) : null;
      return h(
        "li",
        { class: `order${this.editing === i ? " editing" : ""}`, "data-order": i },
        h("span", { class: "order-text" }, describeOrder(o, (id) => ceasefireLabel(view, id))),
        h("span", { class: "cost" }, t("match:orders.cost", { count: orderCost(o) })),
        warning ? h("p", { class: "check", "data-key": `pledge-warning-${i}` }, warning) : null,
        editable
          ? h(
              "span",
              { class: "order-actions" },
              h("button", { type: "button", "data-key": `edit-${i}`, onclick: () => this.edit(i, o) }, t("match:orders.edit"), h("span", { class: "sr-only" }, t("match:orders.orderN", { n: i + 1 }))),
              h("button", { type: "button", class: "danger", "data-key": `remove-${i}`, onclick: () => this.remove(i) }, t("match:orders.remove"), h("span", { class: "sr-only" }, t("match:orders.orderN", { n: i + 1 }))),
            )
          : null,
        refusedHere || removalRefused ? h("p", { class: "error", role: "alert" }, t("match:refused", { reason: refusal })) : null,
      );
    });
    if (refusal && pending && !pending.removed && pending.index >= orders.length) {
      const tried = pending.orders[pending.index];
      items.push(
        h(
          "li",
          { class: "order refused" },
          h("span", { class: "order-text" }, tried ? describeOrder(tried, (id) => ceasefireLabel(view, id)) : t("match:orders.yourChange")),
          h("p", { class: "error", role: "alert", id: "order-refusal" }, t("match:refused", { reason: refusal })),
          h("button", { type: "button", "data-key": "dismiss", onclick: () => this.dismiss() }, t("match:orders.dismiss")),
        ),
      );
    } else if (refusal && !pending) {
      items.push(h("li", { class: "order refused" }, h("p", { class: "error", role: "alert" }, t("match:refused", { reason: refusal }))));
    }
    if (items.length === 0) items.push(h("li", { class: "hint" }, this.ctx?.board.phase === "resolution" ? t("match:orders.noneGiven") : t("match:orders.noneYet")));
    replaceKeepingFocus(this.list, ...items);
  }

  private renderForm(view: MatchView, power: PowerId, legal: Order[], others: Order[]): void {
    if (legal.length === 0) {
      replaceKeepingFocus(this.form, h("h3", { id: "composer-heading" }, t("match:orders.new")), h("p", { class: "hint" }, this.editable(this.ctx!) ? t("match:orders.noneFits") : t("match:orders.composerLater")));
      return;
    }
    const types = legalTypes(legal);
    if (this.type === "" || !types.includes(this.type)) this.type = types[0]!;
    const type = this.type;
    const typeSelect = select({ id: "order-type", "data-key": "order-type" }, types.map((k) => [k, ORDER_TYPE_LABELS[k]] as const), type);
    typeSelect.addEventListener("change", () => {
      this.type = typeSelect.value as OrderType;
      this.chosen = {};
      this.update(this.ctx!);
    });
    const controls: HTMLElement[] = [];
    for (const f of ORDER_FIELDS[type]) {
      const id = `order-${f}`;
      if (type === "statement" && f === "text") {
        const words = countedText(id, STATEMENT_MAX_CHARS, this.chosen.text ?? "", (text) => (this.chosen.text = text));
        controls.push(h("div", { class: "field wide" }, h("label", { for: id }, fieldLabel(f)), words.field, words.count));
        continue;
      }
      // The stance only means something on Taiwan, and only for the other powers.
      if (type === "statement" && f === "stance" && (this.chosen.topic !== "taiwan" || view.scenario.claimant === power)) {
        delete this.chosen.stance;
        continue;
      }
      if (type === "statement" && f === "audience") {
        controls.push(this.audience(power));
        continue;
      }
      const options = fieldOptions(legal, type, this.chosen, f);
      if (this.chosen[f] === undefined || !options.includes(this.chosen[f]!)) this.chosen[f] = options[0] ?? "";
      const control = select({ id, "data-key": id }, options.map((v) => [v, optionLabel(view, f, v)] as const), this.chosen[f]);
      control.addEventListener("change", () => {
        this.chosen[f] = control.value;
        this.update(this.ctx!);
      });
      controls.push(h("div", { class: "field" }, h("label", { for: id }, fieldLabel(f)), control));
    }
    const order = buildOrder(type, this.chosen);
    // The words are judged by the counter beside the box as they are typed (and by the rules when
    // sent, with the limit stated): judged here, a verdict drawn with old words would outlive them.
    const wordless = order?.type === "statement" ? { ...order, text: "" } : order;
    const check = wordless ? checkOrders(view, power, this.listWith(wordless)) : { ok: false as const, message: t("match:orders.chooseAll") };
    replaceKeepingFocus(
      this.form,
      h("h3", { id: "composer-heading" }, this.editing === null ? t("match:orders.new") : t("match:orders.change", { n: this.editing + 1 })),
      h("div", { class: "field" }, h("label", { for: "order-type" }, t("match:orders.order")), typeSelect),
      h("div", { class: "fields" }, ...controls),
      h("p", { class: "hint", id: "order-cost" }, order ? t("match:orders.costs", { cost: orderCost(order), left: budgetLeft(view, others) }) : ""),
      check.ok ? null : h("p", { class: "check", id: "order-check" }, t("match:orders.notPossible", { reason: check.message })),
      h(
        "div",
        { class: "row" },
        h("button", { type: "submit", class: "primary", id: "order-submit", "data-key": "order-submit", disabled: !check.ok }, this.editing === null ? t("match:orders.add") : t("match:orders.save")),
        this.editing !== null ? h("button", { type: "button", "data-key": "order-cancel", onclick: () => this.cancelEdit() }, t("match:orders.cancel")) : null,
      ),
    );
  }

  /** A statement goes to the world, or to the powers ticked (up to four). */
  private audience(power: PowerId): HTMLElement {
    const picked = (this.chosen.audience ?? "world").split(",").filter((p) => p !== "world");
    const boxes = POWERS.filter((p) => p !== power).map((p) => {
      const box = h("input", { type: "checkbox", id: `order-to-${p}`, "data-key": `order-to-${p}`, checked: picked.includes(p) });
      box.addEventListener("change", () => {
        const next = box.checked ? [...picked, p] : picked.filter((x) => x !== p);
        this.chosen.audience = next.length ? POWERS.filter((x) => next.includes(x)).join(",") : "world";
        this.update(this.ctx!);
      });
      return h("span", { class: "check" }, box, h("label", { for: `order-to-${p}` }, optionLabel(this.ctx!.view.match!, "to", p)));
    });
    return h("fieldset", { class: "recipients field wide" }, h("legend", {}, picked.length ? t("match:orders.toTicked") : t("match:orders.toWorld")), ...boxes);
  }

  /** The whole list to send: the server's orders with this one added, or put in place of the one being edited. */
  private listWith(order: Order): Order[] {
    const view = this.ctx?.view.match;
    const orders = (view && this.ctx?.power ? view.orders[this.ctx.power] : undefined) ?? [];
    return this.editing === null ? [...orders, order] : orders.map((o, i) => (i === this.editing ? order : o));
  }

  private submit(): void {
    const ctx = this.ctx;
    const view = ctx?.view.match;
    if (!ctx || !view || !ctx.power || this.type === "") return;
    const order = buildOrder(this.type, this.chosen);
    if (!order) return;
    const list = this.listWith(order);
    const index = this.editing ?? list.length - 1;
    this.pending = { orders: list, index, removed: null };
    // Not sent (the connection is down): the order stays in the form, under the refusal, to send again.
    if (!ctx.send("orders", { turn: view.turn, orders: list })) return this.update(ctx);
    this.editing = null;
    // A refusal leaves the words in the box to be mended; update() empties it once they are taken.
    this.sentWords = this.type === "statement" ? (this.chosen.text ?? "") : null;
    this.update(ctx);
  }

  /** The server took the order: its words leave the box, unless the player has begun others. */
  private clearAcceptedWords(): void {
    if (this.sentWords && (this.chosen.text ?? "") === this.sentWords) {
      this.chosen = { ...this.chosen, text: "" };
      this.wordsCleared += 1;
    }
    this.sentWords = null;
  }

  private edit(i: number, o: Order): void {
    this.editing = i;
    this.type = o.type;
    this.chosen = orderFields(o);
    if (this.ctx) this.update(this.ctx);
    document.getElementById("order-type")?.focus();
  }

  private cancelEdit(): void {
    this.editing = null;
    this.chosen = {};
    if (this.ctx) this.update(this.ctx);
    document.getElementById("order-type")?.focus();
  }

  private remove(i: number): void {
    const ctx = this.ctx;
    const view = ctx?.view.match;
    if (!ctx || !view || !ctx.power) return;
    const orders = view.orders[ctx.power] ?? [];
    const list = orders.filter((_, j) => j !== i);
    this.pending = { orders: list, index: i, removed: orders[i] ?? null };
    if (this.editing === i) this.editing = null;
    ctx.send("orders", { turn: view.turn, orders: list });
    this.update(ctx);
  }

  private dismiss(): void {
    this.pending = null;
    if (this.ctx) {
      (this.ctx.errors as Map<string, unknown>).delete("orders");
      this.update(this.ctx);
    }
  }
}
