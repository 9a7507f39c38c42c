/**
 * Delegations over real sockets: a class grouped in delegations starts one world where several
 * students share each power. Every member edits the power's orders and sees who changed them
 * last; a delegation's channel reaches its members and nobody else, not even on the wire; a
 * member comes back to the delegation's seat by their own token. Rooms of five are unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import type { MatchConnection } from "../../client/src/net";
import { delegationChannel } from "../../shared/session";
import type { ErrorReply } from "../../shared/protocol";
import { bootServer, nextErrorIn, serverRoom } from "../helpers/server";
import { ClassClient, classWith, leaveClass, openAsFacilitator } from "../helpers/classroom";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer({ messageRate: { burst: 1_000, perSecond: 1_000 } });
});
afterAll(async () => {
  await server.stop();
});

const statement = (text: string) => ({ type: "statement", audience: "world", tone: "firm", topic: "war", text }) as const;

/** Russia's orders as this member's view holds them. */
function russiaOrders(m: MatchConnection): string[] {
  return (m.view.match?.orders.russia ?? []).map((o) => (o.type === "statement" ? o.text : o.type));
}

/** Calls `listener` with every frame the socket under this connection receives. */
function rawFrames(m: MatchConnection, listener: (frame: Buffer) => void): void {
  const ws = (m as unknown as { room: { connection: { transport: { ws: { addEventListener(type: "message", cb: (e: { data: unknown }) => void): void } } } } }).room.connection.transport.ws;
  ws.addEventListener("message", (e) => listener(Buffer.from(e.data as ArrayBuffer)));
}

/** A started class of delegations with `n` students, and the students' matches opened in order. */
async function startedDelegations(n: number): Promise<{ teacher: ClassClient; students: ClassClient[]; matches: MatchConnection[] }> {
  const { teacher, students } = await classWith(server.url, n, "delegations");
  teacher.connection.send("startAll", {});
  await teacher.until((t) => t.connection.dashboard!.rooms.length === 1, "the world of delegations");
  const matches: MatchConnection[] = [];
  for (const s of students) matches.push(await s.openMatch(server.url));
  for (const m of matches) await m.until(() => m.view.delegation !== undefined, "the delegation's view");
  return { teacher, students, matches };
}

/** The teacher ends the current phase everywhere until every room is in `phase`. */
async function endPhasesUntil(teacher: ClassClient, phase: string): Promise<void> {
  while (teacher.connection.dashboard!.rooms[0]!.summary!.phase !== phase) {
    const before = teacher.connection.dashboard!.rooms[0]!.summary!.phase;
    teacher.connection.send("endPhaseAll", {});
    await teacher.until((t) => t.connection.dashboard!.rooms[0]!.summary!.phase !== before, `the phase after ${before}`);
  }
}

describe("a class of thirty", () => {
  it("in rooms of five starts six worlds of five students each", async () => {
    const { teacher, students } = await classWith(server.url, 30);
    expect(teacher.connection.dashboard!.grouping).toBe("fives");
    expect(teacher.connection.dashboard!.worlds.map((w) => w.length)).toEqual([5, 5, 5, 5, 5, 5]);
    teacher.connection.send("startAll", {});
    await teacher.until((t) => t.connection.dashboard!.rooms.length === 6, "six rooms");
    const rooms = teacher.connection.dashboard!.rooms;
    expect(rooms.map((r) => r.summary!.powers.filter((p) => !p.bot).length)).toEqual([5, 5, 5, 5, 5, 5]);
    expect(rooms.flatMap((r) => r.summary!.powers.map((p) => p.members.length))).toEqual(Array(30).fill(1));
    await leaveClass(teacher.connection, ...students.map((s) => s.connection));
  });

  it("in delegations starts one world of five powers of six, and the dashboard shows who is in each", async () => {
    const { teacher, students } = await classWith(server.url, 30, "delegations");
    expect(teacher.connection.dashboard!.grouping).toBe("delegations");
    expect(teacher.connection.dashboard!.worlds.map((w) => w.length)).toEqual([30]);
    teacher.connection.send("startAll", {});
    await teacher.until((t) => t.connection.dashboard!.rooms.length === 1, "one room");
    const powers = teacher.connection.dashboard!.rooms[0]!.summary!.powers;
    expect(powers.map((p) => [p.power, p.members.length, p.bot])).toEqual([
      ["russia", 6, false],
      ["ukraine", 6, false],
      ["usa", 6, false],
      ["eu", 6, false],
      ["china", 6, false],
    ]);
    expect(powers[0]!.members.map((m) => m.name)).toEqual(["Student 1", "Student 6", "Student 11", "Student 16", "Student 21", "Student 26"]);
    const code = teacher.connection.dashboard!.rooms[0]!.code;
    for (const s of students) await s.until((c) => c.connection.student?.matchCode === code, "the student's match");
    expect(serverRoom(code).current.members.filter((m) => m.role.kind === "power")).toHaveLength(30);
    await leaveClass(teacher.connection, ...students.map((s) => s.connection));
  });
});

