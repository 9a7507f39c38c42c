/**
 * Delegations: several members share one power in a class world. Any member may change the
 * power's orders, offers and readiness; the delegation sees who changed what last; its own
 * channel is read by its members only. An ordinary match keeps one member to a power.
 */
import { describe, expect, it } from "vitest";
import {
  MAX_DELEGATION,
  MAX_MEMBERS,
  canRead,
  chatFor,
  createSession,
  delegationChannel,
  delegationFor,
  readableChannels,
  type Session,
  type SessionAction,
} from "../../../shared/session";
import type { PowerId } from "../../../shared/game";
import { T0, act, attempt, codeOf, expire, lobby, started } from "./fixtures";

const statement = (text: string) => ({ type: "statement", audience: "world", tone: "firm", topic: "war", text }) as const;

/** A delegation session, as a class world makes it: host "h" facilitates, members are moved onto powers. */
function delegations(players: Record<string, PowerId>, teacherReads: "public" | "all" = "public"): Session {
  const fresh = createSession("K7Q2XP", "h");
  let s: Session = { ...fresh, settings: { ...fresh.settings, delegations: true, teacherReads } };
  s = act(s, "h", { type: "join", memberId: "h", name: "Hana" });
  s = act(s, "h", { type: "facilitate" });
  for (const [id, power] of Object.entries(players)) {
    s = act(s, id, { type: "join", memberId: id, name: `Member ${id}` });
    s = act(s, "h", { type: "moveMember", memberId: id, power });
  }
  return act(s, "h", { type: "start", seed: 7 });
}

/** Mia, Noor and Ola are Russia; Uma is Ukraine. */
const trio = () => delegations({ mia: "russia", noor: "russia", ola: "russia", uma: "ukraine" });

function toOrders(s: Session): Session {
  while (s.phase !== "orders") s = expire(s);
  return s;
}

describe("an ordinary match keeps one member to a power", () => {
  it("refuses a second player on a held power, by choice or by the host's move", () => {
    const s = act(lobby(), "c", { type: "join", memberId: "c", name: "Cleo" });
    expect(codeOf(attempt(s, "c", { type: "pickPower", power: "russia" }))).toBe("POWER_TAKEN");
    expect(codeOf(attempt(s, "h", { type: "moveMember", memberId: "c", power: "russia" }))).toBe("POWER_TAKEN");
  });

  it("has no delegation channel, no delegation view and no record of who changed what", () => {
    let s = started();
    expect(codeOf(attempt(s, "a", { type: "chat", channel: delegationChannel("russia"), text: "notes" }))).toBe("NO_SUCH_CHANNEL");
    expect(readableChannels(s, "a")).not.toContain(delegationChannel("russia"));
    s = act(toOrders(s), "a", { type: "orders", turn: 1, orders: [statement("Alone.")] });
    expect(delegationFor(s, "a")).toBeNull();
    expect(s.edits).toBeUndefined();
  });
});

