/**
 * The HTTP side of the server, over real HTTP and real WebSockets: security headers on every
 * response, a body cap, no CORS for strangers, an Origin check and a per-address cap on
 * WebSocket connections, a JSON 404 under /api, and client addresses that a forged
 * X-Forwarded-For cannot change unless a proxy is trusted.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { Room } from "@colyseus/core";
import { startServer, type RunningServer } from "../../server/app";
import { clientAddress, parseTrustProxy, type AuthContext } from "../../server/clientAddress";
import { ROOM_NAME } from "../../shared/protocol";
import { TestPlayer, leaveAll, tempDataDir } from "../helpers/server";

const ALLOWED = "http://allowed.example";

function clientDir(): string {
  const dir = path.join(tempDataDir(), "client");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>Détente</title>");
  return dir;
}

async function boot(options: { trustProxy?: string; maxConnectionsPerAddress?: number } = {}): Promise<RunningServer> {
  return startServer({
    port: 0,
    host: "127.0.0.1",
    dataDir: tempDataDir(),
    clientDir: clientDir(),
    creationsPerMinute: 1_000,
    allowedOrigins: [ALLOWED],
    trustProxy: parseTrustProxy(options.trustProxy),
    maxConnectionsPerAddress: options.maxConnectionsPerAddress ?? 3,
  });
}

/** Reserves a seat over HTTP as colyseus.js does, with the headers a client chose. */
async function matchmake(url: string, method: string, target: string, body: object, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}/matchmake/${method}/${target}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return (await response.json()) as Record<string, unknown>;
}

/** Opens the WebSocket of a reservation; resolves with the socket, or with the HTTP status that refused the upgrade. */
function openSocket(url: string, reservation: Record<string, unknown>, headers: Record<string, string> = {}): Promise<WebSocket | number> {
  const room = reservation.room as { processId: string; roomId: string };
  const ws = new WebSocket(`${url.replace("http", "ws")}/${room.processId}/${room.roomId}?sessionId=${String(reservation.sessionId)}`, { headers });
  return new Promise((resolve, reject) => {
    ws.once("open", () => resolve(ws));
    ws.once("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
    ws.once("error", reject);
  });
}

/** A raw upgrade to any path: the status if refused, or "open". */
function upgrade(url: string, headers: Record<string, string>): Promise<number | "open"> {
  const ws = new WebSocket(`${url.replace("http", "ws")}/nowhere/nothing`, { headers });
  return new Promise((resolve, reject) => {
    ws.once("open", () => {
      ws.close();
      resolve("open");
    });
    ws.once("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
    ws.once("error", reject);
  });
}

async function closed(ws: WebSocket): Promise<void> {
  if (ws.readyState === WebSocket.CLOSED) return;
  await new Promise((resolve) => {
    ws.once("close", resolve);
    ws.close();
  });
}

describe("with no proxy trusted", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await boot();
  });
  afterAll(async () => {
    await server.stop();
  });

  it("puts the security headers on every response: the client, the API and the matchmaker", async () => {
    const responses = await Promise.all([
      fetch(`${server.url}/`),
      fetch(`${server.url}/m/K7Q2XP`),
      fetch(`${server.url}/api/matches/K7Q2XP/export`),
      fetch(`${server.url}/matchmake/create/${ROOM_NAME}`, { method: "OPTIONS" }),
      fetch(`${server.url}/matchmake/joinById/K7Q2XP`, { method: "POST", body: "{}" }),
    ]);
    for (const response of responses) {
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, response.url).toContain("default-src 'self'");
      expect(csp, response.url).toContain("script-src 'self'");
      expect(csp, response.url).toContain("frame-ancestors 'none'");
      expect(response.headers.get("x-content-type-options"), response.url).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), response.url).toBe("no-referrer");
      expect(response.headers.get("x-frame-options"), response.url).toBe("DENY");
      await response.arrayBuffer();
    }
  });

  it("answers an unknown /api path with a JSON 404, not the client's page", async () => {
    for (const url of [`${server.url}/api/nothing`, `${server.url}/api/matches/K7Q2XP`, `${server.url}/api`]) {
      const response = await fetch(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get("content-type"), url).toMatch(/^application\/json/);
      expect(await response.json(), url).toMatchObject({ code: "NOT_FOUND" });
    }
    // Any other path is still the client, so a reload of /m/CODE works, even of an address that is not valid percent-encoding.
    for (const page of ["/m/K7Q2XP", "/m/%E0%A4%A", "/%"]) {
      const response = await fetch(`${server.url}${page}`);
      expect(response.status, page).toBe(200);
      expect(response.headers.get("content-type"), page).toMatch(/^text\/html/);
    }
  });

  it("refuses a matchmaking or API body over 16 KB from its announced length, before reading it", async () => {
    for (const target of [`/matchmake/create/${ROOM_NAME}`, "/api/health"]) {
      // 100 MB announced, not one byte sent: the answer comes from the headers alone.
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(`${server.url}${target}`, { method: "POST", headers: { "content-length": String(100 * 1024 * 1024), "content-type": "application/json" } });
        req.once("response", (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        });
        req.once("error", reject);
        req.flushHeaders();
      });
      expect(status, target).toBe(413);
    }
    const chunked = await fetch(`${server.url}/matchmake/create/${ROOM_NAME}`, {
      method: "POST",
      body: new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode("{}")), c.close()) }),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(411);
    // A normal request still works.
    expect(await matchmake(server.url, "create", ROOM_NAME, { name: "Hana" })).toHaveProperty("sessionId");
  });

  it("answers a matchmaking method Colyseus leaves unanswered (and holding its socket) with 405", async () => {
    for (const method of ["PUT", "DELETE", "PATCH"]) {
      const response = await fetch(`${server.url}/matchmake/create/${ROOM_NAME}`, { method, body: "{}", signal: AbortSignal.timeout(5_000) });
      expect(response.status, method).toBe(405);
    }
  });

  it("sends no CORS permission to a foreign origin on the matchmaker, and names an allowed one", async () => {
    const ask = (origin: string) => fetch(`${server.url}/matchmake/create/${ROOM_NAME}`, { method: "OPTIONS", headers: { origin } });
    const foreign = await ask("http://evil.example");
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
    expect(foreign.headers.get("access-control-allow-credentials")).toBeNull();
    const allowed = await ask(ALLOWED);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(allowed.headers.get("vary")).toMatch(/Origin/);
    const same = await ask(server.url);
    expect(same.headers.get("access-control-allow-origin")).toBe(server.url);
  });

  it("refuses a WebSocket upgrade from a foreign origin, and takes the same origin, an allowed one and none", async () => {
    expect(await upgrade(server.url, { origin: "http://evil.example" })).toBe(403);
    expect(await upgrade(server.url, { origin: "null" })).toBe(403);
    expect(await upgrade(server.url, { origin: server.url })).toBe("open");
    expect(await upgrade(server.url, { origin: ALLOWED })).toBe("open");
    expect(await upgrade(server.url, {})).toBe("open");
  });

  it("refuses a connection past the cap from one address, even with forged X-Forwarded-For, and a closed one frees its slot", async () => {
    const host = await TestPlayer.create(server.url, "Hana");
    const seat = (name: string, forwardedFor: string) =>
      matchmake(server.url, "joinById", host.code, { name }, { "x-forwarded-for": forwardedFor }).then((r) => openSocket(server.url, r, { "x-forwarded-for": forwardedFor }));
    const second = await seat("Bogdan", "10.0.0.2");
    const third = await seat("Chen", "10.0.0.3");
    expect(second).toBeInstanceOf(WebSocket);
    expect(third).toBeInstanceOf(WebSocket);
    expect(await seat("Dana", "10.0.0.4")).toBe(429);
    await closed(second as WebSocket);
    const fourth = await seat("Dana", "10.0.0.4");
    expect(fourth).toBeInstanceOf(WebSocket);
    await closed(third as WebSocket);
    await closed(fourth as WebSocket);
    await leaveAll(host);
  });
});

