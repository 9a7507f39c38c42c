// `npm run bench:load`: how many concurrent matches one server process holds.
//
// For each M (--matches 10,50,100,200): a fresh game server in its own process plays M
// concurrent scripted matches of five clients over real sockets (scripts/load/match.ts) for
// --seconds after a short warm-up; then a bare `ws` echo server (its own process, same core,
// same compression) gets the very sends of those clients again (same sizes, same times) from as
// many sockets. Printed per M: round trips p50/p99 of both and their ratio, the server's CPU
// and memory, bytes per client per turn, error replies. Before the sweep, the smallest M is
// played once with every changed view sent whole and no compression (the server before view
// patches): its bytes per client per turn are printed beside. Servers run on core 1 and this
// generator on core 0 when `taskset` exists. --profile writes a --cpu-prof profile of the game
// server at the largest M and prints where its time went. --deflate off|BYTES overrides the
// server's compression threshold (default: the server's own, WS_DEFLATE). --baseline plays each
// M again against the server without this session's cuts (scripts/load/gameServer.ts) and
// prints both costs per client message, measured in the same run. --processes 1,2 plays the
// sweep against one game server and again against two sharing a Redis (Colyseus's Redis presence
// and driver, each with its own public address and SQLite file; DATABASE_URL: one PostgreSQL
// instead), and prints the largest M each holds within the round-trip goal, and their ratio.
// The game server runs compiled (esbuild, as npm start runs it).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import WebSocket from "ws";
import { WS_DEFLATE } from "../server/app";
import { ScriptedMatch, type Recorder } from "./load/match";
import { summarizeProfile } from "./load/profile";
import { GAME_SERVER_JS, HAS_TASKSET, compileGameServer, cpuSeconds, freePort, rssMb, startChild, startRedis, stopChild, type Child } from "./load/processes";

const { values: args } = parseArgs({
  options: {
    matches: { type: "string", default: "10,50,100,200" },
    seconds: { type: "string", default: "15" },
    pace: { type: "string", default: "1000" },
    deflate: { type: "string" },
    profile: { type: "boolean", default: false },
    before: { type: "boolean", default: true },
    baseline: { type: "boolean", default: false },
    processes: { type: "string", default: "1" },
  },
  allowNegative: true,
});
const SWEEP = args.matches.split(",").map(Number);
const SECONDS = Number(args.seconds);
const PACE = Number(args.pace);
const DEFLATE = args.deflate ?? (WS_DEFLATE ? String(WS_DEFLATE.threshold) : "off");
const WARMUP_MS = 3_000;
const PROCESS_COUNTS = args.processes.split(",").map(Number);
const GOALS = { bytesPerTurn: 52 * 1024, matches: 200, ratio: 2, p99Ms: 100, twoProcesses: 1.8 };

// colyseus.js warns of the frames that come before a client's handlers are set (a join's seat and view).
const warn = console.warn.bind(console);
console.warn = (...items: unknown[]) => {
  if (typeof items[0] === "string" && items[0].startsWith("colyseus.js: onMessage() not registered")) return;
  warn(...items);
};

const CORES = cpus().length;

/**
 * Where each process runs: the generator on core 0 and the servers on the other cores, when
 * there are enough; with more servers than spare cores (two servers on a 2-core machine) the
 * servers take every core and the generator is left unpinned, sharing them (said in the output).
 */
function placement(servers: number): { generator: number | null; server: (i: number) => number | null; text: string } {
  if (!HAS_TASKSET) return { generator: null, server: () => null, text: "no taskset: processes not pinned" };
  if (CORES > servers) return { generator: 0, server: (i) => 1 + (i % (CORES - 1)), text: `generator on core 0, ${servers === 1 ? "server on core 1" : `servers on cores 1–${servers}`} (taskset)` };
  return { generator: null, server: (i) => i % CORES, text: `${servers} servers on ${CORES} cores, one each; the generator is NOT pinned and competes with them for the same cores` };
}

function pinGenerator(core: number | null): void {
  if (!HAS_TASKSET) return;
  spawnSync("taskset", ["-cp", core === null ? `0-${CORES - 1}` : String(core), String(process.pid)], { stdio: "ignore" });
}

