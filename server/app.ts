/**
 * Builds the whole server: Express for the built client and the HTTP API, Colyseus on the
 * same HTTP server, one port, and the store (SQLite, or PostgreSQL given a database address).
 * Used by server/main.ts and by the tests.
 */
import { createServer as createHttpServer } from "node:http";
import { existsSync } from "node:fs";
import path from "node:path";
import express from "express";
import { Server, matchMaker } from "@colyseus/core";
import { RedisDriver } from "@colyseus/redis-driver";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { ROOM_NAME } from "../shared/protocol";
import { setContext, type Restoring } from "./context";
import type { Fence, Store } from "./persistence/Store";
import { openStore } from "./persistence/openStore";
import { Admission, DEFAULT_LIMITS, limitFailedLookups, type AdmissionLimits } from "./admission";
import { MatchRoom } from "./rooms/MatchRoom";
import { ClassRoom } from "./rooms/ClassRoom";
import { CLASS_ROOM_NAME } from "../shared/classroom/protocol";
import { exportRoute } from "./exportRoute";
import { classReportRouter } from "./classReportRoute";
import { setTrustProxy, type TrustProxy } from "./clientAddress";
import { guardRequests, verifyUpgrade, type GuardOptions } from "./httpGuard";
import { joinAddresses, listensEverywhere } from "./addresses";
import { LeaseKeeper } from "./leases";
import { SharedRedisPresence, redisOptions } from "./redisOptions";
import { refusal } from "./refusals";

export interface ServerOptions {
  port: number;
  host: string;
  /** Folder for the SQLite file. */
  dataDir: string;
  /** A PostgreSQL address (postgres://…): the store is there rather than in the SQLite file. */
  databaseUrl?: string;
  /** With databaseUrl: the PostgreSQL schema to keep the tables in (created if missing; tests use one each). */
  databaseSchema?: string;
  /** A store already open, used instead of either (tests wrap one to watch or hold its writes). */
  store?: Store;
  /**
   * A Redis address (redis://…): Colyseus's Redis presence and driver, so that several processes
   * share one matchmaker: codes claimed in one are seen by all, and a match created through one
   * process is joined by its code through any other.
   */
  redisUrl?: string;
  /** How browsers reach this very process (host[:port][/path], no scheme), when several run behind one address (Colyseus's publicAddress). */
  publicAddress?: string;
  /** Folder of the built client (Vite's output); served if it exists. */
  clientDir?: string;
  /** Rooms one address may create per minute (default 10). */
  creationsPerMinute?: number;
  /** The other limits on joining (defaults in DEFAULT_LIMITS, README's table). */
  failedJoinsPerMinute?: number;
  passwordTriesPerMinute?: number;
  passwordTriesPerMatchPerMinute?: number;
  pendingJoinsPerAddress?: number;
  /** Seconds over which the per-minute joining limits count (default 60; tests use a short one). */
  limitWindowSeconds?: number;
  /** Seconds a new match waits for its creator's socket before it is closed (default 30). */
  unjoinedRoomSeconds?: number;
  /** Days a class and its rooms are kept after its creation, unless its teacher deletes it sooner (default 30). */
  classKeepDays?: number;
  /** The server's clock (default Date.now; tests set their own). */
  now?: () => number;
  /** Messages per client: a burst, then so many a second (default 20, then 5 a second). */
  messageRate?: { burst: number; perSecond: number };
  /** Which proxies' X-Forwarded-For to believe (default: none, the socket's address is the client's). */
  trustProxy?: TrustProxy;
  /** Origins besides the server's own that may use the matchmaker and open sockets (default none). */
  allowedOrigins?: readonly string[];
  /** Open WebSocket connections per client address (default 40; 0 for no cap). */
  maxConnectionsPerAddress?: number;
  /** permessage-deflate for frames of at least this many bytes (default WS_DEFLATE); false: off. */
  deflate?: { threshold: number } | false;
  /** Send every changed view whole, as before view patches (npm run bench:load's "before" only). */
  wholeViews?: boolean;
}

export interface RunningServer {
  gameServer: Server;
  store: Store;
  url: string;
  /** The addresses other machines can use (empty when the server listens on loopback only). */
  joinAddresses: string[];
  /** Codes of the matches brought back from the store at start-up. */
  restored: string[];
  /** Whether the server takes new players: false from the moment it starts to stop. */
  readonly accepting: boolean;
  /** Stops taking players, closes every room (their seats are kept for a restart) and the store; the same promise on every call. */
  stop(): Promise<void>;
}

