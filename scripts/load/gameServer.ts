// The game server as npm run bench:load runs it, in its own process: the real server (app.ts)
// with the joining limits opened for one loopback address that plays hundreds of matches.
// bench:load compiles it with esbuild and runs it under plain Node, as production runs the server.
// BENCH_DEFLATE: "off" or a threshold in bytes (default: the server's own choice);
// BENCH_WHOLE_VIEWS=1: every changed view sent whole, as before view patches;
// BENCH_BASELINE=1: the server as it was before session 19's cut of its cost per match (every
// store write committed alone);
// REDIS_URL, PUBLIC_ADDRESS: one of several processes sharing Colyseus's Redis presence and driver
// (bench:load --processes 2); DATABASE_URL, DATABASE_SCHEMA: a PostgreSQL store instead of SQLite.
import path from "node:path";
import { startServer } from "../../server/app";
import { SqliteStore } from "../../server/persistence/SqliteStore";

const deflate = process.env.BENCH_DEFLATE;
const baseline = process.env.BENCH_BASELINE === "1";
const dataDir = process.env.DATA_DIR ?? "data";
const server = await startServer({
  port: Number(process.env.PORT ?? 0),
  host: "127.0.0.1",
  dataDir,
  ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
  ...(process.env.PUBLIC_ADDRESS ? { publicAddress: process.env.PUBLIC_ADDRESS } : {}),
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL, databaseSchema: process.env.DATABASE_SCHEMA ?? "bench" } : {}),
  ...(baseline ? { store: new SqliteStore(path.join(dataDir, "detente.sqlite"), { groupCommit: false }) } : {}),
  creationsPerMinute: 100_000,
  failedJoinsPerMinute: 100_000,
  pendingJoinsPerAddress: 100_000,
  maxConnectionsPerAddress: 0,
  ...(deflate === undefined || deflate === "" ? {} : { deflate: deflate === "off" ? false : { threshold: Number(deflate) } }),
  wholeViews: process.env.BENCH_WHOLE_VIEWS === "1",
});
console.log(`listening ${server.url}`);
// The parent ends the process with SIGTERM (a --cpu-prof profile is written on a normal exit).
process.on("SIGTERM", () => void server.stop().finally(() => process.exit(0)));
