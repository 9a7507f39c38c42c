/**
 * What the rooms and the HTTP routes need from storage, whatever holds it: the embedded SQLite
 * file (SqliteStore, the default) or a PostgreSQL server shared by several processes
 * (PostgresStore, when DATABASE_URL is set). Every method is asynchronous; a room acknowledges
 * an action only once the promise of its write has resolved (see WriteQueue).
 */
import type { LoggedAction, Session } from "../../shared/session";
import type { Classroom } from "../../shared/classroom";

export interface StoredMatch {
  code: string;
  passwordHash: string | null;
  /** The newest snapshot and the log after it: replaying gives the session as it was last acknowledged. */
  snapshot: Session;
  logAfterSnapshot: LoggedAction[];
}

export interface StoredClass {
  teacherTokenHash: string;
  createdAt: number;
  classroom: Classroom;
}

export interface MatchExport {
  code: string;
  status: string;
  createdAt: number;
  log: (LoggedAction & { seq: number })[];
  /** The session as it stood at the start (turn 0) and after each resolved turn. */
  turns: { turn: number; seq: number; session: Session }[];
}

export type MatchStatus = "open" | "ended" | "abandoned";

/** An open match or class that no live process holds (see server/leases.ts). */
export interface Unleased {
  kind: "match" | "class";
  code: string;
  /** When its last holder last renewed its lease (ms), or null if none ever held it. */
  renewedAt: number | null;
}

/**
 * A process's proof that it holds the lease on a match or class (server/leases.ts): its owner id
 * and the epoch its take began, which every later take of that lease, by anyone, counts past.
 * A write given a fence is made only if the lease still has that owner and epoch, checked in the
 * write's own transaction: a process that lost the lease (stalled past it, and another took the
 * match over) has its write refused with LeaseLostError, so the log never holds two owners' writes.
 */
export interface Fence {
  owner: string;
  epoch: number;
}

export class LeaseLostError extends Error {
  constructor(code: string) {
    super(`${code}: this process no longer holds its lease, the write is refused`);
    this.name = "LeaseLostError";
  }
}

/**
 * Every write below takes a fence as its last argument: with one, the write is refused unless
 * the lease is still the fence's; without (null, or left out: SQLite serving one process with no
 * leases, and tests), it is made as is. A room passes its fence on every write.
 */
export interface Store {
  /** Records a new match with its empty session as the turn-0 snapshot. */
  createMatch(code: string, createdAt: number, passwordHash: string | null, session: Session, fence?: Fence | null): Promise<void>;
  addSeat(code: string, memberId: string, tokenHash: string, fence?: Fence | null): Promise<void>;
  memberForToken(code: string, tokenHash: string): Promise<string | null>;
  /** Appends one accepted action; resolves to its sequence number (1, 2, … per match). */
  append(code: string, entry: LoggedAction, fence?: Fence | null): Promise<number>;
  snapshot(code: string, turn: number, seq: number, session: Session, fence?: Fence | null): Promise<void>;
  setStatus(code: string, status: MatchStatus, fence?: Fence | null): Promise<void>;
  setHost(code: string, memberId: string, fence?: Fence | null): Promise<void>;
  /** Whether a code was ever used, finished matches included. */
  hasMatch(code: string): Promise<boolean>;
  hostOf(code: string): Promise<string | null>;
  openMatchCodes(): Promise<string[]>;
  load(code: string): Promise<StoredMatch | null>;
  export(code: string): Promise<MatchExport | null>;

  /** Records a new class; only the hash of the teacher's token is kept. */
  createClass(code: string, createdAt: number, teacherTokenHash: string, classroom: Classroom, fence?: Fence | null): Promise<void>;
  saveClass(classroom: Classroom, fence?: Fence | null): Promise<void>;
  setClassStatus(code: string, status: "open" | "abandoned", fence?: Fence | null): Promise<void>;
  hasClass(code: string): Promise<boolean>;
  loadClass(code: string): Promise<StoredClass | null>;
  /**
   * Deletes a class with everything of it: its students (names and token hashes), and each of
   * its worlds' matches with their seats, logs and snapshots. One transaction: all or nothing.
   */
  deleteClass(code: string, fence?: Fence | null): Promise<void>;
  /** Deletes every class created before `cutoff` (ms), as deleteClass does; resolves to their codes. */
  purgeClassesCreatedBefore(cutoff: number): Promise<string[]>;
  openClassCodes(): Promise<string[]>;
  /** A student's token, hashed: it opens their place in the class and, once placed, their seat in their match. */
  addStudent(classCode: string, studentId: string, tokenHash: string, fence?: Fence | null): Promise<void>;
  studentForToken(classCode: string, tokenHash: string): Promise<string | null>;
  studentTokenHash(classCode: string, studentId: string): Promise<string | null>;

  /**
   * Takes the lease on a match or class (by its code) for `owner` until `until` (ms), if nobody
   * holds it, its lease ran out by `now`, or `owner` holds it already: resolves to the fence of
   * this take (a new epoch, past every earlier take's), or null if another holds it. Atomic: of
   * several processes asking at once, one gets it.
   */
  takeLease(code: string, owner: string, now: number, until: number): Promise<Fence | null>;
  /** Extends `owner`'s leases on `codes` until `until`; resolves to those it still holds. */
  renewLeases(owner: string, codes: readonly string[], now: number, until: number): Promise<string[]>;
  /** Gives `owner`'s lease up: anyone may take it at once (its epoch is kept, so fences stay unique). */
  releaseLease(code: string, owner: string): Promise<void>;
  /** Open matches and classes with no live lease at `now`, matches first. */
  unleased(now: number): Promise<Unleased[]>;

  /** A heartbeat, so that after a crash the server knows how long it was down. */
  markAlive(now: number): Promise<void>;
  lastAlive(): Promise<number | null>;
  close(): Promise<void>;
}
