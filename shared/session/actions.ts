/**
 * Everything that can change a session, as data. Each accepted action is written to the log
 * with who did it and when, so `applyAction` over the log rebuilds the session exactly.
 */
import type { InjectedEvent, OfferAction, Order, PowerId } from "../game";
import type { Durations, PresetId } from "./presets";
import type { ChannelId, SessionPhase } from "./types";

export type SessionAction =
  | { type: "join"; memberId: string; name: string }
  | { type: "leave" }
  | { type: "pickPower"; power: PowerId }
  | { type: "watch" }
  | { type: "facilitate" }
  | { type: "setBot"; power: PowerId; bot: boolean }
  | { type: "moveMember"; memberId: string; power: PowerId | null }
  | { type: "removeMember"; memberId: string }
  | { type: "handHost"; memberId: string }
  /** The host lets a removed person join again (afresh, under their name). */
  | { type: "readmit"; memberId: string }
  | { type: "configure"; preset?: PresetId; durations?: Partial<Durations>; missedOrders?: "hold" | "bot" }
  | { type: "start"; seed: number }
  | ({ type: "pause" } & MeantFor)
  | ({ type: "resume" } & MeantFor)
  | ({ type: "extend"; seconds: number } & MeantFor)
  | ({ type: "endPhase" } & MeantFor)
  | { type: "ready"; phase: SessionPhase; turn: number; ready: boolean }
  | { type: "orders"; turn: number; orders: Order[] }
  | { type: "offer"; turn: number; action: OfferAction }
  | { type: "chat"; channel: ChannelId; text: string }
  | { type: "createGroup"; name: string; powers: PowerId[] }
  | { type: "injectEvent"; event: InjectedEvent }
  /** The server's clock: the current phase's deadline has passed. */
  | { type: "deadline" }
  /** After a restart: every deadline moves by the time the server was down. */
  | { type: "shiftClock"; ms: number };

/**
 * The phase and turn a host's clock command was meant for: once that phase is over (a double
 * click, a command that crossed the deadline) the command is stale and refused, never applied
 * to the phase that followed.
 */
export interface MeantFor {
  phase: SessionPhase;
  turn: number;
}

/** The actor of the server's own actions (deadlines, clock shifts). */
export const SYSTEM = "system";

export interface LoggedAction {
  /** A member id, or SYSTEM. */
  actor: string;
  /** Server time in ms when the action was accepted. */
  at: number;
  action: SessionAction;
}
