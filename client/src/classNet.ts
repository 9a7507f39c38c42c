/**
 * The client's link to a class room: create a class (the teacher), join it by code with a name
 * (a student) or come back with a token (either), send the teacher's class-wide commands, and
 * hand on what the server sent: who this socket is, the student's own place or the teacher's
 * dashboard. A lost socket is won back with the token, for as long as the page is open. Free of
 * the DOM, so the integration tests drive the same code the browser runs.
 */
import { Client, type Room } from "colyseus.js";
import {
  CLASS_CODE_LENGTH,
  CLASS_ROOM_NAME,
  ClassServerMessage,
  type ClassIdentity,
  type CreateClassOptions,
  type ClassMessage,
  type ClassMessageType,
  type Dashboard,
  type StudentView,
} from "../../shared/classroom";
import { JOIN_CODE_ALPHABET, normalizeJoinCode } from "../../shared/joinCode";
import { SEAT_REFUSED, readRefusal, type ClassEnded, type ErrorReply } from "../../shared/protocol";
import { translate, type Text } from "../../shared/i18n";
import { describeRefusal, localRefusal } from "./logic/refusals";
import { BROWSER_RETRY, retryDelay, type RetryPolicy } from "./logic/backoff";
import { waitUntil } from "./logic/waitUntil";

export type ClassJoin = { name: string } | { studentToken: string } | { teacherToken: string };

/**
 * A class join that did not happen: why, as a Text (its message is that Text in the language of
 * the moment); `code` is the server's typed refusal, or null if no server answered.
 */
export class ClassJoinError extends Error {
  constructor(readonly text: Text, readonly code: number | null = null) {
    super(translate(text));
  }
}

const ROOM_NOT_FOUND = 4212;

export function isWellFormedClassCode(code: string): boolean {
  return code.length === CLASS_CODE_LENGTH && [...code].every((ch) => JOIN_CODE_ALPHABET.includes(ch));
}

export class ClassConnection {
  identity: ClassIdentity | null = null;
  student: StudentView | null = null;
  dashboard: Dashboard | null = null;
  status: "connected" | "reconnecting" | "closed" = "connected";
  closedReason: string | null = null;
  /** The class has ended (deleted or expired): the connection is closed for good. */
  ended: ClassEnded | null = null;
  private leaving = false;
  private readonly listeners = new Set<() => void>();
  private readonly errorListeners = new Set<(error: ErrorReply) => void>();

  private constructor(private room: Room, private readonly client: Client, private readonly retry: RetryPolicy) {
    this.attach(room);
  }

  static async create(serverUrl: string, options: CreateClassOptions, retry = BROWSER_RETRY): Promise<ClassConnection> {
    const client = new Client(serverUrl);
    return ClassConnection.open(() => client.create(CLASS_ROOM_NAME, options), client, retry, "");
  }

  static async join(serverUrl: string, rawCode: string, how: ClassJoin, retry = BROWSER_RETRY): Promise<ClassConnection> {
    const code = normalizeJoinCode(rawCode);
    if (!isWellFormedClassCode(code)) throw new ClassJoinError(localRefusal("NO_SUCH_CLASS", { code: code || "—" }).text);
    const client = new Client(serverUrl);
    return ClassConnection.open(() => client.joinById(code, how), client, retry, code);
  }

  private static async open(connect: () => Promise<Room>, client: Client, retry: RetryPolicy, code: string): Promise<ClassConnection> {
    let room: Room;
    try {
      room = await connect();
    } catch (error) {
      throw joinError(error, code);
    }
    const connection = new ClassConnection(room, client, retry);
    await connection.until(() => connection.identity !== null && (connection.student !== null || connection.dashboard !== null), "the class");
    return connection;
  }

  get code(): string {
    return this.room.roomId;
  }

  /** Sends a teacher's command; false (and nothing sent) while the connection is down. */
  send<T extends ClassMessageType>(type: T, message: ClassMessage<T>): boolean {
    if (this.status !== "connected") return false;
    this.room.send(type, message);
    return true;
  }

  /** Sends anything at all, as a hostile client might (for tests of the server's defences). */
  sendRaw(type: unknown, payload?: unknown): void {
    this.room.send(type as string, payload);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onError(listener: (error: ErrorReply) => void): () => void {
    this.errorListeners.add(listener);
    return () => this.errorListeners.delete(listener);
  }

  until(condition: () => boolean, what = "the expected state", timeoutMs = 10_000): Promise<void> {
    return waitUntil((listener) => this.onChange(listener), condition, what, timeoutMs);
  }

  async leave(): Promise<void> {
    this.leaving = true;
    if (this.room.connection.isOpen) await this.room.leave(true).catch(() => undefined);
  }

  /** Drops the socket as a network failure would (for tests). */
  dropForTest(): void {
    (this.room.connection as unknown as { transport: { ws: { close(): void } } }).transport.ws.close();
  }

  private attach(room: Room): void {
    room.onMessage(ClassServerMessage.identity, (identity: ClassIdentity) => {
      this.identity = identity;
      this.changed();
    });
    room.onMessage(ClassServerMessage.student, (json: string) => {
      this.student = JSON.parse(json) as StudentView;
      this.changed();
    });
    room.onMessage(ClassServerMessage.dashboard, (dashboard: Dashboard) => {
      this.dashboard = dashboard;
      this.changed();
    });
    room.onMessage(ClassServerMessage.error, (error: ErrorReply) => {
      for (const listener of [...this.errorListeners]) listener(error);
    });
    room.onMessage(ClassServerMessage.ended, (ended: ClassEnded) => {
      this.ended = ended;
      this.status = "closed";
      this.closedReason = describeRefusal(ended);
      this.changed();
    });
    room.onLeave(() => void this.onDropped());
  }

  /** Comes back with this socket's token (what works after a restart too), until the server refuses it. */
  private async onDropped(): Promise<void> {
    if (this.leaving || this.ended || !this.identity) return;
    const identity = this.identity;
    const how: ClassJoin = identity.role === "teacher" ? { teacherToken: identity.teacherToken } : { studentToken: identity.studentToken };
    this.status = "reconnecting";
    this.changed();
    for (let failures = 1; ; failures++) {
      if (this.leaving) return;
      try {
        this.room = await this.client.joinById(identity.classCode, how);
        break;
      } catch (error) {
        const refused = joinError(error, identity.classCode);
        if (refused.code === SEAT_REFUSED || refused.code === ROOM_NOT_FOUND) {
          this.status = "closed";
          this.closedReason = refused.message;
          this.changed();
          return;
        }
        await new Promise((r) => setTimeout(r, retryDelay(failures, this.retry, Math.random())));
      }
    }
    this.attach(this.room);
    this.status = "connected";
    this.changed();
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

function joinError(error: unknown, code: string): ClassJoinError {
  const detail = error as { code?: unknown; message?: unknown } | null;
  const typed = typeof detail?.code === "number" && detail.code >= 4000 && detail.code < 5000 ? detail.code : null;
  if (typed === ROOM_NOT_FOUND) return new ClassJoinError(localRefusal("NO_SUCH_CLASS", { code }).text, typed);
  if (typed !== null) return new ClassJoinError(readRefusal(detail?.message)?.text ?? localRefusal("UNREACHABLE").text, typed);
  return new ClassJoinError(localRefusal("UNREACHABLE").text, null);
}
