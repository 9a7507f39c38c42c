/**
 * A class of delegations survives its server: killed (SIGKILL) after a member drafted the
 * power's orders, started again on the same data folder. Each member's own token brings them
 * back to the delegation's seat, with the delegation, its orders and who changed them.
 */
import { afterAll, expect, it } from "vitest";
import { delegationChannel } from "../../shared/session";
import { killServerProcesses, startServerProcess } from "../helpers/serverProcess";
import { tempDataDir } from "../helpers/server";
import { ClassClient, classWith, leaveClass } from "../helpers/classroom";

afterAll(() => killServerProcesses());

it("keeps a delegation across a crash: each member's token opens the delegation's seat, with its Ready, who set it, and its channel", async () => {
  const server = await startServerProcess({ dataDir: tempDataDir() });
  // Six students: Russia's delegation is Student 1 and Student 6.
  const { teacher, students } = await classWith(server.url, 6, "delegations");
  teacher.connection.send("startAll", {});
  await teacher.until((t) => t.connection.dashboard!.rooms.length === 1, "the world of delegations");
  const first = await students[0]!.openMatch(server.url);
  await first.until(() => first.view.delegation?.members.length === 2, "the delegation's view");
  first.send("ready", { phase: "briefing", turn: 1, ready: true });
  first.send("chat", { channel: delegationChannel("russia"), text: "Our plan, before the crash." });
  await first.until(() => first.view.delegation!.ready?.by === "Student 1" && first.chat.length === 1, "the Ready and the message kept");
  const tokens = [students[0]!.studentToken, students[5]!.studentToken];
  await leaveClass(teacher.connection, first, ...students.map((s) => s.connection));

  await server.stop("SIGKILL");
  await server.restart();

  const back = await ClassClient.join(server.url, teacher.code, { teacherToken: teacher.teacherToken });
  expect(back.connection.dashboard!.grouping).toBe("delegations");
  await back.until((t) => t.connection.dashboard!.rooms[0]!.summary !== null, "the room restored");
  expect(back.connection.dashboard!.rooms[0]!.summary!.powers[0]!.members.map((m) => m.name)).toEqual(["Student 1", "Student 6"]);
  const members = await Promise.all(tokens.map((studentToken) => ClassClient.join(server.url, teacher.code, { studentToken })));
  const matches = await Promise.all(members.map((m) => m.openMatch(server.url)));
  for (const m of matches) {
    await m.until(() => m.power === "russia" && m.view.delegation !== undefined, "the delegation's seat");
    expect(m.view.delegation!.members.map((x) => x.name)).toEqual(["Student 1", "Student 6"]);
    expect(m.view.delegation!.ready?.by).toBe("Student 1");
    expect(m.board.ready).toContain("russia");
    expect(m.chat.map((c) => c.text)).toEqual(["Our plan, before the crash."]);
  }
  await back.until((t) => t.connection.dashboard!.rooms[0]!.summary!.powers[0]!.members.every((m) => m.presence === "online"), "both members online again");
  await leaveClass(back.connection, ...members.map((m) => m.connection), ...matches);
  await server.stop("SIGTERM");
});
