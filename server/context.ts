/**
 * What rooms need from the process that hosts them. Colyseus builds rooms itself, so the
 * server sets this once at start-up (one server per process) and rooms read it.
 */
import type { MatchStore } from "./persistence/MatchStore";
import type { Admission } from "./admission";

export interface ServerContext {
  store: MatchStore;
  /** Per client: a burst of messages, then so many a second. */
  messageRate: { burst: number; perSecond: number };
  /** Limits on creating and joining matches, checked before any room or seat exists. */
  admission: Admission;
  /** How long a new match waits for its creator's socket before it is closed. */
  unjoinedRoomMs: number;
  /** Codes of stored matches this process is bringing back (only the server may ask for that). */
  restoring: Set<string>;
  /** How long the server was down before this start, to shift restored deadlines. */
  downtimeMs: number;
  now: () => number;
}

let current: ServerContext | null = null;

export function setContext(context: ServerContext | null): void {
  current = context;
}

export function context(): ServerContext {
  if (!current) throw new Error("server context used before startServer()");
  return current;
}
