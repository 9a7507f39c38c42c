/**
 * The authorization matrix as a specification: for every client message, every kind of seat and
 * every phase, what the server must answer ("OK" or the refusal's code). Written from the rules
 * as a teacher would state them, not derived from the implementation.
 */
import type { ClientMessage, ClientMessageType } from "../../shared/protocol";
import type { SessionPhase } from "../../shared/session";

export const SEAT_KINDS = ["owner", "otherPower", "spectator", "facilitator", "removed"] as const;
export type SeatKind = (typeof SEAT_KINDS)[number];
export const MATRIX_PHASES = ["lobby", "briefing", "negotiation", "orders", "resolution", "ended"] as const satisfies readonly SessionPhase[];
export type MatrixPhase = (typeof MATRIX_PHASES)[number];

/** The setting every cell starts from: Russia (the owner) has offered Ukraine a ceasefire during negotiation. */
export interface Scene {
  phase: MatrixPhase;
  turn: number;
  offerId: string;
  spectatorId: string;
  ownerId: string;
  /** The member the host removed before the scene (Rita, once the EU). */
  removedId: string;
}

export interface Cell<T extends ClientMessageType = ClientMessageType> {
  name: string;
  type: T;
  payload: (scene: Scene) => ClientMessage<T>;
  expect: (seat: SeatKind, phase: MatrixPhase) => string;
}

const running = (p: MatrixPhase) => p !== "lobby" && p !== "ended";
const ordersOpen = (p: MatrixPhase) => p === "negotiation" || p === "orders";
const isPower = (seat: SeatKind) => seat === "owner" || seat === "otherPower";

function hostOnly(seat: SeatKind, ifHost: string): string {
  return seat === "facilitator" ? ifHost : "NOT_HOST";
}

/** Game actions of a power: orders and offers, with the engine's phase rule. */
function powerAction(seat: SeatKind, phase: MatrixPhase, whenOpen: string): string {
  if (!isPower(seat)) return "NOT_A_POWER";
  if (phase === "lobby") return "MATCH_NOT_STARTED";
  return ordersOpen(phase) ? whenOpen : "WRONG_PHASE";
}

/** A host's clock command names the phase it is meant for: the scene's, or one already over. */
const now = (x: Scene) => ({ phase: x.phase, turn: x.turn });
const past = (x: Scene) => ({ phase: x.phase, turn: x.turn - 1 });

