/**
 * If the process must stop, it stops. The server runs as a child process here: after a fatal
 * error it says it is unhealthy, refuses a seat reserved just before the error whose socket
 * connects just after, and exits non-zero instead of staying half alive; a stop that hangs is
 * cut by the grace period.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { Client } from "colyseus.js";
import { afterAll, expect, it } from "vitest";
import { TestPlayer, tempDataDir } from "../helpers/server";

const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

interface Child {
  process: ChildProcess;
  url: string;
  stderr: () => string;
  exited: Promise<number | null>;
}

async function startCrashingServer(env: Record<string, string> = {}): Promise<Child> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "tests/fixtures/crashingServer.ts"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: tempDataDir(), ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  children.push(child);
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("Détente is running") && resolve());
    void exited.then((code) => reject(new Error(`the server process exited with ${code} before it ran: ${stderr}`)));
  });
  return { process: child, url: `http://127.0.0.1:${port}`, stderr: () => stderr, exited };
}

async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

for (const [failure, command, logged] of [
  ["an uncaught exception", "throw", "an unforeseen bug"],
  ["an unhandled rejection", "reject", "an unforeseen rejection"],
] as const) {
  it(`after ${failure} the server refuses a seat reserved just before and exits non-zero`, async () => {
    const server = await startCrashingServer();
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const host = await TestPlayer.create(server.url, "Hana");
    // A seat reserved over HTTP, with no socket yet: the socket comes only after the failure.
    const reserved = await fetch(`${server.url}/matchmake/joinById/${host.code}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Late" }),
    });
    expect(reserved.status).toBe(200);
    const reservation = await reserved.json();

    let exitCode: number | null | undefined;
    void server.exited.then((code) => (exitCode = code));
    server.process.stdin!.write(`${command}\n`);
    await until(() => server.stderr().includes(logged), "no report of the failure on stderr");
    const late = await new Client(server.url).consumeSeatReservation(reservation).then(
      () => true,
      () => false,
    );
    expect(late, "the late socket took the seat reserved before the failure").toBe(false);
    await until(() => exitCode !== undefined, "the process was still running 20 s after the failure");
    expect(exitCode).toBe(1);
    await host.connection.leave().catch(() => undefined);
  }, 60_000);
}

it("while the server stops its health says 503, and a stop that hangs is cut by the grace period", async () => {
  const server = await startCrashingServer({ HOLD_SHUTDOWN: "1", GRACE_MS: "1500" });
  expect(await (await fetch(`${server.url}/api/health`)).json()).toEqual({ ok: true });
  let exitCode: number | null | undefined;
  void server.exited.then((code) => (exitCode = code));
  server.process.stdin!.write("throw\n");
  await until(() => server.stderr().includes("an unforeseen bug"), "no report of the failure on stderr");
  const health = await fetch(`${server.url}/api/health`);
  expect(health.status).toBe(503);
  expect(await health.json()).toMatchObject({ ok: false, code: "SHUTTING_DOWN" });
  // Never released: only the grace period ends this stop.
  await until(() => exitCode !== undefined, "the process was still running 20 s after the failure");
  expect(exitCode).toBe(1);
  expect(server.stderr()).toContain("did not stop within 1500 ms");
}, 60_000);

it("SIGTERM turns health to 503 at once and, once the rooms are closed, exits 0", async () => {
  const server = await startCrashingServer({ HOLD_SHUTDOWN: "1" });
  server.process.kill("SIGTERM");
  // The signal arrives on its own schedule: health turns once the process has it, and stays so while the stop is held.
  let status = 200;
  while (status === 200) status = (await fetch(`${server.url}/api/health`)).status;
  expect(status).toBe(503);
  server.process.stdin!.write("release\n");
  expect(await server.exited).toBe(0);
}, 60_000);
