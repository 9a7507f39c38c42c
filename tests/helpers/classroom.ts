/** A teacher and students as the browser client sees a class: the same network layer, with error replies recorded. */
import { ClassConnection, type ClassJoin } from "../../client/src/classNet";
import { MatchConnection } from "../../client/src/net";
import type { ErrorReply } from "../../shared/protocol";
import type { CreateClassOptions } from "../../shared/classroom";
import type { PresetId } from "../../shared/session";
import type { Grouping } from "../../shared/classroom";
import { memoryStorage, nextErrorIn } from "./server";

export class ClassClient {
  readonly errors: ErrorReply[] = [];
  private constructor(readonly connection: ClassConnection) {
    connection.onError((error) => void this.errors.push(error));
  }

  static async create(url: string, className = "History 9B", preset?: PresetId, more: Omit<CreateClassOptions, "className" | "preset"> = {}): Promise<ClassClient> {
    return new ClassClient(await ClassConnection.create(url, { className, ...(preset ? { preset } : {}), ...more }));
  }

  static async join(url: string, code: string, how: ClassJoin): Promise<ClassClient> {
    return new ClassClient(await ClassConnection.join(url, code, how));
  }

  get code(): string {
    return this.connection.code;
  }

  get teacherToken(): string {
    const identity = this.connection.identity;
    if (identity?.role !== "teacher") throw new Error("not the teacher");
    return identity.teacherToken;
  }

  get studentToken(): string {
    const identity = this.connection.identity;
    if (identity?.role !== "student") throw new Error("not a student");
    return identity.studentToken;
  }

  until(condition: (c: ClassClient) => boolean, what?: string, timeoutMs?: number): Promise<void> {
    return this.connection.until(() => condition(this), what, timeoutMs);
  }

  async nextError(timeoutMs = 5_000): Promise<ErrorReply> {
    return nextErrorIn(this.errors, timeoutMs);
  }

  /** Opens the match the class placed this student in, with their own token as seat token, as the browser does. */
  async openMatch(url: string): Promise<MatchConnection> {
    await this.until((c) => Boolean(c.connection.student?.matchCode), "the student's match");
    const code = this.connection.student!.matchCode!;
    const storage = memoryStorage();
    storage.set(code, this.studentToken);
    return MatchConnection.join(url, code, {}, storage);
  }
}

/** Opens a world's match as its facilitator, with the token the dashboard gives the teacher. */
export async function openAsFacilitator(url: string, teacher: ClassClient, world: number): Promise<MatchConnection> {
  const room = teacher.connection.dashboard?.rooms[world];
  if (!room) throw new Error(`no room for world ${world}`);
  const storage = memoryStorage();
  storage.set(room.code, room.facilitatorToken);
  return MatchConnection.join(url, room.code, {}, storage);
}

export async function classWith(url: string, students: number, grouping?: Grouping): Promise<{ teacher: ClassClient; students: ClassClient[] }> {
  const teacher = await ClassClient.create(url, undefined, undefined, grouping ? { grouping } : {});
  const joined: ClassClient[] = [];
  for (let i = 1; i <= students; i++) joined.push(await ClassClient.join(url, teacher.code, { name: `Student ${i}` }));
  await teacher.until((t) => t.connection.dashboard?.students.length === students, `${students} students on the dashboard`);
  return { teacher, students: joined };
}

export async function leaveClass(...clients: { leave(): Promise<void> }[]): Promise<void> {
  await Promise.all(clients.map((c) => c.leave().catch(() => undefined)));
}
