/**
 * Guessing is slow: failed joins by code and wrong passwords are limited per client address,
 * wrong passwords also per match, and past the limit even the right password is refused with a
 * typed code saying how long to wait. A member's seat token still gets in.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import { JOIN_REFUSED, TOO_MANY_TRIES, readRefusal } from "../../shared/protocol";
import { ONE_PROXY, TestPlayer, bootServer, clientFrom, leaveAll, matchmake } from "../helpers/server";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer({ trustProxy: ONE_PROXY, failedJoinsPerMinute: 3, passwordTriesPerMinute: 3, passwordTriesPerMatchPerMinute: 5 });
});
afterAll(async () => {
  await server.stop();
});

/** Joins over a real socket from `address`; resolves to "joined" or the refusal's code and message. */
async function joinFrom(address: string, code: string, options: object): Promise<string> {
  try {
    const room = await clientFrom(server.url, address).joinById(code, options);
    await room.leave();
    return "joined";
  } catch (error) {
    const { code: refusal, message } = error as { code: number; message: string };
    return `${refusal} ${readRefusal(message)?.message ?? message}`;
  }
}

it("guessing join codes from one address is refused after a few misses, live codes included", async () => {
  const host = await TestPlayer.create(server.url, "Hana");
  for (const guess of ["AAAAAA", "BBBBBB", "CCCCCC"]) expect((await matchmake(server.url, "joinById", guess, { name: "Guess" }, "10.1.0.1")).code).toBe(4212);
  const blocked = await matchmake(server.url, "joinById", "DDDDDD", { name: "Guess" }, "10.1.0.1");
  expect(blocked.code).toBe(TOO_MANY_TRIES);
  expect(readRefusal(blocked.error)?.message).toMatch(/^Too many tries from this address: wait \d+ s and try again\.$/);
  // A live code gets the same answer: the limit tells nothing about which codes exist.
  expect((await matchmake(server.url, "joinById", host.code, { name: "Guess" }, "10.1.0.1")).code).toBe(TOO_MANY_TRIES);
  // Another address is not held back.
  expect(await joinFrom("10.1.0.2", host.code, { name: "Nadia" })).toBe("joined");
  await leaveAll(host);
});

it("wrong passwords are limited per address: past the limit even the right one is refused, a member's seat token still gets in", async () => {
  const host = await TestPlayer.create(server.url, "Hana", { password: "sesame" });
  for (let i = 0; i < 3; i++) expect(await joinFrom("10.2.0.1", host.code, { name: "Eve", password: `guess ${i}` })).toBe(`${JOIN_REFUSED} Wrong password for match ${host.code}.`);
  expect(await joinFrom("10.2.0.1", host.code, { name: "Eve", password: "sesame" })).toMatch(new RegExp(`^${TOO_MANY_TRIES} Too many tries from this address: wait \\d+ s and try again\\.$`));
  const again = await TestPlayer.join(server.url, host.code, "", { storage: host.storage });
  expect(again.id).toBe(host.id);
  await leaveAll(host, again);
});

it("wrong passwords are limited per match, whatever the addresses", async () => {
  const host = await TestPlayer.create(server.url, "Hana", { password: "sesame" });
  for (let i = 0; i < 5; i++) expect(await joinFrom(`10.3.0.${i}`, host.code, { name: "Eve", password: "nope" })).toMatch(/Wrong password/);
  expect(await joinFrom("10.3.1.1", host.code, { name: "Nadia", password: "sesame" })).toMatch(new RegExp(`^${TOO_MANY_TRIES} Too many tries for this match: wait \\d+ s and try again\\.$`));
  await leaveAll(host);
});
