/** The debrief's record, turn by turn: events, statements and other news, offers, and orders. */
import { t, translate } from "../../../shared/i18n";
import { POWERS, type MatchView, type PowerId } from "../../../shared/game";
import { describeOrder, describeTerms, powerName } from "./format";
import { offerParties } from "./offers";

export interface TimelineItem {
  kind: "event" | "news" | "offer" | "order";
  text: string;
}

export interface TimelineTurn {
  turn: number;
  label: string;
  items: TimelineItem[];
}

export function timeline(view: MatchView): TimelineTurn[] {
  const turns: TimelineTurn[] = [];
  for (let turn = 1; turn <= view.lastTurn; turn++) {
    const items: TimelineItem[] = [];
    for (const e of view.events) if (e.turn === turn) items.push({ kind: "event", text: e.source === "facilitator" ? t("debrief:byFacilitator", { title: translate(e.title) }) : translate(e.title) });
    for (const n of view.news) if (n.turn === turn && n.kind !== "event") items.push({ kind: "news", text: translate(n.headline) });
    for (const o of view.offers) {
      if (o.turn === turn) items.push({ kind: "offer", text: t("debrief:offerLine", { parties: offerParties(o), terms: describeTerms(o.terms), status: t(`offers:statusName.${o.status}`) }) });
    }
    for (const h of view.orderHistory) {
      if (h.turn !== turn) continue;
      const text = h.orders.length === 0 ? t("debrief:heldNoOrders") : h.orders.map((o) => describeOrder(o)).join("; ");
      items.push({ kind: "order", text: t(h.standIn || h.bot ? "debrief:orderLineBot" : "debrief:orderLine", { power: powerName(h.power), text }) });
    }
    const labelKey = view.scenario.turnLabels[turn - 1];
    turns.push({ turn, label: labelKey ? t(labelKey) : t("world:turn", { turn }), items });
  }
  return turns;
}

/** The turns each power's bot played: as the seat's own bot, or standing in for a player who did not act in time. */
export function botTurns(view: Pick<MatchView, "orderHistory">): { power: PowerId; seat: number[]; standIn: number[] }[] {
  return POWERS.map((power) => {
    const mine = view.orderHistory.filter((h) => h.power === power);
    return { power, seat: mine.filter((h) => h.bot).map((h) => h.turn), standIn: mine.filter((h) => h.standIn).map((h) => h.turn) };
  }).filter((b) => b.seat.length + b.standIn.length > 0);
}
