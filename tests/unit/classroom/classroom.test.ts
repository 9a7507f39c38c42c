/** A class's own rules: joining, the teacher's edits of the worlds, the start and late students. */
import { describe, expect, it } from "vitest";
import { MAX_STUDENTS, TEACHER_NAME, choosePower, createClassroom, joinStudent, markStarted, moveStudent, placeLate, planStart, studentPowers, waitingStudents, type Classroom, type Grouping } from "../../../shared/classroom";
import type { Result } from "../../../shared/result";
import { english } from "../../helpers/texts";

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`refused: ${r.code} ${english(r.text)}`);
  return r.value;
}

function classOf(n: number, grouping: Grouping = "fives"): Classroom {
  let c = value(createClassroom("K7Q2X", "History 9B", "lesson", false, grouping));
  for (let i = 1; i <= n; i++) c = value(joinStudent(c, `s${i}`, `Student ${i}`));
  return c;
}

function started(n: number, grouping: Grouping = "fives"): Classroom {
  const c = classOf(n, grouping);
  const plan = value(planStart(c));
  return markStarted(c, plan, plan.map((w) => `MATCH${w.world}`));
}

describe("a class", () => {
  it("needs a name of at most 40 characters", () => {
    expect(createClassroom("K7Q2X", "  ", "lesson")).toMatchObject({ ok: false, code: "NAME_REQUIRED" });
    expect(createClassroom("K7Q2X", "x".repeat(41), "lesson")).toMatchObject({ ok: false, code: "NAME_TOO_LONG" });
  });

  it("regroups everyone as students arrive, so the worlds stay even", () => {
    expect(classOf(6).worlds).toEqual([["s1", "s2", "s3"], ["s4", "s5", "s6"]]);
    expect(classOf(28).worlds.map((w) => w.length)).toEqual([5, 5, 5, 5, 5, 3]);
  });

  it("refuses a name already in the class, whatever its case, and the teacher's name", () => {
    const c = classOf(1);
    expect(joinStudent(c, "x", "student 1")).toMatchObject({ ok: false, code: "NAME_TAKEN" });
    expect(joinStudent(c, "x", TEACHER_NAME.toUpperCase())).toMatchObject({ ok: false, code: "NAME_TAKEN" });
    expect(joinStudent(c, "x", "")).toMatchObject({ ok: false, code: "NAME_REQUIRED" });
  });

  it(`takes at most ${MAX_STUDENTS} students`, () => {
    expect(joinStudent(classOf(MAX_STUDENTS), "x", "One more")).toMatchObject({ ok: false, code: "CLASS_FULL" });
  });
});

describe("the teacher's edits before the start", () => {
  it("moves a student into another world, and keeps later arrivals out of the edited worlds' way", () => {
    let c = value(moveStudent(classOf(6), "s1", 1));
    expect(c.worlds).toEqual([["s2", "s3"], ["s4", "s5", "s6", "s1"]]);
    c = value(joinStudent(c, "s7", "Student 7"));
    expect(c.worlds).toEqual([["s2", "s3", "s7"], ["s4", "s5", "s6", "s1"]]);
  });

  it("opens a new world when the student is moved past the last one, and drops a world left empty", () => {
    const c = value(moveStudent(classOf(3), "s3", 1));
    expect(c.worlds).toEqual([["s1", "s2"], ["s3"]]);
    expect(value(moveStudent(c, "s3", 0)).worlds).toEqual([["s1", "s2", "s3"]]);
  });

  it("refuses a full world, a world that does not exist and a stranger", () => {
    const c = classOf(10);
    expect(moveStudent(c, "s1", 1)).toMatchObject({ ok: false, code: "WORLD_FULL" });
    expect(moveStudent(c, "s1", 3)).toMatchObject({ ok: false, code: "NO_SUCH_WORLD" });
    expect(moveStudent(c, "s1", -1)).toMatchObject({ ok: false, code: "NO_SUCH_WORLD" });
    expect(moveStudent(c, "s1", 0.5)).toMatchObject({ ok: false, code: "NO_SUCH_WORLD" });
    expect(moveStudent(c, "nobody", 0)).toMatchObject({ ok: false, code: "NO_SUCH_STUDENT" });
  });
});

