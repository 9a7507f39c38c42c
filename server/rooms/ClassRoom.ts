/**
 * One class, addressed by its class code: the class lobby for its students and the dashboard
 * for its teacher. Students come in with a name (then their student token), the teacher with
 * the teacher token; the role is decided once, in onAuth, and every message is the teacher's
 * alone. Each socket gets its own view by client.send, so a student never receives the
 * dashboard. "Start all" creates one match room per world; the dashboard follows those rooms
 * in this process and sends the teacher's class-wide clock commands to each.
 */
import { randomBytes, randomInt } from "node:crypto";
import { Room, ServerError, matchMaker, type Client, type ClientPrivate } from "@colyseus/core";
import {
  CLASS_CODE_LENGTH,
  CLASS_MESSAGE_TYPES,
  ClassMessages,
  ClassServerMessage,
  CreateClassOptions,
  JoinClassOptions,
  createClassroom,
  joinStudent,
  markStarted,
  moveStudent,
  choosePower,
  placeLate,
  planStart,
  studentById,
  waitingStudents,
  type ClassIdentity,
  type ClassMessage,
  type ClassMessageType,
  type Classroom,
  type Dashboard,
  type StudentView,
} from "../../shared/classroom";
import { JOIN_CODE_ALPHABET, normalizeJoinCode } from "../../shared/joinCode";
import { CLOSE_CLASS_ENDED, CLOSE_FLOODING, JOIN_REFUSED, ROOM_NAME, SEAT_REFUSED, parseUntrusted, type ClassEnded, type ErrorReply } from "../../shared/protocol";
import type { Result } from "../../shared/result";
import { explain, joinError, refusal as refusalOf } from "../refusals";
import { clientAddress, type AuthContext } from "../clientAddress";
import { context, type ClassWorldSpec } from "../context";
import { TokenBucket, derivedToken, hashToken, newSeatToken } from "../security";
import { FailureLog, describeType } from "./messageGuard";
import { MatchRoom } from "./MatchRoom";
import { WriteQueue } from "../persistence/WriteQueue";
import { LeaseLostError, type Fence } from "../persistence/Store";
import { letGoOfListing } from "./handOver";

/** Class codes are claimed in the same presence hash as match codes (they never collide: one character shorter). */
const CODES_KEY = "detente:codes";
const REFUSALS_BEFORE_DISCONNECT = 40;
/** The teacher's name in a new world's log, and the sentence for a frame the room cannot handle. */
/** Dashboard updates driven by the worlds' rooms (every chat line, every ready) are sent at most this often. */
const DASHBOARD_EVERY_MS = 250;
/** Alerts that come with time alone (a room stuck) reach the dashboard at least this often. */
const DASHBOARD_REFRESH_MS = 30_000;

/** A join's answer as data, since the class may be in another process (see MatchRoom's JoinAnswer). */
type JoinAnswer = { ok: true; auth: Auth } | { ok: false; code: number; message: string };

/** What onAuth decided about a socket, before any seat was reserved (Colyseus copies it as JSON). */
type Auth =
  | { role: "creator" }
  | { role: "teacher"; token: string }
  | { role: "student"; studentId: string; token: string }
  | { role: "newcomer"; ticket: string };

interface Connection {
  role: "teacher" | "student";
  /** The student's id; the teacher has none. */
  studentId: string | null;
  /** The token this socket came with: a student's own, or the teacher's (from which room links are derived). */
  token: string;
  refusedInARow: number;
  lastView: string;
}

export class ClassRoom extends Room {
  override maxClients = Number.POSITIVE_INFINITY;
  override autoDispose = false;
  /** The class with every accepted change applied, some perhaps still being written: changes are checked against it. */
  private classroom!: Classroom;
  /** The class as of the last change whose write resolved: the only one anyone is shown. */
  private shown!: Classroom;
  /** This class's writes, in order; a step after them tells the teacher and the students. */
  // Refused for its fence: another process runs the class now, from what the store holds.
  private readonly writes = new WriteQueue((error) => (error instanceof LeaseLostError ? this.leaseLost() : this.failures.report(error)));
  /** The lease this room's writes are made under (null without leases: SQLite, one process). */
  private fence: Fence | null = null;
  private teacherHash = "";
  /** The creator's teacher token, until the creator's socket has it. */
  private creatorToken: string | null = null;
  private stored = false;
  /** When the class was created (its rooms are kept for the server's classKeepMs from then). */
  private createdAt = 0;
  /** Deleted or expired: nothing more is written or sent. */
  private ended = false;
  /** Another process holds its lease now: this room writes nothing more and closes. */
  private leaseGone = false;
  private unjoinedTimer: NodeJS.Timeout | null = null;
  private dashboardTimer: NodeJS.Timeout | null = null;
  private refreshTimer: NodeJS.Timeout | null = null;
  private starting = false;
  private readonly connections = new Map<string, Connection>();
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly unwatch = new Map<string, () => void>();
  private readonly failures = new FailureLog(() => this.roomId);

