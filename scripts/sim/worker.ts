// A worker thread: plays the jobs it is sent, one at a time, and sends each result back.
import { parentPort } from "node:worker_threads";
import { runJob, type Job } from "./jobs";

parentPort?.on("message", (m: { id: number; job: Job }) => {
  try {
    parentPort?.postMessage({ id: m.id, result: runJob(m.job) });
  } catch (e) {
    parentPort?.postMessage({ id: m.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
