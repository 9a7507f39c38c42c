/**
 * A session is everything one room holds about one match: the lobby (members, roles, host,
 * settings), the clock, the chat, and once started the game itself. Plain JSON, changed only
 * through `applyAction`, so the server can persist it as a log and rebuild it after a crash.
 */
import type { MatchState, PowerId } from "../game";
import type { Durations, PresetId } from "./presets";

export type Role = { kind: "power"; power: PowerId } | { kind: "spectator" } | { kind: "facilitator" };

export interface Member {
  /** Stable across reconnections and restarts (not a socket id). */
  id: string;
  name: string;
  role: Role;
  removed: boolean;
  /**
   * A removed member's name stays barred from joining again (whatever its case) until the host
   * readmits them; their seat token never opens the old seat again.
   */
  readmitted?: boolean;
  /** Chat messages this member has sent in the match (absent: none), for the per-member cap. */
  chatSent?: number;
}

export interface Settings {
  preset: PresetId;
  durations: Durations;
  /** What happens to a human power that has no orders at the orders deadline. */
  missedOrders: "hold" | "bot";
  /**
   * In a class's world only (absent elsewhere): what the facilitator, the teacher, reads of the
   * chat, a class setting fixed at creation: the public channel, or every channel.
   */
  teacherReads?: "public" | "all";
  /**
   * Delegations (a class world, Model UN style): several members may hold one power, share its
   * seat view, edit its orders and offers, and talk in its own channel. Absent in ordinary
   * matches, where a power has one member.
   */
  delegations?: boolean;
}

/**
 * The clock of the current phase, in server milliseconds carried by each action. While it runs,
 * `deadline` is when the phase ends; while paused, `remaining` is what is left of it.
 */
export interface Clock {
  deadline: number | null;
  paused: boolean;
  remaining: number | null;
}

/** `delegation:<power>`: the private channel of the members of one power (delegation sessions only). */
export type ChannelId = "public" | `pair:${PowerId}|${PowerId}` | `group:${string}` | `delegation:${PowerId}`;

export interface ChatMessage {
  seq: number;
  channel: ChannelId;
  from: string;
  /** The power the author spoke for, if any (so the record reads "Russia (Anna)"). */
  power: PowerId | null;
  text: string;
  at: number;
}

/** The chat in pages (see chatLog.ts): appending never copies the whole chat. */
export type ChatPages = ChatMessage[][];

export interface ChatGroup {
  id: string;
  name: string;
  powers: PowerId[];
}

export type SessionPhase = "lobby" | MatchState["phase"];

/** Who changed something of a power's last, and when (server ms): shown to the delegation. */
export interface Edit {
  /** The member id of who made the change. */
  by: string;
  at: number;
  /** The phase and turn it was made in: orders and readiness start afresh each phase. */
  phase: SessionPhase;
  turn: number;
}

/** A delegation's record of who last changed what: its orders, its readiness, each offer it sent or answered. */
export interface PowerEdits {
  orders?: Edit;
  ready?: Edit;
  /** By offer id: who proposed it, or who last answered or withdrew it for this power. */
  offers: Record<string, Edit & { action: "propose" | "accept" | "reject" | "counter" | "withdraw" }>;
}

export interface Session {
  code: string;
  hostId: string;
  settings: Settings;
  members: Member[];
  /** Powers the host gave to bots (a human taking the power takes it back). */
  bots: PowerId[];
  phase: SessionPhase;
  clock: Clock;
  /** Powers that declared themselves ready in the current phase. */
  ready: PowerId[];
  match: MatchState | null;
  chat: ChatPages;
  groups: ChatGroup[];
  /** Delegation sessions only: who last changed what, per power (absent in ordinary matches and old snapshots). */
  edits?: Partial<Record<PowerId, PowerEdits>>;
}
