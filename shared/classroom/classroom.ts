/**
 * A class: its students, how they are grouped into worlds before the start, and where each
 * plays once the teacher has started every world. Plain JSON changed only by these functions,
 * which return a typed refusal rather than throw; the class room on the server persists it.
 */
import type { PowerId } from "../game/types";
import { ok, refuse, type Result } from "../result";
import { checkName } from "../session/lobby";
import type { PresetId } from "../session/presets";
import { cleanText, textLength } from "../text";
import { DELEGATION_WORLD_SIZE, MIN_WORLD, WORLD_SIZE, groupIntoDelegationWorlds, groupIntoWorlds, seatDelegations, seatWorld } from "./grouping";
import { MAX_DELEGATION } from "../session/lobby";

/** A class of thirty with a few visitors; more would not fit one teacher's screen. */
export const MAX_STUDENTS = 60;
export const CLASS_NAME_MAX_CHARS = 40;
/** The teacher's display name in every world of the class (a student may not take it). */
export const TEACHER_NAME = "Teacher";
/** Fewer people than the session needs to start a match (MIN_HUMAN_POWERS). */
const MIN_TO_START = 2;

/** "fives": a student to a power, worlds of up to five; "delegations": several students share each power. */
export const GROUPINGS = ["fives", "delegations"] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** How many students one world of this grouping holds before the start. */
export function worldCapacity(grouping: Grouping): number {
  return grouping === "delegations" ? DELEGATION_WORLD_SIZE : WORLD_SIZE;
}

/** The grouping's split of the class into worlds, in order of arrival. */
export function groupStudents<T>(grouping: Grouping, students: readonly T[]): T[][] {
  return grouping === "delegations" ? groupIntoDelegationWorlds(students) : groupIntoWorlds(students);
}

/** The grouping's seating of one world of student ids: each one's power, honouring the teacher's choices. */
export function seatStudents(grouping: Grouping, world: readonly string[], chosen: Readonly<Record<string, PowerId>> = {}): { student: string; power: PowerId }[] {
  const choice = (id: string) => (Object.hasOwn(chosen, id) ? chosen[id] : undefined);
  return grouping === "delegations" ? seatDelegations(world, choice) : seatWorld(world, choice);
}

export interface ClassStudent {
  id: string;
  name: string;
}

/** Where a student plays once the class has started. */
export interface ClassSeat {
  world: number;
  power: PowerId;
}

export interface Classroom {
  code: string;
  name: string;
  preset: PresetId;
  grouping: Grouping;
  /** Chosen at creation and never changed: the teacher, as facilitator, reads private and group chat (absent in classes stored before: no). */
  teacherReadsChat?: boolean;
  /** In order of arrival. */
  students: ClassStudent[];
  /** Before the start: the student ids of each world. */
  worlds: string[][];
  /** Before the start: the power the teacher chose for a student (absent in classes stored before: none). */
  chosen?: Record<string, PowerId>;
  /** The teacher has moved someone: a newcomer joins the smallest world instead of regrouping everyone. */
  edited: boolean;
  started: boolean;
  /** After the start: each world's match code, by world index. */
  matches: string[];
  /** After the start: where each seated student plays (a late student is absent until placed). */
  seats: Record<string, ClassSeat>;
}

export function createClassroom(code: string, rawName: string, preset: PresetId, teacherReadsChat = false, grouping: Grouping = "fives"): Result<Classroom> {
  const name = cleanText(rawName);
  if (name.length === 0) return refuse("NAME_REQUIRED.class");
  if (textLength(name) > CLASS_NAME_MAX_CHARS) return refuse("NAME_TOO_LONG.class", { count: CLASS_NAME_MAX_CHARS });
  return ok({ code, name, preset, grouping, teacherReadsChat, students: [], worlds: [], edited: false, started: false, matches: [], seats: {} });
}

export function studentById(c: Classroom, id: string): ClassStudent | undefined {
  return c.students.find((s) => s.id === id);
}

/**
 * A student arrives with a name. Before the start they join a world: while the teacher has not
 * edited the grouping, everyone is grouped again (so the worlds stay even); after an edit, the
 * newcomer joins the smallest world with room. After the start they wait to be placed.
 */
export function joinStudent(c: Classroom, id: string, rawName: string): Result<Classroom> {
  if (studentById(c, id)) return refuse("ALREADY_IN_CLASS");
  if (c.students.length >= MAX_STUDENTS) return refuse("CLASS_FULL", { count: MAX_STUDENTS });
  const name = checkName(rawName);
  if (!name.ok) return name;
  const lower = name.value.toLocaleLowerCase();
  if (lower === TEACHER_NAME.toLocaleLowerCase() || c.students.some((s) => s.name.toLocaleLowerCase() === lower)) {
    return refuse("NAME_TAKEN.class", { name: name.value });
  }
  const students = [...c.students, { id, name: name.value }];
  if (c.started) return ok({ ...c, students });
  if (!c.edited) return ok({ ...c, students, worlds: groupStudents(c.grouping, students.map((s) => s.id)) });
  return ok({ ...c, students, worlds: withNewcomer(c.worlds, id, worldCapacity(c.grouping)) });
}

