/**
 * The class setting "the teacher reads private and group chat", chosen at creation: over real
 * sockets, a private line reaches the teacher's facilitator socket only when it is on, every
 * student's board says which it is, and no student can change it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import type { MatchConnection } from "../../client/src/net";
import type { ErrorReply } from "../../shared/protocol";
import { bootServer } from "../helpers/server";
import { ClassClient, leaveClass, openAsFacilitator } from "../helpers/classroom";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer({ messageRate: { burst: 1_000, perSecond: 1_000 } });
});
afterAll(async () => {
  await server.stop();
});

/** A started class of three in one world: the teacher's facilitator socket and the students' match sockets. */
async function startedClass(teacherReadsChat: boolean | undefined) {
  const teacher = await ClassClient.create(server.url, "Civics", undefined, teacherReadsChat === undefined ? {} : { teacherReadsChat });
  const students: ClassClient[] = [];
  for (let i = 1; i <= 3; i++) students.push(await ClassClient.join(server.url, teacher.code, { name: `Student ${i}` }));
  teacher.connection.send("startAll", {});
  await teacher.until((t) => t.connection.dashboard?.rooms.length === 1, "the room");
  const matches = await Promise.all(students.map((s) => s.openMatch(server.url)));
  const facilitator = await openAsFacilitator(server.url, teacher, 0);
  return { teacher, students, matches, facilitator };
}

/** The next typed refusal this connection gets for a message of `type`. */
function refusalOf(connection: MatchConnection, type: string): Promise<ErrorReply> {
  return new Promise((resolve) => connection.onError((e) => e.re === type && resolve(e)));
}

/** Russia writes to Ukraine, to a group of three and in public; the public line arrives last everywhere. */
async function talk(matches: MatchConnection[]): Promise<void> {
  const russia = matches[0]!;
  russia.send("createGroup", { name: "Neighbours", powers: ["ukraine", "usa"] });
  await russia.until(() => russia.view.groups.length === 1, "the group");
  russia.send("chat", { channel: "pair:russia|ukraine", text: "Between us: a truce on the 3rd?" });
  russia.send("chat", { channel: "group:1", text: "All three of us, then." });
  russia.send("chat", { channel: "public", text: "We seek peace." });
  for (const m of matches) await m.until(() => m.chat.some((line) => line.text === "We seek peace."), "the public line");
}

describe("the teacher's reading of chat, a class setting", () => {
  it("off (the default): private and group lines never reach the teacher's socket, and the students' banner says so", async () => {
    const { teacher, students, matches, facilitator } = await startedClass(undefined);
    expect(teacher.connection.dashboard!.teacherReadsChat).toBe(false);
    await talk(matches);
    await facilitator.until(() => facilitator.chat.some((m) => m.text === "We seek peace."), "the public line at the teacher's");
    expect(facilitator.chat.map((m) => m.channel)).toEqual(["public"]);
    expect(facilitator.view.groups).toEqual([]);
    for (const m of matches) expect(m.board.settings.teacherReads).toBe("public");
    await leaveClass(teacher.connection, facilitator, ...matches, ...students.map((s) => s.connection));
  });

  it("on: the teacher's socket gets every private and group line, live and in the history, but may not write in them", async () => {
    const { teacher, students, matches, facilitator } = await startedClass(true);
    expect(teacher.connection.dashboard!.teacherReadsChat).toBe(true);
    await talk(matches);
    await facilitator.until(() => facilitator.chat.some((m) => m.text === "We seek peace."), "the public line at the teacher's");
    expect(facilitator.chat.map((m) => m.channel)).toEqual(["pair:russia|ukraine", "group:1", "public"]);
    expect(facilitator.view.groups.map((g) => g.name)).toEqual(["Neighbours"]);
    for (const m of matches) expect(m.board.settings.teacherReads).toBe("all");
    // The United States is in the group, not the pair: a student outside a channel still does not read it.
    expect(matches[2]!.chat.map((m) => m.channel)).toEqual(["group:1", "public"]);
    const refused = refusalOf(facilitator, "chat");
    facilitator.send("chat", { channel: "pair:russia|ukraine", text: "Teacher here" });
    expect(await refused).toMatchObject({ code: "READ_ONLY_CHANNEL" });

    // A second socket of the teacher (a reload) gets the whole history.
    const again = await openAsFacilitator(server.url, teacher, 0);
    expect(again.chat.map((m) => m.channel)).toEqual(["pair:russia|ukraine", "group:1", "public"]);
    await leaveClass(teacher.connection, facilitator, again, ...matches, ...students.map((s) => s.connection));
  });

  it("cannot be changed by a student: neither in the class nor through the match's settings", async () => {
    const { teacher, students, matches, facilitator } = await startedClass(false);
    students[0]!.connection.sendRaw("teacherReadsChat", { on: true });
    expect(await students[0]!.nextError()).toMatchObject({ code: "UNKNOWN_MESSAGE" });
    const refused = refusalOf(matches[0]!, "configure");
    matches[0]!.sendRaw("configure", { teacherReads: "all" });
    expect(await refused).toMatchObject({ code: "NOT_HOST" });
    await talk(matches);
    await facilitator.until(() => facilitator.chat.some((m) => m.text === "We seek peace."), "the public line at the teacher's");
    expect(facilitator.chat.map((m) => m.channel)).toEqual(["public"]);
    expect(matches[0]!.board.settings.teacherReads).toBe("public");
    await leaveClass(teacher.connection, facilitator, ...matches, ...students.map((s) => s.connection));
  });
});
