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
// prints both costs per client message, measured in the same run.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import WebSocket from "ws";
import { WS_DEFLATE } from "../server/app";
import { ScriptedMatch, type Recorder } from "./load/match";
import { summarizeProfile } from "./load/profile";

const { values: args } = parseArgs({
  options: {
    matches: { type: "string", default: "10,50,100,200" },
    seconds: { type: "string", default: "15" },
    pace: { type: "string", default: "1000" },
    deflate: { type: "string" },
    profile: { type: "boolean", default: false },
    before: { type: "boolean", default: true },
    baseline: { type: "boolean", default: false },
  },
  allowNegative: true,
});
const SWEEP = args.matches.split(",").map(Number);
const SECONDS = Number(args.seconds);
const PACE = Number(args.pace);
const DEFLATE = args.deflate ?? (WS_DEFLATE ? String(WS_DEFLATE.threshold) : "off");
const WARMUP_MS = 3_000;
const GOALS = { bytesPerTurn: 52 * 1024, matches: 200, ratio: 2, p99Ms: 100 };

// colyseus.js warns of the frames that come before a client's handlers are set (a join's seat and view).
const warn = console.warn.bind(console);
console.warn = (...items: unknown[]) => {
  if (typeof items[0] === "string" && items[0].startsWith("colyseus.js: onMessage() not registered")) return;
  warn(...items);
};

const PIN = spawnSync("taskset", ["--version"]).status === 0;
if (PIN) spawnSync("taskset", ["-cp", "0", String(process.pid)], { stdio: "ignore" });

interface Measured {
  matches: number;
  p50: number;
  p99: number;
  /** The server's CPU over the window, in cores (1 = one core busy). */
  cpu: number;
  rssMb: number;
  bytesPerClientTurn: number;
  turns: number;
  /** Messages the clients sent in the window. */
  messages: number;
  errors: Map<string, number>;
  sends: [number, number][][];
  windowStart: number;
}

interface Child {
  process: ChildProcess;
  url: string;
}

async function startChild(script: string, env: Record<string, string>, node: string[] = []): Promise<Child> {
  const command = [...(PIN ? ["taskset", "-c", "1"] : []), process.execPath, ...node, "--import", "tsx", script];
  const child = spawn(command[0]!, command.slice(1), { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in 30 s:\n${output}`)), 30_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const found = /listening (\S+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    child.stderr!.on("data", (chunk: Buffer) => void (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}:\n${output}`)));
  });
  return { process: child, url };
}

async function stopChild(child: Child): Promise<void> {
  if (child.process.exitCode !== null) return;
  const exited = new Promise((resolve) => child.process.once("exit", resolve));
  child.process.kill("SIGTERM");
  await Promise.race([exited, sleep(10_000).then(() => child.process.kill("SIGKILL"))]);
}

/** CPU seconds (user + system) a process has used so far, from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"));
  return Number(line?.split(/\s+/)[1] ?? 0) / 1024;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** M scripted matches against a fresh game server. */
