/** A cap on the matches one client address can create per minute (its own server: the cap is per process). */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import { TestPlayer, bootServer, leaveAll } from "../helpers/server";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer({ creationsPerMinute: 2 });
});
afterAll(async () => {
  await server.stop();
});

it("refuses a third match from one address within a minute, saying why", async () => {
  const made = [await TestPlayer.create(server.url, "One"), await TestPlayer.create(server.url, "Two")];
  await expect(TestPlayer.create(server.url, "Three")).rejects.toThrow("Too many matches created from this address: wait a minute and try again.");
  // Joining is not creating: the limit does not stop anyone from joining.
  const guest = await TestPlayer.join(server.url, made[0]!.code, "Guest");
  expect(guest.code).toBe(made[0]!.code);
  await leaveAll(...made, guest);
});
