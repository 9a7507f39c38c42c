/**
 * The casebook of bots standing in for a human power ("its bot plays the turn" set): Ready with
 * no orders is a hold; a bot stands in only for a power whose player did not act by the orders
 * deadline, only for that turn's orders, never answers offers for a human, and what it gave is
 * marked as the bot's in the views and the record.
 */
import { describe, expect, it } from "vitest";
import type { OfferAction } from "../../../shared/game";
import { matchViewFor, type Session } from "../../../shared/session";
import { act, expire, started } from "./fixtures";
import { english } from "../../helpers/texts";

const statement = { type: "statement", audience: "world", tone: "firm", topic: "war", text: "We stand firm." } as const;
/** Ukraine offers Russia trade both ways: a deal Russia's bot would take most of the time. */
const tradeOffer: OfferAction = {
  action: "propose",
  to: ["russia"],
  terms: { kind: "deal", items: [{ from: "ukraine", to: "russia", item: "tradeAccess" }, { from: "russia", to: "ukraine", item: "tradeAccess" }] },
};

/** Russia ("a") and Ukraine ("b") with a facilitator host; missed orders are played by bots. */
function botsStandIn(): Session {
  return act(started(), "h", { type: "configure", missedOrders: "bot" });
}

const historyOf = (s: Session, power: string, turn: number) => s.match!.orderHistory.filter((h) => h.turn === turn && h.power === power);
const ordersOf = (s: Session, power: string, turn: number) => historyOf(s, power, turn).flatMap((h) => h.orders);
/** To the orders phase of the current turn by deadlines. */
const toOrders = (s: Session) => {
  while (s.phase !== "orders") s = expire(s);
  return s;
};

describe("a bot stands in for a power", () => {
  it("not when its player said Ready with no orders: that is a hold", () => {
    let s = toOrders(botsStandIn());
    s = act(s, "a", { type: "ready", phase: "orders", turn: 1, ready: true });
    s = expire(s);
    expect(s.phase).toBe("resolution");
    expect(ordersOf(s, "russia", 1)).toEqual([]);
  });

  it("not when its player gave an empty order list before the deadline: that is a hold too", () => {
    let s = toOrders(botsStandIn());
    s = act(s, "a", { type: "orders", turn: 1, orders: [] });
    s = expire(s);
    expect(ordersOf(s, "russia", 1)).toEqual([]);
  });

  it("when its player did nothing by the deadline: the bot gives that turn's orders, marked as the bot's", () => {
    let s = toOrders(botsStandIn());
    s = act(s, "a", { type: "ready", phase: "orders", turn: 1, ready: true });
    s = expire(s);
    const ukraine = historyOf(s, "ukraine", 1);
    expect(ukraine).toHaveLength(1);
    expect(ukraine[0]!.orders.length).toBeGreaterThan(0);
    expect(ukraine[0]!.standIn).toBe(true);
    expect(s.match!.seats.ukraine).toBe("human");
  });

  it("for that turn only: next turn the player's own orders count, unmarked", () => {
    let s = expire(toOrders(botsStandIn()));
    expect(historyOf(s, "ukraine", 1)[0]?.standIn).toBe(true);
    s = toOrders(s);
    s = act(s, "b", { type: "orders", turn: 2, orders: [statement] });
    s = act(s, "a", { type: "orders", turn: 2, orders: [statement] });
    s = expire(s);
    expect(historyOf(s, "ukraine", 2)).toEqual([{ turn: 2, power: "ukraine", orders: [statement] }]);
  });

  it("never to answer an offer made to the human power, in any turn", () => {
    let s = botsStandIn();
    while (s.phase !== "ended") {
      if (s.phase === "negotiation") s = act(s, "b", { type: "offer", turn: s.match!.turn, action: tradeOffer });
      // Russia's player never acts: the bot gives Russia's orders every turn, but her offers stay hers.
      s = expire(s);
    }
    const toRussia = s.match!.offers.filter((o) => o.to.includes("russia"));
    expect(toRussia.length).toBe(s.match!.lastTurn);
    for (const o of toRussia) expect(o, `offer ${o.id}`).toMatchObject({ status: "expired", acceptedBy: [] });
    expect(s.match!.orderHistory.filter((h) => h.power === "russia").every((h) => h.standIn === true)).toBe(true);
  });

  it("never for a player who says Ready with no orders turn after turn", () => {
    let s = botsStandIn();
    while (s.phase !== "ended") {
      const turn = s.match!.turn;
      if (s.phase === "negotiation") s = act(s, "b", { type: "offer", turn, action: tradeOffer });
      if (s.phase === "orders") s = act(s, "a", { type: "ready", phase: "orders", turn, ready: true });
      if (s.phase === "orders") s = expire(s);
      else s = expire(s);
    }
    expect(s.match!.orderHistory.filter((h) => h.power === "russia").flatMap((h) => h.orders)).toEqual([]);
    for (const o of s.match!.offers.filter((x) => x.to.includes("russia"))) expect(o.acceptedBy).toEqual([]);
  });
});

describe("what a bot gave for a human power is marked", () => {
  it("in the power's own view and the facilitator's, in the news for everyone, and in the debrief", () => {
    let s = expire(toOrders(botsStandIn()));
    for (const viewer of ["b", "h"]) {
      expect(matchViewFor(s, viewer)!.orderHistory.find((x) => x.power === "ukraine" && x.turn === 1)?.standIn, viewer).toBe(true);
    }
    const line = (viewer: string) => matchViewFor(s, viewer)!.news.filter((n) => n.turn === 1 && n.powers.includes("ukraine") && /its bot/.test(english(n.headline)));
    expect(line("a")).toHaveLength(1);
    expect(english(line("a")[0]!.headline)).toBe("Ukraine's player did not act in time: its bot gave Ukraine's orders this turn.");
    while (s.phase !== "ended") s = expire(s);
    const debrief = matchViewFor(s, "a")!;
    expect(debrief.orderHistory.filter((x) => x.power === "ukraine").every((x) => x.standIn === true)).toBe(true);
  });
});

describe("a power whose player the host replaced by its bot", () => {
  it("has the turns the bot played marked as the bot's in the record, and the turns before as its player's", () => {
    let s = toOrders(botsStandIn());
    s = act(s, "b", { type: "orders", turn: 1, orders: [statement] });
    s = act(s, "a", { type: "orders", turn: 1, orders: [statement] });
    s = expire(s);
    s = act(s, "h", { type: "removeMember", memberId: "b" });
    s = act(s, "h", { type: "setBot", power: "ukraine", bot: true });
    while (s.phase !== "ended") s = expire(s);
    const ukraine = matchViewFor(s, "a")!.orderHistory.filter((x) => x.power === "ukraine");
    expect(ukraine.find((x) => x.turn === 1)).toEqual({ turn: 1, power: "ukraine", orders: [statement] });
    const later = ukraine.filter((x) => x.turn > 1);
    // Every later turn is in the record, even one where the bot held.
    expect(later.map((x) => x.turn)).toEqual(Array.from({ length: s.match!.lastTurn - 1 }, (_, i) => i + 2));
    for (const x of later) expect(x, `turn ${x.turn}`).toMatchObject({ bot: true });
  });
});
