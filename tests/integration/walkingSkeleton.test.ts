/**
 * The walking skeleton over real sockets: a real Colyseus server on loopback, clients built
 * on the browser's own network layer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import { JoinError, MatchConnection } from "../../client/src/net";
import { JOIN_CODE_ALPHABET } from "../../shared/joinCode";
import { TestPlayer, bootServer, serverRoom } from "../helpers/server";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer();
});
afterAll(async () => {
  await server.stop();
});

/** A host on Russia and a guest on Ukraine, in the lobby. */
async function lobbyOfTwo() {
  const host = await TestPlayer.create(server, "Anna");
  const guest = await TestPlayer.join(server, host.connection.code, "Bogdan");
  host.connection.send("pickPower", { power: "russia" });
  await guest.until((s) => s.players[host.id]?.power === "russia");
  guest.connection.send("pickPower", { power: "ukraine" });
  await host.until((s) => s.players[guest.id]?.power === "ukraine");
  return { host, guest };
}

async function startedMatch() {
  const players = await lobbyOfTwo();
  players.host.connection.send("start", {});
  await players.guest.until((s) => s.phase === "statements", "the match to start");
  return players;
}

/**
 * Sends a message, waits for its error reply, and checks that nothing moved: neither the
 * server's whole game (private parts included) nor what any client sees. The server handles
 * a message to the end before replying, so once the reply is here any change would be too.
 */
async function expectRefusal(sender: TestPlayer, others: TestPlayer[], send: () => void) {
  const room = serverRoom(sender.connection.code);
  const gameBefore = structuredClone(room.game);
  const syncedBefore = room.state.toJSON();
  const seenBefore = [sender, ...others].map((p) => JSON.stringify(p.state));
  send();
  const error = await sender.nextError();
  expect(room.game).toEqual(gameBefore);
  expect(room.state.toJSON()).toEqual(syncedBefore);
  expect([sender, ...others].map((p) => JSON.stringify(p.state))).toEqual(seenBefore);
  return error;
}

describe("a private match played by code", () => {
  it("creates a match with a six-character code of unambiguous characters", async () => {
    const host = await TestPlayer.create(server, "Anna");
    expect(host.connection.code).toMatch(/^[A-Z0-9]{6}$/);
    for (const ch of host.connection.code) expect(JOIN_CODE_ALPHABET).toContain(ch);
    expect(host.connection.code).not.toMatch(/[01OIL]/);
    expect(host.state.hostId).toBe(host.id);
    await host.connection.leave();
  });

  it("joins with the code typed in lower case and with spaces", async () => {
    const host = await TestPlayer.create(server, "Anna");
    const code = host.connection.code;
    const typed = `${code.slice(0, 3).toLowerCase()} ${code.slice(3).toLowerCase()}`;
    const guest = await TestPlayer.join(server, typed, "Bogdan");
    expect(guest.connection.code).toBe(code);
    await host.until((s) => Object.values(s.players).some((p) => p.name === "Bogdan"));
    await Promise.all([host.connection.leave(), guest.connection.leave()]);
  });

  it("answers a wrong code plainly", async () => {
    await expect(MatchConnection.join(server.url, "K7Q2XP", "Bogdan")).rejects.toThrow(new JoinError("No match with code K7Q2XP"));
  });

  it("refuses a join without a display name", async () => {
    const host = await TestPlayer.create(server, "Anna");
    await expect(MatchConnection.join(server.url, host.connection.code, "   ")).rejects.toThrow("Please enter a display name.");
    await host.connection.leave();
  });

  it("plays three turns to the end, every statement published as news", async () => {
    const { host, guest } = await startedMatch();
    expect(host.state.turn).toBe(1);
    for (let turn = 1; turn <= 3; turn++) {
      host.connection.send("submitStatement", { turn, tone: "firm", text: `Moscow speaks, turn ${turn}` });
      await guest.until((s) => s.players[host.id]?.submitted === true, "the host's statement to be in");
      // The statement itself stays secret until the turn resolves.
      expect(JSON.stringify(guest.state)).not.toContain(`Moscow speaks, turn ${turn}`);
      guest.connection.send("submitStatement", { turn, tone: "conciliatory", text: `Kyiv answers, turn ${turn}` });
      await host.until((s) => s.news.length === turn * 2, `the news of turn ${turn}`);
    }
    const end = await guest.until((s) => s.phase === "ended", "the match to end");
    expect(end.news.map((n) => [n.turn, n.power, n.text])).toEqual([
      [1, "russia", "Moscow speaks, turn 1"],
      [1, "ukraine", "Kyiv answers, turn 1"],
      [2, "russia", "Moscow speaks, turn 2"],
      [2, "ukraine", "Kyiv answers, turn 2"],
      [3, "russia", "Moscow speaks, turn 3"],
      [3, "ukraine", "Kyiv answers, turn 3"],
    ]);
    await Promise.all([host.connection.leave(), guest.connection.leave()]);
  });
});

