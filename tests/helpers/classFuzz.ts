/**
 * The wire fuzz for the class room, shared by its test (tests/integration/classroomFuzz.test.ts)
 * and the long run (`npm run fuzz`): every class message type with hostile and near-valid
 * payloads, hostile types, and bytes that are not a room message, sent by the teacher and by a
 * student over real sockets (a socket a frame got closed comes back with its token).
 */
import { Client, type Room } from "colyseus.js";
import type { RunningServer } from "../../server/app";
import { CLASS_MESSAGE_TYPES, CLASS_ROOM_NAME, ClassServerMessage, type ClassMessageType, type Dashboard, type Grouping } from "../../shared/classroom";
import { JOIN_REFUSED, type ErrorReply } from "../../shared/protocol";
import { CHANNEL_IDS, delegationChannel } from "../../shared/session";
import { POWERS, type PowerId } from "../../shared/game";
import { FuzzSender, PROTOCOL, Rng, coercionBomb, hostileFrame, hostileValue, rawFrame, roomDataFrame, sessionEqualsReplay, type Frame } from "./fuzz";
import { classWith, leaveClass, type ClassClient } from "./classroom";
import { matchmake } from "./server";

export class ClassFuzzSender {
  private room: Room | null = null;
  readonly replies: ErrorReply[] = [];
  dashboards = 0;
  sent = 0;

  constructor(private readonly url: string, private readonly code: string, private readonly how: { teacherToken: string } | { studentToken: string }) {}

  async send(frame: Frame): Promise<void> {
    if (!this.room || !this.room.connection.isOpen) {
      const room = await new Client(this.url).joinById(this.code, this.how);
      room.onMessage(ClassServerMessage.error, (reply: ErrorReply) => void this.replies.push(reply));
      room.onMessage(ClassServerMessage.dashboard, () => void this.dashboards++);
      room.onMessage("*", () => undefined);
      this.room = room;
    }
    (this.room.connection as unknown as { transport: { ws: { send(data: Frame): void } } }).transport.ws.send(frame);
    this.sent++;
  }

