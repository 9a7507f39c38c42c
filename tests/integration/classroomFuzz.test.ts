/**
 * Hostile frames to the class room, from its teacher and from a student: every class message
 * type with hostile and near-valid payloads, hostile types, and bytes that are not a room
 * message at all. Afterwards the server is up, no handler failed, every refusal was typed, and
 * the class still takes the teacher's legitimate command.
 */
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { Client, type Room } from "colyseus.js";
import { matchMaker } from "@colyseus/core";
import type { RunningServer } from "../../server/app";
import { CLASS_MESSAGE_TYPES, ClassServerMessage, type ClassMessageType, type Dashboard } from "../../shared/classroom";
import type { ErrorReply } from "../../shared/protocol";
import { PROTOCOL, Rng, coercionBomb, hostileValue, rawFrame, roomDataFrame, type Frame } from "../helpers/fuzz";
import { bootServer } from "../helpers/server";
import { ClassClient, classWith, leaveClass } from "../helpers/classroom";
import { ClassRoom } from "../../server/rooms/ClassRoom";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer({ messageRate: { burst: 1_000_000, perSecond: 1_000_000 } });
});
afterAll(async () => {
  await server.stop();
});

/** A socket that sends raw frames to the class room and comes back with its token when a frame got it closed. */
class ClassFuzzSender {
  private room: Room | null = null;
  readonly replies: ErrorReply[] = [];
  dashboards = 0;

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
  }

  async close(): Promise<void> {
    if (this.room?.connection.isOpen) await this.room.leave(true).catch(() => undefined);
  }
}

/** A payload almost right for the type: the right keys, one of them hostile. */
function nearValid(rng: Rng, type: ClassMessageType): Record<string, unknown> {
  const plausible: Record<string, unknown> = { studentId: "abc", world: rng.int(3), power: "china", seconds: 30 };
  const keys: Record<ClassMessageType, string[]> = {
    moveStudent: ["studentId", "world"],
    startAll: [],
    placeLate: ["studentId", "world", "power"],
    pauseAll: [],
    resumeAll: [],
    extendAll: ["seconds"],
    endPhaseAll: [],
  };
  const payload = Object.fromEntries(keys[type].map((k) => [k, plausible[k]]));
  payload[rng.pick([...keys[type], "extra", "__proto__", "toString"])] = rng.chance(0.5) ? coercionBomb(rng) : hostileValue(rng);
  return payload;
}

function hostileClassFrame(rng: Rng): Frame {
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

it("1,000 hostile frames from the teacher and a student leave the server up, every refusal typed and the class still commanded by its teacher", async () => {
  const unexpected: unknown[] = [];
  const record = (error: unknown) => void unexpected.push(error);
  process.on("uncaughtException", record);
  process.on("unhandledRejection", record);
  for (const level of ["error", "warn", "log", "info"] as const) vi.spyOn(console, level).mockImplementation(() => undefined);
  const { teacher, students } = await classWith(server.url, 4);
  try {
    const rng = new Rng(10);
    const senders = [
      new ClassFuzzSender(server.url, teacher.code, { teacherToken: teacher.teacherToken }),
      new ClassFuzzSender(server.url, teacher.code, { studentToken: students[0]!.studentToken }),
    ];
    for (let i = 0; i < 1_000; i++) {
      const sender = senders[i % 2]!;
      // A frame that closes the socket makes the next send rejoin with the token.
      await sender.send(hostileClassFrame(rng)).catch(() => undefined);
      if (i % 50 === 49) await new Promise((r) => setTimeout(r, 5));
    }
    // A last round trip on each socket, so every reply to what was sent before it is in.
    for (const sender of senders) {
      const before = sender.replies.length;
      await sender.send(roomDataFrame("unknownTypeAtTheEnd", {}));
      const deadline = Date.now() + 5_000;
      while (!sender.replies.slice(before).some((r) => r.re === "unknownTypeAtTheEnd") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    }
    const codes = new Set(senders.flatMap((s) => s.replies.map((r) => r.code)));
    expect(codes.has("INTERNAL")).toBe(false);
    // Every refusal is a typed code: a shape, an unknown type, a student's try, or the class's own rules.
    expect([...codes].every((c) => /^[A-Z_]+$/.test(c)), [...codes].join()).toBe(true);
    expect(codes.has("BAD_PAYLOAD") && codes.has("UNKNOWN_MESSAGE") && codes.has("NOT_ALLOWED")).toBe(true);
    // The student's socket never got the dashboard, whatever it sent.
    expect(senders[1]!.dashboards).toBe(0);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect(matchMaker.getLocalRoomById(teacher.code)).toBeInstanceOf(ClassRoom);
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
    expect(unexpected).toEqual([]);
    await Promise.all(senders.map((s) => s.close()));
  } finally {
    process.off("uncaughtException", record);
    process.off("unhandledRejection", record);
    vi.restoreAllMocks();
    await leaveClass(teacher.connection, ...students.map((s: ClassClient) => s.connection));
  }
}, 120_000);
