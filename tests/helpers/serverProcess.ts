/**
 * The game server in its own Node process (server/main.ts), on a port and data folder the test
 * chooses, so a test can stop it as a crash or a restart would and start it again on the same
 * address: the clients under test see a real outage, not a mock of one.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export interface ServerProcess {
  readonly url: string;
  /** Whether the process is up (a test that failed midway may leave it stopped). */
  readonly running: boolean;
  /** Stops the process (SIGKILL: a crash; SIGTERM: Colyseus's graceful shutdown) and waits for it to exit. */
  stop(signal?: "SIGKILL" | "SIGTERM"): Promise<void>;
  /** Sends a signal to the process by its pid without waiting (SIGSTOP stalls it, as a long pause would; SIGCONT lets it go on). */
  signal(signal: "SIGSTOP" | "SIGCONT"): void;
  /** Starts it again on the same port and data folder; resolves once it listens. */
  restart(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Kills every server process a test file started (for its afterAll). */
export function killServerProcesses(): void {
  for (const child of running) child.kill("SIGKILL");
  running.clear();
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface ServerProcessOptions {
  dataDir: string;
  port?: number;
  clientDir?: string;
  /** Run the built JavaScript (build/server/main.js, made by `npm run build:server`) rather than the TypeScript through tsx. */
  compiled?: boolean;
  /** More environment for the process (REDIS_URL, DATABASE_URL, PUBLIC_ADDRESS…). */
  env?: Record<string, string>;
}

/** The server as `npm start` runs it, once `npm run build:server` has built it. */
export const COMPILED_SERVER = "build/server/main.js";

export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const spawnServer = () => spawnProcess(port, options);
  let child: ChildProcess | null = await spawnServer();
  return {
    url: `http://127.0.0.1:${port}`,
    get running() {
      return child !== null;
    },
    async stop(signal = "SIGKILL") {
      const stopping = child;
      if (!stopping) return;
      child = null;
      const exited = new Promise((resolve) => stopping.once("exit", resolve));
      stopping.kill(signal);
      await exited;
      running.delete(stopping);
    },
    signal(signal) {
      if (child?.pid !== undefined) process.kill(child.pid, signal);
    },
    async restart() {
      if (child) return;
      child = await spawnServer();
    },
  };
}

async function spawnProcess(port: number, options: ServerProcessOptions): Promise<ChildProcess> {
  const args = options.compiled ? ["--enable-source-maps", COMPILED_SERVER] : ["--import", "tsx", "server/main.ts"];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: options.dataDir, CLIENT_DIR: options.clientDir ?? "", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server process did not start within 20 s:\n${output}`)), 20_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Détente is running")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr!.on("data", (chunk: Buffer) => void (output += chunk.toString()));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the server process exited with ${code}:\n${output}`));
    });
  });
  return child;
}
