/** The match's course inside a session: start, the phase clock, readiness, orders and offers. */
import { POWERS, advancePhase, applyOfferAction, createMatch, injectEvent, submitOrders, victoryDay2025, type InjectedEvent, type MatchState, type OfferAction, type Order, type PowerId } from "../game";
import { ok, refuse, type Result } from "../result";
import { STOPPED, extendClock, hasExpired, pauseClock, resumeClock, shiftClock, startClock } from "./clock";
import { MIN_HUMAN_POWERS, humanPowers, seatsOf } from "./lobby";
import { MAX_EXTENSION_SECONDS, presetTurns, type TimedPhase } from "./presets";
import type { MeantFor } from "./actions";
import type { Session, SessionPhase } from "./types";

type Outcome = Result<Session>;

export function startMatch(s: Session, seed: number, at: number): Outcome {
  if (s.phase !== "lobby") return refuse("MATCH_STARTED.started");
  const humans = humanPowers(s).length;
  if (humans < MIN_HUMAN_POWERS) return refuse("NOT_ENOUGH_POWERS", { count: MIN_HUMAN_POWERS });
  const match = createMatch(victoryDay2025, { seed, seats: seatsOf(s), turns: presetTurns(s.settings.preset, victoryDay2025.turns) });
  return ok(enterPhase({ ...s, match }, match, at, s.clock.paused));
}

/** Moves the session to the match's current phase with a fresh clock (kept paused if it was). */
function enterPhase(s: Session, match: MatchState, at: number, paused: boolean): Session {
  const phase = match.phase;
  if (phase === "ended") return { ...s, match, phase, clock: STOPPED, ready: [] };
  const seconds = s.settings.durations[phase as TimedPhase];
  const running = startClock(at, seconds);
  return { ...s, match, phase, clock: paused ? pauseClock(running, at) : running, ready: [] };
}

/** Ends the current phase now: by the deadline, by the host, or because everyone is ready. */
export function advance(s: Session, at: number): Outcome {
  if (!s.match || s.phase === "lobby") return refuse("MATCH_NOT_STARTED");
  if (s.phase === "ended") return refuse("MATCH_OVER");
  const match = s.match;
  // A human power whose player did not act by the end of the orders phase (no orders given, not
  // even none, and no Ready) holds, unless the host chose that its bot then gives its orders.
  // Ready with no orders is a hold, never a reason for the bot to play.
  const standIns =
    s.phase === "orders" && s.settings.missedOrders === "bot"
      ? POWERS.filter((p) => match.seats[p] === "human" && match.orders[p] === undefined && !s.ready.includes(p))
      : [];
  return ok(enterPhase(s, advancePhase(match, { standIns }).state, at, s.clock.paused));
}

/** The host ends the phase they were looking at; a second click finds it over and is refused. */
export function endPhase(s: Session, meant: MeantFor, at: number): Outcome {
  if (!s.match || s.phase === "lobby") return refuse("MATCH_NOT_STARTED");
  if (s.phase === "ended") return refuse("MATCH_OVER");
  return staleCommand(s, meant) ?? advance(s, at);
}

export function onDeadline(s: Session, at: number): Outcome {
  if (!hasExpired(s.clock, at)) return refuse("NOT_YET");
  return advance(s, at);
}

export function pause(s: Session, meant: MeantFor, at: number): Outcome {
  if (!runningPhase(s)) return refuse("NOT_RUNNING.pause");
  if (s.clock.paused) return refuse("ALREADY_PAUSED");
  return staleCommand(s, meant) ?? ok({ ...s, clock: pauseClock(s.clock, at) });
}

export function resume(s: Session, meant: MeantFor, at: number): Outcome {
  if (!s.clock.paused) return refuse("NOT_PAUSED");
  return staleCommand(s, meant) ?? ok({ ...s, clock: resumeClock(s.clock, at) });
}

export function extend(s: Session, meant: MeantFor, seconds: number): Outcome {
  if (!runningPhase(s)) return refuse("NOT_RUNNING.extend");
  const stale = staleCommand(s, meant);
  if (stale) return stale;
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_EXTENSION_SECONDS) {
    return refuse("BAD_EXTENSION", { count: MAX_EXTENSION_SECONDS / 3600 });
  }
  return ok({ ...s, clock: extendClock(s.clock, seconds) });
}

export function shift(s: Session, ms: number): Outcome {
  return ok({ ...s, clock: shiftClock(s.clock, ms) });
}

/** A power declares itself ready (or not) for this phase; when every human power is, the phase ends. */
export function setReady(s: Session, power: PowerId, phase: SessionPhase, turn: number, ready: boolean, at: number): Outcome {
  if (!s.match || !runningPhase(s)) return refuse("NOT_RUNNING.ready");
  if (phase !== s.phase || turn !== s.match.turn) return refuse("STALE_PHASE", { phase, turn, nowPhase: s.phase, now: s.match.turn });
  const readySet = ready ? [...new Set([...s.ready, power])] : s.ready.filter((p) => p !== power);
  const next = { ...s, ready: POWERS.filter((p) => readySet.includes(p)) };
  const humans = humanPowers(next);
  return humans.length > 0 && humans.every((p) => next.ready.includes(p)) ? advance(next, at) : ok(next);
}

export function giveOrders(s: Session, power: PowerId, turn: number, orders: Order[]): Outcome {
  if (!s.match) return refuse("MATCH_NOT_STARTED");
  if (s.phase === "orders" && s.ready.includes(power)) return refuse("ALREADY_READY.flow");
  const result = submitOrders(s.match, power, { turn, orders });
  return result.ok ? ok({ ...s, match: result.value }) : result;
}

export function actOnOffer(s: Session, power: PowerId, turn: number, action: OfferAction): Outcome {
  if (!s.match) return refuse("MATCH_NOT_STARTED");
  if (turn !== s.match.turn) return refuse("STALE_TURN.flow", { turn, now: s.match.turn });
  const result = applyOfferAction(s.match, power, action);
  return result.ok ? ok({ ...s, match: result.value }) : result;
}

export function inject(s: Session, event: InjectedEvent): Outcome {
  if (!s.match || !runningPhase(s)) return refuse("NOT_RUNNING.inject");
  const result = injectEvent(s.match, event);
  return result.ok ? ok({ ...s, match: result.value }) : result;
}

/** A refusal if the command was meant for another phase or turn than the current one. */
function staleCommand(s: Session, meant: MeantFor): Outcome | null {
  const turn = s.match?.turn ?? 0;
  if (meant.phase === s.phase && meant.turn === turn) return null;
  return refuse("STALE_PHASE", { phase: meant.phase, turn: meant.turn, nowPhase: s.phase, now: turn });
}

function runningPhase(s: Session): boolean {
  return s.phase !== "lobby" && s.phase !== "ended";
}