async function playGame(matches: number, env: Record<string, string>, node: string[] = []): Promise<Measured> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "detente-load-"));
  const server = await startChild("scripts/load/gameServer.ts", { DATA_DIR: dataDir, PORT: "0", ...env }, node);
  const recorder: Recorder = { measuring: false, rtts: [], errors: new Map(), turns: 0 };
  const slots = Array.from({ length: matches }, () => new ScriptedMatch(server.url, recorder, PACE));
  try {
    // Matches are set up a few at a time, as classes arrive, not all in the same millisecond.
    // A match that cannot start (the server overloaded, say) is counted, not fatal to the run.
    const start = (m: ScriptedMatch) => m.start().catch(() => recorder.errors.set("START_FAILED", (recorder.errors.get("START_FAILED") ?? 0) + 1));
    for (let i = 0; i < slots.length; i += 10) await Promise.all(slots.slice(i, i + 10).map(start));
    await sleep(WARMUP_MS);
    const pid = server.process.pid!;
    const bytesBefore = new Map(slots.flatMap((m) => m.everyone).map((p) => [p, p.bytesRead]));
    const cpuBefore = cpuSeconds(pid);
    const windowStart = Date.now();
    recorder.measuring = true;
    await sleep(SECONDS * 1000);
    recorder.measuring = false;
    const elapsed = (Date.now() - windowStart) / 1000;
    const cpu = (cpuSeconds(pid) - cpuBefore) / elapsed;
    const rss = rssMb(pid);
    const players = slots.flatMap((m) => m.everyone);
    const bytes = players.reduce((sum, p) => sum + p.bytesRead - (bytesBefore.get(p) ?? 0), 0);
    const rtts = recorder.rtts.sort((a, b) => a - b);
    return {
      matches,
      p50: percentile(rtts, 50),
      p99: percentile(rtts, 99),
      cpu,
      rssMb: rss,
      bytesPerClientTurn: recorder.turns > 0 ? bytes / (recorder.turns * 5) : NaN,
      turns: recorder.turns,
      messages: players.reduce((sum, p) => sum + p.sends.length, 0),
      errors: recorder.errors,
      sends: players.map((p) => p.sends),
      windowStart,
    };
  } finally {
    await Promise.all(slots.map((m) => m.stop()));
    await stopChild(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The same sends (sizes, times) from as many sockets to a bare echo server; its round trips and CPU. */
async function playEcho(game: Measured, env: Record<string, string>): Promise<{ p50: number; p99: number; cpu: number; errors: number }> {
  const server = await startChild("scripts/load/echoServer.ts", env);
  const sockets: WebSocket[] = [];
  const rtts: number[] = [];
  let errors = 0;
  try {
    const schedules = game.sends.filter((s) => s.length > 0);
    for (let i = 0; i < schedules.length; i += 50) {
      const batch = schedules.slice(i, i + 50).map(
        () =>
          new Promise<WebSocket>((resolve, reject) => {
            const ws = new WebSocket(server.url);
            ws.once("open", () => resolve(ws));
            ws.once("error", reject);
          }),
      );
      sockets.push(...(await Promise.all(batch)));
    }
    const pid = server.process.pid!;
    const cpuBefore = cpuSeconds(pid);
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
    const cpu = (cpuSeconds(pid) - cpuBefore) / ((Date.now() - start) / 1000);
    for (const t of timers) clearTimeout(t);
    rtts.sort((a, b) => a - b);
    return { p50: percentile(rtts, 50), p99: percentile(rtts, 99), cpu, errors };
  } finally {
    for (const ws of sockets) ws.terminate();
    await stopChild(server);
  }
}

/** The server's CPU time per client message: its cost per match, little moved by other work on the machine (unlike round trips). */
const cpuPerMessage = (m: Measured) => `${((m.cpu * SECONDS * 1000) / Math.max(1, m.messages)).toFixed(3)} ms of CPU per client message`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const errorText = (errors: Map<string, number>) => [...errors].map(([code, n]) => `${code}×${n}`).join(" ") || "none";

async function main(): Promise<void> {
  console.log(`npm run bench:load: ${SWEEP.join(", ")} concurrent matches of 5 clients, ${SECONDS} s each after ${WARMUP_MS / 1000} s of warm-up, one action per client every ${PACE} ms on average`);
  console.log(`compression: ${DEFLATE === "off" ? "off" : `permessage-deflate from ${DEFLATE} bytes`}; ${PIN ? "servers on core 1, generator on core 0 (taskset)" : "no taskset: processes not pinned"}`);
  const deflateEnv = { BENCH_DEFLATE: DEFLATE };
  let before: Measured | null = null;
  if (args.before) {
    before = await playGame(SWEEP[0]!, { BENCH_DEFLATE: "off", BENCH_WHOLE_VIEWS: "1" });
    console.log(
      `before (every changed view sent whole, no compression), ${before.matches} matches: ${kb(before.bytesPerClientTurn)} per client per turn, p50 ${ms(before.p50)}, p99 ${ms(before.p99)}, server CPU ${(before.cpu * 100).toFixed(0)}% of a core`,
    );
  }
  const profileDir = mkdtempSync(path.join(tmpdir(), "detente-prof-"));
  const rows: { game: Measured; echo: Awaited<ReturnType<typeof playEcho>> }[] = [];
  for (const [i, matches] of SWEEP.entries()) {
    const profiling = args.profile && i === SWEEP.length - 1;
    const game = await playGame(matches, deflateEnv, profiling ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []);
    const echo = await playEcho(game, deflateEnv);
    rows.push({ game, echo });
    const ratio = game.p99 / echo.p99;
    console.log(
      [
        `M=${matches}: game p50 ${ms(game.p50)} p99 ${ms(game.p99)} | bare ws p50 ${ms(echo.p50)} p99 ${ms(echo.p99)} | p99 ratio ${ratio.toFixed(1)}×`,
        `  server CPU ${(game.cpu * 100).toFixed(0)}% of a core (bare ${(echo.cpu * 100).toFixed(0)}%), RSS ${game.rssMb.toFixed(0)} MB, ${kb(game.bytesPerClientTurn)} per client per turn` +
          (before ? ` (before: ${kb(before.bytesPerClientTurn)})` : "") +
          `, ${game.turns} turns, errors: ${errorText(game.errors)}${echo.errors ? `, bare errors ${echo.errors}` : ""}`,
        `  ${cpuPerMessage(game)} (${game.messages} messages)`,
      ].join("\n"),
    );
    if (args.baseline) {
      const base = await playGame(matches, { ...deflateEnv, BENCH_BASELINE: "1" });
      console.log(
        `  baseline server (writes committed one by one, state polled 20×/s): p50 ${ms(base.p50)} p99 ${ms(base.p99)}, CPU ${(base.cpu * 100).toFixed(0)}% of a core, ${cpuPerMessage(base)} (${base.messages} messages), errors: ${errorText(base.errors)}`,
      );
    }
  }

  console.log("\ngoals:");
  const worstBytes = Math.max(...rows.map((r) => r.game.bytesPerClientTurn));
  console.log(`  bytes per client per turn ≤ ${kb(GOALS.bytesPerTurn)}: ${worstBytes <= GOALS.bytesPerTurn ? "PASS" : "FAIL"} (at most ${kb(worstBytes)}${before ? `, before ${kb(before.bytesPerClientTurn)}` : ""})`);
  const meets = (r: (typeof rows)[number]) => r.game.p99 <= GOALS.ratio * r.echo.p99 && r.game.p99 < GOALS.p99Ms && r.game.errors.size === 0;
  const at200 = rows.find((r) => r.game.matches === GOALS.matches);
  console.log(
    `  at ${GOALS.matches} matches p99 ≤ ${GOALS.ratio}× bare and < ${GOALS.p99Ms} ms: ` +
      (at200 ? `${meets(at200) ? "PASS" : "FAIL"} (p99 ${ms(at200.game.p99)}, bare ${ms(at200.echo.p99)})` : "not measured (add 200 to --matches)"),
  );
  const largest = rows.filter(meets).map((r) => r.game.matches);
  console.log(`  largest M meeting the round-trip goal: ${largest.length ? Math.max(...largest) : "none"} (of ${SWEEP.join(", ")})`);

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
