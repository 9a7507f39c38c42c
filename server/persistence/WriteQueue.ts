/**
 * The writes of one room, in the order the room made them. A room applies an accepted action to
 * its own state at once (the next action is checked against it), queues the action's writes
 * here, and tells its players only in a step queued after them: nobody hears of an action before
 * it is in the store, whether the store answers at once (SQLite) or over the network (PostgreSQL).
 * Once a write fails nothing queued after it runs: the room learns of it through `onFailure`.
 */
export class WriteQueue {
  private tail: Promise<void> = Promise.resolve();
  private failure: unknown = null;
  private failed = false;

  constructor(private readonly onFailure: (error: unknown) => void) {}

  /** Queues a write after every earlier one. */
  write(work: () => Promise<unknown>): void {
    this.tail = this.tail.then(async () => {
      if (this.failed) return;
      try {
        await work();
      } catch (error) {
        this.failed = true;
        this.failure = error;
        this.onFailure(error);
      }
    });
  }

  /** Runs `step` once every write queued so far has resolved (never, if one failed). */
  then(step: () => void): void {
    this.tail = this.tail.then(() => {
      if (this.failed) return;
      try {
        step();
      } catch (error) {
        // A step tells players; its failure must not hold back the writes queued after it.
        console.error("A step after a write failed:", error);
      }
    });
  }

  /** Resolves once every write queued so far has resolved; rejects if one failed. */
  async drained(): Promise<void> {
    await this.tail;
    if (this.failed) throw this.failure instanceof Error ? this.failure : new Error(String(this.failure));
  }

  /** Whether a write failed (the room's state is then ahead of its store). */
  get broken(): boolean {
    return this.failed;
  }
}
