/**
 * What the server process does when it must stop. A signal stops it gracefully; a fatal error
 * (an exception or rejection that nothing caught, so the process's state can no longer be
 * trusted) is logged, turns health to 503 at once, and stops it the same way with exit code 1.
 * Either way the stop is bounded: past the grace period the process exits regardless, since a
 * half-stopped server that answers 503 to every class is worse than a restart. Every accepted
 * action is already on disk (the room writes before it publishes), so exiting loses nothing.
 */
import type { RunningServer } from "./app";

/** How long a stop may take before the process exits anyway. */
export const SHUTDOWN_GRACE_MS = 10_000;

export function superviseProcess(server: RunningServer, graceMs = SHUTDOWN_GRACE_MS): void {
  let exitCode = 0;
  let stopping = false;
  const stop = (code: number) => {
    exitCode = Math.max(exitCode, code);
    if (stopping) return;
    stopping = true;
    const hardStop = setTimeout(() => {
      console.error(`The server did not stop within ${graceMs} ms: exiting now.`);
      process.exit(exitCode || 1);
    }, graceMs);
    hardStop.unref();
    server.stop().then(
      () => process.exit(exitCode),
      (error: unknown) => {
        console.error("The server failed while stopping:", error);
        process.exit(1);
      },
    );
  };
  const fatal = (what: string) => (error: unknown) => {
    console.error(`Fatal: ${what}; the server stops.`, error);
    stop(1);
  };
  process.on("uncaughtException", fatal("an exception nothing caught"));
  process.on("unhandledRejection", fatal("a promise rejection nothing handled"));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stop(0));
}
