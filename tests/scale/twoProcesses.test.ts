/**
 * Two server processes, as `npm start` runs them (compiled JavaScript), sharing a real Redis and
 * a real PostgreSQL: a match created through one is joined by its code through the other.
 */
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { TestPlayer, leaveAll, tempDataDir } from "../helpers/server";
import { freePort, killServerProcesses, startServerProcess, type ServerProcess } from "../helpers/serverProcess";
import { freshSchemaUrl, redisUrl } from "../helpers/services";

let schemaUrl = "";
let database = 0;

beforeAll(async () => {
  // One schema for this file's processes, empty at the start.
  schemaUrl = await freshSchemaUrl();
});
afterEach(killServerProcesses);
afterAll(killServerProcesses);

/** Two processes on their own ports, each announcing its own address, sharing Redis (a database of its own per test) and PostgreSQL. */
async function twoProcesses(): Promise<[ServerProcess, ServerProcess]> {
  database++;
  const redis = new URL(redisUrl());
  redis.pathname = `/${database}`;
  const start = async () => {
    const port = await freePort();
    return startServerProcess({
      port,
      dataDir: tempDataDir(),
      compiled: true,
      env: { REDIS_URL: redis.toString(), DATABASE_URL: schemaUrl, PUBLIC_ADDRESS: `127.0.0.1:${port}` },
    });
  };
  return [await start(), await start()];
}

it("a match created through one process is joined by its code through the other, and both see the same lobby", async () => {
  const [a, b] = await twoProcesses();
  const host = await TestPlayer.create(a.url, "Hana");
  const guest = await TestPlayer.join(b.url, host.code, "Ivan");
  guest.connection.send("pickPower", { power: "china" });
  await host.until((p) => p.connection.board.members[guest.id]?.power === "china", "the guest on China, seen by the host");
  // A wrong password and a stale seat token are refused through the other process with their own codes.
  const other = await TestPlayer.create(b.url, "Olga", { password: "secret" });
  await expect(TestPlayer.join(a.url, other.code, "Petr", { password: "wrong" })).rejects.toThrow(`Wrong password for match ${other.code}.`);
  const stranger = await TestPlayer.join(a.url, other.code, "Petr", { password: "secret" });
  expect(Object.keys(stranger.connection.board.members)).toHaveLength(2);
  expect(new Set([host.code, other.code]).size).toBe(2);
  await leaveAll(host, guest, other, stranger);
});
