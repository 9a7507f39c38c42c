/**
 * A class lives as long as its teacher keeps it: 30 days by default, or until the teacher
 * deletes it. Deleting closes its rooms (every student told "class ended"), deletes its
 * matches, students and itself from the database, and a restart does not bring it back; a class
 * past its time is purged at start-up and not restored. The server's clock is the test's own.
 */
import { describe, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import { ClassConnection } from "../../client/src/classNet";
import { MatchConnection } from "../../client/src/net";
import { hashToken } from "../../server/security";
import { bootServer, memoryStorage, tempDataDir } from "../helpers/server";
import { ClassClient, classWith, leaveClass, openAsFacilitator } from "../helpers/classroom";

const DAY = 24 * 60 * 60 * 1000;

/** A started class of three in one world, on a server whose clock the test sets. */
async function startedClass(server: RunningServer) {
  const { teacher, students } = await classWith(server.url, 3);
  teacher.connection.send("startAll", {});
  await teacher.until((t) => t.connection.dashboard?.rooms.length === 1, "the room");
  const matchCode = teacher.connection.dashboard!.rooms[0]!.code;
  return { teacher, students, matchCode };
}

/** Whether anything of the class or its match is left in the store. */
async function stored(server: RunningServer, classCode: string, matchCode: string, studentToken: string): Promise<boolean> {
  const { store } = server;
  return (await store.hasClass(classCode)) || (await store.hasMatch(matchCode)) || (await store.studentForToken(classCode, hashToken(studentToken))) !== null || (await store.export(matchCode)) !== null;
}

describe("deleting a class", () => {
  it("closes its rooms with a typed 'class ended' for every student, and deletes its matches, students and class from the database", async () => {
    const server = await bootServer({ messageRate: { burst: 1_000, perSecond: 1_000 } });
    const { teacher, students, matchCode } = await startedClass(server);
    const match = await students[0]!.openMatch(server.url);
    const facilitator = await openAsFacilitator(server.url, teacher, 0);
    expect(await stored(server, teacher.code, matchCode, students[0]!.studentToken)).toBe(true);

    students[1]!.connection.sendRaw("deleteClass", { confirmCode: teacher.code });
    expect(await students[1]!.nextError()).toMatchObject({ re: "deleteClass", code: "NOT_ALLOWED" });
    teacher.connection.send("deleteClass", { confirmCode: "WRONG" });
    expect(await teacher.nextError()).toMatchObject({ re: "deleteClass", code: "WRONG_CONFIRMATION" });
    expect(await server.store.hasClass(teacher.code)).toBe(true);

    teacher.connection.send("deleteClass", { confirmCode: teacher.code.toLowerCase() });
    for (const s of students) await s.until((c) => c.connection.ended !== null, "the class ended for a student");
    expect(students[2]!.connection.ended).toMatchObject({ reason: "deleted" });
    expect(students.map((s) => s.connection.status)).toEqual(["closed", "closed", "closed"]);
    await match.until(() => match.closedReason !== null, "the student's match closed");
    expect(match.classEnded).toMatchObject({ reason: "deleted" });
    expect(match.closedReason).toEqual(match.classEnded!.text);
    await facilitator.until(() => facilitator.closedReason !== null, "the facilitator's match closed");
    await teacher.until((t) => t.connection.status === "closed", "the teacher's dashboard closed");
    expect(await stored(server, teacher.code, matchCode, students[0]!.studentToken)).toBe(false);

    // Neither the student's token nor the teacher's link opens anything any more.
    await expect(ClassConnection.join(server.url, teacher.code, { studentToken: students[0]!.studentToken })).rejects.toBeDefined();
    const seat = memoryStorage();
    seat.set(matchCode, students[0]!.studentToken);
    await expect(MatchConnection.join(server.url, matchCode, {}, seat)).rejects.toBeDefined();
    await leaveClass(teacher.connection, match, facilitator, ...students.map((s) => s.connection));
    await server.stop();
  });

  it("is not restored by a restart", async () => {
    const dataDir = tempDataDir();
    let server = await bootServer({ dataDir });
    const { teacher, students, matchCode } = await startedClass(server);
    teacher.connection.send("deleteClass", { confirmCode: teacher.code });
    await teacher.until((t) => t.connection.status === "closed", "the class deleted");
    await leaveClass(...students.map((s) => s.connection));
    await server.stop();

    server = await bootServer({ dataDir });
    expect(server.restored).not.toContain(matchCode);
    await expect(ClassClient.join(server.url, teacher.code, { teacherToken: teacher.teacherToken })).rejects.toBeDefined();
    expect(await stored(server, teacher.code, matchCode, students[0]!.studentToken)).toBe(false);
    await server.stop();
  });
});

describe("a class's time on the server", () => {
  it("is 30 days from its creation, shown on the dashboard; past it, the class is purged at start-up and not restored", async () => {
    const dataDir = tempDataDir();
    let now = Date.UTC(2026, 10, 1, 9, 0);
    const clock = () => now;
    let server = await bootServer({ dataDir, now: clock });
    const { teacher, students, matchCode } = await startedClass(server);
    expect(teacher.connection.dashboard!.keptUntil).toBe(Date.UTC(2026, 10, 1, 9, 0) + 30 * DAY);
    await leaveClass(teacher.connection, ...students.map((s) => s.connection));
    await server.stop();

    // 29 days on: still kept, restored with its room.
    now += 29 * DAY;
    server = await bootServer({ dataDir, now: clock });
    expect(server.restored).toContain(matchCode);
    const back = await ClassClient.join(server.url, teacher.code, { teacherToken: teacher.teacherToken });
    expect(back.connection.dashboard!.rooms.map((r) => r.code)).toEqual([matchCode]);
    await back.connection.leave();
    await server.stop();

    // Past 30 days: purged before anything is restored.
    now += 2 * DAY;
    server = await bootServer({ dataDir, now: clock });
    expect(server.restored).not.toContain(matchCode);
    expect(await stored(server, teacher.code, matchCode, students[0]!.studentToken)).toBe(false);
    await expect(ClassClient.join(server.url, teacher.code, { teacherToken: teacher.teacherToken })).rejects.toBeDefined();
    await server.stop();
  });

  it("can be set in days by the server's operator (CLASS_KEEP_DAYS)", async () => {
    const now = Date.UTC(2026, 10, 1, 9, 0);
    const server = await bootServer({ now: () => now, classKeepDays: 7 });
    const { teacher, students } = await startedClass(server);
    expect(teacher.connection.dashboard!.keptUntil).toBe(now + 7 * DAY);
    await leaveClass(teacher.connection, ...students.map((s) => s.connection));
    await server.stop();
  });
});
