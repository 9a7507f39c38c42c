/** `npm start`: serve the built client and the game on one port. */
import { listensEverywhere } from "./addresses";
import { startServer } from "./app";
import { parseTrustProxy } from "./clientAddress";
import { parseAllowedOrigins } from "./httpGuard";
import { superviseProcess } from "./lifecycle";

/** A limit from the environment: a whole number, or the server refuses to start (a typo must not switch a limit off). */
function count(name: string, fallback: number): number {
  const text = process.env[name]?.trim();
  if (text === undefined || text === "") return fallback;
  if (!/^\d+$/.test(text)) throw new Error(`${name} must be a whole number, not "${text}"`);
  return Number(text);
}

const port = Number(process.env.PORT ?? 2567);
const host = process.env.HOST ?? "127.0.0.1";

const server = await startServer({
  port,
  host,
  dataDir: process.env.DATA_DIR ?? "data",
  clientDir: process.env.CLIENT_DIR ?? "dist",
  creationsPerMinute: count("ROOMS_PER_MINUTE", 10),
  failedJoinsPerMinute: count("FAILED_JOINS_PER_MINUTE", 30),
  passwordTriesPerMinute: count("PASSWORD_TRIES_PER_MINUTE", 5),
  passwordTriesPerMatchPerMinute: count("PASSWORD_TRIES_PER_MATCH_PER_MINUTE", 20),
  pendingJoinsPerAddress: count("PENDING_JOINS_PER_ADDRESS", 20),
  unjoinedRoomSeconds: count("UNJOINED_MATCH_SECONDS", 30),
  classKeepDays: count("CLASS_KEEP_DAYS", 30),
  trustProxy: parseTrustProxy(process.env.TRUST_PROXY),
  allowedOrigins: parseAllowedOrigins(process.env.ALLOWED_ORIGINS),
  maxConnectionsPerAddress: Number(process.env.MAX_CONNECTIONS_PER_ADDRESS ?? 40),
  // Several processes (README, "Several processes"): PostgreSQL for the store, Redis for the matchmaker, and each process's own address.
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
  ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
  ...(process.env.PUBLIC_ADDRESS ? { publicAddress: process.env.PUBLIC_ADDRESS } : {}),
});
const listening = new URL(server.url).port;
// Loopback and "every interface" are both opened from this machine as localhost; the other
// machines of a classroom need this machine's network addresses.
const shown = host === "127.0.0.1" || listensEverywhere(host) ? `http://localhost:${listening}` : server.url;
const others = server.joinAddresses.filter((a) => a !== shown);
console.log(
  [
    `Détente is running: open ${shown}${others.length ? " on this machine" : ""}`,
    ...(others.length ? [`Other machines join at ${others.join(" or ")}`] : listensEverywhere(host) ? ["No network address found: other machines cannot reach this one."] : []),
  ].join("\n"),
);

superviseProcess(server);