  /** The class as it stands (for tests). */
  get current(): Classroom {
    return this.classroom;
  }

  /** The teacher's member id in every world of this class. */
  private get teacherId(): string {
    return `teacher-${this.classroom.code}`;
  }

  override async onCreate(options: unknown): Promise<void> {
    const ctx = context();
    const restore = (options as { restore?: unknown } | undefined)?.restore;
    if (typeof restore === "string" && ctx.restoringClasses.has(restore)) {
      this.fence = ctx.restoringClasses.get(restore) ?? null;
      ctx.restoringClasses.delete(restore);
      const stored = await ctx.store.loadClass(restore);
      if (!stored) throw new Error(`no stored class ${restore}`);
      this.classroom = stored.classroom;
      this.teacherHash = stored.teacherTokenHash;
      this.createdAt = stored.createdAt;
      this.stored = true;
    } else {
      const parsed = parseUntrusted(CreateClassOptions, options);
      if (!parsed.success) throw joinError(JOIN_REFUSED, "NAME_REQUIRED.class");
      const made = createClassroom(await this.claimCode(), parsed.data.className, parsed.data.preset ?? "lesson", parsed.data.teacherReadsChat ?? false, parsed.data.grouping ?? "fives");
      if (!made.ok) throw joinError(JOIN_REFUSED, made);
      this.classroom = made.value;
      this.createdAt = ctx.now();
      this.creatorToken = newSeatToken();
      this.teacherHash = hashToken(this.creatorToken);
      // A class whose creator never connects (a creation by HTTP alone) is closed, never stored.
      this.unjoinedTimer = setTimeout(() => {
        if (!this.stored) void this.disconnect();
      }, ctx.unjoinedRoomMs);
    }
    this.shown = this.classroom;
    this.roomId = this.classroom.code;
    await this.setPrivate(true);
    for (const code of this.classroom.matches) this.follow(code);
    this.refreshTimer = setInterval(() => {
      if (this.stored && context().now() >= this.keptUntil) {
        void this.end("expired");
        return;
      }
      if (this.classroom.started && [...this.connections.values()].some((c) => c.role === "teacher")) this.publish();
    }, DASHBOARD_REFRESH_MS);
    for (const type of CLASS_MESSAGE_TYPES) this.onMessage(type, (client, raw: unknown) => this.receive(client, type, raw));
    for (const key of ["*", "__no_message_handler"]) {
      this.onMessage(key, (client: Client, ...rest: unknown[]) => this.unknownMessage(client, rest.length > 1 ? rest[0] : key));
    }
  }

  /** Runs in the matchmaker before any seat is reserved: a creation is counted, a join is checked by the class it names. */
  static override async onAuth(_token: unknown, options: unknown, request: AuthContext): Promise<Auth> {
    const address = clientAddress(request);
    const parts = (request.req?.url ?? "").split("?")[0]!.split("/");
    const at = parts.indexOf("matchmake");
    if (at !== -1 && parts[at + 1] === "joinById") {
      const code = parts[at + 2] ?? "";
      const local = matchMaker.getLocalRoomById(code);
      const answer: JoinAnswer = local instanceof ClassRoom ? await local.answerJoin(options, address) : await matchMaker.remoteRoomCall(code, "answerJoin", [options, address]);
      if (!answer.ok) throw new ServerError(answer.code, answer.message);
      return answer.auth;
    }
    if (!parseUntrusted(CreateClassOptions, options).success) throw joinError(JOIN_REFUSED, "NAME_REQUIRED.class");
    await context().admission.create(address);
    return { role: "creator" };
  }

  /** A join by code, checked by this class (called by the process that received it, this one or another). */
  async answerJoin(options: unknown, address: string): Promise<JoinAnswer> {
    try {
      return { ok: true, auth: await this.admit(options, address) };
    } catch (error) {
      if (error instanceof ServerError) return { ok: false, code: error.code, message: error.message };
      throw error;
    }
  }

