/**
 * The address a classmate opens to join a match. The host's own address works for others unless
 * the host opened the game as localhost (on the server's machine): then the server's network
 * addresses (GET /api/addresses, listed when it listens with HOST=0.0.0.0) are the ones that work.
 */
import { pathForCode } from "./route";

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i;

export function joinAddress(origin: string, serverAddresses: readonly string[], code: string): string {
  const { hostname } = new URL(origin);
  const base = LOOPBACK.test(hostname) && serverAddresses.length > 0 ? serverAddresses[0]! : origin;
  return `${base.replace(/\/$/, "")}${pathForCode(code)}`;
}

/** Whether `origin` is this machine only (then, with no network address, others cannot join by it). */
export function isLoopbackOrigin(origin: string): boolean {
  return LOOPBACK.test(new URL(origin).hostname);
}