interface Measured {
  matches: number;
  p50: number;
  p99: number;
  /** The servers' CPU over the window, in cores (1 = one core busy). */
  cpu: number;
  /** Each server's share of it, in cores. */
  cpuEach: number[];
  rssMb: number;
  bytesPerClientTurn: number;
  turns: number;
  /** Messages the clients sent in the window. */
  messages: number;
  errors: Map<string, number>;
  sends: [number, number][][];
  windowStart: number;
  processes: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `count` fresh game servers; with more than one, a fresh Redis joins them (or REDIS_URL's, if set). */
async function startGameServers(count: number, env: Record<string, string>, node: string[]): Promise<{ servers: Child[]; stop: () => Promise<void> }> {
  const dataDirs: string[] = [];
  const servers: Child[] = [];
  const redis = count > 1 && !process.env.REDIS_URL ? await startRedis() : null;
  const redisUrl = redis?.url ?? process.env.REDIS_URL;
  const schema = `bench_${randomBytes(4).toString("hex")}`;
  const stop = async () => {
    await Promise.all(servers.map((s) => stopChild(s.process)));
    await redis?.stop();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < count; i++) {
      const dataDir = mkdtempSync(path.join(tmpdir(), "detente-load-"));
      dataDirs.push(dataDir);
      const port = await freePort();
      const several: Record<string, string> = count > 1 && redisUrl ? { REDIS_URL: redisUrl, PUBLIC_ADDRESS: `127.0.0.1:${port}` } : {};
      const database: Record<string, string> = process.env.DATABASE_URL ? { DATABASE_SCHEMA: schema } : {};
      servers.push(await startChild([...node, GAME_SERVER_JS], { DATA_DIR: dataDir, PORT: String(port), ...several, ...database, ...env }, placement(count).server(i)));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { servers, stop };
}

/** M scripted matches against fresh game servers (`processes` of them). */
async function playGame(matches: number, env: Record<string, string>, node: string[] = [], processes = 1): Promise<Measured> {
  const { servers, stop } = await startGameServers(processes, env, node);
  const recorder: Recorder = { measuring: false, rtts: [], errors: new Map(), turns: 0 };
  // Matches are created through each process in turn (Colyseus's matchmaker then places each room).
  const slots = Array.from({ length: matches }, (_, i) => new ScriptedMatch(servers[i % servers.length]!.url, recorder, PACE));
  try {
    // Matches are set up a few at a time, as classes arrive, not all in the same millisecond.
    // A match that cannot start (the server overloaded, say) is counted, not fatal to the run.
    const start = (m: ScriptedMatch) => m.start().catch(() => recorder.errors.set("START_FAILED", (recorder.errors.get("START_FAILED") ?? 0) + 1));
    for (let i = 0; i < slots.length; i += 10) await Promise.all(slots.slice(i, i + 10).map(start));
    await sleep(WARMUP_MS);
    const pids = servers.map((s) => s.process.pid!);
    const bytesBefore = new Map(slots.flatMap((m) => m.everyone).map((p) => [p, p.bytesRead]));
    const cpuBefore = pids.map(cpuSeconds);
    const windowStart = Date.now();
    recorder.measuring = true;
    await sleep(SECONDS * 1000);
    recorder.measuring = false;
    const elapsed = (Date.now() - windowStart) / 1000;
    const cpuEach = pids.map((pid, i) => (cpuSeconds(pid) - cpuBefore[i]!) / elapsed);
    const cpu = cpuEach.reduce((a, b) => a + b, 0);
    const rss = pids.reduce((sum, pid) => sum + rssMb(pid), 0);
    const players = slots.flatMap((m) => m.everyone);
    const bytes = players.reduce((sum, p) => sum + p.bytesRead - (bytesBefore.get(p) ?? 0), 0);
    const rtts = recorder.rtts.sort((a, b) => a - b);
    return {
      matches,
      p50: percentile(rtts, 50),
      p99: percentile(rtts, 99),
      cpu,
      cpuEach,
      rssMb: rss,
      bytesPerClientTurn: recorder.turns > 0 ? bytes / (recorder.turns * 5) : NaN,
      turns: recorder.turns,
      messages: players.reduce((sum, p) => sum + p.sends.length, 0),
      errors: recorder.errors,
      sends: players.map((p) => p.sends),
      windowStart,
      processes,
    };
  } finally {
    await Promise.all(slots.map((m) => m.stop()));
    await stop();
  }
}

/** The same sends (sizes, times) from as many sockets to a bare echo server; its round trips and CPU. */
async function playEcho(game: Measured, env: Record<string, string>): Promise<{ p50: number; p99: number; cpu: number; errors: number }> {
  const servers: Child[] = [];
  for (let i = 0; i < game.processes; i++) servers.push(await startChild(["--import", "tsx", "scripts/load/echoServer.ts"], env, placement(game.processes).server(i)));
  const sockets: WebSocket[] = [];
  const rtts: number[] = [];
  let errors = 0;
  try {
    const schedules = game.sends.filter((s) => s.length > 0);
    for (let i = 0; i < schedules.length; i += 50) {
      const batch = schedules.slice(i, i + 50).map(
        (_, j) =>
          new Promise<WebSocket>((resolve, reject) => {
            const ws = new WebSocket(servers[(i + j) % servers.length]!.url);
            ws.once("open", () => resolve(ws));
            ws.once("error", reject);
          }),
      );
      sockets.push(...(await Promise.all(batch)));
    }
    const cpuOf = () => servers.reduce((sum, s) => sum + cpuSeconds(s.process.pid!), 0);
    const cpuBefore = cpuOf();
    const start = Date.now();
    const timers: NodeJS.Timeout[] = [];
    schedules.forEach((sends, i) => {
      const ws = sockets[i]!;
      const sentAt = new Map<number, number>();
      ws.on("message", (data: Buffer) => {
        const at = sentAt.get(data.readUInt32LE(0));
        if (at !== undefined) rtts.push(performance.now() - at);
      });
      ws.on("error", () => errors++);
      sends.forEach(([at, bytes], seq) => {
        timers.push(
          setTimeout(() => {
            const frame = Buffer.alloc(Math.max(4, bytes), 120);
            frame.writeUInt32LE(seq, 0);
            sentAt.set(seq, performance.now());
            ws.send(frame);
          }, at - game.windowStart),
        );
      });
    });
    await sleep(SECONDS * 1000 + 500);
    const cpu = (cpuOf() - cpuBefore) / ((Date.now() - start) / 1000);
    for (const t of timers) clearTimeout(t);
    rtts.sort((a, b) => a - b);
    return { p50: percentile(rtts, 50), p99: percentile(rtts, 99), cpu, errors };
  } finally {
    for (const ws of sockets) ws.terminate();
    await Promise.all(servers.map((s) => stopChild(s.process)));
  }
}

/** The server's CPU time per client message: its cost per match, little moved by other work on the machine (unlike round trips). */
const cpuPerMessage = (m: Measured) => `${((m.cpu * SECONDS * 1000) / Math.max(1, m.messages)).toFixed(3)} ms of CPU per client message`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const errorText = (errors: Map<string, number>) => [...errors].map(([code, n]) => `${code}×${n}`).join(" ") || "none";

type Row = { game: Measured; echo: Awaited<ReturnType<typeof playEcho>> };

const meets = (r: Row) => r.game.p99 <= GOALS.ratio * r.echo.p99 && r.game.p99 < GOALS.p99Ms && r.game.errors.size === 0;

/** The sweep against `processes` game servers; prints a row per M. */
async function sweep(processes: number, before: Measured | null, profileDir: string): Promise<Row[]> {
  const place = placement(processes);
  pinGenerator(place.generator);
  console.log(`\n${processes} game server process${processes === 1 ? "" : "es"}${processes > 1 ? ` sharing a Redis${process.env.DATABASE_URL ? " and one PostgreSQL" : ", each with its own SQLite file"}` : ""}: ${place.text}`);
  const deflateEnv = { BENCH_DEFLATE: DEFLATE };
  const rows: Row[] = [];
  for (const [i, matches] of SWEEP.entries()) {
    const profiling = args.profile && processes === PROCESS_COUNTS[0] && i === SWEEP.length - 1;
    const game = await playGame(matches, deflateEnv, profiling ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [], processes);
    const echo = await playEcho(game, deflateEnv);
    rows.push({ game, echo });
    const ratio = game.p99 / echo.p99;
    console.log(
      [
        `M=${matches}: game p50 ${ms(game.p50)} p99 ${ms(game.p99)} | bare ws p50 ${ms(echo.p50)} p99 ${ms(echo.p99)} | p99 ratio ${ratio.toFixed(1)}× ${meets({ game, echo }) ? "(meets the goal)" : ""}`,
        `  server CPU ${(game.cpu * 100).toFixed(0)}% of a core${processes > 1 ? ` (${game.cpuEach.map((c) => `${(c * 100).toFixed(0)}%`).join(" + ")})` : ""} (bare ${(echo.cpu * 100).toFixed(0)}%), RSS ${game.rssMb.toFixed(0)} MB, ${kb(game.bytesPerClientTurn)} per client per turn` +
          (before ? ` (before: ${kb(before.bytesPerClientTurn)})` : "") +
          `, ${game.turns} turns, errors: ${errorText(game.errors)}${echo.errors ? `, bare errors ${echo.errors}` : ""}`,
        `  ${cpuPerMessage(game)} (${game.messages} messages); load average ${loadavg()[0]!.toFixed(1)}`,
      ].join("\n"),
    );
    if (args.baseline && processes === 1) {
      const base = await playGame(matches, { ...deflateEnv, BENCH_BASELINE: "1" });
      console.log(
        `  baseline server (every write committed alone): p50 ${ms(base.p50)} p99 ${ms(base.p99)}, CPU ${(base.cpu * 100).toFixed(0)}% of a core, ${cpuPerMessage(base)} (${base.messages} messages), errors: ${errorText(base.errors)}`,
      );
    }
  }
  return rows;
}

async function main(): Promise<void> {
  console.log(`npm run bench:load: ${SWEEP.join(", ")} concurrent matches of 5 clients, ${SECONDS} s each after ${WARMUP_MS / 1000} s of warm-up, one action per client every ${PACE} ms on average`);
  console.log(`compression: ${DEFLATE === "off" ? "off" : `permessage-deflate from ${DEFLATE} bytes`}; ${CORES} cores; load average at the start ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  await compileGameServer();
  let before: Measured | null = null;
  if (args.before) {
    pinGenerator(placement(1).generator);
    before = await playGame(SWEEP[0]!, { BENCH_DEFLATE: "off", BENCH_WHOLE_VIEWS: "1" });
    console.log(
      `before (every changed view sent whole, no compression), ${before.matches} matches: ${kb(before.bytesPerClientTurn)} per client per turn, p50 ${ms(before.p50)}, p99 ${ms(before.p99)}, server CPU ${(before.cpu * 100).toFixed(0)}% of a core`,
    );
  }
  const profileDir = mkdtempSync(path.join(tmpdir(), "detente-prof-"));
  const results = new Map<number, Row[]>();
  for (const processes of PROCESS_COUNTS) results.set(processes, await sweep(processes, before, profileDir));

  console.log("\ngoals:");
  const rows = [...results.values()].flat();
  // A window in which no turn ended has no bytes per turn (NaN): it says nothing either way.
  const worstBytes = Math.max(...rows.map((r) => r.game.bytesPerClientTurn).filter(Number.isFinite));
  console.log(`  bytes per client per turn ≤ ${kb(GOALS.bytesPerTurn)}: ${worstBytes <= GOALS.bytesPerTurn ? "PASS" : "FAIL"} (at most ${kb(worstBytes)}${before ? `, before ${kb(before.bytesPerClientTurn)}` : ""})`);
  const largest = new Map<number, number | null>();
  for (const [processes, own] of results) {
    const at200 = own.find((r) => r.game.matches === GOALS.matches);
    const label = `${processes} process${processes === 1 ? "" : "es"}`;
    console.log(
      `  ${label}, at ${GOALS.matches} matches p99 ≤ ${GOALS.ratio}× bare and < ${GOALS.p99Ms} ms: ` +
        (at200 ? `${meets(at200) ? "PASS" : "FAIL"} (p99 ${ms(at200.game.p99)}, bare ${ms(at200.echo.p99)})` : "not measured (add 200 to --matches)"),
    );
    const meeting = own.filter(meets).map((r) => r.game.matches);
    largest.set(processes, meeting.length ? Math.max(...meeting) : null);
    console.log(`  ${label}, largest M meeting the round-trip goal: ${meeting.length ? Math.max(...meeting) : "none"} (of ${SWEEP.join(", ")})`);
  }
  const [one, two] = [largest.get(1), largest.get(2)];
  if (one !== undefined && two !== undefined) {
    const text = one && two ? `${(two / one).toFixed(2)}× (${two} against ${one}) ${two / one >= GOALS.twoProcesses ? "PASS" : "FAIL"}` : `not measurable (largest M: one process ${one ?? "none"}, two ${two ?? "none"})`;
    console.log(`  two processes hold ≥ ${GOALS.twoProcesses}× the matches of one within the goal: ${text}; the sweep's steps bound this ratio`);
  }

  if (args.profile) {
    const file = readdirSync(profileDir).find((f) => f.endsWith(".cpuprofile"));
    if (file) {
      console.log(`\nwhere the game server's time went at M=${SWEEP.at(-1)} (self time over the last ${SECONDS} s, --cpu-prof):`);
      for (const line of summarizeProfile(path.join(profileDir, file), 12, SECONDS * 1000)) console.log(`  ${line}`);
      console.log(`  profile: ${path.join(profileDir, file)}`);
    } else console.log("\nno profile was written");
  } else rmSync(profileDir, { recursive: true, force: true });
  process.exit(0);
}

await main();
