/**
 * Reconnection a player can trust, over real sockets: whatever brings a player back (Colyseus's
 * reconnection token or the game's own seat token), the client gets its seat, its full view and
 * its chat again, even when nothing changed while it was away.
 */
import { Client } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEAT_REFUSED } from "../../shared/protocol";
import type { RunningServer } from "../../server/app";
import { TestPlayer, bootServer, leaveAll, lobbyWith } from "../helpers/server";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer();
});
afterAll(async () => {
  await server.stop();
});

describe("a dropped socket won back by Colyseus's reconnection", () => {
  it("receives its seat, its full view and its chat history again, though nothing changed meanwhile", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine"], { hostRole: "facilitator" });
    // The default (evening) phases last long: nothing changes on its own while the socket is away.
    host.connection.send("start", {});
    for (const p of [host, ...players]) await p.until((q) => q.connection.view.match !== null, "the match view");
    const russia = players[0]!;
    russia.connection.send("chat", { channel: "public", text: "Before the drop" });
    await russia.until((p) => p.connection.chat.some((m) => m.text === "Before the drop"), "the chat message");
    const before = { memberId: russia.id, view: JSON.stringify(russia.connection.view) };

    russia.connection.dropForTest();
    await russia.until((p) => p.connection.reconnections === 1, "the socket to come back", 15_000);
    await russia.until(
      (p) => p.connection.memberId === before.memberId && p.connection.view.match !== null && p.connection.chat.some((m) => m.text === "Before the drop"),
      "the seat, the view and the chat on the returning socket",
    );
    expect(JSON.stringify(russia.connection.view)).toBe(before.view);
    expect(russia.connection.power).toBe("russia");
    await leaveAll(host, ...players);
  });

  it("in the lobby, gets its seat again", async () => {
    const host = await TestPlayer.create(server.url, "Hana");
    const memberId = host.id;
    host.connection.dropForTest();
    await host.until((p) => p.connection.reconnections === 1, "the socket to come back", 15_000);
    await host.until((p) => p.connection.memberId === memberId, "the seat on the returning socket");
    expect(host.connection.board.hostId).toBe(memberId);
    await leaveAll(host);
  });
});

describe("a rejoin by seat token (a reload, or after a server restart)", () => {
  it("receives its seat, its full view and its chat history", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine"], { hostRole: "facilitator" });
    host.connection.send("start", {});
    for (const p of [host, ...players]) await p.until((q) => q.connection.view.match !== null, "the match view");
    const ukraine = players[1]!;
    ukraine.connection.send("chat", { channel: "pair:russia|ukraine", text: "Only for Moscow" });
    await ukraine.until((p) => p.connection.chat.some((m) => m.text === "Only for Moscow"), "the chat message");

    const reloaded = await TestPlayer.join(server.url, host.code, "", { storage: ukraine.storage });
    await reloaded.until((p) => p.connection.view.match !== null && p.connection.chat.some((m) => m.text === "Only for Moscow"), "the view and the chat on the new socket");
    expect(reloaded.id).toBe(ukraine.id);
    expect(JSON.stringify(reloaded.connection.view)).toBe(JSON.stringify(ukraine.connection.view));
    await leaveAll(host, ...players, reloaded);
  });
});

describe("who is online", () => {
  it("a closed tab shows its player as reconnecting, not online, while the server holds the seat; a player who left is offline", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine"], { hostRole: "facilitator" });
    host.connection.send("start", {});
    await host.until((p) => p.connection.board.phase === "briefing", "the match to start");
    const [russia, ukraine] = players as [TestPlayer, TestPlayer];
    await host.until((p) => p.connection.board.members[russia.id]?.presence === "online", "Russia online");

    russia.connection.closeTabForTest();
    await host.until((p) => p.connection.board.members[russia.id]?.presence === "reconnecting", "Russia shown as reconnecting");
    expect(host.connection.board.members[russia.id]?.connected).toBe(false);

    await ukraine.connection.leave();
    await host.until((p) => p.connection.board.members[ukraine.id]?.presence === "offline", "Ukraine shown as offline");
    await leaveAll(host);
  });
});

describe("a seat token the server does not accept", () => {
  it("is refused with its own code, SEAT_REFUSED, so a client forgets its token only then", async () => {
    const host = await TestPlayer.create(server.url, "Hana");
    const refusal = await new Client(server.url).joinById(host.code, { seatToken: "not-a-seat-token-of-this-match" }).then(
      () => null,
      (error: { code?: number }) => error.code,
    );
    expect(refusal).toBe(SEAT_REFUSED);
    await leaveAll(host);
  });
});
