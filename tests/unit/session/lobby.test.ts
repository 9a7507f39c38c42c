/** Lobby rules, case by case. */
import { describe, expect, it } from "vitest";
import { MAX_MEMBERS, seatsOf } from "../../../shared/session";
import { act, attempt, codeOf, lobby, started } from "./fixtures";

describe("joining", () => {
  it("everyone arrives as a spectator", () => {
    const s = act(lobby({}), "x", { type: "join", memberId: "x", name: "Xan" });
    expect(s.members.find((m) => m.id === "x")?.role).toEqual({ kind: "spectator" });
  });

  it("refuses a name already used in the room, whatever its case", () => {
    expect(codeOf(attempt(lobby({}), "x", { type: "join", memberId: "x", name: "hana" }))).toBe("NAME_TAKEN");
  });

  it("refuses a blank name and a name over 24 characters", () => {
    expect(codeOf(attempt(lobby({}), "x", { type: "join", memberId: "x", name: " \u0000 " }))).toBe("NAME_REQUIRED");
    expect(codeOf(attempt(lobby({}), "x", { type: "join", memberId: "x", name: "n".repeat(25) }))).toBe("NAME_TOO_LONG");
  });

  it("refuses a member beyond the room's capacity", () => {
    let s = lobby({});
    for (let i = 1; i < MAX_MEMBERS; i++) s = act(s, `m${i}`, { type: "join", memberId: `m${i}`, name: `M${i}` });
    expect(codeOf(attempt(s, "late", { type: "join", memberId: "late", name: "Late" }))).toBe("ROOM_FULL");
  });

  it("lets a spectator join a running match", () => {
    const s = act(started(), "x", { type: "join", memberId: "x", name: "Xan" });
    expect(s.members.at(-1)).toMatchObject({ id: "x", role: { kind: "spectator" } });
  });
});

describe("powers", () => {
  it("two players cannot hold one power", () => {
    expect(codeOf(attempt(lobby(), "b", { type: "pickPower", power: "russia" }))).toBe("POWER_TAKEN");
  });

  it("taking a power from a bot takes it back from the bot", () => {
    let s = act(lobby(), "h", { type: "setBot", power: "china", bot: true });
    s = act(s, "h", { type: "pickPower", power: "china" });
    expect(s.bots).toEqual([]);
    expect(seatsOf(s)).toMatchObject({ china: "human", russia: "human", ukraine: "human", usa: "absent" });
  });

  it("a bot cannot take a power a person holds", () => {
    expect(codeOf(attempt(lobby(), "h", { type: "setBot", power: "russia", bot: true }))).toBe("POWER_TAKEN");
  });

  it("powers are picked in the lobby only", () => {
    expect(codeOf(attempt(started({ a: "russia", b: "ukraine" }), "x", { type: "pickPower", power: "usa" }))).toBe("NOT_IN_MATCH");
    expect(codeOf(attempt(started({ a: "russia", b: "ukraine" }), "a", { type: "pickPower", power: "usa" }))).toBe("MATCH_STARTED");
  });
});

