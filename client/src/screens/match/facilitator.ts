/** The facilitator's events: play a card from the scenario's deck, or write one's own event. */
import { victoryDay2025 } from "../../../../shared/game";
import { h, memo, replaceKeepingFocus, select } from "../../ui/dom";
import type { AppContext } from "../../app/context";
import { errorText } from "../errors";

export class FacilitatorPanel {
  readonly element = h("section", { class: "facilitator", "aria-labelledby": "events-heading" });
  private readonly draw = memo();

  update(ctx: AppContext): void {
    const view = ctx.view.match;
    const isFacilitator = ctx.board.members[ctx.memberId]?.role === "facilitator";
    const error = errorText(ctx, ["injectEvent"]);
    this.draw(JSON.stringify([isFacilitator, view?.events.length, error]), () => {
      if (!isFacilitator || !view) {
        this.element.replaceChildren();
        return;
      }
      const played = new Set(view.events.map((e) => e.id));
      const cards = victoryDay2025.events.filter((e) => e.deck && !played.has(e.id));
      const card = select({ id: "event-card", "data-key": "event-card" }, cards.map((e) => [e.id, e.title] as const));
      const cardForm = h(
        "form",
        { class: "event-form" },
        h("h3", {}, "Play a card from the scenario"),
        h("div", { class: "field" }, h("label", { for: "event-card" }, "Card"), card),
        h("button", { type: "submit", id: "event-card-submit", disabled: cards.length === 0 }, "Play this card now"),
      );
      cardForm.addEventListener("submit", (e) => {
        e.preventDefault();
        if (card.value) ctx.send("injectEvent", { event: { ref: card.value } });
      });
      const title = h("input", { id: "event-title", maxlength: 120, required: true });
      const text = h("textarea", { id: "event-text", maxlength: 600, rows: 3 });
      const ownForm = h(
        "form",
        { class: "event-form" },
        h("h3", {}, "Announce your own event"),
        h("div", { class: "field" }, h("label", { for: "event-title" }, "Headline"), title),
        h("div", { class: "field" }, h("label", { for: "event-text" }, "What happens"), text),
        h("p", { class: "hint" }, "Your own events appear in the news without changing the meters."),
        h("button", { type: "submit", id: "event-own-submit" }, "Announce"),
      );
      ownForm.addEventListener("submit", (e) => {
        e.preventDefault();
        if (!title.value.trim()) return;
        ctx.send("injectEvent", { event: { title: title.value.trim(), text: text.value.trim(), effects: [] } });
        title.value = "";
        text.value = "";
      });
      replaceKeepingFocus(this.element, h("h2", { id: "events-heading" }, "Events"), error ? h("p", { class: "error", role: "alert" }, error) : null, cardForm, ownForm);
    });
  }
}