describe("the teacher's choice of a student's power", () => {
  const seatsOf = (c: Classroom) => value(planStart(c)).map((w) => w.seats.map((s) => `${s.studentId}:${s.power}`));

  it("seats a student on the power the teacher chose, and the others on the powers left in the seat order", () => {
    const c = value(choosePower(classOf(3), "s3", "russia"));
    expect(seatsOf(c)).toEqual([["s1:ukraine", "s2:usa", "s3:russia"]]);
  });

  it("puts a student into the delegation the teacher chose, and deals the others evenly among the rest", () => {
    let c = classOf(10, "delegations");
    for (const id of ["s1", "s2", "s3"]) c = value(choosePower(c, id, "china"));
    const members = (p: string) => seatsOf(c)[0]!.filter((s) => s.endsWith(`:${p}`)).map((s) => s.split(":")[0]);
    expect(members("china")).toEqual(["s1", "s2", "s3"]);
    expect(["russia", "ukraine", "usa", "eu"].map((p) => members(p).length)).toEqual([2, 2, 2, 1]);
  });

  it("gives a power chosen twice in one world of five to the first student and seats the second by the seat order", () => {
    let c = value(choosePower(classOf(3), "s2", "china"));
    c = value(choosePower(c, "s3", "china"));
    expect(seatsOf(c)).toEqual([["s1:russia", "s2:china", "s3:ukraine"]]);
  });

  it("forgets a choice when the teacher sets it back to automatic", () => {
    const c = value(choosePower(value(choosePower(classOf(3), "s3", "russia")), "s3", null));
    expect(seatsOf(c)).toEqual([["s1:russia", "s2:ukraine", "s3:usa"]]);
  });

  it("refuses a stranger and a choice after the start", () => {
    expect(choosePower(classOf(3), "nobody", "eu")).toMatchObject({ ok: false, code: "NO_SUCH_STUDENT" });
    expect(choosePower(started(3), "s1", "eu")).toMatchObject({ ok: false, code: "CLASS_STARTED" });
  });
});

describe("starting every world", () => {
  it("seats each world's students on powers in the seat order", () => {
    const plan = value(planStart(classOf(8)));
    expect(plan.map((w) => w.seats.map((s) => `${s.studentId}:${s.power}`))).toEqual([
      ["s1:russia", "s2:ukraine", "s3:usa", "s4:eu", "s5:china"],
      ["s6:russia", "s7:ukraine", "s8:usa"],
    ]);
  });

  it("refuses to start with no student, or a world of one", () => {
    expect(planStart(classOf(0))).toMatchObject({ ok: false, code: "NO_STUDENTS" });
    expect(planStart(classOf(1))).toMatchObject({ ok: false, code: "WORLD_TOO_SMALL" });
    const lonely = value(moveStudent(classOf(4), "s4", 1));
    expect(planStart(lonely)).toMatchObject({ ok: false, code: "WORLD_TOO_SMALL" });
  });

  it("starts once: a second start and a move after it are refused", () => {
    const c = started(6);
    expect(c.seats.s4).toEqual({ world: 1, power: "russia" });
    expect(planStart(c)).toMatchObject({ ok: false, code: "CLASS_STARTED" });
    expect(moveStudent(c, "s1", 1)).toMatchObject({ ok: false, code: "CLASS_STARTED" });
  });
});

describe("a late student", () => {
  it("waits after joining, then is placed on a bot's seat of a chosen world", () => {
    let c = value(joinStudent(started(6), "late", "Latecomer"));
    expect(c.worlds).toHaveLength(2);
    expect(waitingStudents(c).map((s) => s.id)).toEqual(["late"]);
    c = value(placeLate(c, "late", 1, "china"));
    expect(c.seats.late).toEqual({ world: 1, power: "china" });
    expect(waitingStudents(c)).toEqual([]);
  });

  it("is not put on a power a student plays, nor in a world that does not exist, nor twice", () => {
    const c = value(joinStudent(started(6), "late", "Latecomer"));
    expect(placeLate(c, "late", 0, "russia")).toMatchObject({ ok: false, code: "POWER_TAKEN" });
    expect(placeLate(c, "late", 2, "china")).toMatchObject({ ok: false, code: "NO_SUCH_WORLD" });
    expect(placeLate(c, "s1", 1, "china")).toMatchObject({ ok: false, code: "ALREADY_PLACED" });
    expect(placeLate(classOf(3), "s1", 0, "china")).toMatchObject({ ok: false, code: "CLASS_NOT_STARTED" });
  });
});

describe("a class of delegations", () => {
  it("groups everyone in one world before the start and seats several students on each power", () => {
    const c = classOf(28, "delegations");
    expect(c.worlds.map((w) => w.length)).toEqual([28]);
    const plan = value(planStart(c));
    expect(plan[0]!.seats.filter((s) => s.power === "russia").map((s) => s.studentId)).toEqual(["s1", "s6", "s11", "s16", "s21", "s26"]);
  });

  it("lets the teacher move students between worlds of up to thirty", () => {
    const c = classOf(40, "delegations");
    expect(c.worlds.map((w) => w.length)).toEqual([20, 20]);
    expect(value(moveStudent(c, "s1", 1)).worlds.map((w) => w.length)).toEqual([19, 21]);
  });

  it("places a late student into a delegation, or on a bot's power, until the delegation is full", () => {
    let c = value(joinStudent(started(3, "delegations"), "late", "Latecomer"));
    c = value(placeLate(c, "late", 0, "russia"));
    expect(studentPowers(c, 0)).toEqual(["russia", "ukraine", "usa", "russia"]);
    c = value(joinStudent(c, "late2", "Second late"));
    expect(value(placeLate(c, "late2", 0, "china")).seats.late2).toEqual({ world: 0, power: "china" });
    let big = started(30, "delegations");
    for (const id of ["l1", "l2"]) big = value(placeLate(value(joinStudent(big, id, `Late ${id}`)), id, 0, "eu"));
    big = value(joinStudent(big, "l3", "Late l3"));
    expect(placeLate(big, "l3", 0, "eu")).toMatchObject({ ok: false, code: "DELEGATION_FULL" });
  });
});
