/**
 * Fail-over: two compiled server processes behind a reverse proxy, sharing a real Redis and a
 * real PostgreSQL. The process running a match is killed with SIGKILL mid-turn; the other takes
 * its lease once it runs out, brings the match back from the store with every action its players
 * had been told of, and the players' clients, which only know the proxy's address, rejoin their
 * seats by seat token and play on.
 */
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import pg from "pg";
import { TestPlayer, leaveAll, tempDataDir } from "../helpers/server";
import { killServerProcesses, startServerProcess, type ServerProcess } from "../helpers/serverProcess";
import { startProxy, type Proxy } from "../helpers/proxy";
import { freshSchemaUrl, redisUrl } from "../helpers/services";
import type { Session } from "../../shared/session";

/** Retries far faster than a browser's (1 s doubling to 10 s), so the test waits on the server, not on backoff. */
const FAST = { firstDelayMs: 50, maxDelayMs: 200 };
/** "Within a few seconds": a lease lasts 5 s and is looked for every second, plus the restore and the rejoin. */
const RESTORED_WITHIN_MS = 15_000;

let schemaUrl = "";
let proxy: Proxy;
const ports = new Map<string, number>();
/** The processes the proxy sends pages and the matchmaker to (null: all), as its health check would. */
let healthy: string[] | null = null;

beforeAll(async () => {
  schemaUrl = await freshSchemaUrl();
  proxy = await startProxy(
    () => ports,
    () => healthy ?? [...ports.keys()],
  );
});
afterEach(() => {
  killServerProcesses();
  healthy = null;
});
afterAll(async () => {
  killServerProcesses();
  await proxy.close();
});

/** A compiled process named `name` behind the proxy, announcing the proxy's path to it as its public address. */
async function processNamed(name: string): Promise<ServerProcess> {
  const redis = new URL(redisUrl());
  redis.pathname = "/1";
  const started = await startServerProcess({
    dataDir: tempDataDir(),
    compiled: true,
    env: { REDIS_URL: redis.toString(), DATABASE_URL: schemaUrl, PUBLIC_ADDRESS: proxy.publicAddress(name) },
  });
  ports.set(name, Number(new URL(started.url).port));
  return started;
}