describe("a delegation", () => {
  it("lets several members hold one power, up to MAX_DELEGATION, and the power stays human while one is left", () => {
    const s = trio();
    expect(delegationFor(s, "noor")!.members.map((m) => m.name)).toEqual(["Member mia", "Member noor", "Member ola"]);
    expect(s.match!.seats.russia).toBe("human");
    const ids = Array.from({ length: MAX_DELEGATION }, (_, i) => `r${i}`);
    const full = delegations(Object.fromEntries([...ids.map((id) => [id, "russia"]), ["u", "ukraine"]]) as Record<string, PowerId>);
    const extra = act(full, "x", { type: "join", memberId: "x", name: "Xan" });
    expect(codeOf(attempt(extra, "h", { type: "moveMember", memberId: "x", power: "russia" }))).toBe("DELEGATION_FULL");
    const left = act(act(trio(), "h", { type: "removeMember", memberId: "mia" }), "h", { type: "removeMember", memberId: "noor" });
    expect(left.match!.seats.russia).toBe("human");
  });

  it("holds more people than an ordinary room: thirty students and their teacher fit one world", () => {
    const powers: PowerId[] = ["russia", "ukraine", "usa", "eu", "china"];
    const thirty = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`s${i}`, powers[i % 5]!])) as Record<string, PowerId>;
    expect(MAX_MEMBERS).toBeLessThan(31);
    const s = delegations(thirty);
    expect(s.members.filter((m) => m.role.kind === "power")).toHaveLength(30);
  });

  it("lets any member change the orders; the last version is the power's, and everyone sees who changed them and when", () => {
    let s = toOrders(trio());
    s = act(s, "mia", { type: "orders", turn: 1, orders: [statement("Draft by Mia.")] }, T0 + 1_000);
    expect(delegationFor(s, "noor")!.orders).toEqual({ by: "Member mia", at: T0 + 1_000 });
    s = act(s, "ola", { type: "orders", turn: 1, orders: [statement("Ola's version.")] }, T0 + 2_000);
    expect(delegationFor(s, "mia")!.orders).toEqual({ by: "Member ola", at: T0 + 2_000 });
    s = expire(s);
    expect(s.match!.orderHistory.find((h) => h.turn === 1 && h.power === "russia")?.orders).toEqual([statement("Ola's version.")]);
  });

  it("shows no one's orders change in a new turn until someone gives that turn's orders", () => {
    let s = toOrders(trio());
    s = act(s, "mia", { type: "orders", turn: 1, orders: [statement("Turn one.")] });
    while (s.match!.turn === 1) s = expire(s);
    expect(delegationFor(s, "mia")!.orders).toBeNull();
  });

  it("has one Ready for the power: any member sets or takes it back, and the delegation sees who", () => {
    let s = toOrders(trio());
    s = act(s, "noor", { type: "ready", phase: "orders", turn: 1, ready: true }, T0 + 5_000);
    expect(s.ready).toContain("russia");
    expect(delegationFor(s, "ola")!.ready).toEqual({ by: "Member noor", at: T0 + 5_000 });
    // Ready locks the orders for every member, as for a single player.
    expect(codeOf(attempt(s, "mia", { type: "orders", turn: 1, orders: [] }))).toBe("ALREADY_READY");
    s = act(s, "mia", { type: "ready", phase: "orders", turn: 1, ready: false }, T0 + 6_000);
    expect(s.ready).not.toContain("russia");
    expect(delegationFor(s, "noor")!.ready).toEqual({ by: "Member mia", at: T0 + 6_000 });
  });

  it("records who sent each offer and who answered one, for the delegations concerned", () => {
    let s = trio();
    while (s.phase !== "negotiation") s = expire(s);
    const propose: SessionAction = { type: "offer", turn: 1, action: { action: "propose", to: ["ukraine"], terms: { kind: "ceasefire", turns: 2, scope: "full", monitored: true } } };
    s = act(s, "noor", propose, T0 + 7_000);
    const offerId = s.match!.offers[0]!.id;
    expect(delegationFor(s, "mia")!.offers[offerId]).toEqual({ by: "Member noor", at: T0 + 7_000, action: "propose" });
    s = act(s, "uma", { type: "offer", turn: 1, action: { action: "reject", offerId } }, T0 + 8_000);
    expect(delegationFor(s, "uma")!.offers[offerId]).toEqual({ by: "Member uma", at: T0 + 8_000, action: "reject" });
    // Ukraine's answer is Ukraine's record: Russia's delegation still sees who proposed it.
    expect(delegationFor(s, "ola")!.offers[offerId]!.by).toBe("Member noor");
  });

  it("records a counter-offer as countered on the offer answered and as sent on the new one", () => {
    let s = trio();
    while (s.phase !== "negotiation") s = expire(s);
    const terms = { kind: "ceasefire", turns: 2, scope: "full", monitored: true } as const;
    s = act(s, "noor", { type: "offer", turn: 1, action: { action: "propose", to: ["ukraine"], terms } });
    const offerId = s.match!.offers[0]!.id;
    s = act(s, "uma", { type: "offer", turn: 1, action: { action: "counter", offerId, terms: { ...terms, turns: 1 } } }, T0 + 9_000);
    const counter = s.match!.offers.find((o) => o.counterOf === offerId)!;
    expect(delegationFor(s, "uma")!.offers).toEqual({
      [offerId]: { by: "Member uma", at: T0 + 9_000, action: "counter" },
      [counter.id]: { by: "Member uma", at: T0 + 9_000, action: "propose" },
    });
  });

  it("has its own channel: every member reads it, nobody outside the delegation does, not even the facilitator", () => {
    let s = act(trio(), "mia", { type: "chat", channel: delegationChannel("russia"), text: "Let us hold the line." });
    for (const member of ["noor", "ola"]) expect(chatFor(s, member).map((m) => m.text)).toEqual(["Let us hold the line."]);
    for (const outsider of ["uma", "h"]) expect(chatFor(s, outsider)).toEqual([]);
    expect(canRead(s, "h", delegationChannel("russia"))).toBe(false);
    expect(readableChannels(s, "ola")).toContain(delegationChannel("russia"));
    expect(readableChannels(s, "ola")).not.toContain(delegationChannel("ukraine"));
    expect(codeOf(attempt(s, "uma", { type: "chat", channel: delegationChannel("russia"), text: "Let me in" }))).toBe("NOT_IN_CHANNEL");
    s = act(s, "s", { type: "join", memberId: "s", name: "Sam" });
    expect(codeOf(attempt(s, "h", { type: "chat", channel: delegationChannel("russia"), text: "?" }))).toBe("NOT_IN_CHANNEL");
  });

  it("is read by the teacher of a class that chose, at its creation, that the teacher reads every channel", () => {
    const s = act(delegations({ mia: "russia", noor: "russia", uma: "ukraine" }, "all"), "mia", { type: "chat", channel: delegationChannel("russia"), text: "Seen by the teacher." });
    expect(chatFor(s, "h").map((m) => m.text)).toEqual(["Seen by the teacher."]);
    expect(chatFor(s, "uma")).toEqual([]);
  });
});