function withNewcomer(worlds: string[][], id: string, capacity: number): string[][] {
  const open = worlds.map((w, i) => ({ i, size: w.length })).filter((w) => w.size < capacity);
  if (open.length === 0) return [...worlds, [id]];
  const smallest = open.reduce((a, b) => (b.size < a.size ? b : a));
  return worlds.map((w, i) => (i === smallest.i ? [...w, id] : w));
}

/** The teacher moves a student to another world before the start (`world` = the number of worlds opens a new one). */
export function moveStudent(c: Classroom, studentId: string, world: number): Result<Classroom> {
  if (c.started) return refuse("CLASS_STARTED.late");
  if (!studentById(c, studentId)) return refuse("NO_SUCH_STUDENT");
  if (!Number.isInteger(world) || world < 0 || world > c.worlds.length) return refuse("NO_SUCH_WORLD");
  const from = c.worlds.findIndex((w) => w.includes(studentId));
  if (from === world) return ok(c);
  const capacity = worldCapacity(c.grouping);
  if (world < c.worlds.length && c.worlds[world]!.length >= capacity) return refuse("WORLD_FULL", { world: world + 1, count: capacity });
  const moved = [...c.worlds, []].map((w, i) => (i === world ? [...w, studentId] : w.filter((id) => id !== studentId)));
  return ok({ ...c, edited: true, worlds: moved.filter((w) => w.length > 0) });
}

/**
 * The teacher gives a student a power (or a delegation) before the start, or with null lets the
 * start choose. A power chosen twice in one world of five goes to the first in the world; the
 * other is seated by the seat order, as the dashboard's plan shows.
 */
export function choosePower(c: Classroom, studentId: string, power: PowerId | null): Result<Classroom> {
  if (c.started) return refuse("CLASS_STARTED.late");
  if (!studentById(c, studentId)) return refuse("NO_SUCH_STUDENT");
  const { [studentId]: _old, ...others } = c.chosen ?? {};
  return ok({ ...c, chosen: power === null ? others : { ...others, [studentId]: power } });
}

/** One world as it will start: each student's power (the rest go to bots). */
export interface WorldPlan {
  world: number;
  seats: { studentId: string; power: PowerId }[];
}

/** What starting every world would seat, or why the class cannot start yet. */
export function planStart(c: Classroom): Result<WorldPlan[]> {
  if (c.started) return refuse("CLASS_STARTED.started");
  if (c.worlds.length === 0) return refuse("NO_STUDENTS");
  const small = c.worlds.findIndex((w) => w.length < MIN_TO_START);
  if (small !== -1) return refuse("WORLD_TOO_SMALL", { world: small + 1, count: MIN_TO_START, better: MIN_WORLD });
  return ok(c.worlds.map((w, world) => ({ world, seats: seatStudents(c.grouping, w, c.chosen).map(({ student, power }) => ({ studentId: student, power })) })));
}

/** Records the started worlds: their match codes, by world, and where everyone plays. */
export function markStarted(c: Classroom, plan: readonly WorldPlan[], matches: readonly string[]): Classroom {
  const seats: Record<string, ClassSeat> = {};
  for (const w of plan) for (const s of w.seats) seats[s.studentId] = { world: w.world, power: s.power };
  return { ...c, started: true, matches: [...matches], seats };
}

/** Students who joined after the start and have no seat yet. */
export function waitingStudents(c: Classroom): ClassStudent[] {
  return c.started ? c.students.filter((s) => !c.seats[s.id]) : [];
}

/** The powers of a started world that students play. */
export function studentPowers(c: Classroom, world: number): PowerId[] {
  return Object.values(c.seats).filter((s) => s.world === world).map((s) => s.power);
}

/**
 * The teacher puts a late student on a bot's seat of a started world, or in a class of
 * delegations, into any delegation that has room (or onto a bot's power, as its first member).
 */
export function placeLate(c: Classroom, studentId: string, world: number, power: PowerId): Result<Classroom> {
  if (!c.started) return refuse("CLASS_NOT_STARTED.move");
  if (!studentById(c, studentId)) return refuse("NO_SUCH_STUDENT");
  if (c.seats[studentId]) return refuse("ALREADY_PLACED");
  if (!Number.isInteger(world) || world < 0 || world >= c.matches.length) return refuse("NO_SUCH_WORLD");
  const members = studentPowers(c, world).filter((p) => p === power).length;
  if (c.grouping === "fives" && members > 0) return refuse("POWER_TAKEN.world", { power, world: world + 1 });
  if (members >= MAX_DELEGATION) return refuse("DELEGATION_FULL.world", { power, world: world + 1, count: MAX_DELEGATION });
  return ok({ ...c, seats: { ...c.seats, [studentId]: { world, power } } });
}