const HEARTBEAT_MS = 1_000;
/**
 * WebSocket compression (permessage-deflate), off by default. Measured by npm run bench:load at
 * 10 matches: from 1 KB frames up it cut bytes per client per turn from 18.5 to 8.2 KB for about
 * one point of a core, but patches already meet the goal (52 KB) without it, and with it on the
 * five-browser full-match test failed twice on this loaded machine (a page never settled), so it
 * stays off until that is understood. `deflate: { threshold }` turns it on (bench: --deflate 1024),
 * without context takeover: a kept zlib context costs about 300 KB a socket.
 */
export const WS_DEFLATE: { threshold: number } | false = false;
const DAY_MS = 24 * 60 * 60 * 1000;
/** What a class is kept for unless its teacher deletes it sooner (the issue's default). */
export const DEFAULT_CLASS_KEEP_DAYS = 30;
/** Matchmaking options and API requests are a few hundred bytes. */
const MAX_BODY_BYTES = 16 * 1024;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const store = options.store ?? (await openStore({ dataDir: options.dataDir, databaseUrl: options.databaseUrl, schema: options.databaseSchema }));
  const now = options.now ?? (() => Date.now());
  const classKeepMs = (options.classKeepDays ?? DEFAULT_CLASS_KEEP_DAYS) * DAY_MS;
  // Expired classes go before anything is restored: their rooms never come back.
  await store.purgeClassesCreatedBefore(now() - classKeepMs);
  // A shared store (PostgreSQL) may serve several processes: each match is run by the holder of
  // its lease, and at start this process takes only what nobody holds. SQLite serves this process
  // alone, which brings back every open match at start.
  const shared = options.databaseUrl !== undefined && options.databaseUrl !== "";
  const lastAlive = await store.lastAlive();
  const downtime = lastAlive === null ? 0 : Math.max(0, now() - lastAlive);
  const restoring = new Map<string, Restoring>(shared ? [] : (await store.openMatchCodes()).map((code) => [code, { downtimeMs: downtime, fence: null }]));
  const restoringClasses = new Map<string, Fence | null>(shared ? [] : (await store.openClassCodes()).map((code) => [code, null]));
  const restored: string[] = [];
  const leases = shared
    ? new LeaseKeeper(store, now, {
        takeOver: async ({ kind, code }, downtimeMs, fence) => {
          if (kind === "match") {
            restoring.set(code, { downtimeMs, fence });
            await matchMaker.createRoom(ROOM_NAME, { restore: code }).finally(() => restoring.delete(code));
            restored.push(code);
          } else {
            restoringClasses.set(code, fence);
            await matchMaker.createRoom(CLASS_ROOM_NAME, { restore: code }).finally(() => restoringClasses.delete(code));
          }
        },
        lost: (code) => {
          const room = matchMaker.getLocalRoomById(code);
          if (room instanceof MatchRoom || room instanceof ClassRoom) room.leaseLost();
        },
      })
    : null;
  // With Redis: one presence for Colyseus and for the limits per address that every process shares.
  const presence = options.redisUrl ? new SharedRedisPresence(redisOptions(options.redisUrl)) : null;
  setContext({
    store,
    leases,
    admission: new Admission(limitsFrom(options), presence?.commands ?? null),
    unjoinedRoomMs: (options.unjoinedRoomSeconds ?? 30) * 1000,
    messageRate: options.messageRate ?? { burst: 20, perSecond: 5 },
    restoring,
    restoringClasses,
    classWorlds: new Map(),
    classKeepMs,
    now,
    wholeViews: options.wholeViews ?? false,
  });
  await store.markAlive(now());
  const heartbeat = setInterval(() => void store.markAlive(now()).catch((error: unknown) => console.error("The heartbeat could not be stored:", error)), HEARTBEAT_MS);
  heartbeat.unref();

  const app = express();
  app.disable("x-powered-by");
  let stopping: Promise<void> | null = null;
  // Health tells the truth: a server that is stopping, or whose matchmaker no longer takes
  // players, answers 503 so a load balancer or a supervisor stops sending classes to it.
  const accepting = () => stopping === null && matchMaker.state === matchMaker.MatchMakerState.READY;
  app.get("/api/health", (_req, res) => {
    if (accepting()) return void res.json({ ok: true });
    res.status(503).json({ ok: false, ...refusal("SHUTTING_DOWN") });
  });
  // Where other machines open this server (its network addresses when it listens on every
  // interface): the lobby's join address and QR code. Known once the port is.
  let addresses: string[] = [];
  app.get("/api/addresses", (_req, res) => void res.json({ addresses }));
  app.get("/api/matches/:code/export", exportRoute(store));
  app.use("/api/classes", classReportRouter(store, now));
  app.use("/api", (_req, res) => {
    res.status(404).json(refusal("NOT_FOUND"));
  });
  if (options.clientDir && existsSync(options.clientDir)) {
    const clientDir = path.resolve(options.clientDir);
    app.use(express.static(clientDir, { index: "index.html" }));
    // Any other page path is the single-page client (a reload keeps working). Not a route with a
    // parameter: Express would answer 400 to a path that is not valid percent-encoding.
    app.use((req, res, next) => (req.method === "GET" || req.method === "HEAD" ? res.sendFile(path.join(clientDir, "index.html")) : next()));
  }

  setTrustProxy(options.trustProxy ?? { kind: "none" });
  const guard: GuardOptions = {
    maxBodyBytes: MAX_BODY_BYTES,
    allowedOrigins: options.allowedOrigins ?? [],
    maxConnectionsPerAddress: options.maxConnectionsPerAddress ?? 40,
  };
  const httpServer = createHttpServer(app);
  const gameServer = new Server({
    transport: new WebSocketTransport({ server: httpServer, verifyClient: verifyUpgrade(guard), perMessageDeflate: deflateOptions(options.deflate ?? WS_DEFLATE) }),
    greet: false,
    // The process decides what a fatal error or a signal means (server/lifecycle.ts), not the
    // library: Colyseus's own handlers wait on the shutdown without bound, in every process that
    // starts a server (the tests' too).
    gracefullyShutdown: false,
    ...(presence && options.redisUrl ? { presence, driver: new RedisDriver(redisOptions(options.redisUrl)) } : {}),
    ...(options.publicAddress ? { publicAddress: options.publicAddress } : {}),
    // A room is made in the process that was asked (the proxy spreads the load): a restore or a
    // class's world must be made where the server put what it needs (the restore list, the class's worlds).
    selectProcessIdToCreateRoom: async () => matchMaker.processId,
  });
  guardRequests(httpServer, guard);
  limitFailedLookups();
  gameServer.define(ROOM_NAME, MatchRoom);
  gameServer.define(CLASS_ROOM_NAME, ClassRoom);
  await matchMaker.onReady;
  for (const code of [...restoring.keys()]) {
    await matchMaker.createRoom(ROOM_NAME, { restore: code });
    restored.push(code);
  }
  // Classes after their matches: a class room watches its worlds' rooms from the start.
  for (const code of [...restoringClasses.keys()]) await matchMaker.createRoom(CLASS_ROOM_NAME, { restore: code });
  // With leases: whatever nobody holds now (a dead process's matches, or all after a full stop).
  await leases?.check();
  leases?.start();
  await gameServer.listen(options.port, options.host);

  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  addresses = joinAddresses(options.host, port);
  return {
    gameServer,
    store,
    url: `http://${listensEverywhere(options.host) ? "localhost" : options.host.includes(":") ? `[${options.host}]` : options.host}:${port}`,
    joinAddresses: addresses,
    restored,
    get accepting() {
      return accepting();
    },
    stop: () =>
      (stopping ??= (async () => {
        clearInterval(heartbeat);
        await leases?.stop();
        await gameServer.gracefullyShutdown(false);
        await store.close();
        setContext(null);
      })()),
  };
}

function deflateOptions(deflate: { threshold: number } | false) {
  if (!deflate) return false;
  return { threshold: deflate.threshold, serverNoContextTakeover: true, clientNoContextTakeover: true, zlibDeflateOptions: { level: 1 } };
}

function limitsFrom(options: ServerOptions): AdmissionLimits {
  const limits: AdmissionLimits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(limits) as (keyof AdmissionLimits)[]) {
    const value = options[key];
    if (value !== undefined) limits[key] = value;
  }
  return limits;
}
