/**
 * The class room's messages: one zod schema per client message (every one of them the
 * teacher's), the options to create or join a class, and what the server sends back. The
 * server parses with these; the client sends with them.
 */
import { z } from "zod";
import { POWERS } from "../game/types";
import { InjectedEventSchema } from "../game/events";
import { NAME_MAX_CHARS } from "../session/lobby";
import { MAX_EXTENSION_SECONDS, PRESET_IDS, type PresetId } from "../session/presets";
import type { SessionPhase } from "../session/types";
import type { PowerId } from "../game/types";
import type { Text } from "../i18n";
import { rawTextUnits } from "../text";
import { CLASS_NAME_MAX_CHARS, GROUPINGS, MAX_STUDENTS, type Grouping } from "./classroom";

export const CLASS_ROOM_NAME = "class";

/** Class codes are one character shorter than match codes: a code is never both, and the client tells them apart by length. */
export const CLASS_CODE_LENGTH = 5;

const Token = z.string().min(1).max(200);
const StudentId = z.string().min(1).max(40);
const World = z.number().int().min(0).max(MAX_STUDENTS);

export const CreateClassOptions = z.object({
  className: z.string().max(rawTextUnits(CLASS_NAME_MAX_CHARS)),
  preset: z.enum(PRESET_IDS as [PresetId, ...PresetId[]]).optional(),
  grouping: z.enum(GROUPINGS).optional(),
  /** Whether the teacher, as facilitator of every world, reads private and group chat (default: the public channel only). Fixed at creation. */
  teacherReadsChat: z.boolean().optional(),
});
export type CreateClassOptions = z.infer<typeof CreateClassOptions>;

/** Exactly one way in: a new student's name, a student's token, or the teacher's token. */
export const JoinClassOptions = z.union([
  z.object({ name: z.string().max(rawTextUnits(NAME_MAX_CHARS)) }).strict(),
  z.object({ studentToken: Token }).strict(),
  z.object({ teacherToken: Token }).strict(),
]);
export type JoinClassOptions = z.infer<typeof JoinClassOptions>;

const Empty = z.object({}).strict();

export const ClassMessages = {
  moveStudent: z.object({ studentId: StudentId, world: World }).strict(),
  /** A student's power (in delegations: their delegation) before the start; null lets the start choose. */
  choosePower: z.object({ studentId: StudentId, power: z.enum(POWERS).nullable() }).strict(),
  startAll: Empty,
  placeLate: z.object({ studentId: StudentId, world: World, power: z.enum(POWERS) }).strict(),
  pauseAll: Empty,
  resumeAll: Empty,
  extendAll: z.object({ seconds: z.number().int().min(1).max(MAX_EXTENSION_SECONDS) }).strict(),
  endPhaseAll: Empty,
  /** One event (a scenario card or the teacher's own, perhaps conditional, perhaps for a later turn) into every room, or the chosen worlds' rooms. */
  injectEvent: z.object({ event: InjectedEventSchema, worlds: z.array(World).min(1).max(MAX_STUDENTS).optional() }).strict(),
  /**
   * Deletes the class at once: its rooms are closed, its matches, students and itself deleted
   * from the server. The teacher types the class code to confirm (a stray click, or a hostile
   * frame, cannot).
   */
  deleteClass: z.object({ confirmCode: z.string().max(CLASS_CODE_LENGTH + 3) }).strict(),
} as const;
export type ClassMessageType = keyof typeof ClassMessages;
export type ClassMessage<T extends ClassMessageType> = z.infer<(typeof ClassMessages)[T]>;
export const CLASS_MESSAGE_TYPES = Object.keys(ClassMessages) as ClassMessageType[];

/** Server → client message types of the class room ("error" carries an ErrorReply, as in a match). */
export const ClassServerMessage = {
  error: "error",
  /** Who this socket is and the token to keep for coming back. */
  identity: "identity",
  /** A student's own view: the class's name, their name, and once placed, their match. */
  student: "student",
  /** The teacher's dashboard: every student, world and room. Never sent to a student. */
  dashboard: "dashboard",
  /** The class has ended (deleted by the teacher, or expired): carries a ClassEnded, then the socket closes. */
  ended: "ended",
} as const;

export type ClassIdentity = { role: "teacher"; classCode: string; teacherToken: string } | { role: "student"; classCode: string; studentId: string; studentToken: string };

export interface StudentView {
  className: string;
  name: string;
  started: boolean;
  /** The match this student plays in; its seat opens with the student's own token. */
  matchCode: string | null;
}

export type Presence = "online" | "reconnecting" | "offline";

export interface PowerSummary {
  power: PowerId;
  /** The student playing it, or null for a bot (or an empty seat). */
  player: string | null;
  presence: Presence | null;
  ready: boolean;
  bot: boolean;
  /** Everyone who plays it (a delegation has several), each with their own presence. */
  members: { name: string; presence: Presence }[];
  /** In the orders phase, for a played power: orders given, or none yet (it will hold); otherwise null. */
  orders: "given" | "none" | null;
}

export interface RoomAlert {
  kind: "playerGone" | "ceasefireBroken" | "roomStuck" | "nearThreshold";
  /** A key and its parameters (classroom:alert.*), read in the teacher's language on the dashboard. */
  text: Text;
}

/** What the dashboard shows of one room: public facts and who is there, nothing a seat keeps private. */
export interface RoomSummary {
  code: string;
  phase: SessionPhase;
  turn: number;
  lastTurn: number;
  clock: { deadline: number | null; paused: boolean; remaining: number | null };
  powers: PowerSummary[];
  alerts: RoomAlert[];
}

export interface DashboardRoom {
  world: number;
  code: string;
  /** The teacher's seat token in this room: opens it as its facilitator. */
  facilitatorToken: string;
  /** Null when the room is no longer running on this server (ended and closed). */
  summary: RoomSummary | null;
}

export interface Dashboard {
  code: string;
  name: string;
  preset: PresetId;
  /** The class setting chosen at creation: the teacher reads private and group chat in every world. */
  teacherReadsChat: boolean;
  grouping: Grouping;
  started: boolean;
  students: { id: string; name: string; online: boolean; world: number | null; power: PowerId | null }[];
  /** Before the start: each world's student ids. */
  worlds: string[][];
  /** Before the start: the powers the teacher chose, by student id. */
  chosen: Record<string, PowerId>;
  rooms: DashboardRoom[];
  /** After the start: students waiting to be placed on a bot's seat. */
  waiting: string[];
  /** Until when the server keeps this class and its rooms (ms), unless the teacher deletes it sooner; then it is deleted. */
  keptUntil: number;
  /** The server's clock when this was sent, so the countdowns do not depend on the teacher's clock. */
  serverNow: number;
}
