/**
 * The synced state: the public board of a session (lobby, phase, clock). It is a projection of
 * the pure Session and holds nothing private; each seat's view of the game travels as a
 * message cut by the game's own view function.
 */
import { ArraySchema, MapSchema, Schema, type } from "@colyseus/schema";
import type { Session } from "../../shared/session";

export class MemberState extends Schema {
  @type("string") name = "";
  /** "power" | "spectator" | "facilitator" */
  @type("string") role = "spectator";
  /** The power held, or "". */
  @type("string") power = "";
  /** Online: a socket is open. */
  @type("boolean") connected = false;
  /** "online" | "reconnecting" (its socket dropped, its reconnection is held open) | "offline" */
  @type("string") presence = "offline";
}

export class ClockState extends Schema {
  /** Server time (ms) when the phase ends; 0 when stopped or paused. */
  @type("float64") deadline = 0;
  @type("boolean") paused = false;
  /** What is left while paused (ms). */
  @type("float64") remaining = 0;
}

export class SettingsState extends Schema {
  @type("string") preset = "";
  @type("uint32") briefing = 0;
  @type("uint32") negotiation = 0;
  @type("uint32") orders = 0;
  @type("uint32") resolution = 0;
  @type("string") missedOrders = "hold";
  /** In a class's world: "public" or "all", what the teacher reads of the chat (students see a banner); "" elsewhere. */
  @type("string") teacherReads = "";
}

export class SessionState extends Schema {
  @type("string") code = "";
  @type("string") phase = "lobby";
  @type("uint8") turn = 0;
  @type("uint8") lastTurn = 0;
  @type("string") hostId = "";
  @type("boolean") hasPassword = false;
  @type({ map: MemberState }) members = new MapSchema<MemberState>();
  /** People the host removed and has not let back in, by member id: their names, so the host can readmit them. */
  @type({ map: "string" }) barred = new MapSchema<string>();
  @type(["string"]) bots = new ArraySchema<string>();
  @type(["string"]) ready = new ArraySchema<string>();
  @type(ClockState) clock = new ClockState();
  @type(SettingsState) settings = new SettingsState();

  /** Mirrors the session, touching only what changed. */
  mirror(s: Session, online: ReadonlySet<string>, reconnecting: ReadonlySet<string>): void {
    this.code = s.code;
    this.phase = s.phase;
    this.turn = s.match?.turn ?? 0;
    this.lastTurn = s.match?.lastTurn ?? 0;
    this.hostId = s.hostId;

    const present = s.members.filter((m) => !m.removed);
    for (const id of [...this.members.keys()]) if (!present.some((m) => m.id === id)) this.members.delete(id);
    for (const m of present) {
      const state = this.members.get(m.id) ?? new MemberState();
      state.name = m.name;
      state.role = m.role.kind;
      state.power = m.role.kind === "power" ? m.role.power : "";
      state.connected = online.has(m.id);
      state.presence = online.has(m.id) ? "online" : reconnecting.has(m.id) ? "reconnecting" : "offline";
      if (!this.members.has(m.id)) this.members.set(m.id, state);
    }
    const barred = s.members.filter((m) => m.removed && !m.readmitted);
    for (const id of [...this.barred.keys()]) if (!barred.some((m) => m.id === id)) this.barred.delete(id);
    for (const m of barred) if (this.barred.get(m.id) !== m.name) this.barred.set(m.id, m.name);
    replaceStrings(this.bots, s.bots);
    replaceStrings(this.ready, s.ready);

    this.clock.deadline = s.clock.deadline ?? 0;
    this.clock.paused = s.clock.paused;
    this.clock.remaining = s.clock.remaining ?? 0;

    this.settings.preset = s.settings.preset;
    this.settings.briefing = s.settings.durations.briefing;
    this.settings.negotiation = s.settings.durations.negotiation;
    this.settings.orders = s.settings.durations.orders;
    this.settings.resolution = s.settings.durations.resolution;
    this.settings.missedOrders = s.settings.missedOrders;
    this.settings.teacherReads = s.settings.teacherReads ?? "";
  }
}

function replaceStrings(target: ArraySchema<string>, values: readonly string[]): void {
  if (target.length === values.length && values.every((v, i) => target[i] === v)) return;
  target.clear();
  target.push(...values);
}
