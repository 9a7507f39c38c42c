/** A removed player stays out for the rest of the match: not by seat token, not by name, until the host lets them back. */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import { TestPlayer, bootServer, leaveAll, lobbyWith, serverRoom, startMatch } from "../helpers/server";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer();
});
afterAll(async () => {
  await server.stop();
});

it("a removed player cannot join again by code under the same name until the host readmits them", async () => {
  const { host, players } = await lobbyWith(server.url, ["russia", "ukraine"], { hostRole: "facilitator" });
  await startMatch(host, players);
  const [rita, other] = players as [TestPlayer, TestPlayer];
  host.connection.send("removeMember", { memberId: rita.id });
  await rita.until((p) => p.connection.closedReason !== null, "the removed player to be cut off");
  await expect(TestPlayer.join(server.url, host.code, "PLAYER 1")).rejects.toThrow(`The host removed PLAYER 1 from this match; only the host can let them back.`);
  await expect(TestPlayer.join(server.url, host.code, "player 1")).rejects.toThrow("only the host can let them back");
  // The host's screens list who is barred, so there is someone to let back in.
  await host.until((p) => p.connection.board.barred?.[rita.id] === "Player 1", "the barred player on the board");
  host.connection.send("readmit", { memberId: rita.id });
  await host.until((p) => p.connection.board.barred?.[rita.id] === undefined, "the barred list to forget a readmitted player");
  await host.until(() => serverRoom(host.code).current.members.some((m) => m.id === rita.id && m.readmitted === true), "the readmission");
  const back = await TestPlayer.join(server.url, host.code, "Player 1");
  expect(back.id).not.toBe(rita.id);
  expect(serverRoom(host.code).current.members.find((m) => m.id === back.id)?.role).toEqual({ kind: "spectator" });
  await leaveAll(host, other, back);
});