describe("bad input gets a clear error reply and changes nothing", () => {
  it("an unknown message type", async () => {
    const { host, guest } = await lobbyOfTwo();
    const error = await expectRefusal(host, [guest], () => host.connection.room.send("launchMissiles", { at: "everyone" }));
    expect(error).toMatchObject({ re: "launchMissiles", code: "UNKNOWN_MESSAGE" });
  });

  it("a payload of the wrong shape", async () => {
    const { host, guest } = await lobbyOfTwo();
    const error = await expectRefusal(host, [guest], () => host.connection.room.send("pickPower", { power: "atlantis" }));
    expect(error).toMatchObject({ re: "pickPower", code: "BAD_PAYLOAD" });
    const noPayload = await expectRefusal(guest, [host], () => guest.connection.room.send("submitStatement"));
    expect(noPayload.code).toBe("BAD_PAYLOAD");
  });

  it("a 281-character statement", async () => {
    const { host, guest } = await startedMatch();
    const error = await expectRefusal(host, [guest], () =>
      host.connection.send("submitStatement", { turn: 1, tone: "neutral", text: "x".repeat(281) }),
    );
    expect(error).toMatchObject({ re: "submitStatement", code: "TEXT_TOO_LONG" });
    expect(error.message).toContain("280");
    expect(host.state.players[host.id]?.submitted).toBe(false);
  });

  it("a power already taken", async () => {
    const { host, guest } = await lobbyOfTwo();
    const error = await expectRefusal(guest, [host], () => guest.connection.send("pickPower", { power: "russia" }));
    expect(error).toMatchObject({ code: "POWER_TAKEN", message: "Russia is already taken by Anna." });
    expect(guest.state.players[guest.id]?.power).toBe("ukraine");
  });

  it("Start from a non-host", async () => {
    const { host, guest } = await lobbyOfTwo();
    const error = await expectRefusal(guest, [host], () => guest.connection.send("start", {}));
    expect(error).toMatchObject({ code: "NOT_HOST" });
    expect(host.state.phase).toBe("lobby");
  });

  it("Start with fewer than two powers taken", async () => {
    const host = await TestPlayer.create(server, "Anna");
    host.connection.send("pickPower", { power: "eu" });
    await host.until((s) => s.players[host.id]?.power === "eu");
    const error = await expectRefusal(host, [], () => host.connection.send("start", {}));
    expect(error.code).toBe("NOT_ENOUGH_POWERS");
  });

  it("a statement for a past turn", async () => {
    const { host, guest } = await startedMatch();
    host.connection.send("submitStatement", { turn: 1, tone: "firm", text: "One" });
    guest.connection.send("submitStatement", { turn: 1, tone: "firm", text: "Two" });
    await host.until((s) => s.turn === 2);
    const error = await expectRefusal(host, [guest], () => host.connection.send("submitStatement", { turn: 1, tone: "firm", text: "Late" }));
    expect(error.code).toBe("STALE_TURN");
  });

  it("a statement after the match ended", async () => {
    const { host, guest } = await startedMatch();
    for (let turn = 1; turn <= 3; turn++) {
      host.connection.send("submitStatement", { turn, tone: "firm", text: `H${turn}` });
      guest.connection.send("submitStatement", { turn, tone: "firm", text: `G${turn}` });
      await host.until((s) => s.news.length === turn * 2);
    }
    await guest.until((s) => s.phase === "ended");
    const error = await expectRefusal(guest, [host], () => guest.connection.send("submitStatement", { turn: 3, tone: "firm", text: "Encore" }));
    expect(error).toMatchObject({ code: "MATCH_OVER", message: "The match is over." });
    expect(host.state.news).toHaveLength(6);
  });

  it("a flood of malformed frames leaves the room serving everyone", async () => {
    const { host, guest } = await startedMatch();
    for (let i = 0; i < 50; i++) host.connection.room.send("submitStatement", { turn: "one", tone: 7, text: null });
    while (host.errors.length < 50) await host.nextError();
    expect(host.errors.every((e) => e.code === "BAD_PAYLOAD")).toBe(true);
    host.connection.send("submitStatement", { turn: 1, tone: "neutral", text: "Still here" });
    guest.connection.send("submitStatement", { turn: 1, tone: "neutral", text: "Me too" });
    await guest.until((s) => s.news.length === 2);
  });
});