/** The host's export (every logged action), through the proxy. */
async function exported(host: TestPlayer): Promise<{ log: { seq: number; action: { type: string } }[]; turns: { session: Session }[] }> {
  const token = host.storage.tokens.get(host.code)!;
  const response = await fetch(`${proxy.url}/api/matches/${host.code}/export`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as never;
}

/**
 * Waits until the host's board and view both show `phase`. A host's command names the board's
 * phase (meantFor), which reaches the client in Colyseus's state patches, apart from the view:
 * sent on the view alone it could still name the phase before and be refused as STALE_PHASE.
 */
async function hostSees(host: TestPlayer, phase: string): Promise<void> {
  await host.until((p) => p.connection.board.phase === phase && p.connection.view.match?.phase === phase, `the host's board and view in ${phase}`);
}

/** Hana facilitates, Anna plays Russia and Bogdan Ukraine, all through the proxy (so the match runs in the first process); ends in the briefing. */
async function startedThroughProxy(): Promise<{ host: TestPlayer; russia: TestPlayer; ukraine: TestPlayer; everyone: TestPlayer[] }> {
  const host = await TestPlayer.create(proxy.url, "Hana", { retry: FAST });
  host.connection.send("facilitate", {});
  const russia = await TestPlayer.join(proxy.url, host.code, "Anna", { retry: FAST });
  russia.connection.send("pickPower", { power: "russia" });
  const ukraine = await TestPlayer.join(proxy.url, host.code, "Bogdan", { retry: FAST });
  ukraine.connection.send("pickPower", { power: "ukraine" });
  await host.until((p) => Object.values(p.connection.board.members).filter((m) => m.power).length === 2, "both powers taken");
  host.connection.send("start", {});
  await host.until((p) => p.connection.board.phase === "briefing", "the briefing");
  return { host, russia, ukraine, everyone: [host, russia, ukraine] };
}

it("a process killed with SIGKILL mid-turn: the other brings its match back with every acknowledged action, and its players rejoin by seat token and play on", async () => {
  const first = await processNamed("a");
  await processNamed("b");
  // The proxy sends a creation to the first process that answers: the match runs in "a".
  const { host, russia, ukraine, everyone } = await startedThroughProxy();
  host.connection.send("endPhase", host.meantFor());
  await hostSees(host, "negotiation");

  // Acknowledged: an offer, a chat line, the end of a phase, an order and a ready flag, each seen by the players.
  russia.connection.send("offer", { turn: 1, action: { action: "propose", to: ["ukraine"], terms: { kind: "jointStatement", topic: "war", tone: "conciliatory", text: "Talk" } } });
  await ukraine.until((p) => p.connection.view.match!.offers.length === 1, "the offer, seen by Ukraine");
  russia.connection.send("chat", { channel: "public", text: "Before the crash" });
  await ukraine.until((p) => p.connection.chat.some((m) => m.text === "Before the crash"), "the chat line, seen by Ukraine");
  await hostSees(host, "negotiation");
  host.connection.send("endPhase", host.meantFor());
  await russia.until((p) => p.connection.view.match?.phase === "orders", "the orders phase");
  russia.connection.send("orders", { turn: 1, orders: [{ type: "posture", stance: "fortify" }] });
  await russia.until((p) => (p.connection.view.match!.orders.russia ?? []).length === 1, "Russia's order, acknowledged");
  ukraine.connection.send("ready", { phase: "orders", turn: 1, ready: true });
  await host.until((p) => p.connection.board.ready.includes("ukraine"), "Ukraine ready, seen by the host");
  const shown = { phase: host.connection.board.phase, turn: host.connection.view.match!.turn, offers: host.connection.view.match!.offers, orders: host.connection.view.match!.orders };
  const actionsBefore = (await exported(host)).log.length;

  await first.stop("SIGKILL");
  const killedAt = Date.now();
  for (const p of everyone) {
    await p.until((q) => q.connection.reconnections >= 1 && q.connection.status === "connected" && q.connection.view.match !== null, `${p.connection.memberId}'s seat back through the other process`, RESTORED_WITHIN_MS);
  }
  console.log(`Fail-over: the match was back and its three players rejoined ${Date.now() - killedAt} ms after the SIGKILL.`);

  // Everything acknowledged is there: the phase, the offer, the order, the ready flag and the chat.
  const back = host.connection.view.match!;
  expect({ phase: host.connection.board.phase, turn: back.turn, offers: back.offers, orders: back.orders }).toEqual(shown);
  expect(host.connection.board.ready).toContain("ukraine");
  expect(russia.connection.view.match!.orders.russia).toEqual([{ type: "posture", stance: "fortify" }]);
  expect(ukraine.connection.chat.map((m) => m.text)).toContain("Before the crash");
  expect(everyone.map((p) => p.connection.closedReason)).toEqual([null, null, null]);

  // And the match goes on in the other process: a chat line, then the turn resolves with Russia's order.
  russia.connection.send("chat", { channel: "public", text: "After the crash" });
  await ukraine.until((p) => p.connection.chat.some((m) => m.text === "After the crash"), "a chat line after the fail-over");
  await hostSees(host, "orders");
  host.connection.send("endPhase", host.meantFor());
  await russia.until((p) => p.connection.view.match?.phase === "resolution", "the turn resolved after the fail-over");
  const history = russia.connection.view.match!.orderHistory.filter((h) => h.turn === 1 && h.power === "russia");
  expect(history.flatMap((h) => h.orders)).toEqual([{ type: "posture", stance: "fortify" }]);

  // The log holds each action once, numbered without a gap, the earlier ones unchanged.
  const log = (await exported(host)).log;
  expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
  expect(log.length).toBeGreaterThan(actionsBefore);
  await leaveAll(...everyone);
});

/** Polls PostgreSQL until `query`'s first row satisfies `done` (the store's own record, not a client's view). */
async function untilStored<R>(db: pg.Client, query: string, values: unknown[], done: (row: R | undefined) => boolean, what: string): Promise<R> {
  const deadline = Date.now() + RESTORED_WITHIN_MS;
  for (;;) {
    const row = (await db.query(query, values)).rows[0] as R | undefined;
    if (done(row)) return row!;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

it("a process stalled past its lease writes nothing once the other has taken its match over: what players were shown stays, and what it was sent meanwhile is refused, not half-kept", async () => {
  const stalled = await processNamed("a");
  await processNamed("b");
  const { host, russia, ukraine, everyone } = await startedThroughProxy();
  // Every chat line any player is ever shown, whichever process showed it.
  const shown = new Set<string>();
  for (const p of everyone) p.connection.onChange(() => p.connection.chat.forEach((m) => shown.add(m.text)));
  russia.connection.send("chat", { channel: "public", text: "Before the stall" });
  await ukraine.until((p) => p.connection.chat.some((m) => m.text === "Before the stall"), "the chat line before the stall");

  const db = new pg.Client(schemaUrl);
  await db.connect();
  try {
    const lease = "SELECT owner FROM leases WHERE code = $1";
    const { owner } = await untilStored<{ owner: string }>(db, lease, [host.code], (r) => r !== undefined, "the lease of the match");
    stalled.signal("SIGSTOP");
    healthy = ["b"];
    // Sent to the stalled process: it waits in its socket until the process runs again.
    expect(russia.connection.send("chat", { channel: "public", text: "Sent during the stall" })).toBe(true);
    await untilStored<{ owner: string }>(db, lease, [host.code], (r) => r !== undefined && r.owner !== owner, "the other process to take the lease");
    // Brought back there: the restore moves the clock on by the time the match was not running.
    await untilStored(db, "SELECT seq FROM log WHERE code = $1 AND action LIKE '%shiftClock%'", [host.code], (r) => r !== undefined, "the restore on the other process");
    stalled.signal("SIGCONT");

    for (const p of everyone) {
      await p.until((q) => q.connection.reconnections >= 1 && q.connection.status === "connected" && q.connection.view.match !== null, `${p.connection.memberId}'s seat back through the other process`, RESTORED_WITHIN_MS);
    }
    russia.connection.send("chat", { channel: "public", text: "After the stall" });
    await ukraine.until((p) => p.connection.chat.some((m) => m.text === "After the stall"), "a chat line after the take-over");

    const final = ukraine.connection.chat.map((m) => m.text);
    const logged = (await db.query<{ action: string }>("SELECT action FROM log WHERE code = $1 ORDER BY seq", [host.code])).rows
      .map((r) => JSON.parse(r.action) as { type: string; text?: string })
      .flatMap((a) => (a.type === "chat" ? [a.text!] : []));
    // Nothing shown is lost, and the store holds exactly what the match now shows: no write of the stalled process slipped in.
    expect([...shown].filter((text) => !final.includes(text))).toEqual([]);
    expect(logged).toEqual(final);
    expect(everyone.map((p) => p.connection.closedReason)).toEqual([null, null, null]);
  } finally {
    await db.end();
  }
  await leaveAll(...everyone);
});