describe("with a trusted proxy on loopback (TRUST_PROXY=loopback)", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await boot({ trustProxy: "loopback", maxConnectionsPerAddress: 1 });
  });
  afterAll(async () => {
    await server.stop();
  });

  it("counts connections by the address the proxy forwarded", async () => {
    const host = await TestPlayer.create(server.url, "Hana");
    const seat = (name: string, forwardedFor: string) =>
      matchmake(server.url, "joinById", host.code, { name }, { "x-forwarded-for": forwardedFor }).then((r) => openSocket(server.url, r, { "x-forwarded-for": forwardedFor }));
    // One connection per address: the host's own from 127.0.0.1, and one for each forwarded client.
    const a = await seat("Bogdan", "198.51.100.1");
    const b = await seat("Chen", "198.51.100.2");
    expect(a).toBeInstanceOf(WebSocket);
    expect(b).toBeInstanceOf(WebSocket);
    expect(await seat("Dana", "198.51.100.2")).toBe(429);
    await closed(a as WebSocket);
    await closed(b as WebSocket);
    await leaveAll(host);
  });

  it("gives Colyseus the forwarded address, at matchmaking and at the socket's join (what every onAuth sees)", async () => {
    await probe(server, "198.51.100.7", "1.2.3.4, 198.51.100.7");
  });
});

describe("with no proxy trusted, a forged X-Forwarded-For or X-Real-IP", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await boot();
  });
  afterAll(async () => {
    await server.stop();
  });

  it("does not change the address Colyseus gives the rooms", async () => {
    await probe(server, "127.0.0.1", "198.51.100.7", { "x-real-ip": "198.51.100.8" });
  });
});

/**
 * Rooms that record the address Colyseus hands to a static onAuth (matchmaking) and to an
 * instance onAuth (the socket), and what clientAddress reads from each.
 */
class MatchmakeProbe extends Room {
  static seen: unknown[] = [];
  static override async onAuth(_token: string, _options: unknown, context: AuthContext) {
    MatchmakeProbe.seen.push(context.ip, clientAddress(context));
    return true;
  }
}
class JoinProbe extends Room {
  static seen: unknown[] = [];
  override onAuth(_client: unknown, _options: unknown, context: AuthContext) {
    JoinProbe.seen.push(context.ip, clientAddress(context));
    return true;
  }
}

async function probe(server: RunningServer, expected: string, forwardedFor: string, extra: Record<string, string> = {}): Promise<void> {
  server.gameServer.define("matchmakeProbe", MatchmakeProbe);
  server.gameServer.define("joinProbe", JoinProbe);
  MatchmakeProbe.seen = [];
  JoinProbe.seen = [];
  const headers = { "x-forwarded-for": forwardedFor, ...extra };
  await matchmake(server.url, "create", "matchmakeProbe", {}, headers);
  const socket = await openSocket(server.url, await matchmake(server.url, "create", "joinProbe", {}, headers), headers);
  expect(socket).toBeInstanceOf(WebSocket);
  await new Promise((r) => setTimeout(r, 50));
  expect(MatchmakeProbe.seen).toEqual([expected, expected]);
  expect(JoinProbe.seen).toEqual([expected, expected]);
  await closed(socket as WebSocket);
}
