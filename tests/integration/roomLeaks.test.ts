/**
 * Rooms do not leak: a creation past the per-address limit is refused before any room exists,
 * and a match whose creator never connects is closed after a short wait and not brought back.
 */
import { afterEach, expect, it } from "vitest";
import { matchMaker } from "@colyseus/core";
import { startServer, type RunningServer } from "../../server/app";
import { ROOM_NAME, TOO_MANY_TRIES, readRefusal } from "../../shared/protocol";
import { ONE_PROXY, TestPlayer, leaveAll, matchmake, tempDataDir } from "../helpers/server";

let server: RunningServer | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

async function boot(dataDir: string, unjoinedRoomSeconds = 30): Promise<RunningServer> {
  server = await startServer({ port: 0, host: "127.0.0.1", dataDir, trustProxy: ONE_PROXY, creationsPerMinute: 2, unjoinedRoomSeconds });
  return server;
}

async function roomCount(): Promise<number> {
  return (await matchMaker.query({ name: ROOM_NAME })).length;
}

it("a creation past the limit, by HTTP alone, is refused before any room is made", async () => {
  const { url } = await boot(tempDataDir());
  const made = [await matchmake(url, "create", ROOM_NAME, { name: "One" }, "10.0.0.1"), await matchmake(url, "create", ROOM_NAME, { name: "Two" }, "10.0.0.1")];
  expect(made.every((answer) => answer.room?.roomId)).toBe(true);
  const third = await matchmake(url, "create", ROOM_NAME, { name: "Three" }, "10.0.0.1");
  expect(third.code).toBe(TOO_MANY_TRIES);
  expect(readRefusal(third.error)?.message).toBe("Too many matches created from this address: wait a minute and try again.");
  expect(await roomCount()).toBe(2);
  // The other ways in that create a room are limited the same way.
  expect((await matchmake(url, "joinOrCreate", ROOM_NAME, { name: "Four" }, "10.0.0.1")).code).toBe(TOO_MANY_TRIES);
  expect(await roomCount()).toBe(2);
  // Another address is not held back by the first.
  expect((await matchmake(url, "create", ROOM_NAME, { name: "Five" }, "10.0.0.2")).room?.roomId).toBeTruthy();
});

it("a match whose creator never connects is not kept as open, is closed after the wait, and a restart does not bring it back", async () => {
  const dataDir = tempDataDir();
  const { url, store } = await boot(dataDir, 0.3);
  const answer = await matchmake(url, "create", ROOM_NAME, { name: "Ghost" }, "10.0.0.3");
  const code = answer.room!.roomId;
  expect(matchMaker.getLocalRoomById(code)).toBeDefined();
  expect(await store.openMatchCodes()).not.toContain(code);
  const deadline = Date.now() + 10_000;
  while (matchMaker.getLocalRoomById(code) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  expect(matchMaker.getLocalRoomById(code)).toBeUndefined();
  await server!.stop();
  const again = await boot(dataDir, 0.3);
  expect(again.restored).not.toContain(code);
  expect(await roomCount()).toBe(0);
});

it("a match whose creator connected stays open past the wait", async () => {
  const { url, store } = await boot(tempDataDir(), 1);
  const host = await TestPlayer.create(url, "Hana");
  await new Promise((r) => setTimeout(r, 1_500));
  expect(matchMaker.getLocalRoomById(host.code)).toBeDefined();
  expect(await store.openMatchCodes()).toContain(host.code);
  await leaveAll(host);
});
