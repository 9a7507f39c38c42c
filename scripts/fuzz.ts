// The long wire fuzz: `npm run fuzz -- --messages 100000 [--seed 1] [--connections 1000] [--class-messages N]`.
// After the match room, the class room gets its own fuzz (tests/helpers/classFuzz.ts), a tenth as
// many frames unless --class-messages says otherwise.
// The server runs in a child process with the production fatal-error policy (server/lifecycle.ts:
// an uncaught exception or rejection stops it with exit code 1), so "process exits" counts real
// deaths of the server. The child boots with a message rate far above a person's (and a high
// cap of connections per address), so the fuzz reaches the handlers instead of the limits, and
// sends the fuzz of tests/helpers/fuzz.ts from every kind of seat; this parent prints the figures.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}

const messages = arg("messages", 100_000);
const seed = arg("seed", 1);
const connections = arg("connections", 1_000);
const classMessages = arg("class-messages", Math.ceil(messages / 10));

if (process.argv.includes("--worker")) await worker();
else await parent();

type ClassSummary = import("../tests/helpers/classFuzz").ClassFuzzReport;

async function parent(): Promise<void> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--worker", "--messages", String(messages), "--seed", String(seed), "--connections", String(connections), "--class-messages", String(classMessages)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let report: Record<string, unknown> | null = null;
  let classReport: ClassSummary | null = null;
  let delegationReport: ClassSummary | null = null;
  let fatal = 0;
  let handlerFailures = 0;
  const lines = (stream: NodeJS.ReadableStream, onLine: (line: string) => void) => {
    let rest = "";
    stream.on("data", (chunk: Buffer) => {
      const parts = (rest + chunk.toString()).split("\n");
      rest = parts.pop() ?? "";
      parts.forEach(onLine);
    });
  };
  lines(child.stdout!, (line) => {
    if (line.startsWith("report ")) report = JSON.parse(line.slice(7)) as Record<string, unknown>;
    else if (line.startsWith("classReport ")) classReport = JSON.parse(line.slice(12)) as ClassSummary;
    else if (line.startsWith("delegationReport ")) delegationReport = JSON.parse(line.slice(17)) as ClassSummary;
    else if (line.startsWith("progress ")) console.log(line.slice(9));
  });
  // The child prints only fatal errors and caught handler failures (each with its stack).
  lines(child.stderr!, (line) => {
    if (line.startsWith("Fatal:")) fatal++;
    if (line.includes("a message handler failed")) handlerFailures++;
    console.error(line);
  });
  const exitCode = await new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const r = report as { sent: number; replayEqual: boolean; legitimateOrderAccepted: boolean; legitimateRefusals: string[]; healthOk: boolean; rejoins: number; replyCodes: Record<string, number> } | null;
  const yes = (b: boolean | undefined) => (b ? "yes" : "no");
  console.log(`messages sent:              ${r?.sent ?? "(the run did not finish)"} of ${messages} (seed ${seed})`);
  console.log(`server process exits:       ${exitCode === 0 && r ? 0 : 1}${exitCode !== 0 ? ` (exit code ${exitCode})` : ""}`);
  console.log(`unhandled errors:           ${fatal}`);
  console.log(`handler failures caught:    ${handlerFailures} kinds logged`);
  console.log(`replay equal:               ${yes(r?.replayEqual)}`);
  console.log(`legitimate order accepted:  ${yes(r?.legitimateOrderAccepted)}${r?.legitimateRefusals.length ? ` (answers meanwhile: ${r.legitimateRefusals.join(", ")})` : ""}`);
  console.log(`health ok after the fuzz:   ${yes(r?.healthOk)}`);
  console.log(`rejoins after being cut:    ${r?.rejoins ?? "?"}`);
  console.log(`replies:                    ${Object.entries(r?.replyCodes ?? {}).sort(([, a], [, b]) => b - a).map(([code, n]) => `${code} ${n}`).join(", ")}`);
  const c = classReport as ClassSummary | null;
  console.log(`class room frames sent:     ${c?.sent ?? "(the class fuzz did not finish)"} of ${classMessages}`);
  console.log(`class: student dashboards:  ${c?.studentDashboards ?? "?"}`);
  console.log(`class: teacher command ok:  ${yes(c?.legitimateCommandAccepted)}, health ok: ${yes(c?.healthOk)}`);
  console.log(`class replies:              ${Object.entries(c?.replyCodes ?? {}).sort(([, a], [, b]) => b - a).map(([code, n]) => `${code} ${n}`).join(", ")}`);
  const d = delegationReport as ClassSummary | null;
  const w = d?.world;
  console.log(`delegations: world frames:  ${w?.sent ?? "(the delegation fuzz did not finish)"}, replay equal: ${yes(w?.replayEqual)}`);
  console.log(`delegations: channel heard: by a fellow member ${w?.deliveredToFellow ?? "?"}, by an outsider ${w?.leakedToOutsider ?? "?"}`);
  console.log(`delegations: world replies: ${Object.entries(w?.replyCodes ?? {}).sort(([, a], [, b]) => b - a).map(([code, n]) => `${code} ${n}`).join(", ")}`);
  console.log(`hostile class creations accepted: ${(c?.hostileCreationsAccepted ?? 0) + (d?.hostileCreationsAccepted ?? 0)}`);
  console.log(`elapsed:                    ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const classOk = c !== null && c.studentDashboards === 0 && c.legitimateCommandAccepted && c.healthOk && c.replyCodes.INTERNAL === undefined && c.hostileCreationsAccepted === 0;
  const delegationOk =
    w !== undefined && d!.studentDashboards === 0 && d!.replyCodes.INTERNAL === undefined && d!.hostileCreationsAccepted === 0 && w.leakedToOutsider === 0 && w.deliveredToFellow > 0 && w.replayEqual && w.replyCodes.INTERNAL === undefined;
  const ok = r !== null && classOk && delegationOk && exitCode === 0 && fatal === 0 && handlerFailures === 0 && r.replayEqual && r.legitimateOrderAccepted && r.healthOk;
  process.exit(ok ? 0 : 1);
}

async function worker(): Promise<void> {
  const { startServer } = await import("../server/app");
  const { superviseProcess } = await import("../server/lifecycle");
  const { tempDataDir } = await import("../tests/helpers/server");
  const { fuzzMatch } = await import("../tests/helpers/fuzz");
  const { fuzzClass } = await import("../tests/helpers/classFuzz");
  // Colyseus prints every undecodable frame and every refused reconnection; keep only what the parent counts.
  const print = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    const first = args[0];
    if (typeof first === "string" && (first.startsWith("Fatal:") || first.includes("a message handler failed"))) print(...args);
  };
  console.warn = () => undefined;
  console.log = () => undefined;
  console.info = () => undefined;
  const server = await startServer({
    port: 0,
    host: "127.0.0.1",
    dataDir: tempDataDir(),
    creationsPerMinute: 1_000,
    messageRate: { burst: 1_000_000_000, perSecond: 1_000_000_000 },
    maxConnectionsPerAddress: connections,
  });
  superviseProcess(server);
  try {
    const report = await fuzzMatch(server, {
      messages,
      seed,
      onPhase: (phase, sent) => process.stdout.write(`progress ${sent} messages sent, through the ${phase}\n`),
    });
    process.stdout.write(`report ${JSON.stringify(report)}\n`);
    process.stdout.write(`progress the class room: ${classMessages} frames\n`);
    process.stdout.write(`classReport ${JSON.stringify(await fuzzClass(server, { messages: classMessages, seed }))}\n`);
    process.stdout.write(`progress a class of delegations and its world: ${classMessages} + ${Math.ceil(classMessages / 2)} frames\n`);
    process.stdout.write(`delegationReport ${JSON.stringify(await fuzzClass(server, { messages: classMessages, seed, grouping: "delegations" }))}\n`);
  } catch (error) {
    // The fuzzer itself gave up (say, it could not get a seat back): not a server failure, but no figures either.
    process.stdout.write(`progress the fuzzer stopped: ${error instanceof Error ? error.message : "unknown error"}\n`);
  }
  await server.stop();
  process.exit(0);
}
