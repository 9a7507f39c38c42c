/**
 * The limits per client address on creating and joining count over every process that shares a
 * Redis: spreading tries over the processes behind one proxy gains nothing. (Open sockets and
 * unused seat reservations per address are counted by each process, for its own sockets.)
 */
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { TestPlayer, leaveAll, matchmake, tempDataDir } from "../helpers/server";
import { freePort, killServerProcesses, startServerProcess, type ServerProcess } from "../helpers/serverProcess";
import { freshSchemaUrl, redisUrl } from "../helpers/services";
import { TOO_MANY_TRIES, readRefusal } from "../../shared/protocol";

let schemaUrl = "";
beforeAll(async () => {
  schemaUrl = await freshSchemaUrl();
});
afterEach(killServerProcesses);
afterAll(killServerProcesses);

/** Two processes with small limits, on a Redis database no other scale test uses (their creations would count here). */
async function twoProcesses(limits: Record<string, string>): Promise<[ServerProcess, ServerProcess]> {
  const redis = new URL(redisUrl());
  redis.pathname = "/9";
  const start = async () => {
    const port = await freePort();
    return startServerProcess({ port, dataDir: tempDataDir(), compiled: true, env: { REDIS_URL: redis.toString(), DATABASE_URL: schemaUrl, PUBLIC_ADDRESS: `127.0.0.1:${port}`, ...limits } });
  };
  return [await start(), await start()];
}

it("creations and failed joins from one address count over both processes: past the limit through one, the other refuses too", async () => {
  const [a, b] = await twoProcesses({ ROOMS_PER_MINUTE: "2", FAILED_JOINS_PER_MINUTE: "3" });
  const made = [await TestPlayer.create(a.url, "One"), await TestPlayer.create(a.url, "Two")];
  await expect(TestPlayer.create(b.url, "Three")).rejects.toThrow("Too many matches created from this address: wait a minute and try again.");

  for (const guess of ["AAAAAA", "BBBBBB", "CCCCCC"]) expect((await matchmake(a.url, "joinById", guess, { name: "Guess" })).code).toBe(4212);
  const blocked = await matchmake(b.url, "joinById", "DDDDDD", { name: "Guess" });
  expect(blocked.code).toBe(TOO_MANY_TRIES);
  expect(readRefusal(blocked.error)?.message).toMatch(/^Too many tries from this address: wait \d+ s and try again\.$/);
  await leaveAll(...made);
});
