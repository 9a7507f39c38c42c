/**
 * The wire fuzz for the class room, shared by its test (tests/integration/classroomFuzz.test.ts)
 * and the long run (`npm run fuzz`): every class message type with hostile and near-valid
 * payloads, hostile types, and bytes that are not a room message, sent by the teacher and by a
 * student over real sockets (a socket a frame got closed comes back with its token).
 */
import { Client, type Room } from "colyseus.js";
import type { RunningServer } from "../../server/app";
import { CLASS_MESSAGE_TYPES, ClassServerMessage, type ClassMessageType, type Dashboard } from "../../shared/classroom";
import type { ErrorReply } from "../../shared/protocol";
import { PROTOCOL, Rng, coercionBomb, hostileValue, rawFrame, roomDataFrame, type Frame } from "./fuzz";
import { classWith, leaveClass } from "./classroom";

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
  const plausible: Record<string, unknown> = { studentId: "abc", world: rng.int(3), power: "china", seconds: 30, confirmCode: "ABCDE", event: { title: "Fuzz", text: "", effects: [], turn: 2 }, worlds: [0] };
  const keys: Record<ClassMessageType, string[]> = {
    moveStudent: ["studentId", "world"],
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

export interface ClassFuzzReport {
  classCode: string;
  sent: number;
  replyCodes: Record<string, number>;
  /** Dashboards the student's socket received: must stay 0. */
  studentDashboards: number;
  healthOk: boolean;
  /** The teacher's legitimate command (a move, or a clock command if the fuzz started the class) took effect afterwards. */
  legitimateCommandAccepted: boolean;
}

export async function fuzzClass(server: RunningServer, options: { messages: number; seed: number }): Promise<ClassFuzzReport> {
  const { teacher, students } = await classWith(server.url, 4);
  const rng = new Rng(options.seed);
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
  await leaveClass(teacher.connection, ...students.map((s) => s.connection));
  return { classCode: teacher.code, sent: senders.reduce((n, s) => n + s.sent, 0) - senders.length, replyCodes, studentDashboards: senders[1]!.dashboards, healthOk, legitimateCommandAccepted };
}