  /** Sends a last unknown type and waits for its answer: every reply to what came before is then in. */
  async settle(timeoutMs = 5_000): Promise<void> {
    const before = this.replies.length;
    await this.send(roomDataFrame("unknownTypeAtTheEnd", {}));
    const deadline = Date.now() + timeoutMs;
    while (!this.replies.slice(before).some((r) => r.re === "unknownTypeAtTheEnd") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  }

  async close(): Promise<void> {
    if (this.room?.connection.isOpen) await this.room.leave(true).catch(() => undefined);
  }
}

/** A payload almost right for the type: the right keys, one of them (or an extra one) hostile. */
function nearValid(rng: Rng, type: ClassMessageType): Record<string, unknown> {
  const plausible: Record<string, unknown> = { studentId: "abc", world: rng.int(3), power: rng.pick(POWERS), seconds: 30, confirmCode: "ABCDE", event: { title: "Fuzz", text: "", effects: [], turn: 2 }, worlds: [0] };
  const keys: Record<ClassMessageType, string[]> = {
    moveStudent: ["studentId", "world"],
    choosePower: ["studentId", "power"],
    startAll: [],
    placeLate: ["studentId", "world", "power"],
    pauseAll: [],
    resumeAll: [],
    extendAll: ["seconds"],
    endPhaseAll: [],
    deleteClass: ["confirmCode"],
    injectEvent: ["event", "worlds"],
  };
  const payload = Object.fromEntries(keys[type].map((k) => [k, plausible[k]]));
  payload[rng.pick([...keys[type], "extra", "__proto__", "toString"])] = rng.chance(0.5) ? coercionBomb(rng) : hostileValue(rng);
  return payload;
}

export function hostileClassFrame(rng: Rng): Frame {
  switch (rng.int(6)) {
    case 0:
      return rawFrame(rng);
    case 1:
      return roomDataFrame(rng.pick<unknown>(["*", "__no_message_handler", "__proto__", NaN, 2 ** 40, "", "y".repeat(300), { toString: 1 }]), hostileValue(rng));
    case 2:
      return roomDataFrame(rng.pick(CLASS_MESSAGE_TYPES), hostileValue(rng), PROTOCOL.ROOM_DATA_BYTES);
    case 3: {
      const type = rng.pick(CLASS_MESSAGE_TYPES);
      return roomDataFrame(type, nearValid(rng, type));
    }
    default:
      return roomDataFrame(rng.pick(CLASS_MESSAGE_TYPES), rng.chance(0.3) ? coercionBomb(rng) : hostileValue(rng));
  }
}

/** A class's creation options over HTTP (JSON), with a hostile grouping beside a real name. */
function hostileCreation(rng: Rng): Record<string, unknown> {
  const grouping = rng.pick<unknown>(["delegation", "Delegations", "fives ", "", ["delegations"], { toString: 1 }, { length: 1e9 }, 5, null, true, "d".repeat(5_000)]);
  return { className: "Fuzz class", grouping };
}

/**
 * A frame from a delegation member into its world: chat on every channel name the protocol
 * knows (its own delegation's, another's, pairs, groups) and on malformed ones, near-valid
 * orders, Ready and offers, or any hostile frame. A few well-formed messages on its own
 * delegation's channel carry SECRET, which no outsider's socket may ever receive.
 */
function delegationFrame(rng: Rng, own: PowerId, sent: number): Frame {
  switch (rng.int(5)) {
    case 0:
      return roomDataFrame("chat", { channel: delegationChannel(own), text: `${DELEGATION_SECRET} ${sent}` });
    case 1:
      return roomDataFrame("chat", { channel: rng.pick(CHANNEL_IDS), text: rng.pick<unknown>(["hello", "", hostileValue(rng)]) });
    case 2:
      return roomDataFrame("chat", { channel: rng.pick<unknown>(["delegation:", "delegation:atlantis", `delegation:${own}|${own}`, "delegation:__proto__", hostileValue(rng)]), text: "x" });
    case 3:
      return roomDataFrame(rng.pick(["orders", "ready", "offer"]), { turn: rng.pick([0, 1, 2]), phase: rng.pick(["briefing", "negotiation", "orders"]), ready: rng.chance(0.5), orders: rng.chance(0.5) ? [] : hostileValue(rng), action: hostileValue(rng) });
    default:
      return hostileFrame(rng);
  }
}

const DELEGATION_SECRET = "delegation-secret";

/** The fuzz of a started world of delegations, sent by one member of a delegation of two or more. */
export interface DelegationWorldReport {
  sent: number;
  replyCodes: Record<string, number>;
  /** Frames carrying the delegation's secret that reached its fellow member: more than 0, or the check below proves nothing. */
  deliveredToFellow: number;
  /** Frames carrying it that reached a member of another delegation: must stay 0. */
  leakedToOutsider: number;
  replayEqual: boolean;
}

export interface ClassFuzzReport {
  classCode: string;
  sent: number;
  replyCodes: Record<string, number>;
  /** Dashboards the student's socket received: must stay 0. */
  studentDashboards: number;
  healthOk: boolean;
  /** The teacher's legitimate command (a move, or a clock command if the fuzz started the class) took effect afterwards. */
  legitimateCommandAccepted: boolean;
  /** Creations with a hostile grouping: how many the server accepted (must stay 0). */
  hostileCreationsAccepted: number;
  /** A class of delegations: the fuzz of its started world. */
  world?: DelegationWorldReport;
}

export async function fuzzClass(server: RunningServer, options: { messages: number; seed: number; grouping?: Grouping }): Promise<ClassFuzzReport> {
  const delegations = options.grouping === "delegations";
  // Delegations: seven students make two delegations of two, so a member has a fellow and an outsider.
  const { teacher, students } = await classWith(server.url, delegations ? 7 : 4, options.grouping);
  const rng = new Rng(options.seed);
  let hostileCreationsAccepted = 0;
  for (let i = 0; i < 20; i++) {
    const answer = await matchmake(server.url, "create", CLASS_ROOM_NAME, hostileCreation(rng));
    if (answer.code !== JOIN_REFUSED) hostileCreationsAccepted++;
  }
  const senders = [
    new ClassFuzzSender(server.url, teacher.code, { teacherToken: teacher.teacherToken }),
    new ClassFuzzSender(server.url, teacher.code, { studentToken: students[0]!.studentToken }),
  ];
  for (let i = 0; i < options.messages; i++) {
    // A frame that closes the socket makes the next send rejoin with the token.
    await senders[i % 2]!.send(hostileClassFrame(rng)).catch(() => undefined);
    if (i % 50 === 49) await new Promise((r) => setTimeout(r, 5));
  }
  for (const sender of senders) await sender.settle();
  const replyCodes: Record<string, number> = {};
  for (const r of senders.flatMap((s) => s.replies)) replyCodes[r.code] = (replyCodes[r.code] ?? 0) + 1;
  const healthOk = (await fetch(`${server.url}/api/health`)).status === 200;
  let legitimateCommandAccepted = false;
  try {
    // The fuzz may have started the class (startAll is a valid empty message): command it either way.
    const dashboard = () => teacher.connection.dashboard as Dashboard;
    await teacher.until((t) => t.connection.dashboard!.rooms.every((r) => r.summary !== null), "the dashboard settled");
    if (dashboard().started) {
      const paused = dashboard().rooms[0]!.summary!.clock.paused;
      teacher.connection.send(paused ? "resumeAll" : "pauseAll", {});
      await teacher.until(() => dashboard().rooms[0]!.summary!.clock.paused === !paused || dashboard().rooms[0]!.summary!.phase === "ended", "the teacher's clock command");
    } else {
      const studentId = dashboard().students[3]!.id;
      teacher.connection.send("moveStudent", { studentId, world: 1 });
      await teacher.until(() => dashboard().worlds[1]?.includes(studentId) === true, "the teacher's move");
    }
    legitimateCommandAccepted = true;
  } catch {
    // Reported as not accepted.
  }
  await Promise.all(senders.map((s) => s.close()));
  const world = delegations ? await fuzzDelegationWorld(server, teacher, students, rng, Math.ceil(options.messages / 2)) : undefined;
  await leaveClass(teacher.connection, ...students.map((s) => s.connection));
  return {
    classCode: teacher.code,
    sent: senders.reduce((n, s) => n + s.sent, 0) - senders.length,
    replyCodes,
    studentDashboards: senders[1]!.dashboards,
    healthOk,
    legitimateCommandAccepted,
    hostileCreationsAccepted,
    ...(world ? { world } : {}),
  };
}

/** Starts the class if the fuzz did not, then fuzzes its world of delegations from one member while a fellow and an outsider listen. */
async function fuzzDelegationWorld(server: RunningServer, teacher: ClassClient, students: ClassClient[], rng: Rng, messages: number): Promise<DelegationWorldReport> {
  const dashboard = () => teacher.connection.dashboard as Dashboard;
  if (!dashboard().started) {
    // The legitimate move above may have opened a world of one: bring everyone back to one world.
    for (const s of dashboard().students) if (dashboard().worlds.findIndex((w) => w.includes(s.id)) !== 0) teacher.connection.send("moveStudent", { studentId: s.id, world: 0 });
    await teacher.until(() => dashboard().worlds.length === 1, "one world of delegations");
    teacher.connection.send("startAll", {});
    await teacher.until(() => dashboard().started && dashboard().rooms[0]?.summary != null, "the world started");
  }
  const seated = dashboard().students.filter((s) => s.power !== null && s.world === 0);
  const power = POWERS.find((p) => seated.filter((s) => s.power === p).length >= 2)!;
  const tokenOf = (id: string) => students.find((c) => c.connection.identity?.role === "student" && c.connection.identity.studentId === id)!.studentToken;
  const [member, fellow] = seated.filter((s) => s.power === power);
  const outsider = seated.find((s) => s.power !== power)!;
  const code = dashboard().rooms[0]!.code;
  const listeners = [fellow!, outsider].map((s) => new FuzzSender(server.url, code, { seatToken: tokenOf(s.id) }));
  const heard = [0, 0];
  for (const [i, listener] of listeners.entries()) {
    await listener.send(roomDataFrame("unknownTypeToOpen", {}));
    listener.onFrame((frame) => {
      if (frame.includes(DELEGATION_SECRET)) heard[i]!++;
    });
  }
  const sender = new FuzzSender(server.url, code, { seatToken: tokenOf(member!.id) });
  for (let i = 0; i < messages; i++) {
    await sender.send(delegationFrame(rng, power, i)).catch(() => undefined);
    if (i % 50 === 49) await new Promise((r) => setTimeout(r, 5));
  }
  // A last secret and an unknown type to each: once both listeners have their answers, everything sent before has arrived.
  await sender.send(roomDataFrame("chat", { channel: delegationChannel(power), text: `${DELEGATION_SECRET} last` }));
  const settled = sender.replies.length;
  await sender.send(roomDataFrame("unknownTypeAtTheEnd", {}));
  await sender.replyAfter(settled);
  for (const listener of listeners) {
    const before = listener.replies.length;
    await listener.send(roomDataFrame("unknownTypeAtTheEnd", {}));
    await listener.replyAfter(before);
  }
  const replyCodes: Record<string, number> = {};
  for (const r of sender.replies) replyCodes[r.code] = (replyCodes[r.code] ?? 0) + 1;
  await Promise.all([sender, ...listeners].map((s) => s.close()));
  return { sent: sender.sent - 2, replyCodes, deliveredToFellow: heard[0]!, leakedToOutsider: heard[1]!, replayEqual: await sessionEqualsReplay(server, code) };
}