  private async admit(options: unknown, address: string): Promise<Auth> {
    const ctx = context();
    const parsed = parseUntrusted(JoinClassOptions, options ?? {});
    if (!parsed.success) throw joinError(JOIN_REFUSED, "JOIN_REFUSED.shape");
    const data = parsed.data;
    if ("teacherToken" in data) {
      if (hashToken(data.teacherToken) !== this.teacherHash) {
        await ctx.admission.failedJoin(address);
        throw joinError(JOIN_REFUSED, "JOIN_REFUSED.teacherLink");
      }
      return { role: "teacher", token: data.teacherToken };
    }
    if ("studentToken" in data) {
      const studentId = await ctx.store.studentForToken(this.classroom.code, hashToken(data.studentToken));
      if (!studentId || !studentById(this.classroom, studentId)) {
        await ctx.admission.failedJoin(address);
        throw joinError(SEAT_REFUSED, "SEAT_REFUSED.class");
      }
      return { role: "student", studentId, token: data.studentToken };
    }
    // The class's own answer to this name (taken, too long, class full), before a seat is held for it.
    const trial = joinStudent(this.classroom, "(newcomer)", data.name);
    if (!trial.ok) throw joinError(JOIN_REFUSED, trial);
    return { role: "newcomer", ticket: ctx.admission.reserve(address) };
  }

  override async onJoin(client: Client, options: { name?: unknown }, auth: Auth): Promise<void> {
    const ctx = context();
    let connection: Connection;
    if (auth.role === "newcomer") {
      ctx.admission.release(auth.ticket);
      const studentId = randomBytes(9).toString("base64url");
      const joined = joinStudent(this.classroom, studentId, typeof options.name === "string" ? options.name : "");
      if (!joined.ok) throw joinError(JOIN_REFUSED, joined);
      const token = newSeatToken();
      const [code, tokenHash, classroom] = [this.classroom.code, hashToken(token), joined.value];
      this.classroom = classroom;
      this.writes.write(async () => {
        await ctx.store.addStudent(code, studentId, tokenHash, this.fence);
        await ctx.store.saveClass(classroom, this.fence);
      });
      this.writes.then(() => (this.shown = classroom));
      connection = { role: "student", studentId, token, refusedInARow: 0, lastView: "" };
    } else if (auth.role === "student") {
      connection = { role: "student", studentId: auth.studentId, token: auth.token, refusedInARow: 0, lastView: "" };
    } else if (auth.role === "teacher") {
      connection = { role: "teacher", studentId: null, token: auth.token, refusedInARow: 0, lastView: "" };
    } else {
      if (this.creatorToken === null) throw joinError(JOIN_REFUSED, "JOIN_REFUSED.hasTeacher");
      connection = { role: "teacher", studentId: null, token: this.creatorToken, refusedInARow: 0, lastView: "" };
      this.creatorToken = null;
      const [code, createdAt, teacherHash, classroom] = [this.classroom.code, this.createdAt, this.teacherHash, this.classroom];
      this.writes.write(async () => {
        // The lease first: an open class with no lease is what other processes look for to take over.
        if (ctx.leases) {
          this.fence = await ctx.leases.take(code);
          if (!this.fence) throw new Error(`class ${code}: another process holds its lease`);
        }
        await ctx.store.createClass(code, createdAt, teacherHash, classroom, this.fence);
      });
      this.stored = true;
      if (this.unjoinedTimer) clearTimeout(this.unjoinedTimer);
    }
    // A token is handed over only once it, and the class, are in the store.
    await this.writes.drained();
    this.connections.set(client.sessionId, connection);
    const who = connection.studentId ?? "teacher";
    if (!this.buckets.has(who)) this.buckets.set(who, new TokenBucket(ctx.messageRate.burst, ctx.messageRate.perSecond, ctx.now()));
    const identity: ClassIdentity =
      connection.role === "teacher"
        ? { role: "teacher", classCode: this.classroom.code, teacherToken: connection.token }
        : { role: "student", classCode: this.classroom.code, studentId: connection.studentId!, studentToken: connection.token };
    client.send(ClassServerMessage.identity, identity);
    this.publish();
  }

  override onLeave(client: Client): void {
    // No reconnection hold: a class client comes back with its token, as after a restart.
    this.connections.delete(client.sessionId);
    this.publish();
  }

