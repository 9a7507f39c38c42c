/**
 * The form for a facilitator's event, used in a room (its facilitator panel) and on the class
 * dashboard (for every room or chosen ones): a card of the scenario or the teacher's own headline
 * with up to three meter changes, optionally on a condition, now or at the start of a later turn.
 * Built once and kept, so a redraw of the screen around it never loses what the teacher typed;
 * the server checks every bound again.
 */
import { POWERS, victoryDay2025, type InjectedEvent, type MeterId } from "../../../../shared/game";
import type { Condition } from "../../../../shared/game/scenarioSchema";
import { h, select } from "../../ui/dom";
import { t, translate } from "../../../../shared/i18n";
import { METER_LABELS, powerName } from "../../logic/format";

/** A meter change the form offers, each way (the rules accept up to ±50; a lesson needs far less). */
export const MAX_FORM_DELTA = 20;
const CHANGE_ROWS = 3;
const METERS: MeterId[] = ["economy", "support", "standing"];

/** Conditions a teacher picks in words (classroom:event.condition.<id>); each is the scenario's own condition form. */
export const CONDITIONS: Record<string, Condition | null> = {
  none: null,
  noTruce: { kind: "not", of: { kind: "ceasefireActive", parties: ["russia", "ukraine"] } },
  truce: { kind: "ceasefireActive", parties: ["russia", "ukraine"] },
  tense: { kind: "world", key: "globalTension", atLeast: 70 },
  calm: { kind: "world", key: "globalTension", atMost: 49.9 },
};

export class EventForm {
  readonly element: HTMLFormElement;
  private readonly kind = select({ id: `${this.prefix}-kind` }, [["own", t("classroom:event.own")], ["card", t("classroom:event.card")]], "own");
  private readonly card = select({ id: `${this.prefix}-card` }, victoryDay2025.events.filter((e) => e.deck).map((e) => [e.id, translate({ key: e.title })] as const));
  private readonly title = h("input", { id: `${this.prefix}-title`, maxlength: 120 });
  private readonly text = h("textarea", { id: `${this.prefix}-text`, maxlength: 600, rows: 2 });
  private readonly changes: { power: HTMLSelectElement; meter: HTMLSelectElement; delta: HTMLInputElement }[] = [];
  private readonly condition = select({ id: `${this.prefix}-if` }, Object.keys(CONDITIONS).map((k) => [k, t(`classroom:event.condition.${k}`)] as const), "none");
  private readonly when = select({ id: `${this.prefix}-turn` }, [["now", t("classroom:event.now")]], "now");
  private readonly own: HTMLElement;
  private readonly cardField: HTMLElement;
  private lastTurnShown = -1;

  /** `prefix` keeps ids unique on the page; `extra` sits above the button (the dashboard's choice of rooms). */
  constructor(private readonly prefix: string, submit: (event: InjectedEvent) => void, extra: HTMLElement | null = null) {
    const rows = Array.from({ length: CHANGE_ROWS }, (_, i) => {
      const power = select({ id: `${prefix}-power-${i}`, "aria-label": t("classroom:event.changePower", { n: i + 1 }) }, [["", t("classroom:event.noPower")], ...POWERS.map((p) => [p, powerName(p)] as const)], "");
      const meter = select({ id: `${prefix}-meter-${i}`, "aria-label": t("classroom:event.changeMeter", { n: i + 1 }) }, METERS.map((m) => [m, METER_LABELS[m as Exclude<MeterId, "special">]] as const));
      const delta = h("input", { id: `${prefix}-delta-${i}`, type: "number", min: -MAX_FORM_DELTA, max: MAX_FORM_DELTA, step: 1, value: 0, size: 4, "aria-label": t("classroom:event.changeDelta", { n: i + 1, max: MAX_FORM_DELTA }) });
      this.changes.push({ power, meter, delta });
      return h("div", { class: "row event-change" }, power, meter, delta);
    });
    this.own = h(
      "div",
      {},
      h("div", { class: "field" }, h("label", { for: this.title.id }, t("classroom:event.headline")), this.title),
      h("div", { class: "field" }, h("label", { for: this.text.id }, t("classroom:event.text")), this.text),
      h("fieldset", { class: "event-changes" }, h("legend", {}, t("classroom:event.changes", { rows: CHANGE_ROWS, max: MAX_FORM_DELTA })), ...rows),
    );
    this.cardField = h("div", { class: "field", hidden: true }, h("label", { for: this.card.id }, t("classroom:event.cardLabel")), this.card);
    this.kind.addEventListener("change", () => this.showKind());
    this.element = h(
      "form",
      { class: "event-form", id: `${prefix}-form` },
      h("div", { class: "field" }, h("label", { for: this.kind.id }, t("classroom:event.kind")), this.kind),
      this.cardField,
      this.own,
      h("div", { class: "field" }, h("label", { for: this.condition.id }, t("classroom:event.conditionLabel")), this.condition),
      h("div", { class: "field" }, h("label", { for: this.when.id }, t("classroom:event.when")), this.when),
      extra,
      h("button", { type: "submit", id: `${prefix}-submit`, class: "primary" }, t("classroom:event.send")),
    );
    this.element.addEventListener("submit", (e) => {
      e.preventDefault();
      const event = this.value();
      if (!event) return;
      submit(event);
      if (this.kind.value === "own") this.clear();
    });
  }

  /** Offers the turns after `turn` up to `lastTurn` (the match's, or the class's rooms'). */
  setTurns(turn: number, lastTurn: number): void {
    const key = turn * 100 + lastTurn;
    if (key === this.lastTurnShown) return;
    this.lastTurnShown = key;
    const chosen = this.when.value;
    this.when.replaceChildren(h("option", { value: "now" }, t("classroom:event.now")), ...Array.from({ length: Math.max(0, lastTurn - turn) }, (_, i) => h("option", { value: String(turn + 1 + i) }, t("classroom:event.atTurn", { turn: turn + 1 + i }))));
    if ([...this.when.options].some((o) => o.value === chosen)) this.when.value = chosen;
  }

  /** The event as typed, or null (and the headline field asks for one) if it has no headline. */
  value(): InjectedEvent | null {
    const when: { turn?: number; if?: Condition } = {};
    if (this.when.value !== "now") when.turn = Number(this.when.value);
    const condition = CONDITIONS[this.condition.value];
    if (condition) when.if = condition;
    if (this.kind.value === "card") return this.card.value ? { ref: this.card.value, ...when } : null;
    const title = this.title.value.trim();
    if (!title) {
      this.title.setCustomValidity(t("classroom:event.needHeadline"));
      this.title.reportValidity();
      this.title.setCustomValidity("");
      return null;
    }
    const effects = this.changes
      .filter((c) => c.power.value !== "" && Number(c.delta.value) !== 0)
      .map((c) => ({ kind: "meter" as const, power: c.power.value as (typeof POWERS)[number], meter: c.meter.value as MeterId, delta: Math.max(-MAX_FORM_DELTA, Math.min(MAX_FORM_DELTA, Math.round(Number(c.delta.value) || 0))) }));
    return { title, text: this.text.value.trim(), effects, ...when };
  }

  private showKind(): void {
    const card = this.kind.value === "card";
    this.cardField.hidden = !card;
    this.own.hidden = card;
  }

  private clear(): void {
    this.title.value = "";
    this.text.value = "";
    for (const c of this.changes) {
      c.power.value = "";
      c.delta.value = "0";
    }
  }
}
