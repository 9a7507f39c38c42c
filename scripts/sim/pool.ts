// A pool of worker threads (node:worker_threads) that play jobs. Results come back in the order
// the jobs were given, whichever worker played them, so the figures do not depend on the count.
import { Worker } from "node:worker_threads";
import type { Job, JobResult } from "./jobs";

// boot.mjs registers tsx in the worker before loading worker.ts (see there why).
const BOOT = new URL("./boot.mjs", import.meta.url);

interface Pending {
  job: Job;
  resolve: (r: JobResult) => void;
  reject: (e: Error) => void;
}

export class Pool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: { id: number; p: Pending }[] = [];
  private readonly running = new Map<Worker, { id: number; p: Pending }>();
  private nextId = 0;
  /** Matches (or trust trials) played so far, for the run-time line. */
  played = 0;

  constructor(size: number) {
    for (let i = 0; i < Math.max(1, size); i++) {
      const w = new Worker(BOOT);
      w.on("message", (m: { id: number; result?: JobResult; error?: string }) => this.done(w, m));
      w.on("error", (e) => {
        const r = this.running.get(w);
        if (r) r.p.reject(e);
      });
      this.all.push(w);
      this.idle.push(w);
    }
  }

  run(job: Job): Promise<JobResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, p: { job, resolve, reject } });
      this.pump();
    });
  }

  /** Runs the jobs and returns their results in the jobs' order. */
  runAll(jobs: Job[]): Promise<JobResult[]> {
    return Promise.all(jobs.map((j) => this.run(j)));
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop() as Worker;
      const next = this.queue.shift() as { id: number; p: Pending };
      this.running.set(w, next);
      w.postMessage({ id: next.id, job: next.p.job });
    }
  }

  private done(w: Worker, m: { id: number; result?: JobResult; error?: string }): void {
    const r = this.running.get(w);
    this.running.delete(w);
    this.idle.push(w);
    if (r) {
      this.played += r.p.job.seeds.length;
      if (m.result) r.p.resolve(m.result);
      else r.p.reject(new Error(`A simulation worker failed: ${m.error ?? "no result"}`));
    }
    this.pump();
  }
}
