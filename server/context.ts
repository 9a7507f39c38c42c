/**
 * What rooms need from the process that hosts them. Colyseus builds rooms itself, so the
 * server sets this once at start-up (one server per process) and rooms read it.
 */
import type { Fence, Store } from "./persistence/Store";
import type { Admission } from "./admission";
import type { LeaseKeeper } from "./leases";
import type { PowerId } from "../shared/game";
import type { PresetId } from "../shared/session/presets";

/** A world of a class, handed by the class room to the match room it creates (in this process only). */
export interface ClassWorldSpec {
  preset: PresetId;
  /** The class's setting: the teacher, as facilitator, reads private and group chat. */
  teacherReadsChat: boolean;
  /** The teacher's member id in every world of the class: host and facilitator. */
  teacherId: string;
  /** The hash of the teacher's seat token in the match of this code. */
  teacherSeatHash: (matchCode: string) => string;
  /** Each student with the hash of their class token, which is also their seat token in the match. */
  students: { id: string; name: string; tokenHash: string; power: PowerId }[];
  /** A world of delegations: several students share each power. */
  delegations?: boolean;
}

export interface Restoring {
  downtimeMs: number;
  fence: Fence | null;
}

export interface ServerContext {
  store: Store;
  /** Per client: a burst of messages, then so many a second. */
  messageRate: { burst: number; perSecond: number };
  /** Limits on creating and joining matches, checked before any room or seat exists. */
  admission: Admission;
  /** How long a new match waits for its creator's socket before it is closed. */
  unjoinedRoomMs: number;
  /** Codes of stored matches this process is bringing back (only the server may ask for that), each with how long it was down (ms) and its lease's fence (null without leases). */
  restoring: Map<string, Restoring>;
  /** Codes of stored classes this process is bringing back, each with its lease's fence (null without leases). */
  restoringClasses: Map<string, Fence | null>;
  /** Worlds a class room asked for, by a random key only this process knows: a client cannot create a class match. */
  classWorlds: Map<string, ClassWorldSpec>;
  /** How long a class and its rooms are kept after the class's creation. */
  classKeepMs: number;
  /** With a shared store (several processes): the leases saying which process runs which match and class; null with SQLite. */
  leases: LeaseKeeper | null;
  now: () => number;
  /** Send every changed view whole, as before view patches (npm run bench:load's "before" only). */
  wholeViews?: boolean;
}

let current: ServerContext | null = null;

export function setContext(context: ServerContext | null): void {
  current = context;
}

export function context(): ServerContext {
  if (!current) throw new Error("server context used before startServer()");
  return current;
}
