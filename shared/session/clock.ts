/** The phase clock as pure arithmetic on the times actions carry. */
import type { Clock } from "./types";

export const STOPPED: Clock = { deadline: null, paused: false, remaining: null };

export function startClock(now: number, seconds: number): Clock {
  return { deadline: now + seconds * 1000, paused: false, remaining: null };
}

export function pauseClock(clock: Clock, now: number): Clock {
  if (clock.paused || clock.deadline === null) return clock;
  return { deadline: null, paused: true, remaining: Math.max(0, clock.deadline - now) };
}

export function resumeClock(clock: Clock, now: number): Clock {
  if (!clock.paused || clock.remaining === null) return clock;
  return { deadline: now + clock.remaining, paused: false, remaining: null };
}

export function extendClock(clock: Clock, seconds: number): Clock {
  const ms = seconds * 1000;
  if (clock.paused && clock.remaining !== null) return { ...clock, remaining: clock.remaining + ms };
  if (clock.deadline !== null) return { ...clock, deadline: clock.deadline + ms };
  return clock;
}

export function shiftClock(clock: Clock, ms: number): Clock {
  return clock.deadline === null ? clock : { ...clock, deadline: clock.deadline + ms };
}

export function hasExpired(clock: Clock, now: number): boolean {
  return !clock.paused && clock.deadline !== null && now >= clock.deadline;
}
