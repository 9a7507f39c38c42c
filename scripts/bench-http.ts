// `npm run bench:http`: what one address can cost everybody else, with and without the guards.
//
// 1. A 100 MB request body to /matchmake: the server's resident memory before, at its peak
//    while the body is sent, and the status it answers (413 from the announced length today).
// 2. A bystander's chat round trip (send a public message, receive its echo) in her own room,
//    p50/p95 over 10 s, while one other address opens 200 game connections (rooms of 30) that
//    each send a chat message at the allowed rate (5 a second; refused to spectators, answered): once with no cap on connections per address (the old
//    server), once with the default cap of 40. The flood comes through X-Forwarded-For with
//    TRUST_PROXY=loopback, so the bystander on 127.0.0.1 is another address.
//    FLOOD_PER_TICK=20 makes each flood connection send 20 messages every 200 ms instead of one.
// Loopback only, bounded in count and time. Figures depend on the machine and its load.
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client, type Room } from "colyseus.js";
import { startServer, type RunningServer } from "../server/app";
import { parseTrustProxy } from "../server/clientAddress";
import { ROOM_NAME } from "../shared/protocol";

const FLOOD_SOCKETS = 200;
const PER_ROOM = 30;
const FLOOD_PER_TICK = Number(process.env.FLOOD_PER_TICK ?? 1);
const MEASURE_MS = 10_000;
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

async function boot(maxConnectionsPerAddress: number): Promise<{ server: RunningServer; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "detente-bench-http-"));
  const server = await startServer({
    port: 0,
    host: "127.0.0.1",
    dataDir: dir,
    creationsPerMinute: 1_000,
    trustProxy: parseTrustProxy("loopback"),
    maxConnectionsPerAddress,
  });
  return { server, dir };
}

async function bigBody(url: string): Promise<void> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const chunk = Buffer.alloc(2 ** 20, 0x20);
  const status = await new Promise<number | string>((resolve) => {
    const req = request(`${url}/matchmake/create/${ROOM_NAME}`, { method: "POST", headers: { "content-length": String(100 * 2 ** 20), "content-type": "application/json" } });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", (e) => resolve(`connection closed (${(e as NodeJS.ErrnoException).code ?? e.message})`));
    let sent = 0;
    const pump = () => {
      while (sent < 100 && req.write(chunk)) sent++;
      if (sent < 100) req.once("drain", () => (sent++, pump()));
      else req.end();
    };
    pump();
  });
  clearInterval(sampler);
  console.log(`100 MB body to /matchmake: answered ${status}; server process RSS ${mib(before)} MiB before, ${mib(peak)} MiB at peak`);
}

function client(url: string, forwardedFor?: string): Client {
  return new Client(url, forwardedFor ? { headers: { "x-forwarded-for": forwardedFor } } : undefined);
}

async function flood(url: string): Promise<{ rooms: Room[]; refused: number }> {
  const rooms: Room[] = [];
  let refused = 0;
  let code = "";
  for (let i = 0; i < FLOOD_SOCKETS; i++) {
    const c = client(url, "198.51.100.66");
    try {
      const options = { name: `Flood ${i}` };
      const room = i % PER_ROOM === 0 || !code ? await c.create(ROOM_NAME, options) : await c.joinById(code, options);
      if (i % PER_ROOM === 0 || !code) code = room.roomId;
      room.onMessage("*", () => undefined);
      rooms.push(room);
    } catch {
      refused++;
      if (i % PER_ROOM === 0) code = "";
    }
  }
  return { rooms, refused };
}

async function roundTrips(url: string, rooms: Room[]): Promise<number[]> {
  const host = await client(url).create(ROOM_NAME, { name: "Hana" });
  const player = await client(url).joinById(host.roomId, { name: "Bogdan" });
  host.onMessage("*", () => undefined);
  player.send("pickPower", { power: "russia" });
  await new Promise((r) => setTimeout(r, 200));
  const pending = new Map<string, number>();
  const times: number[] = [];
  player.onMessage("*", (type, message: { text?: string }) => {
    const sent = type === "chat" && message?.text ? pending.get(message.text) : undefined;
    if (sent !== undefined) times.push(performance.now() - sent);
  });
  const chatter = setInterval(() => {
    for (const room of rooms) for (let k = 0; k < FLOOD_PER_TICK; k++) room.send("chat", { channel: "public", text: "flood" });
  }, 200);
  const end = Date.now() + MEASURE_MS;
  for (let i = 0; Date.now() < end; i++) {
    const text = `probe ${i}`;
    pending.set(text, performance.now());
    player.send("chat", { channel: "public", text });
    await new Promise((r) => setTimeout(r, 250));
  }
  clearInterval(chatter);
  await Promise.all([host.leave(), player.leave()]);
  return times;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function floodRun(label: string, cap: number): Promise<void> {
  const { server, dir } = await boot(cap);
  const { rooms, refused } = await flood(server.url);
  const times = await roundTrips(server.url, rooms);
  console.log(
    `${label}: ${rooms.length} flood connections held, ${refused} refused; bystander chat round trip ` +
      `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (${times.length} samples)`,
  );
  await Promise.all(rooms.map((r) => r.leave().catch(() => undefined)));
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

const { server, dir } = await boot(40);
await bigBody(server.url);
await server.stop();
rmSync(dir, { recursive: true, force: true });
await floodRun("no cap per address (the old server)", 0);
await floodRun("MAX_CONNECTIONS_PER_ADDRESS=40 (default)", 40);
process.exit(0);