  override async onDispose(): Promise<void> {
    if (this.unjoinedTimer) clearTimeout(this.unjoinedTimer);
    if (this.dashboardTimer) clearTimeout(this.dashboardTimer);
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    for (const stop of this.unwatch.values()) stop();
    if (this.leaseGone) return;
    await this.presence.hdel(CODES_KEY, this.roomId);
    await this.writes.drained().catch(() => undefined);
    await context().leases?.release(this.roomId);
  }

  /** Another process has taken this class over: close here, writing nothing. */
  leaseLost(): void {
    if (this.leaseGone) return;
    this.leaseGone = true;
    this.ended = true;
    letGoOfListing(this);
    void this.disconnect();
  }

  /** Every frame goes through here: whatever a handler or Colyseus's framing throws stays in this room. */
  protected override _onMessage(client: Client & ClientPrivate, buffer: Buffer): void {
    try {
      super._onMessage(client, buffer);
    } catch (error) {
      this.failures.report(error);
      try {
        this.reply(client, { re: "(unknown)", ...refusalOf("INTERNAL.classMessage") });
      } catch {
        // The socket is gone: nothing to answer.
      }
    }
  }

  private unknownMessage(client: Client, type: unknown): void {
    const re = describeType(type);
    if (!this.admitMessage(client, re)) return;
    this.reply(client, { re, ...refusalOf("UNKNOWN_MESSAGE") });
  }

  /** rate limit → authorize (the teacher only) → parse → act, or a typed error reply. */
  private receive(client: Client, type: ClassMessageType, raw: unknown): void {
    const connection = this.admitMessage(client, type);
    if (!connection || this.ended) return;
    if (connection.role !== "teacher") {
      this.reply(client, { re: type, ...refusalOf("NOT_ALLOWED.teacher") });
      return;
    }
    const parsed = parseUntrusted<object>(ClassMessages[type], raw ?? {});
    if (!parsed.success) {
      this.reply(client, { re: type, ...refusalOf("BAD_PAYLOAD") });
      return;
    }
    const refusal = this.act(connection, type, parsed.data);
    if (refusal instanceof Promise) void refusal.then((r) => r && this.reply(client, { re: type, ...r }));
    else if (refusal) this.reply(client, { re: type, ...refusal });
  }

  private act(connection: Connection, type: ClassMessageType, data: object): Refusal | null | Promise<Refusal | null> {
    switch (type) {
      case "moveStudent": {
        // The worlds being started are the ones planned: a move now would not reach them.
        if (this.starting) return refusalOf("STARTING.wait");
        const m = data as ClassMessage<"moveStudent">;
        return this.change(moveStudent(this.classroom, m.studentId, m.world));
      }
      case "choosePower": {
        if (this.starting) return refusalOf("STARTING.wait");
        const m = data as ClassMessage<"choosePower">;
        return this.change(choosePower(this.classroom, m.studentId, m.power));
      }
      case "startAll":
        return this.startAll(connection.token);
      case "placeLate":
        return this.placeLate(data as ClassMessage<"placeLate">);
      case "pauseAll":
        return this.everyRoom({ type: "pause" });
      case "resumeAll":
        return this.everyRoom({ type: "resume" });
      case "extendAll":
        return this.everyRoom({ type: "extend", seconds: (data as ClassMessage<"extendAll">).seconds });
      case "endPhaseAll":
        return this.everyRoom({ type: "endPhase" });
      case "injectEvent":
        return this.injectInto(data as ClassMessage<"injectEvent">);
      case "deleteClass":
        // A start under way would make rooms after the deletion.
        if (this.starting) return refusalOf("STARTING.delete");
        if (normalizeJoinCode((data as ClassMessage<"deleteClass">).confirmCode) !== this.classroom.code) {
          return refusalOf("WRONG_CONFIRMATION", { code: this.classroom.code });
        }
        return this.end("deleted").then(() => null);
    }
  }

  private get keptUntil(): number {
    return this.createdAt + context().classKeepMs;
  }

