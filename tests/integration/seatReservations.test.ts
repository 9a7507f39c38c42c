/**
 * Reservations by strangers (HTTP joins that never open a socket) do not crowd a room: after
 * seventy of them, a member's seat-token rejoin and a newcomer still get in; one address holds
 * only a few pending joins at a time.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import { TOO_MANY_TRIES } from "../../shared/protocol";
import { Client } from "colyseus.js";
import { ONE_PROXY, TestPlayer, bootServer, leaveAll, matchmake, serverRoom } from "../helpers/server";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer({ trustProxy: ONE_PROXY, pendingJoinsPerAddress: 3 });
});
afterAll(async () => {
  await server.stop();
});

it("seventy reservations by strangers leave room for a member's rejoin and a newcomer", async () => {
  const host = await TestPlayer.create(server.url, "Hana");
  const answers = [];
  for (let i = 0; i < 70; i++) answers.push(await matchmake(server.url, "joinById", host.code, { name: `Stranger ${i}` }, `10.0.${i}.1`));
  expect(answers.filter((a) => a.sessionId).length).toBe(70);
  // The host's second tab (a reload before the first socket is seen to drop) rejoins by seat token.
  const again = await TestPlayer.join(server.url, host.code, "", { storage: host.storage });
  expect(again.id).toBe(host.id);
  const newcomer = await TestPlayer.join(server.url, host.code, "Nadia");
  await host.until((p) => p.connection.board.members[newcomer.id] !== undefined, "the newcomer in the lobby");
  await leaveAll(host, again, newcomer);
});

it("one address holds at most a few pending joins; they are refused with a typed code", async () => {
  const host = await TestPlayer.create(server.url, "Hana");
  const answers = [];
  for (let i = 0; i < 5; i++) answers.push(await matchmake(server.url, "joinById", host.code, { name: `Script ${i}` }, "10.9.9.9"));
  expect(answers.filter((a) => a.sessionId).length).toBe(3);
  expect(answers.slice(3).map((a) => a.code)).toEqual([TOO_MANY_TRIES, TOO_MANY_TRIES]);
  // Those reservations hold no seat the room counts against anyone else.
  expect(serverRoom(host.code).current.members.length).toBe(1);
  await leaveAll(host);
});

it("sixty-four quick reloads (each a dropped socket held for reconnection) leave the member's rejoin and a newcomer room", async () => {
  const host = await TestPlayer.create(server.url, "Hana");
  const seatToken = host.storage.tokens.get(host.code)!;
  for (let i = 0; i < 64; i++) {
    const tab = await new Client(server.url).joinById(host.code, { seatToken });
    // Not a consented leave: the server holds the seat for a reconnection that never comes.
    await tab.leave(false);
  }
  const again = await TestPlayer.join(server.url, host.code, "", { storage: host.storage });
  expect(again.id).toBe(host.id);
  const newcomer = await TestPlayer.join(server.url, host.code, "Nadia");
  expect(serverRoom(host.code).current.members.map((m) => m.id)).toContain(newcomer.id);
  await leaveAll(host, again, newcomer);
});
