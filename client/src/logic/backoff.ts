/** How long a client waits between attempts to win a lost connection back. */

export interface RetryPolicy {
  /** The wait before the second attempt (the first is made at once). */
  firstDelayMs: number;
  /** The waits double up to this cap and stay there, for as long as the page is open. */
  maxDelayMs: number;
}

/** A browser's policy: 1 s, doubling to 10 s. */
export const BROWSER_RETRY: RetryPolicy = { firstDelayMs: 1_000, maxDelayMs: 10_000 };

/**
 * The wait after failed attempt number `failures` (1 for the first failure): the doubling
 * delay, capped, then drawn between its half and its whole (`random` in [0, 1)), so a class
 * whose server came back does not knock all at the same instant.
 */
export function retryDelay(failures: number, policy: RetryPolicy, random: number): number {
  const doublings = Math.min(Math.max(0, failures - 1), 30);
  const ceiling = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** doublings);
  return Math.round(ceiling / 2 + (Math.min(Math.max(random, 0), 1) * ceiling) / 2);
}

/** A policy handed in from outside (a test page sets one), or null if it is not one. */
export function parseRetryPolicy(value: unknown): RetryPolicy | null {
  if (typeof value !== "object" || value === null) return null;
  const { firstDelayMs, maxDelayMs } = value as Record<string, unknown>;
  if (typeof firstDelayMs !== "number" || typeof maxDelayMs !== "number") return null;
  if (!(firstDelayMs >= 1 && maxDelayMs >= firstDelayMs && maxDelayMs <= 600_000)) return null;
  return { firstDelayMs, maxDelayMs };
}