describe("the host's controls", () => {
  it("only the host can use them", () => {
    const s = lobby();
    for (const action of [
      { type: "setBot", power: "eu", bot: true },
      { type: "moveMember", memberId: "b", power: "eu" },
      { type: "removeMember", memberId: "b" },
      { type: "handHost", memberId: "a" },
      { type: "configure", missedOrders: "bot" },
      { type: "start", seed: 1 },
    ] as const) {
      expect(codeOf(attempt(s, "a", action)), action.type).toBe("NOT_HOST");
    }
  });

  it("moves a player to another power, even mid-match, and the engine's seats follow", () => {
    const s = act(started(), "h", { type: "moveMember", memberId: "b", power: "eu" });
    expect(s.members.find((m) => m.id === "b")?.role).toEqual({ kind: "power", power: "eu" });
    expect(s.match?.seats).toMatchObject({ eu: "human", ukraine: "absent" });
  });

  it("removes a player: their power is freed and every later action of theirs is refused", () => {
    let s = act(started(), "h", { type: "removeMember", memberId: "b" });
    expect(s.match?.seats.ukraine).toBe("absent");
    expect(codeOf(attempt(s, "b", { type: "chat", channel: "public", text: "hi" }))).toBe("REMOVED");
    s = act(s, "h", { type: "setBot", power: "ukraine", bot: true });
    expect(s.match?.seats.ukraine).toBe("bot");
  });

  it("a removed person cannot join again under the same name, whatever its case, until the host lets them back", () => {
    const s = act(started(), "h", { type: "removeMember", memberId: "b" });
    const name = s.members.find((m) => m.id === "b")!.name;
    expect(codeOf(attempt(s, "x", { type: "join", memberId: "x", name: name.toUpperCase() }))).toBe("REMOVED_NAME");
    const back = act(s, "h", { type: "readmit", memberId: "b" });
    expect(codeOf(attempt(back, "x", { type: "join", memberId: "x", name }))).toBe("OK");
    // Letting someone back does not give the old seat back: they join afresh, as a spectator.
    expect(back.members.find((m) => m.id === "b")!.removed).toBe(true);
  });

  it("only the host lets a removed person back, and only someone who was removed", () => {
    const s = act(started(), "h", { type: "removeMember", memberId: "b" });
    expect(codeOf(attempt(s, "a", { type: "readmit", memberId: "b" }))).toBe("NOT_HOST");
    expect(codeOf(attempt(s, "h", { type: "readmit", memberId: "a" }))).toBe("NOT_REMOVED");
    expect(codeOf(attempt(s, "h", { type: "readmit", memberId: "nobody" }))).toBe("NO_SUCH_MEMBER");
    const back = act(s, "h", { type: "readmit", memberId: "b" });
    expect(codeOf(attempt(back, "h", { type: "readmit", memberId: "b" }))).toBe("NOT_REMOVED");
  });

  it("cannot remove themselves", () => {
    expect(codeOf(attempt(lobby(), "h", { type: "removeMember", memberId: "h" }))).toBe("CANNOT_REMOVE_HOST");
  });

  it("hands the host role on; a facilitator who stops hosting becomes a spectator", () => {
    const s = act(lobby(undefined, "facilitator"), "h", { type: "handHost", memberId: "a" });
    expect(s.hostId).toBe("a");
    expect(s.members.find((m) => m.id === "h")?.role).toEqual({ kind: "spectator" });
    expect(codeOf(attempt(s, "h", { type: "start", seed: 1 }))).toBe("NOT_HOST");
  });

  it("only the host may facilitate", () => {
    expect(codeOf(attempt(lobby(), "a", { type: "facilitate" }))).toBe("NOT_HOST");
  });

  it("picks a preset in the lobby and can change single durations later", () => {
    let s = act(lobby(), "h", { type: "configure", preset: "classroom" });
    expect(s.settings.durations).toEqual({ briefing: 30, negotiation: 150, orders: 120, resolution: 45 });
    s = act(s, "h", { type: "start", seed: 1 });
    expect(codeOf(attempt(s, "h", { type: "configure", preset: "slow" }))).toBe("MATCH_STARTED");
    s = act(s, "h", { type: "configure", durations: { orders: 300 } });
    expect(s.settings.durations.orders).toBe(300);
  });

  it("starts with two to five human powers, not fewer", () => {
    expect(codeOf(attempt(lobby({ a: "russia" }), "h", { type: "start", seed: 1 }))).toBe("NOT_ENOUGH_POWERS");
    expect(codeOf(attempt(lobby({ a: "russia" }, "usa"), "h", { type: "start", seed: 1 }))).toBe("OK");
  });

  it("a lobby member who leaves frees their power; a host who leaves passes the role on", () => {
    let s = act(lobby(), "a", { type: "leave" });
    expect(s.members.map((m) => m.id)).toEqual(["h", "b"]);
    s = act(s, "h", { type: "leave" });
    expect(s.hostId).toBe("b");
  });
});
