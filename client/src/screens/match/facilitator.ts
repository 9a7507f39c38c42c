/**
 * The facilitator's panel: send an event (a card of the scenario, or their own with meter
 * changes, perhaps on a condition, now or for a later turn), the events waiting for later turns,
 * and every power's pending orders for this turn (the rules give the facilitator all of them;
 * the server's view for a power or a spectator never carries another's).
 */
import { POWERS, victoryDay2025, type MatchView } from "../../../../shared/game";
import { h, memo, replaceKeepingFocus } from "../../ui/dom";
import type { AppContext } from "../../app/context";
import { describeOrder, powerName } from "../../logic/format";
import { errorText } from "../errors";
import { EventForm } from "../events/eventForm";
import { ceasefireLabel } from "./orderLabels";
import { t, translate } from "../../../../shared/i18n";

/** A scenario card's title, in the page's language (the card's title is a key of the scenario namespace). */
const cardTitle = (ref: string) => {
  const card = victoryDay2025.events.find((x) => x.id === ref);
  return card ? translate({ key: card.title }) : ref;
};

export class FacilitatorPanel {
  readonly element = h("section", { class: "facilitator", "aria-labelledby": "events-heading" });
  private readonly draw = memo();
  private ctx: AppContext | null = null;
  private readonly form = new EventForm("event", (event) => this.ctx?.send("injectEvent", { event }));
  private readonly error = h("p", { class: "error", role: "alert", id: "event-error" });
  private readonly waiting = h("div", { id: "events-waiting" });
  private readonly pending = h("div", { id: "pending-orders" });

  update(ctx: AppContext): void {
    this.ctx = ctx;
    const view = ctx.view.match;
    const isFacilitator = ctx.board.members[ctx.memberId]?.role === "facilitator";
    this.error.textContent = errorText(ctx, ["injectEvent"]);
    if (!isFacilitator || !view) {
      this.draw("none", () => this.element.replaceChildren());
      return;
    }
    this.form.setTurns(view.turn, view.lastTurn);
    this.draw("panel", () =>
      replaceKeepingFocus(
        this.element,
        h("h2", { id: "events-heading" }, t("classroom:facilitator.heading")),
        h("h3", {}, t("classroom:facilitator.send")),
        this.error,
        this.form.element,
        h("h3", {}, t("classroom:facilitator.waiting")),
        this.waiting,
        h("h3", {}, t("classroom:facilitator.pending")),
        this.pending,
      ),
    );
    const scheduled = view.scheduled ?? [];
    this.waiting.replaceChildren(
      scheduled.length === 0
        ? h("p", { class: "hint" }, t("classroom:facilitator.none"))
        : h("ul", {}, ...scheduled.map((e) => h("li", {}, t(e.if ? "classroom:facilitator.scheduledIf" : "classroom:facilitator.scheduled", { turn: e.turn, title: "ref" in e.event ? cardTitle(e.event.ref) : e.event.title })))),
    );
    this.pending.replaceChildren(pendingOrders(view));
  }
}

/** Every power's orders as the server holds them now (given, not yet resolved). */
function pendingOrders(view: MatchView): HTMLElement {
  return h(
    "table",
    { class: "pending-orders" },
    h(
      "tbody",
      {},
      ...POWERS.map((p) => {
        const orders = view.orders[p];
        const text = orders === undefined ? t("classroom:facilitator.noOrders") : orders.length === 0 ? t("classroom:facilitator.holds") : null;
        return h(
          "tr",
          { "data-power": p },
          h("th", { scope: "row" }, powerName(p), view.ready[p] ? t("classroom:facilitator.ready") : ""),
          h("td", {}, text ?? h("ul", {}, ...orders!.map((o) => h("li", {}, describeOrder(o, (id) => ceasefireLabel(view, id)))))),
        );
      }),
    ),
  );
}