  /**
   * Ends the class for good: every world's room closes (its players told why), the class's
   * matches, students and the class itself are deleted from the store, and every socket of the
   * class is told why before it is closed. Nothing of the class is restored after a restart.
   */
  private async end(reason: ClassEnded["reason"]): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    const { message, text } = refusalOf(reason === "deleted" ? "CLASS_ENDED.deleted" : "CLASS_ENDED.expired");
    const ended: ClassEnded = { reason, message, text };
    // Each world's last writes are done before its match is deleted: none can land after.
    await Promise.all(this.classroom.matches.map((code) => this.matchRoom(code)?.endForClass(ended)));
    const code = this.classroom.code;
    this.writes.write(() => context().store.deleteClass(code, this.fence));
    await this.writes.drained().catch(() => undefined);
    for (const client of this.clients) {
      client.send(ClassServerMessage.ended, ended);
      client.leave(CLOSE_CLASS_ENDED);
    }
    void this.disconnect();
  }

  /** Keeps an accepted change: on disk first, then on every screen. */
  private change(result: Result<Classroom>): Refusal | null {
    if (!result.ok) return explain(result);
    if (this.ended) return refusalOf("CLASS_ENDED.ended");
    const classroom = result.value;
    this.classroom = classroom;
    this.writes.write(() => context().store.saveClass(classroom, this.fence));
    this.writes.then(() => {
      this.shown = classroom;
      this.publish();
    });
    return null;
  }

  /** One match per world, each student on their power with their own token as seat, bots on the rest, the teacher facilitating. */
  private async startAll(teacherToken: string): Promise<Refusal | null> {
    if (this.starting) return refusalOf("STARTING.wait");
    const plan = planStart(this.classroom);
    if (!plan.ok) return explain(plan);
    const ctx = context();
    this.starting = true;
    try {
      const codes: string[] = [];
      for (const world of plan.value) {
        const spec: ClassWorldSpec = {
          preset: this.classroom.preset,
          teacherReadsChat: this.classroom.teacherReadsChat === true,
          delegations: this.classroom.grouping === "delegations",
          teacherId: this.teacherId,
          teacherSeatHash: (code) => hashToken(derivedToken(teacherToken, code)),
          students: await Promise.all(
            world.seats.map(async (s) => ({
              id: s.studentId,
              name: studentById(this.classroom, s.studentId)!.name,
              tokenHash: (await ctx.store.studentTokenHash(this.classroom.code, s.studentId))!,
              power: s.power,
            })),
          ),
        };
        const key = randomBytes(16).toString("base64url");
        ctx.classWorlds.set(key, spec);
        try {
          codes.push((await matchMaker.createRoom(ROOM_NAME, { classWorld: key })).roomId);
        } finally {
          ctx.classWorlds.delete(key);
        }
      }
      const refusal = this.change({ ok: true, value: markStarted(this.classroom, plan.value, codes) });
      for (const code of codes) this.follow(code);
      return refusal;
    } catch (error) {
      this.failures.report(error);
      return refusalOf("INTERNAL.worlds");
    } finally {
      this.starting = false;
    }
  }

  private async placeLate(m: ClassMessage<"placeLate">): Promise<Refusal | null> {
    const placed = placeLate(this.classroom, m.studentId, m.world, m.power);
    if (!placed.ok) return explain(placed);
    const room = this.matchRoom(this.classroom.matches[m.world]!);
    if (!room) return refusalOf("ROOM_CLOSED.world", { world: m.world + 1 });
    const student = studentById(this.classroom, m.studentId)!;
    const tokenHash = (await context().store.studentTokenHash(this.classroom.code, student.id))!;
    const seated = await room.seatLateStudent({ id: student.id, name: student.name, tokenHash, power: m.power });
    if (!seated.ok) return explain(seated);
    return this.change(placed);
  }

  /** A clock command for every world; refused only if no world took it (all paused already, say). */
  private everyRoom(command: Parameters<MatchRoom["hostCommand"]>[0]): Refusal | null {
    if (!this.classroom.started) return refusalOf("CLASS_NOT_STARTED.notYet");
    let refusal: Refusal | null = refusalOf("NO_RUNNING_ROOM");
    for (const code of this.classroom.matches) {
      const result = this.matchRoom(code)?.hostCommand(command);
      if (!result) continue;
      if (result.ok) refusal = null;
      else if (refusal) refusal = explain(result);
    }
    return refusal;
  }

  /**
   * One event into each chosen world's room (every room if none is chosen), each room deciding
   * by its own rules; the teacher is told which rooms refused it and why (a condition that does
   * not hold there, a room that has ended).
   */
  private injectInto(m: ClassMessage<"injectEvent">): Refusal | null {
    const matches = this.classroom.matches;
    if (!this.classroom.started) return refusalOf("CLASS_NOT_STARTED.notYet");
    const worlds = m.worlds ? [...new Set(m.worlds)].sort((a, b) => a - b) : matches.map((_, i) => i);
    if (worlds.some((w) => w >= matches.length)) return refusalOf("NO_SUCH_WORLD");
    const refusals: { world: number; refusal: Refusal }[] = [];
    for (const world of worlds) {
      const result = this.matchRoom(matches[world]!)?.hostInject(m.event);
      if (!result) refusals.push({ world: world + 1, refusal: refusalOf("ROOM_CLOSED.it") });
      else if (!result.ok) refusals.push({ world: world + 1, refusal: explain(result) });
    }
    if (refusals.length === 0) return null;
    // One sentence for the whole answer, then each refusing world's own reason beside its number.
    const taken = worlds.length - refusals.length;
    const head = refusalOf("WORLDS_REFUSED", { taken, count: worlds.length });
    const english = refusals.map((r) => `World ${r.world}: ${r.refusal.message}`).join(" ");
    return {
      code: refusals[0]!.refusal.code,
      text: head.text,
      message: `${head.message} ${english}`,
      details: refusals.map((r) => ({ world: r.world, text: r.refusal.text })),
    };
  }

  private matchRoom(code: string): MatchRoom | null {
    const room = matchMaker.getLocalRoomById(code);
    return room instanceof MatchRoom ? room : null;
  }

  /** Follows a world's room: its changes reach the dashboard. */
  private follow(code: string): void {
    const room = this.matchRoom(code);
    if (!room || this.unwatch.has(code)) return;
    this.unwatch.set(code, room.watch(() => this.queueDashboard()));
  }

  private queueDashboard(): void {
    this.dashboardTimer ??= setTimeout(() => {
      this.dashboardTimer = null;
      this.publish();
    }, DASHBOARD_EVERY_MS);
  }

  /** Sends each socket its own view: the dashboard to the teacher, a student's own place to each student. */
  private publish(): void {
    if (this.ended) return;
    const online = new Set([...this.connections.values()].map((c) => c.studentId).filter((id): id is string => id !== null));
    for (const client of this.clients) {
      const connection = this.connections.get(client.sessionId);
      if (!connection) continue;
      if (connection.role === "teacher") {
        client.send(ClassServerMessage.dashboard, this.dashboard(connection.token, online));
        continue;
      }
      const view = JSON.stringify(this.studentView(connection.studentId!));
      if (view === connection.lastView) continue;
      connection.lastView = view;
      client.send(ClassServerMessage.student, view);
    }
  }

  private dashboard(teacherToken: string, online: Set<string>): Dashboard {
    const c = this.shown;
    return {
      code: c.code,
      name: c.name,
      preset: c.preset,
      teacherReadsChat: c.teacherReadsChat === true,
      grouping: c.grouping,
      started: c.started,
      students: c.students.map((s) => ({
        id: s.id,
        name: s.name,
        online: online.has(s.id),
        world: c.started ? (c.seats[s.id]?.world ?? null) : c.worlds.findIndex((w) => w.includes(s.id)),
        power: c.seats[s.id]?.power ?? null,
      })),
      worlds: c.worlds,
      chosen: c.chosen ?? {},
      rooms: c.matches.map((code, world) => ({ world, code, facilitatorToken: derivedToken(teacherToken, code), summary: this.matchRoom(code)?.summary() ?? null })),
      waiting: waitingStudents(c).map((s) => s.id),
      keptUntil: this.keptUntil,
      serverNow: context().now(),
    };
  }

  private studentView(studentId: string): StudentView {
    const c = this.shown;
    const seat = c.seats[studentId];
    return { className: c.name, name: studentById(c, studentId)?.name ?? "", started: c.started, matchCode: seat ? (c.matches[seat.world] ?? null) : null };
  }

  private admitMessage(client: Client, re: string): Connection | null {
    const connection = this.connections.get(client.sessionId);
    if (!connection) return null;
    if (!this.buckets.get(connection.studentId ?? "teacher")?.take(context().now())) {
      connection.refusedInARow++;
      if (connection.refusedInARow >= REFUSALS_BEFORE_DISCONNECT) client.leave(CLOSE_FLOODING, "Too many messages.");
      else this.reply(client, { re, ...refusalOf("RATE_LIMITED") });
      return null;
    }
    connection.refusedInARow = 0;
    return connection;
  }

  private reply(client: Client, error: ErrorReply): void {
    client.send(ClassServerMessage.error, error);
  }

  private async claimCode(): Promise<string> {
    for (;;) {
      let code = "";
      for (let i = 0; i < CLASS_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
      if ((await this.presence.hincrby(CODES_KEY, code, 1)) === 1 && !(await context().store.hasClass(code))) return code;
    }
  }
}

type Refusal = Omit<ErrorReply, "re">;