describe("a delegation of three", () => {
  it("edits one power's orders: each member sees the others' version and who changed it, and the turn resolves the last one", async () => {
    // Students 1, 6 and 11 are Russia's delegation in a class of eleven (dealt in turn over five powers).
    const { teacher, students, matches } = await startedDelegations(11);
    const [a, , , , , b, , , , , c] = matches as [MatchConnection, ...MatchConnection[]];
    expect([a, b!, c!].map((m) => m.power)).toEqual(["russia", "russia", "russia"]);
    expect(a.view.delegation!.members.map((m) => m.name)).toEqual(["Student 1", "Student 6", "Student 11"]);
    await endPhasesUntil(teacher, "orders");
    const turn = a.view.match!.turn;

    a.send("orders", { turn, orders: [statement("Draft by Student 1.")] });
    await b!.until(() => russiaOrders(b!).includes("Draft by Student 1."), "B sees A's draft");
    expect(b!.view.delegation!.orders?.by).toBe("Student 1");

    c!.send("orders", { turn, orders: [statement("Student 11's version.")] });
    await a.until(() => russiaOrders(a).includes("Student 11's version."), "A sees C's change");
    expect(a.view.delegation!.orders?.by).toBe("Student 11");
    await b!.until(() => b!.view.delegation!.orders?.by === "Student 11", "B sees who changed it last");

    const code = a.code;
    teacher.connection.send("endPhaseAll", {});
    await a.until(() => a.view.match!.phase === "resolution", "the resolution");
    expect(serverRoom(code).current.match!.orderHistory.find((h) => h.turn === turn && h.power === "russia")?.orders).toEqual([statement("Student 11's version.")]);
    await leaveClass(teacher.connection, ...matches, ...students.map((s) => s.connection));
  });

  it("has one Ready that any member sets, every member sees set, and the dashboard shows", async () => {
    const { teacher, students, matches } = await startedDelegations(11);
    const [a, b] = [matches[0]!, matches[5]!];
    a.send("ready", { phase: "briefing", turn: 1, ready: true });
    await b.until(() => b.board.ready.includes("russia") && b.view.delegation!.ready?.by === "Student 1", "B sees Russia ready, set by A");
    await teacher.until((t) => t.connection.dashboard!.rooms[0]!.summary!.powers[0]!.ready, "Russia ready on the dashboard");
    await teacher.until((t) => t.connection.dashboard!.rooms[0]!.summary!.powers[0]!.members.every((m) => m.presence === "online"), "every member online");
    await leaveClass(teacher.connection, ...matches, ...students.map((s) => s.connection));
  });
});

