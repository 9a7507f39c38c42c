/** The lobby over real sockets: codes, passwords, capacity, powers, the host's controls, bots. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { english } from "../helpers/texts";
import type { RunningServer } from "../../server/app";
import { JoinError, MatchConnection } from "../../client/src/net";
import { JOIN_CODE_ALPHABET } from "../../shared/joinCode";
import { MAX_MEMBERS } from "../../shared/session";
import { TestPlayer, bootServer, leaveAll, lobbyWith, serverRoom, startMatch } from "../helpers/server";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer();
});
afterAll(async () => {
  await server.stop();
});

describe("joining by code", () => {
  it("gives a six-character code without 0, O, 1, I or L, and makes its creator host", async () => {
    const host = await TestPlayer.create(server.url, "Hana");
    expect(host.code).toMatch(/^[A-Z0-9]{6}$/);
    for (const ch of host.code) expect(JOIN_CODE_ALPHABET).toContain(ch);
    expect(host.connection.board.hostId).toBe(host.id);
    await leaveAll(host);
  });

  it("finds the match with the code typed in lower case, with a space", async () => {
    const host = await TestPlayer.create(server.url, "Hana");
    const typed = `${host.code.slice(0, 3).toLowerCase()} ${host.code.slice(3).toLowerCase()}`;
    const guest = await TestPlayer.join(server.url, typed, "Bogdan");
    expect(guest.code).toBe(host.code);
    await host.until((p) => Object.values(p.connection.board.members).some((m) => m.name === "Bogdan"));
    await leaveAll(host, guest);
  });

  it("answers a wrong code plainly", async () => {
    await expect(MatchConnection.join(server.url, "K7Q2XP", { name: "Bogdan" })).rejects.toThrow(new JoinError({ key: "refusals:NO_SUCH_MATCH", params: { code: "K7Q2XP" } }, 4212));
  });

  it("asks for the password of a protected match and refuses a wrong one", async () => {
    const host = await TestPlayer.create(server.url, "Hana", { password: "blue door" });
    await expect(TestPlayer.join(server.url, host.code, "Bogdan", { password: "red door" })).rejects.toThrow(`Wrong password for match ${host.code}.`);
    // No password typed is not a wrong one: the match asks for it.
    const none = await TestPlayer.join(server.url, host.code, "Bogdan").then(() => "joined", (e: Error) => e.message);
    expect(none).toBe(`Match ${host.code} needs a password.`);
    expect(await TestPlayer.join(server.url, host.code, "Bogdan", { password: "   " }).then(() => "joined", (e: Error) => e.message)).toBe(`Match ${host.code} needs a password.`);
    const guest = await TestPlayer.join(server.url, host.code, "Bogdan", { password: "blue door" });
    expect(guest.connection.board.hasPassword).toBe(true);
    await leaveAll(host, guest);
  });

  it("refuses a newcomer once the room is full", async () => {
    const host = await TestPlayer.create(server.url, "Hana");
    const guests: TestPlayer[] = [];
    for (let i = 1; i < MAX_MEMBERS; i++) guests.push(await TestPlayer.join(server.url, host.code, `Guest ${i}`));
    await expect(TestPlayer.join(server.url, host.code, "One too many")).rejects.toThrow(`This match is full (${MAX_MEMBERS} people).`);
    await leaveAll(host, ...guests);
  });

  it("refuses a display name already in the room", async () => {
    const host = await TestPlayer.create(server.url, "Hana");
    await expect(TestPlayer.join(server.url, host.code, "HANA")).rejects.toThrow("already called HANA");
    await leaveAll(host);
  });
});

describe("powers", () => {
  it("two players wanting one power at the same moment: one gets it, the other is told who has it", async () => {
    const host = await TestPlayer.create(server.url, "Hana");
    const a = await TestPlayer.join(server.url, host.code, "Anna");
    const b = await TestPlayer.join(server.url, host.code, "Bogdan");
    a.connection.send("pickPower", { power: "china" });
    b.connection.send("pickPower", { power: "china" });
    const error = await b.nextError();
    expect(error).toMatchObject({ re: "pickPower", code: "POWER_TAKEN", message: "China is already taken by Anna." });
    await b.until((p) => p.connection.board.members[a.id]?.power === "china");
    expect(b.connection.board.members[b.id]?.power).toBe("");
    await leaveAll(host, a, b);
  });
});

describe("the host's controls", () => {
  it("gives empty powers to bots, and the match starts with them playing", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine"], { hostRole: "facilitator" });
    host.connection.send("setBot", { power: "china", bot: true });
    host.connection.send("setBot", { power: "usa", bot: true });
    await host.until((p) => p.connection.board.bots.length === 2);
    await startMatch(host, players);
    expect(players[0]!.connection.view.match?.seats).toEqual({ russia: "human", china: "bot", usa: "bot", ukraine: "human", eu: "absent" });
    await leaveAll(host, ...players);
  });

  it("moves a player to another power and removes a player, who is disconnected and cannot come back", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine", "eu"]);
    const [a, b, c] = players as [TestPlayer, TestPlayer, TestPlayer];
    host.connection.send("moveMember", { memberId: a.id, power: "usa" });
    await a.until((p) => p.connection.board.members[a.id]?.power === "usa");
    const token = c.storage.tokens.get(host.code)!;
    host.connection.send("removeMember", { memberId: c.id });
    await c.until((p) => p.connection.closedReason !== null, "the removed player to be disconnected");
    expect(english(c.connection.closedReason!)).toBe("The host has removed you from this match.");
    await host.until((p) => !(c.id in p.connection.board.members));
    await expect(MatchConnection.join(server.url, host.code, {}, { get: () => token, set() {}, delete() {} })).rejects.toThrow("The host has removed you from this match.");
    expect(serverRoom(host.code).current.members.find((m) => m.id === c.id)?.removed).toBe(true);
    await leaveAll(host, a, b);
  });

  it("hands the host role to someone else, who can then start", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine"]);
    host.connection.send("handHost", { memberId: players[0]!.id });
    await players[0]!.until((p) => p.connection.board.hostId === p.id);
    host.connection.send("start", {});
    expect((await host.nextError()).code).toBe("NOT_HOST");
    await leaveAll(host, ...players);
  });
});

describe("the host's export", () => {
  const exportAs = (code: string, token: string | undefined) =>
    fetch(`${server.url}/api/matches/${code}/export`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it("gives the facilitator host the whole log and the state after every turn", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine"], { hostRole: "facilitator" });
    await startMatch(host, players);
    players[0]!.connection.send("chat", { channel: "public", text: "On the record" });
    await host.until((p) => p.connection.chat.length === 1);
    const response = await exportAs(host.code, host.storage.tokens.get(host.code));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { log: { action: { type: string; text?: string } }[]; turns: { turn: number }[] };
    expect(body.log.map((e) => e.action.type)).toEqual(expect.arrayContaining(["join", "pickPower", "configure", "start", "chat"]));
    expect(body.log.find((e) => e.action.type === "chat")?.action.text).toBe("On the record");
    expect(body.turns.map((t) => t.turn)).toEqual([0]);
    await leaveAll(host, ...players);
  });

  it("refuses anyone else, and a host who plays a power while the match runs", async () => {
    const { host, players } = await lobbyWith(server.url, ["ukraine"], { hostRole: "russia" });
    expect((await exportAs(host.code, undefined)).status).toBe(403);
    expect((await exportAs(host.code, players[0]!.storage.tokens.get(host.code))).status).toBe(403);
    expect((await exportAs("K7Q2XP", "whatever")).status).toBe(403);
    await startMatch(host, players);
    const running = await exportAs(host.code, host.storage.tokens.get(host.code));
    expect(running.status).toBe(403);
    expect(await running.json()).toMatchObject({ code: "MATCH_RUNNING" });
    await leaveAll(host, ...players);
  });
});
