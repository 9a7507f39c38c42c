/**
 * A class over real sockets: a teacher creates it, students join by code and name, "rooms of
 * five" groups them, "start all" seats each student in its world's match, and the class-wide
 * controls reach every room. Students can neither command the class nor see its dashboard.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchMaker } from "@colyseus/core";
import type { RunningServer } from "../../server/app";
import { ClassRoom } from "../../server/rooms/ClassRoom";
import { ClassConnection, ClassJoinError } from "../../client/src/classNet";
import { MatchConnection } from "../../client/src/net";
import { JOIN_REFUSED, SEAT_REFUSED } from "../../shared/protocol";
import { bootServer, matchmake, memoryStorage } from "../helpers/server";
import { ClassClient, classWith, leaveClass, openAsFacilitator } from "../helpers/classroom";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer({ messageRate: { burst: 1_000, perSecond: 1_000 } });
});
afterAll(async () => {
  await server.stop();
});

function classRoom(code: string): ClassRoom {
  const room = matchMaker.getLocalRoomById(code);
  if (!(room instanceof ClassRoom)) throw new Error(`no class ${code}`);
  return room;
}

describe("joining a class", () => {
  it("gives the teacher a five-character class code and shows every student's name as it arrives, grouped in rooms of five", async () => {
    const { teacher, students } = await classWith(server.url, 12);
    expect(teacher.code).toMatch(/^[2-9A-HJKMNP-Z]{5}$/);
    const dashboard = teacher.connection.dashboard!;
    expect(dashboard.students.map((s) => s.name)).toEqual(students.map((_, i) => `Student ${i + 1}`));
    expect(dashboard.students.every((s) => s.online)).toBe(true);
    expect(dashboard.worlds.map((w) => w.length)).toEqual([5, 4, 3]);
    expect(students[0]!.connection.student).toEqual({ className: "History 9B", name: "Student 1", started: false, matchCode: null });
    await leaveClass(teacher.connection, ...students.map((s) => s.connection));
  });

  it("refuses a name already in the class, a wrong teacher token and an unknown student token, each with a typed code", async () => {
    const { teacher, students } = await classWith(server.url, 1);
    const code = teacher.code;
    await expect(ClassConnection.join(server.url, code, { name: "student 1" })).rejects.toMatchObject({ code: JOIN_REFUSED });
    await expect(ClassConnection.join(server.url, code, { teacherToken: "not-the-token" })).rejects.toMatchObject({ code: JOIN_REFUSED });
    await expect(ClassConnection.join(server.url, code, { teacherToken: students[0]!.studentToken })).rejects.toBeInstanceOf(ClassJoinError);
    await expect(ClassConnection.join(server.url, code, { studentToken: "not-a-token" })).rejects.toMatchObject({ code: SEAT_REFUSED });
    // Two ways in at once is no way in.
    expect(await matchmake(server.url, "joinById", code, { name: "Eve", teacherToken: teacher.teacherToken })).toMatchObject({ code: JOIN_REFUSED });
    expect(teacher.connection.dashboard!.students).toHaveLength(1);
    await leaveClass(teacher.connection, students[0]!.connection);
  });

  it("brings the teacher back to the dashboard from another browser with the teacher token, and a student to their place with theirs", async () => {
    const { teacher, students } = await classWith(server.url, 2);
    const again = await ClassClient.join(server.url, teacher.code, { teacherToken: teacher.teacherToken });
    expect(again.connection.dashboard!.students.map((s) => s.name)).toEqual(["Student 1", "Student 2"]);
    await students[1]!.connection.leave();
    await again.until((t) => t.connection.dashboard!.students[1]!.online === false, "Student 2 shown offline");
    const back = await ClassClient.join(server.url, teacher.code, { studentToken: students[1]!.studentToken });
    expect(back.connection.student!.name).toBe("Student 2");
    await again.until((t) => t.connection.dashboard!.students[1]!.online, "Student 2 shown online again");
    expect(again.connection.dashboard!.students).toHaveLength(2);
    await leaveClass(teacher.connection, again.connection, students[0]!.connection, back.connection);
  });
});

describe("what a student may do", () => {
  it("refuses every teacher command from a student with NOT_ALLOWED and never sends a student the dashboard", async () => {
    const { teacher, students } = await classWith(server.url, 3);
    const student = students[0]!;
    const commands: [string, unknown][] = [
      ["moveStudent", { studentId: "x", world: 0 }],
      ["choosePower", { studentId: "x", power: "eu" }],
      ["startAll", {}],
      ["placeLate", { studentId: "x", world: 0, power: "china" }],
      ["pauseAll", {}],
      ["resumeAll", {}],
      ["extendAll", { seconds: 60 }],
      ["endPhaseAll", {}],
    ];
    for (const [type, payload] of commands) {
      student.connection.sendRaw(type, payload);
      expect(await student.nextError(), type).toMatchObject({ re: type, code: "NOT_ALLOWED" });
    }
    // The teacher's own changes reach the dashboard, and only the dashboard.
    teacher.connection.send("moveStudent", { studentId: teacher.connection.dashboard!.students[2]!.id, world: 1 });
    await teacher.until((t) => t.connection.dashboard!.worlds.length === 2, "the new world");
    expect(students.map((s) => s.connection.dashboard)).toEqual([null, null, null]);
    expect(classRoom(teacher.code).current.started).toBe(false);
    await leaveClass(teacher.connection, ...students.map((s) => s.connection));
  });

  it("answers a teacher's malformed command with BAD_PAYLOAD and an unknown type with UNKNOWN_MESSAGE", async () => {
    const { teacher, students } = await classWith(server.url, 1);
    teacher.connection.sendRaw("moveStudent", { studentId: "x", world: -1 });
    expect(await teacher.nextError()).toMatchObject({ re: "moveStudent", code: "BAD_PAYLOAD" });
    teacher.connection.sendRaw("extendAll", { seconds: 1e12 });
    expect(await teacher.nextError()).toMatchObject({ re: "extendAll", code: "BAD_PAYLOAD" });
    teacher.connection.sendRaw("dropTables", {});
    expect(await teacher.nextError()).toMatchObject({ re: "dropTables", code: "UNKNOWN_MESSAGE" });
    students[0]!.connection.sendRaw("__proto__", { toString: 1 });
    expect(await students[0]!.nextError()).toMatchObject({ code: "UNKNOWN_MESSAGE" });
    teacher.connection.send("startAll", {});
    expect(await teacher.nextError()).toMatchObject({ re: "startAll", code: "WORLD_TOO_SMALL" });
    await leaveClass(teacher.connection, students[0]!.connection);
  });
});

describe("the teacher's grouping and start", () => {
  it("moves a student between worlds by the teacher's choice before the start", async () => {
    const { teacher, students } = await classWith(server.url, 6);
    const last = teacher.connection.dashboard!.students[5]!;
    expect(teacher.connection.dashboard!.worlds.map((w) => w.length)).toEqual([3, 3]);
    teacher.connection.send("moveStudent", { studentId: last.id, world: 0 });
    await teacher.until((t) => t.connection.dashboard!.worlds[0]!.includes(last.id), "the student in world 1");
    expect(teacher.connection.dashboard!.worlds.map((w) => w.length)).toEqual([4, 2]);
    await leaveClass(teacher.connection, ...students.map((s) => s.connection));
  });

  it("seats a student on the power the teacher chose before the start, shown on the dashboard and kept by the match", async () => {
    const { teacher, students } = await classWith(server.url, 3);
    const third = teacher.connection.dashboard!.students[2]!;
    teacher.connection.send("choosePower", { studentId: third.id, power: "russia" });
    await teacher.until((t) => t.connection.dashboard!.chosen[third.id] === "russia", "the choice on the dashboard");
    teacher.connection.send("startAll", {});
    await teacher.until((t) => t.connection.dashboard!.started && t.connection.dashboard!.rooms.length === 1, "one room");
    expect(teacher.connection.dashboard!.rooms[0]!.summary!.powers.filter((p) => !p.bot).map((p) => [p.power, p.player])).toEqual([
      ["russia", "Student 3"],
      ["ukraine", "Student 1"],
      ["usa", "Student 2"],
    ]);
    teacher.connection.send("choosePower", { studentId: third.id, power: "eu" });
    expect(await teacher.nextError()).toMatchObject({ re: "choosePower", code: "CLASS_STARTED" });
    await leaveClass(teacher.connection, ...students.map((s) => s.connection));
  });

  it("starts one match per world: each student on their power through their own token, bots on the rest, the teacher facilitating", async () => {
    const { teacher, students } = await classWith(server.url, 8);
    teacher.connection.send("startAll", {});
    await teacher.until((t) => t.connection.dashboard!.started && t.connection.dashboard!.rooms.length === 2, "two rooms");
    const rooms = teacher.connection.dashboard!.rooms;
    expect(rooms.map((r) => r.summary!.phase)).toEqual(["briefing", "briefing"]);
    expect(rooms[1]!.summary!.powers.map((p) => [p.power, p.player, p.bot])).toEqual([
      ["russia", "Student 6", false],
      ["ukraine", "Student 7", false],
      ["usa", "Student 8", false],
      ["eu", null, true],
      ["china", null, true],
    ]);
    for (const s of students) await s.until((c) => c.connection.student?.matchCode !== null, "the student's match");
    expect(students.map((s) => s.connection.student!.matchCode)).toEqual([...Array(5).fill(rooms[0]!.code), ...Array(3).fill(rooms[1]!.code)]);

    const matches: MatchConnection[] = [];
    for (const s of students) matches.push(await s.openMatch(server.url));
    expect(matches.map((m) => m.power)).toEqual(["russia", "ukraine", "usa", "eu", "china", "russia", "ukraine", "usa"]);
    expect(matches.map((m) => m.code)).toEqual(students.map((s) => s.connection.student!.matchCode));
    await teacher.until((t) => t.connection.dashboard!.rooms.every((r) => r.summary!.powers.every((p) => p.bot || p.presence === "online")), "everyone online");

    const facilitator = await openAsFacilitator(server.url, teacher, 1);
    expect(facilitator.board.hostId).toBe(facilitator.memberId);
    expect(facilitator.board.members[facilitator.memberId]).toMatchObject({ role: "facilitator", name: "Teacher" });
    // A student's token opens only their own match.
    const wrongRoom = memoryStorage();
    wrongRoom.set(rooms[1]!.code, students[0]!.studentToken);
    await expect(MatchConnection.join(server.url, rooms[1]!.code, {}, wrongRoom)).rejects.toMatchObject({ code: SEAT_REFUSED });
    // A facilitator link of one room does not open another.
    const crossed = memoryStorage();
    crossed.set(rooms[0]!.code, rooms[1]!.facilitatorToken);
    await expect(MatchConnection.join(server.url, rooms[0]!.code, {}, crossed)).rejects.toMatchObject({ code: SEAT_REFUSED });

    teacher.connection.send("startAll", {});
    expect(await teacher.nextError()).toMatchObject({ re: "startAll", code: "CLASS_STARTED" });
    await leaveClass(teacher.connection, facilitator, ...matches, ...students.map((s) => s.connection));
  });

  it("places a late student on a bot's seat of a chosen room, where their own token opens it", async () => {
    const { teacher, students } = await classWith(server.url, 3);
    teacher.connection.send("startAll", {});
    await teacher.until((t) => t.connection.dashboard!.rooms.length === 1, "the room");
    const late = await ClassClient.join(server.url, teacher.code, { name: "Latecomer" });
    await teacher.until((t) => t.connection.dashboard!.waiting.length === 1, "the late student waiting");
    const lateId = teacher.connection.dashboard!.waiting[0]!;
    teacher.connection.send("placeLate", { studentId: lateId, world: 0, power: "russia" });
    expect(await teacher.nextError()).toMatchObject({ re: "placeLate", code: "POWER_TAKEN" });
    teacher.connection.send("placeLate", { studentId: lateId, world: 0, power: "china" });
    await late.until((c) => c.connection.student!.matchCode !== null, "the late student's match");
    const match = await late.openMatch(server.url);
    expect(match.power).toBe("china");
    await teacher.until((t) => t.connection.dashboard!.rooms[0]!.summary!.powers.find((p) => p.power === "china")!.player === "Latecomer", "China played by the late student");
    await leaveClass(teacher.connection, late.connection, match, ...students.map((s) => s.connection));
  });
});

describe("the issue's class of 28", () => {
  it("groups 28 students into five worlds of five and one of three, and start all makes six rooms with two bots in the last", async () => {
    const { teacher, students } = await classWith(server.url, 28);
    expect(teacher.connection.dashboard!.worlds.map((w) => w.length)).toEqual([5, 5, 5, 5, 5, 3]);
    teacher.connection.send("startAll", {});
    await teacher.until((t) => t.connection.dashboard!.rooms.length === 6, "six rooms");
    const rooms = teacher.connection.dashboard!.rooms;
    expect(rooms.map((r) => r.summary!.powers.filter((p) => p.bot).length)).toEqual([0, 0, 0, 0, 0, 2]);
    expect(new Set(rooms.map((r) => r.code)).size).toBe(6);
    for (const [i, s] of students.entries()) {
      await s.until((c) => c.connection.student?.matchCode != null, `student ${i + 1}'s match`);
      expect(s.connection.student!.matchCode, `student ${i + 1}`).toBe(rooms[Math.floor(i / 5)]!.code);
    }
    await leaveClass(teacher.connection, ...students.map((s) => s.connection));
  });
});

describe("class-wide controls", () => {
  it("pause all, resume all, extend all and end phase everywhere reach every room", async () => {
    const { teacher, students } = await classWith(server.url, 12);
    teacher.connection.send("pauseAll", {});
    expect(await teacher.nextError()).toMatchObject({ re: "pauseAll", code: "CLASS_NOT_STARTED" });
    teacher.connection.send("startAll", {});
    await teacher.until((t) => t.connection.dashboard!.rooms.length === 3, "three rooms");
    const rooms = () => teacher.connection.dashboard!.rooms.map((r) => r.summary!);

    teacher.connection.send("pauseAll", {});
    await teacher.until(() => rooms().every((r) => r.clock.paused), "every room paused");
    const player = await students[11]!.openMatch(server.url);
    expect(player.board.clock.paused).toBe(true);
    teacher.connection.send("pauseAll", {});
    expect(await teacher.nextError()).toMatchObject({ re: "pauseAll", code: "ALREADY_PAUSED" });

    const remaining = rooms().map((r) => r.clock.remaining!);
    teacher.connection.send("extendAll", { seconds: 60 });
    await teacher.until(() => rooms().every((r, i) => r.clock.remaining! >= remaining[i]! + 60_000), "every room extended");

    teacher.connection.send("resumeAll", {});
    await teacher.until(() => rooms().every((r) => !r.clock.paused && r.clock.deadline !== null), "every room running");
    teacher.connection.send("endPhaseAll", {});
    await teacher.until(() => rooms().every((r) => r.phase === "negotiation"), "every room in negotiation");
    await player.until(() => player.board.phase === "negotiation", "the player's room in negotiation");
    await leaveClass(teacher.connection, player, ...students.map((s) => s.connection));
  });

  it("shows a player who left as gone on their room's card", async () => {
    const { teacher, students } = await classWith(server.url, 3);
    teacher.connection.send("startAll", {});
    await teacher.until((t) => t.connection.dashboard!.rooms.length === 1, "the room");
    const matches = await Promise.all(students.map((s) => s.openMatch(server.url)));
    await teacher.until((t) => t.connection.dashboard!.rooms[0]!.summary!.alerts.length === 0, "no alerts while everyone plays");
    await matches[1]!.leave();
    await teacher.until((t) => t.connection.dashboard!.rooms[0]!.summary!.alerts.some((a) => a.kind === "playerGone" && a.text.params?.names === "Student 2"), "Student 2 gone");
    await leaveClass(teacher.connection, ...matches, ...students.map((s) => s.connection));
  });
});