describe("a delegation's channel", () => {
  it("reaches every other member, and no frame of it reaches another delegation or the facilitator", async () => {
    const { teacher, students, matches } = await startedDelegations(11);
    const [a, b, c, ukraine] = [matches[0]!, matches[5]!, matches[10]!, matches[1]!];
    const facilitator = await openAsFacilitator(server.url, teacher, 0);
    // Every byte the outsiders' sockets receive, frame by frame (msgpack keeps strings as UTF-8).
    const frames: Buffer[] = [];
    for (const outsider of [ukraine, facilitator]) rawFrames(outsider, (frame) => void frames.push(frame));

    a.send("chat", { channel: delegationChannel("russia"), text: "Hold the line, team." });
    for (const member of [b, c]) await member.until(() => member.chat.some((m) => m.text === "Hold the line, team."), "the member reads the delegation's message");
    // A public message after it: once the outsiders have it, the delegation's would have come first.
    a.send("chat", { channel: "public", text: "Good morning, world." });
    for (const outsider of [ukraine, facilitator]) await outsider.until(() => outsider.chat.some((m) => m.text === "Good morning, world."), "the public message");
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.some((f) => f.includes("Hold the line"))).toBe(false);
    expect([ukraine, facilitator].flatMap((o) => o.chat.map((m) => m.text))).not.toContain("Hold the line, team.");

    // Raw frames naming the channel are refused, the facilitator's included.
    const refused: ErrorReply[][] = [[], []];
    ukraine.onError((e) => void refused[0]!.push(e));
    facilitator.onError((e) => void refused[1]!.push(e));
    const answers = refused.map((errors) => nextErrorIn(errors, 5_000));
    ukraine.sendRaw("chat", { channel: delegationChannel("russia"), text: "Let me in." });
    facilitator.sendRaw("chat", { channel: delegationChannel("russia"), text: "Teacher here." });
    for (const answer of answers) expect(await answer).toMatchObject({ re: "chat", code: "NOT_IN_CHANNEL" });
    // A channel name outside the protocol is refused by its shape.
    const malformed = nextErrorIn(refused[0]!, 5_000);
    ukraine.sendRaw("chat", { channel: "delegation:atlantis", text: "?" });
    expect(await malformed).toMatchObject({ re: "chat", code: "BAD_PAYLOAD" });
    await leaveClass(teacher.connection, facilitator, ...matches, ...students.map((s) => s.connection));
  });
});

describe("coming back", () => {
  it("brings a member back to the delegation's seat by their own token, with the delegation's orders and channel", async () => {
    const { teacher, students, matches } = await startedDelegations(6);
    const [a, b] = [matches[0]!, matches[5]!];
    a.send("chat", { channel: delegationChannel("russia"), text: "While you were away." });
    await b.until(() => b.chat.some((m) => m.text === "While you were away."), "B reads it");
    await b.leave();
    await teacher.until((t) => t.connection.dashboard!.rooms[0]!.summary!.powers[0]!.members.some((m) => m.presence === "offline"), "B shown offline in the delegation");
    await endPhasesUntil(teacher, "orders");
    a.send("orders", { turn: a.view.match!.turn, orders: [statement("Decided without B.")] });
    await a.until(() => russiaOrders(a).includes("Decided without B."), "A's orders");

    const back = await ClassClient.join(server.url, teacher.code, { studentToken: students[5]!.studentToken });
    const again = await back.openMatch(server.url);
    await again.until(() => again.power === "russia" && russiaOrders(again).includes("Decided without B."), "B back on Russia with the delegation's orders");
    expect(again.memberId).toBe(b.memberId);
    expect(again.view.delegation!.orders?.by).toBe("Student 1");
    expect(again.chat.map((m) => m.text)).toContain("While you were away.");
    await teacher.until((t) => t.connection.dashboard!.rooms[0]!.summary!.powers[0]!.members.every((m) => m.presence === "online"), "B online again");
    await leaveClass(teacher.connection, back.connection, again, ...matches, ...students.map((s) => s.connection));
  });

  it("places a late student into a delegation, where they see its orders and read its channel", async () => {
    const { teacher, students, matches } = await startedDelegations(5);
    const late = await ClassClient.join(server.url, teacher.code, { name: "Latecomer" });
    await teacher.until((t) => t.connection.dashboard!.waiting.length === 1, "the late student waiting");
    teacher.connection.send("placeLate", { studentId: teacher.connection.dashboard!.waiting[0]!, world: 0, power: "ukraine" });
    const match = await late.openMatch(server.url);
    await match.until(() => match.view.delegation?.members.length === 2, "the late student in Ukraine's delegation");
    expect(match.power).toBe("ukraine");
    matches[1]!.send("chat", { channel: delegationChannel("ukraine"), text: "Welcome aboard." });
    await match.until(() => match.chat.some((m) => m.text === "Welcome aboard."), "the newcomer reads the delegation's channel");
    await teacher.until((t) => t.connection.dashboard!.rooms[0]!.summary!.powers[1]!.members.map((m) => m.name).includes("Latecomer"), "the dashboard lists the newcomer");
    await leaveClass(teacher.connection, late.connection, match, ...matches, ...students.map((s) => s.connection));
  });
});
