/**
 * Who runs each match and class when several processes share one store (PostgreSQL): the
 * process holding its lease, a row in the store that it renews every second. When a process
 * dies its leases run out (LEASE_MS), and every live process, looking for open matches and
 * classes nobody holds every second, tries to take them; the store gives each to one, which
 * brings it back from its snapshot and log. Every take starts a new epoch, and the room writes
 * with its fence (owner and epoch): a process stalled past its lease, whose match another has
 * taken over, has its next write refused by the store and closes that room, writing nothing more;
 * its periodic check finds the same and closes it too, if it writes nothing first.
 */
import { randomUUID } from "node:crypto";
import type { Fence, Store, Unleased } from "./persistence/Store";

/** How long a lease lasts unless renewed: how soon a dead process's matches are taken over. */
export const LEASE_MS = 5_000;
/** How often leases are renewed and unheld matches looked for. */
export const LEASE_CHECK_MS = 1_000;

export interface LeaseHooks {
  /** A match or class nobody held is now this process's, under `fence`: bring it back (downtime: since its lease was last renewed). */
  takeOver(unleased: Unleased, downtimeMs: number, fence: Fence): Promise<void>;
  /** Another process holds this code now: close its room here without writing. */
  lost(code: string): void;
}

export class LeaseKeeper {
  /** This process, as lease owner; a new one on every start, so a restarted process never mistakes a dead one's leases for its own. */
  readonly owner = randomUUID();
  private readonly held = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly store: Store,
    private readonly now: () => number,
    private readonly hooks: LeaseHooks,
  ) {}

  /** Takes the lease on a new match or class of this process; resolves to the fence its writes carry, or null if another holds it. */
  async take(code: string): Promise<Fence | null> {
    const now = this.now();
    const fence = await this.store.takeLease(code, this.owner, now, now + LEASE_MS);
    if (fence) this.held.add(code);
    return fence;
  }

  /** The room is gone from this process: the lease is given up so another may take it at once. */
  async release(code: string): Promise<void> {
    if (!this.held.delete(code)) return;
    await this.store.releaseLease(code, this.owner);
  }

  holds(code: string): boolean {
    return this.held.has(code);
  }

  /** Renews what this process holds and takes over what nobody holds; one check at a time. */
  check(): Promise<void> {
    return (this.checking ??= this.runCheck().finally(() => (this.checking = null)));
  }

  start(): void {
    this.timer ??= setInterval(() => void this.check().catch((error: unknown) => console.error("Lease check failed:", error)), LEASE_CHECK_MS);
    this.timer.unref();
  }

  /**
   * Stops renewing and taking over (a graceful stop). The leases are given up by the rooms as
   * they close, once their last writes are done: another process takes each over only then.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.checking?.catch(() => undefined);
  }

  private async runCheck(): Promise<void> {
    const now = this.now();
    const mine = [...this.held];
    const still = new Set(await this.store.renewLeases(this.owner, mine, now, now + LEASE_MS));
    for (const code of mine) {
      if (still.has(code) || !this.held.has(code)) continue;
      this.held.delete(code);
      this.hooks.lost(code);
    }
    for (const unleased of await this.store.unleased(now)) {
      if (this.stopped) return;
      const fence = await this.take(unleased.code);
      if (!fence) continue;
      const downtime = unleased.renewedAt === null ? 0 : Math.max(0, now - unleased.renewedAt);
      try {
        await this.hooks.takeOver(unleased, downtime, fence);
      } catch (error) {
        // Not brought back here: let it go, so that this or another process tries again.
        console.error(`Could not take over ${unleased.kind} ${unleased.code}:`, error);
        await this.release(unleased.code).catch(() => undefined);
      }
    }
  }
}
