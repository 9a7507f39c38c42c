/**
 * Who may try to get into a match, and how often, decided before Colyseus makes a room or
 * reserves a seat: creations per client address, failed joins (unknown codes, stale seat tokens)
 * per address, wrong passwords per address and per match, and newcomers' pending seat
 * reservations per address. Counts per window live in rate-limiter-flexible's memory store, which
 * forgets a key when its window ends; with several processes (REDIS_URL) in its Redis store,
 * shared by all of them, so that tries spread over the processes behind one proxy count as one
 * address's (Redis forgets a window by itself, so a process that dies leaves no count behind).
 * Unused reservations, like open sockets (httpGuard.ts), are counted by each process for what it
 * holds: they bound that process's memory and sockets, and a shared gauge would keep the counts
 * of a process killed before it could give them back.
 */
import { randomUUID } from "node:crypto";
import { ErrorCode, ServerError, matchMaker } from "@colyseus/core";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { TOO_MANY_TRIES } from "../shared/protocol";
import { clientAddress } from "./clientAddress";
import { context } from "./context";
import { hashToken } from "./security";
import { joinError } from "./refusals";
import { AddressCounts } from "./addressCounts";
import type { Store } from "./persistence/Store";

export interface AdmissionLimits {
  /** Matches one address may create per minute. */
  creationsPerMinute: number;
  /** Joins by an unknown code or a stale seat token one address may make per minute. */
  failedJoinsPerMinute: number;
  /** Wrong passwords one address may give per minute (over all matches). */
  passwordTriesPerMinute: number;
  /** Wrong passwords one match takes per minute (over all addresses). */
  passwordTriesPerMatchPerMinute: number;
  /** Newcomers' seat reservations from one address not yet used by a socket. */
  pendingJoinsPerAddress: number;
  /** The window, in seconds, over which the per-minute counts above are kept (60; tests shorten it). */
  limitWindowSeconds: number;
}

export const DEFAULT_LIMITS: AdmissionLimits = {
  creationsPerMinute: 10,
  failedJoinsPerMinute: 30,
  passwordTriesPerMinute: 5,
  passwordTriesPerMatchPerMinute: 20,
  pendingJoinsPerAddress: 20,
  limitWindowSeconds: 60,
};

/** Longer than Colyseus's seat reservation (15 s): a reservation never used is forgotten after this. */
const PENDING_SECONDS = 20;

function tooMany(reason: "TOO_MANY_TRIES.address" | "TOO_MANY_TRIES.match", msBeforeNext: number): ServerError {
  return joinError(TOO_MANY_TRIES, reason, { seconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) });
}

/** Where window counts are shared by every process: a Redis connection (ioredis) and a name for this limit's keys. */
export interface SharedCounts {
  redis: unknown;
  name: string;
}

/** At most `points` events per window per key; the key is forgotten when its window ends. */
export class WindowLimit {
  private readonly limiter: RateLimiterAbstract;

  constructor(private readonly points: number, seconds: number, shared: SharedCounts | null = null) {
    const memory = new RateLimiterMemory({ points, duration: seconds });
    // While Redis cannot answer, this process counts alone (rate-limiter-flexible's insurance) rather than refuse everyone.
    this.limiter = shared ? new RateLimiterRedis({ storeClient: shared.redis, keyPrefix: `detente:limit:${shared.name}`, points, duration: seconds, insuranceLimiter: memory }) : memory;
  }

  /** Milliseconds until `key` may try again, or 0 if it may now. */
  async waitFor(key: string): Promise<number> {
    const res = await this.limiter.get(key);
    return res && res.consumedPoints >= this.points ? res.msBeforeNext : 0;
  }

  /** Counts one event; the milliseconds to wait if it went past the limit, else 0. */
  async count(key: string): Promise<number> {
    try {
      await this.limiter.consume(key);
      return 0;
    } catch (res) {
      if (res instanceof RateLimiterRes) return res.msBeforeNext;
      throw res;
    }
  }
}

/** Unused seat reservations per address, each forgotten when used or after PENDING_SECONDS; an address at zero is forgotten. */
export class PendingReservations {
  private readonly counts: AddressCounts;
  private readonly tickets = new Map<string, { address: string; timer: NodeJS.Timeout }>();

  constructor(max: number) {
    this.counts = new AddressCounts(max);
  }

  /** A ticket for one more reservation from `address`, or null if it holds `max` already. */
  take(address: string): string | null {
    if (!this.counts.take(address)) return null;
    const ticket = randomUUID();
    const timer = setTimeout(() => this.release(ticket), PENDING_SECONDS * 1000);
    timer.unref();
    this.tickets.set(ticket, { address, timer });
    return ticket;
  }

  release(ticket: string): void {
    const held = this.tickets.get(ticket);
    if (!held) return;
    clearTimeout(held.timer);
    this.tickets.delete(ticket);
    this.counts.release(held.address);
  }

  /** How many addresses hold a reservation now. */
  get addresses(): number {
    return this.counts.addresses;
  }
}

