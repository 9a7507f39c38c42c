/**
 * Runs a fuzz with the console silenced (Colyseus prints every undecodable frame and refused
 * reconnection; thousands would bury the output) and collects every uncaught exception and
 * unhandled rejection the run caused, for the test to assert there were none.
 */
import { vi } from "vitest";

export async function quietly<T>(run: () => Promise<T>): Promise<{ result: T; unexpected: unknown[] }> {
  const unexpected: unknown[] = [];
  const record = (error: unknown) => void unexpected.push(error);
  process.on("uncaughtException", record);
  process.on("unhandledRejection", record);
  for (const level of ["error", "warn", "log", "info"] as const) vi.spyOn(console, level).mockImplementation(() => undefined);
  try {
    return { result: await run(), unexpected };
  } finally {
    process.off("uncaughtException", record);
    process.off("unhandledRejection", record);
    vi.restoreAllMocks();
  }
}
