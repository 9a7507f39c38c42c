/** The phase clock as the bar shows it: what is left and what share of the phase that is. */
import { formatDuration } from "./format";
import { t } from "../../../shared/i18n";

export interface BoardClock {
  /** Server time (ms) when the phase ends; 0 when stopped or paused. */
  deadline: number;
  paused: boolean;
  /** What is left while paused (ms). */
  remaining: number;
}

export interface Countdown {
  remainingMs: number;
  /** Share of the phase left, 0..1 (an extension past the phase's length shows a full bar). */
  fraction: number;
  paused: boolean;
  running: boolean;
  text: string;
}

/** `phaseSeconds` is the phase's set length; `now` the local time (same epoch as the server's deadline). */
export function countdown(clock: BoardClock, phaseSeconds: number, now: number): Countdown {
  const running = !clock.paused && clock.deadline > 0;
  const remainingMs = clock.paused ? Math.max(0, clock.remaining) : running ? Math.max(0, clock.deadline - now) : 0;
  const total = Math.max(1, phaseSeconds * 1000);
  const fraction = clock.paused || running ? Math.min(1, remainingMs / total) : 0;
  const left = formatDuration(remainingMs);
  const text = clock.paused ? t("match:clock.paused", { left }) : running ? t("match:clock.left", { left }) : t("match:clock.stopped");
  return { remainingMs, fraction, paused: clock.paused, running, text };
}

/** Bar colour band: the last fifth (or 15 seconds) reads as urgent. */
export function urgency(c: Countdown): "calm" | "urgent" {
  return c.running && (c.fraction <= 0.2 || c.remainingMs <= 15_000) ? "urgent" : "calm";
}

/**
 * How far the server's clock is ahead of this one, estimated when a phase is seen to begin (its
 * deadline less its length is then the server's "now"). Under ten seconds it may be latency or a busy page, so it is left alone.
 */
export function estimateSkew(deadline: number, phaseSeconds: number, now: number): number {
  const skew = deadline - phaseSeconds * 1000 - now;
  return Math.abs(skew) < 10_000 ? 0 : skew;
}
