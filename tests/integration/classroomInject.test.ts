/**
 * One inject from the dashboard: over real sockets, it reaches every chosen room and no other,
 * or every room when none is chosen; a conditional or scheduled inject is decided by each room's
 * own rules; a student cannot send one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import type { MatchConnection } from "../../client/src/net";
import { bootServer, serverRoom } from "../helpers/server";
import { ClassClient, classWith, leaveClass } from "../helpers/classroom";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer({ messageRate: { burst: 1_000, perSecond: 1_000 } });
});
afterAll(async () => {
  await server.stop();
});

const grainDeal = { title: "A grain deal is signed", text: "Ships sail again.", effects: [{ kind: "meter" as const, power: "ukraine" as const, meter: "economy" as const, delta: 5 }] };

/** A class of 12 started in three worlds, with one student's match socket open in each (students 1, 6, 11). */
async function threeWorlds(): Promise<{ teacher: ClassClient; students: ClassClient[]; players: MatchConnection[] }> {
  const { teacher, students } = await classWith(server.url, 12);
  teacher.connection.send("startAll", {});
  await teacher.until((t) => t.connection.dashboard!.rooms.length === 3, "three rooms");
  const players = await Promise.all([0, 5, 10].map((i) => students[i]!.openMatch(server.url)));
  for (const p of players) await p.until(() => p.view.match !== null, "the player's view");
  return { teacher, students, players };
}

const sees = (p: MatchConnection, title: string) => p.view.match!.events.some((e) => e.title.params?.title === title && e.source === "facilitator");

describe("a class-wide inject", () => {
  it("reaches every chosen room and no other", async () => {
    const { teacher, students, players } = await threeWorlds();
    teacher.connection.send("injectEvent", { event: grainDeal, worlds: [0, 2] });
    await players[0]!.until(() => sees(players[0]!, grainDeal.title), "the event in world 1");
    await players[2]!.until(() => sees(players[2]!, grainDeal.title), "the event in world 3");
    // Then a second inject into world 2 alone: once it has arrived there, the first one would have too.
    teacher.connection.send("injectEvent", { event: { ...grainDeal, title: "Only in world 2" }, worlds: [1] });
    await players[1]!.until(() => sees(players[1]!, "Only in world 2"), "the second event in world 2");
    expect(sees(players[1]!, grainDeal.title)).toBe(false);
    expect([0, 2].map((i) => sees(players[i]!, "Only in world 2"))).toEqual([false, false]);
    expect(teacher.errors).toEqual([]);
    await leaveClass(teacher.connection, ...players, ...students.map((s) => s.connection));
  });

  it("reaches every room when no world is chosen; a scenario card by its id likewise", async () => {
    const { teacher, students, players } = await threeWorlds();
    teacher.connection.send("injectEvent", { event: { ref: "strait-drills" } });
    for (const p of players) await p.until(() => p.view.match!.events.some((e) => e.id === "strait-drills" && e.source === "facilitator"), "the card in every room");
    await leaveClass(teacher.connection, ...players, ...students.map((s) => s.connection));
  });

  it("scheduled for a later turn: every room keeps it waiting, and no student sees it yet", async () => {
    const { teacher, students, players } = await threeWorlds();
    teacher.connection.send("injectEvent", { event: { ...grainDeal, turn: 3, if: { kind: "not", of: { kind: "ceasefireActive", parties: ["russia", "ukraine"] } } } });
    const rooms = teacher.connection.dashboard!.rooms.map((r) => r.code);
    for (const code of rooms) await teacher.until(() => (serverRoom(code).current.match!.scheduled ?? []).length === 1, `the event waiting in ${code}`);
    expect(players.map((p) => p.view.match!.scheduled)).toEqual([[], [], []]);
    expect(players.map((p) => sees(p, grainDeal.title))).toEqual([false, false, false]);
    await leaveClass(teacher.connection, ...players, ...students.map((s) => s.connection));
  });

  it("tells the teacher which rooms refused it and why, and refuses a world that does not exist", async () => {
    const { teacher, students, players } = await threeWorlds();
    teacher.connection.send("injectEvent", { event: { ...grainDeal, turn: 1 + teacher.connection.dashboard!.rooms[0]!.summary!.lastTurn } });
    expect(await teacher.nextError()).toMatchObject({ re: "injectEvent", code: "AFTER_LAST_TURN", message: expect.stringContaining("World 1:") });
    teacher.connection.send("injectEvent", { event: grainDeal, worlds: [3] });
    expect(await teacher.nextError()).toMatchObject({ re: "injectEvent", code: "NO_SUCH_WORLD" });
    students[1]!.connection.sendRaw("injectEvent", { event: grainDeal });
    expect(await students[1]!.nextError()).toMatchObject({ re: "injectEvent", code: "NOT_ALLOWED" });
    teacher.connection.sendRaw("injectEvent", { event: { ...grainDeal, effects: [{ kind: "meter", power: "ukraine", meter: "economy", delta: 500 }] } });
    expect(await teacher.nextError()).toMatchObject({ re: "injectEvent", code: "BAD_PAYLOAD" });
    expect(players.map((p) => sees(p, grainDeal.title))).toEqual([false, false, false]);
    await leaveClass(teacher.connection, ...players, ...students.map((s) => s.connection));
  });
});