export class Admission {
  private readonly creations: WindowLimit;
  private readonly failedJoins: WindowLimit;
  private readonly passwordsByAddress: WindowLimit;
  private readonly passwordsByMatch: WindowLimit;
  private readonly pending: PendingReservations;

  /** `redis`: a Redis connection shared with the other processes (null: one process, counts in memory). */
  constructor(limits: AdmissionLimits, redis: unknown = null) {
    const shared = (name: string) => (redis === null ? null : { redis, name });
    this.creations = new WindowLimit(limits.creationsPerMinute, limits.limitWindowSeconds, shared("creations"));
    this.failedJoins = new WindowLimit(limits.failedJoinsPerMinute, limits.limitWindowSeconds, shared("failedJoins"));
    this.passwordsByAddress = new WindowLimit(limits.passwordTriesPerMinute, limits.limitWindowSeconds, shared("passwordsByAddress"));
    this.passwordsByMatch = new WindowLimit(limits.passwordTriesPerMatchPerMinute, limits.limitWindowSeconds, shared("passwordsByMatch"));
    this.pending = new PendingReservations(limits.pendingJoinsPerAddress);
  }

  /** Counts a creation; throws past the limit. */
  async create(address: string): Promise<void> {
    if ((await this.creations.count(address)) > 0) {
      throw joinError(TOO_MANY_TRIES, "TOO_MANY_TRIES.creations");
    }
  }

  /** Throws if this address has failed too many joins lately. */
  async checkFailedJoins(address: string): Promise<void> {
    const wait = await this.failedJoins.waitFor(address);
    if (wait > 0) throw tooMany("TOO_MANY_TRIES.address", wait);
  }

  async failedJoin(address: string): Promise<void> {
    await this.failedJoins.count(address);
  }

  /** Throws if this address, or anyone at this match, gave too many wrong passwords lately. */
  async checkPasswordTries(address: string, code: string): Promise<void> {
    const byAddress = await this.passwordsByAddress.waitFor(address);
    if (byAddress > 0) throw tooMany("TOO_MANY_TRIES.address", byAddress);
    const byMatch = await this.passwordsByMatch.waitFor(code);
    if (byMatch > 0) throw tooMany("TOO_MANY_TRIES.match", byMatch);
  }

  async wrongPassword(address: string, code: string): Promise<void> {
    await Promise.all([this.passwordsByAddress.count(address), this.passwordsByMatch.count(code)]);
  }

  /** Holds a newcomer's seat reservation for `address`; throws if that address already holds too many unused. */
  reserve(address: string): string {
    const ticket = this.pending.take(address);
    if (ticket === null) throw tooMany("TOO_MANY_TRIES.address", PENDING_SECONDS * 1000);
    return ticket;
  }

  /** The reservation was used by a socket: it no longer counts. */
  release(ticket: string): void {
    this.pending.release(ticket);
  }
}

/** Colyseus's own, taken once: a second startServer in one process wraps it again, not the wrapper. */
const invokeMethod = matchMaker.controller.invokeMethod;

/**
 * A join by an unknown code never reaches a room's onAuth (Colyseus answers "not found" first), so
 * the matchmaker's entry point counts those misses per address and, past the limit, refuses every
 * join by code from that address with the same answer, live codes included: the limit must not
 * tell which codes exist. A member's valid seat token still gets in.
 */
export function limitFailedLookups(): void {
  matchMaker.controller.invokeMethod = async function (method, roomName, clientOptions = {}, authOptions) {
    if (method !== "joinById" && method !== "reconnect") return invokeMethod.call(this, method, roomName, clientOptions, authOptions);
    const { admission, store } = context();
    const address = clientAddress(authOptions ?? {});
    const seatToken: unknown = clientOptions["seatToken"];
    const member = method === "joinById" && ((await hasSeat(store, roomName, seatToken)) || (await hasClassPlace(store, roomName, clientOptions["studentToken"], clientOptions["teacherToken"])));
    if (!member) await admission.checkFailedJoins(address);
    try {
      return await invokeMethod.call(this, method, roomName, clientOptions, authOptions);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      // Only a code with no match counts: a live match's expired reconnection token is what every
      // client sends after a long drop before it falls back to its seat token.
      if (code === ErrorCode.MATCHMAKE_INVALID_ROOM_ID) await admission.failedJoin(address);
      throw error;
    }
  };
}

async function hasSeat(store: Store, code: string, seatToken: unknown): Promise<boolean> {
  return typeof seatToken === "string" && (await store.memberForToken(code, hashToken(seatToken))) !== null;
}

/** A student's or the teacher's token of this class: never counted as a stranger's try. */
async function hasClassPlace(store: Store, code: string, studentToken: unknown, teacherToken: unknown): Promise<boolean> {
  if (typeof studentToken === "string") return (await store.studentForToken(code, hashToken(studentToken))) !== null;
  if (typeof teacherToken === "string") return (await store.loadClass(code))?.teacherTokenHash === hashToken(teacherToken);
  return false;
}
