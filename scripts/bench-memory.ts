// `npm run bench:memory`: the heap a 10,000-message match holds, beside the same match empty.
//
// 1. The session alone (shared/session): heap after an empty started match, then after 10,000
//    chat messages applied through applyAction, and the time per message at the start and end.
// 2. The real server room in this process: a real server on a loopback port, two players over
//    real WebSockets (raw colyseus.js clients that keep nothing they receive), 10,000 chat
//    messages sent through the room (parsed, applied, written to SQLite, delivered).
// Every heap figure is taken after a full garbage collection (node --expose-gc).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { matchMaker } from "@colyseus/core";
import { Client, type Room } from "colyseus.js";
import { startServer } from "../server/app";
import type { MatchRoom } from "../server/rooms/MatchRoom";
import { ROOM_NAME } from "../shared/protocol";
import { applyAction, createSession, messageCount, type Session, type SessionAction } from "../shared/session";

const MESSAGES = 10_000;
const TEXT = "We propose talks in Istanbul next week, under monitors, on grain and prisoners.";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc (npm run bench:memory does)");

function heapMb(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function sessionAlone(): void {
  let s: Session = createSession("K7Q2XP", "h");
  const act = (actor: string, action: SessionAction) => {
    const r = applyAction(s, { actor, at: 1_800_000_000_000, action });
    if (!r.ok) throw new Error(`${action.type} refused: ${r.code}`);
    s = r.value;
  };
  act("h", { type: "join", memberId: "h", name: "Hana" });
  act("h", { type: "pickPower", power: "russia" });
  act("a", { type: "join", memberId: "a", name: "Anna" });
  act("a", { type: "pickPower", power: "ukraine" });
  act("h", { type: "start", seed: 1 });
  const empty = heapMb();
  const slice = MESSAGES / 10;
  const times: number[] = [];
  let t = performance.now();
  for (let i = 0; i < MESSAGES; i++) {
    act(i % 2 ? "h" : "a", { type: "chat", channel: "public", text: `${TEXT} (${i})` });
    if ((i + 1) % slice === 0) {
      const now = performance.now();
      times.push(((now - t) * 1000) / slice);
      t = now;
    }
  }
  const full = heapMb();
  console.log(`session alone: heap ${empty.toFixed(1)} MiB empty match, ${full.toFixed(1)} MiB after ${messageCount(s.chat)} messages (+${(full - empty).toFixed(1)} MiB)`);
  console.log(`  time per message: ${times[0]!.toFixed(1)} µs for the first ${slice}, ${times.at(-1)!.toFixed(1)} µs for the last ${slice}`);
}

/** A colyseus.js room that answers nothing and keeps nothing it receives. */
function quiet(room: Room): Room {
  room.onMessage("*", () => undefined);
  return room;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

async function serverRoom(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "detente-bench-"));
  const server = await startServer({ port: 0, host: "127.0.0.1", dataDir, creationsPerMinute: 100, messageRate: { burst: 1e9, perSecond: 1e9 } });
  try {
    const before = heapMb();
    const host = quiet(await new Client(server.url).create(ROOM_NAME, { name: "Hana" }));
    const code = host.roomId;
    const guest = quiet(await new Client(server.url).joinById(code, { name: "Anna" }));
    const room = () => matchMaker.getLocalRoomById(code) as MatchRoom;
    host.send("pickPower", { power: "russia" });
    guest.send("pickPower", { power: "ukraine" });
    await until(() => room().current.members.filter((m) => m.role.kind === "power").length === 2, "both powers taken");
    host.send("start", {});
    await until(() => room().current.phase === "briefing", "the start");
    // Paused, so no deadline moves the match on while the messages flow.
    host.send("pause", { phase: "briefing", turn: 1 });
    await until(() => room().current.clock.paused, "the pause");
    const empty = heapMb();
    const started = performance.now();
    const batch = 250;
    for (let sent = 0; sent < MESSAGES; sent += batch) {
      for (let i = sent; i < sent + batch; i++) (i % 2 ? host : guest).send("chat", { channel: "public", text: `${TEXT} (${i})` });
      await until(() => messageCount(room().current.chat) === sent + batch, `message ${sent + batch}`);
    }
    const seconds = (performance.now() - started) / 1000;
    const full = heapMb();
    console.log(`server room (real sockets, SQLite): heap ${before.toFixed(1)} MiB before any match, ${empty.toFixed(1)} MiB with the empty match, ${full.toFixed(1)} MiB after ${messageCount(room().current.chat)} messages (+${(full - empty).toFixed(1)} MiB)`);
    console.log(`  ${(MESSAGES / seconds).toFixed(0)} messages a second through the room; the chat's JSON is ${(JSON.stringify(room().current.chat).length / 2 ** 20).toFixed(1)} MiB`);
    await Promise.all([host.leave(), guest.leave()]);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

sessionAlone();
await serverRoom();
process.exit(0);