export const CELLS: Cell[] = [
  { name: "pick a power", type: "pickPower", payload: () => ({ power: "china" }), expect: (_s, p) => (p === "lobby" ? "OK" : "MATCH_STARTED") },
  { name: "watch", type: "watch", payload: () => ({}), expect: (_s, p) => (p === "lobby" ? "OK" : "MATCH_STARTED") },
  { name: "facilitate", type: "facilitate", payload: () => ({}), expect: (s, p) => hostOnly(s, p === "lobby" ? "OK" : "MATCH_STARTED") },
  { name: "give a power to a bot", type: "setBot", payload: () => ({ power: "china", bot: true }), expect: (s, p) => hostOnly(s, p === "ended" ? "MATCH_OVER" : "OK") },
  { name: "move a member", type: "moveMember", payload: (x) => ({ memberId: x.spectatorId, power: "china" }), expect: (s, p) => hostOnly(s, p === "ended" ? "MATCH_OVER" : "OK") },
  { name: "remove a member", type: "removeMember", payload: (x) => ({ memberId: x.spectatorId }), expect: (s) => hostOnly(s, "OK") },
  { name: "let a removed member back", type: "readmit", payload: (x) => ({ memberId: x.removedId }), expect: (s) => hostOnly(s, "OK") },
  { name: "hand the host role", type: "handHost", payload: (x) => ({ memberId: x.ownerId }), expect: (s) => hostOnly(s, "OK") },
  { name: "configure", type: "configure", payload: () => ({ missedOrders: "bot" }), expect: (s, p) => hostOnly(s, p === "ended" ? "MATCH_OVER" : "OK") },
  { name: "start", type: "start", payload: () => ({}), expect: (s, p) => hostOnly(s, p === "lobby" ? "OK" : "MATCH_STARTED") },
  { name: "pause", type: "pause", payload: now, expect: (s, p) => hostOnly(s, running(p) ? "OK" : "NOT_RUNNING") },
  { name: "pause a past turn's phase", type: "pause", payload: past, expect: (s, p) => hostOnly(s, running(p) ? "STALE_PHASE" : "NOT_RUNNING") },
  { name: "resume (not paused)", type: "resume", payload: now, expect: (s) => hostOnly(s, "NOT_PAUSED") },
  { name: "extend", type: "extend", payload: (x) => ({ seconds: 30, ...now(x) }), expect: (s, p) => hostOnly(s, running(p) ? "OK" : "NOT_RUNNING") },
  {
    name: "extend a past turn's phase",
    type: "extend",
    payload: (x) => ({ seconds: 30, ...past(x) }),
    expect: (s, p) => hostOnly(s, running(p) ? "STALE_PHASE" : "NOT_RUNNING"),
  },
  { name: "end the phase", type: "endPhase", payload: now, expect: (s, p) => hostOnly(s, p === "lobby" ? "MATCH_NOT_STARTED" : p === "ended" ? "MATCH_OVER" : "OK") },
  {
    name: "end a past turn's phase (a double click)",
    type: "endPhase",
    payload: past,
    expect: (s, p) => hostOnly(s, p === "lobby" ? "MATCH_NOT_STARTED" : p === "ended" ? "MATCH_OVER" : "STALE_PHASE"),
  },
  {
    name: "ready",
    type: "ready",
    payload: (x) => ({ phase: x.phase, turn: x.turn, ready: true }),
    expect: (s, p) => (!isPower(s) ? "NOT_A_POWER" : running(p) ? "OK" : "NOT_RUNNING"),
  },
  {
    name: "ready for a past turn",
    type: "ready",
    payload: (x) => ({ phase: x.phase, turn: x.turn - 1, ready: true }),
    expect: (s, p) => (!isPower(s) ? "NOT_A_POWER" : running(p) ? "STALE_PHASE" : "NOT_RUNNING"),
  },
  {
    name: "orders",
    type: "orders",
    payload: (x) => ({ turn: x.turn, orders: [{ type: "posture", stance: "fortify" }] }),
    expect: (s, p) => powerAction(s, p, "OK"),
  },
  {
    name: "orders for a past turn",
    type: "orders",
    payload: (x) => ({ turn: x.turn - 1, orders: [{ type: "posture", stance: "fortify" }] }),
    expect: (s, p) => powerAction(s, p, "STALE_TURN"),
  },
  {
    name: "withdraw Russia's offer",
    type: "offer",
    payload: (x) => ({ turn: x.turn, action: { action: "withdraw", offerId: x.offerId } }),
    expect: (s, p) => powerAction(s, p, s === "owner" ? "OK" : "NOT_PROPOSER"),
  },
  {
    name: "accept Russia's offer",
    type: "offer",
    payload: (x) => ({ turn: x.turn, action: { action: "accept", offerId: x.offerId } }),
    expect: (s, p) => powerAction(s, p, s === "otherPower" ? "OK" : "NOT_RECIPIENT"),
  },
  {
    name: "an offer action for a past turn",
    type: "offer",
    payload: (x) => ({ turn: x.turn - 1, action: { action: "withdraw", offerId: x.offerId } }),
    expect: (s, p) => (!isPower(s) ? "NOT_A_POWER" : p === "lobby" ? "MATCH_NOT_STARTED" : "STALE_TURN"),
  },
  {
    name: "chat in public",
    type: "chat",
    payload: () => ({ channel: "public", text: "Hello all" }),
    expect: (s) => (s === "spectator" ? "SPECTATORS_READ_ONLY" : "OK"),
  },
  {
    name: "chat between Russia and Ukraine",
    type: "chat",
    payload: () => ({ channel: "pair:russia|ukraine", text: "Between us" }),
    expect: (s) => (s === "spectator" ? "SPECTATORS_READ_ONLY" : isPower(s) ? "OK" : "NOT_IN_CHANNEL"),
  },
  {
    name: "open a group channel",
    type: "createGroup",
    payload: () => ({ name: "Contact group", powers: ["russia", "ukraine", "china"] }),
    expect: (s) => (isPower(s) ? "OK" : "NOT_A_POWER"),
  },
  {
    name: "inject an event",
    type: "injectEvent",
    payload: () => ({ event: { title: "Talks in Istanbul", text: "Delegations meet.", effects: [] } }),
    expect: (s, p) => (s !== "facilitator" ? "NOT_FACILITATOR" : running(p) ? "OK" : "NOT_RUNNING"),
  },
];

/** The answer the matrix expects; every action of a removed member is refused. */
export function expected(cell: Cell, seat: SeatKind, phase: MatrixPhase): string {
  return seat === "removed" ? "REMOVED" : cell.expect(seat, phase);
}
