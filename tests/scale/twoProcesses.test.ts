/**
 * Two server processes, as `npm start` runs them (compiled JavaScript), sharing a real Redis and
 * a real PostgreSQL: a match created through one is joined by its code through the other, and
 * when the process running a match is killed mid-turn the other takes the match over within a
 * few seconds, its players rejoin by seat token, and nothing they were told was accepted is lost.
 */
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import pg from "pg";
import type { Order, PowerId } from "../../shared/game";
import { TestPlayer, leaveAll, tempDataDir } from "../helpers/server";
import { freePort, killServerProcesses, startServerProcess, type ServerProcess } from "../helpers/serverProcess";
import { databaseUrl, freshSchema, redisUrl } from "../helpers/services";
import { LEASE_MS } from "../../server/leases";

const FAST_RETRY = { firstDelayMs: 200, maxDelayMs: 1_000 };
let schemaUrl = "";
let database = 0;

beforeAll(async () => {
  // One schema for this file's processes, empty at the start.
  const schema = freshSchema();
  const admin = new pg.Client(databaseUrl());
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(databaseUrl());
  url.searchParams.set("options", `-c search_path=${schema}`);
  schemaUrl = url.toString();
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

it("after the process running a match is killed mid-turn, the other takes it over and its players rejoin with every acknowledged order and chat line", async () => {
  const [a, b] = await twoProcesses();
  // The match runs in A; its players came in through B (as a proxy might send them), so their browsers keep asking B.
  const host = await TestPlayer.create(a.url, "Hana", { retry: FAST_RETRY });
  host.connection.send("facilitate", {});
  const seats: [PowerId, TestPlayer][] = [];
  for (const [name, power] of [["Anna", "russia"], ["Bogdan", "ukraine"]] as const) {
    const player = await TestPlayer.join(b.url, host.code, name, { retry: FAST_RETRY });
    player.connection.send("pickPower", { power });
    seats.push([power, player]);
  }
  await host.until((p) => Object.values(p.connection.board.members).filter((m) => m.power).length === 2, "both powers taken");
  const player = (power: PowerId) => seats.find(([p]) => p === power)![1];
  const advance = async () => {
    const { phase, turn } = host.connection.board;
    host.connection.send("endPhase", host.meantFor());
    await player("russia").until((p) => p.connection.board.phase !== phase || p.connection.board.turn !== turn, "the next phase");
  };
  const statement = (text: string): Order => ({ type: "statement", audience: "world", tone: "neutral", topic: "war", text });
  const give = async (power: PowerId, orders: Order[]) => {
    player(power).connection.send("orders", { turn: player(power).connection.board.turn, orders });
    await player(power).until((p) => JSON.stringify(p.connection.view.match?.orders[power]) === JSON.stringify(orders), `${power}'s orders acknowledged`);
  };

  host.connection.send("start", {});
  await player("russia").until((p) => p.connection.board.phase === "briefing", "the briefing");
  await advance(); // negotiation
  player("russia").connection.send("chat", { channel: "pair:russia|ukraine", text: "Before the kill" });
  await player("ukraine").until((p) => p.connection.chat.some((m) => m.text === "Before the kill"), "the chat line acknowledged");
  await advance(); // orders, turn 1
  await give("russia", [{ type: "posture", stance: "fortify" }, statement("Moscow holds.")]);
  await give("ukraine", [statement("Kyiv asks for monitors.")]);
  const members = seats.map(([, p]) => p.id);

  await a.stop("SIGKILL");
  const killedAt = Date.now();
  for (const [power, p] of seats) {
    await p.until((q) => q.connection.reconnections === 1 && q.connection.status === "connected" && q.connection.view.match?.phase === "orders", `${power} back in the match`, 30_000);
    expect(p.connection.power).toBe(power);
  }
  const tookOver = Date.now() - killedAt;
  expect(seats.map(([, p]) => p.id)).toEqual(members);
  expect(player("russia").connection.view.match?.orders.russia).toEqual([{ type: "posture", stance: "fortify" }, statement("Moscow holds.")]);
  expect(player("ukraine").connection.view.match?.orders.ukraine).toEqual([statement("Kyiv asks for monitors.")]);
  expect(player("ukraine").connection.chat.map((m) => m.text)).toContain("Before the kill");
  expect(player("russia").connection.board.turn).toBe(1);
  // The lease ran out and B noticed: a few seconds, not the reconnection window of a minute.
  expect(tookOver).toBeLessThan(LEASE_MS + 10_000);

  // The host's page, reloaded, reaches the live process (behind a proxy, the same address does).
  const hostAgain = await TestPlayer.join(b.url, host.code, "", { storage: host.storage, retry: FAST_RETRY });
  expect(hostAgain.id).toBe(host.id);
  await leaveAll(host);
  // The match goes on in B: a new order, then the turn resolves.
  await give("ukraine", [statement("Kyiv, after the failover.")]);
  const hostMeant = hostAgain.meantFor();
  hostAgain.connection.send("endPhase", hostMeant);
  await player("russia").until((p) => p.connection.board.phase === "resolution", "the turn resolving in B");
  await leaveAll(hostAgain, ...seats.map(([, p]) => p));
});
