/**
 * What stands in front of Express and Colyseus on the one HTTP server: security headers on every
 * response, a cap on request bodies, CORS for allowed origins only, and for WebSocket upgrades
 * an Origin check and a cap on connections per client address. It also hands Colyseus the
 * client address from `clientAddress`, so every onAuth sees the same address as our limits.
 */
import type { IncomingMessage, Server as HttpServer, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import helmet from "helmet";
import { matchMaker } from "@colyseus/core";
import type { VerifyClientCallbackAsync } from "ws";
import { clientAddress, networkOf } from "./clientAddress";
import { AddressCounts } from "./addressCounts";
import { refusal } from "./refusals";
import type { Params } from "../shared/i18n";
import type { RefusalKey } from "../shared/result";

export interface GuardOptions {
  /** Largest request body accepted on /matchmake and /api, in bytes. */
  maxBodyBytes: number;
  /** Origins other than the server's own that may use the matchmaker and open sockets (e.g. Vite's dev server). */
  allowedOrigins: readonly string[];
  /** Open WebSocket connections per client address; 0 for no cap. */
  maxConnectionsPerAddress: number;
}

/**
 * What the built client needs, and no more: its own scripts and styles, images Phaser makes
 * from data: and blob: URLs, fetch and WebSocket to its own origin ('self' covers ws:/wss: of
 * the same host). No inline script, no eval, no framing.
 */
const headers = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:", "blob:"],
      mediaSrc: ["'self'", "data:", "blob:"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  // HSTS belongs to whoever terminates TLS; sent over plain HTTP on a classroom network it is
  // ignored, and on a shared host name it could lock later plain-HTTP use out.
  strictTransportSecurity: false,
  xFrameOptions: { action: "deny" },
  referrerPolicy: { policy: "no-referrer" },
});

const MATCHMAKING_METHODS = new Set(["OPTIONS", "POST", "GET"]);

/** The test Colyseus itself uses to send a request to its matchmaker (anywhere in the URL). */
function isMatchmaking(url: string): boolean {
  return url.indexOf(`/${matchMaker.controller.matchmakeRoute}`) !== -1;
}

function isApi(url: string): boolean {
  return url === "/api" || url.startsWith("/api/") || url.startsWith("/api?");
}

/** Same origin (the Host the browser spoke to), or one the operator allowed; a request without Origin is no browser's. */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Reads `ALLOWED_ORIGINS`: a comma-separated list of origins such as `https://school.example`. */
export function parseAllowedOrigins(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter((o) => o !== "")
    .map((o) => {
      const origin = URL.canParse(o) ? new URL(o).origin : "null";
      if (origin === "null") throw new Error(`ALLOWED_ORIGINS: "${o}" is not an origin such as https://school.example`);
      return origin;
    });
}

/** Open WebSocket connections per client address (an IPv6 /64), each counted until its TCP socket closes. */
class ConnectionsPerAddress {
  private readonly open: AddressCounts;

  /** `max` 0: no cap. */
  constructor(max: number) {
    this.open = new AddressCounts(max > 0 ? max : Number.POSITIVE_INFINITY);
  }

  take(address: string, socket: Socket): boolean {
    if (socket.destroyed || !this.open.take(address)) return false;
    socket.once("close", () => this.open.release(address));
    return true;
  }
}

/**
 * Colyseus reads the client's address from X-Real-IP first (then X-Forwarded-For): set it to
 * ours, so a forged header never reaches a room and a trusted proxy's does.
 */
function stampAddress(req: IncomingMessage): void {
  req.headers["x-real-ip"] = clientAddress(req);
}

function refuse(res: ServerResponse, status: number, key: RefusalKey, params?: Params): void {
  // Closing the connection spares reading a body we refused.
  res.writeHead(status, { "content-type": "application/json", connection: "close" });
  res.end(JSON.stringify(refusal(key, params)));
}

/** The WebSocket transport's `verifyClient`: Origin, then the per-address cap. */
export function verifyUpgrade(options: GuardOptions): VerifyClientCallbackAsync {
  const connections = new ConnectionsPerAddress(options.maxConnectionsPerAddress);
  return ({ req }, done) => {
    stampAddress(req);
    if (!originAllowed(req.headers.origin, req.headers.host, options.allowedOrigins)) return done(false, 403, "Origin not allowed");
    if (!connections.take(networkOf(clientAddress(req)), req.socket)) return done(false, 429, "Too many connections from this address");
    done(true);
  };
}

/**
 * Puts the guard in front of every request listener already on `server` (Express, and the
 * matchmaker Colyseus adds in front of it): call it after creating the Colyseus server.
 */
export function guardRequests(server: HttpServer, options: GuardOptions): void {
  // Colyseus allows every origin, with credentials, by echoing the request's Origin.
  const {
    "Access-Control-Allow-Origin": _anyOrigin,
    "Access-Control-Allow-Credentials": _credentials,
    ...corsHeaders
  } = matchMaker.controller.DEFAULT_CORS_HEADERS as Record<string, string>;
  // Its type promises those two keys; nothing in Colyseus reads them but this merge.
  (matchMaker.controller as { DEFAULT_CORS_HEADERS: Record<string, string> }).DEFAULT_CORS_HEADERS = corsHeaders;
  matchMaker.controller.getCorsHeaders = (req: IncomingMessage): Record<string, string> => {
    const origin = req.headers.origin;
    if (origin === undefined || !originAllowed(origin, req.headers.host, options.allowedOrigins)) return { Vary: "Origin" };
    // colyseus.js sends its requests with credentials.
    return { "Access-Control-Allow-Origin": origin, "Access-Control-Allow-Credentials": "true", Vary: "Origin" };
  };

  const listeners = server.listeners("request") as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners("request");
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    stampAddress(req);
    headers(req, res, () => {
      const url = req.url ?? "/";
      // Colyseus answers OPTIONS, POST and GET; any other method it would leave hanging.
      if (isMatchmaking(url) && !MATCHMAKING_METHODS.has(req.method ?? "")) {
        return refuse(res, 405, "METHOD_NOT_ALLOWED");
      }
      if (isMatchmaking(url) || isApi(url)) {
        const length = req.headers["content-length"];
        if (length === undefined && req.headers["transfer-encoding"] !== undefined) {
          return refuse(res, 411, "LENGTH_REQUIRED");
        }
        if (length !== undefined && !(Number(length) <= options.maxBodyBytes)) {
          return refuse(res, 413, "BODY_TOO_LARGE", { count: options.maxBodyBytes });
        }
      }
      for (const listener of listeners) listener.call(server, req, res);
    });
  });
}
