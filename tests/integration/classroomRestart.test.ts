/**
 * A class survives its server: the server process is killed (SIGKILL) after the start and
 * started again on the same data folder. The teacher link brings the teacher back to the
 * dashboard with every room, each room's facilitator link still opens it, and a student's
 * token brings them back to their place and their seat.
 */
import { afterAll, expect, it } from "vitest";
import { ClassConnection } from "../../client/src/classNet";
import { JOIN_REFUSED } from "../../shared/protocol";
import { killServerProcesses, startServerProcess } from "../helpers/serverProcess";
import { tempDataDir } from "../helpers/server";
import { ClassClient, classWith, leaveClass, openAsFacilitator } from "../helpers/classroom";

afterAll(() => killServerProcesses());

it("the teacher token rejoins the dashboard after a crash, with every room, and a student's token their seat", async () => {
  const server = await startServerProcess({ dataDir: tempDataDir() });
  const { teacher, students } = await classWith(server.url, 6);
  teacher.connection.send("startAll", {});
  await teacher.until((t) => t.connection.dashboard!.rooms.length === 2, "two rooms");
  const before = teacher.connection.dashboard!;
  const studentToken = students[4]!.studentToken;
  await students[4]!.until((s) => s.connection.student!.matchCode !== null, "the student's match");
  const matchCode = students[4]!.connection.student!.matchCode;
  await leaveClass(teacher.connection, ...students.map((s) => s.connection));

  await server.stop("SIGKILL");
  await server.restart();

  await expect(ClassConnection.join(server.url, before.code, { teacherToken: "guessed" })).rejects.toMatchObject({ code: JOIN_REFUSED });
  const back = await ClassClient.join(server.url, before.code, { teacherToken: teacher.teacherToken });
  const after = back.connection.dashboard!;
  expect(after.name).toBe(before.name);
  expect(after.students.map((s) => [s.name, s.world, s.power])).toEqual(before.students.map((s) => [s.name, s.world, s.power]));
  expect(after.rooms.map((r) => [r.code, r.facilitatorToken])).toEqual(before.rooms.map((r) => [r.code, r.facilitatorToken]));
  expect(after.rooms.map((r) => r.summary?.phase)).toEqual(["briefing", "briefing"]);

  const facilitator = await openAsFacilitator(server.url, back, 0);
  expect(facilitator.board.members[facilitator.memberId]?.role).toBe("facilitator");
  const student = await ClassClient.join(server.url, before.code, { studentToken });
  expect(student.connection.student!.matchCode).toBe(matchCode);
  const match = await student.openMatch(server.url);
  // The seat's view comes in its own message after the board: wait for it, not for a fixed time.
  await match.until(() => match.power !== null, "the student's seat view");
  expect(match.power).toBe("ukraine");
  await back.until((t) => t.connection.dashboard!.rooms[1]!.summary!.powers[1]!.presence === "online", "the student online again in their room");
  await leaveClass(back.connection, student.connection, facilitator, match);
  await server.stop("SIGTERM");
});
