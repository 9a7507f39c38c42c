/**
 * The debrief's chat follows the match's rules: once the match has ended, a member who opens the
 * debrief (joining again with their seat) receives the public channel and their own channels,
 * never a pair or group channel they were not in.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import { TestPlayer, bootServer, leaveAll, lobbyWith, serverRoom } from "../helpers/server";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer({ messageRate: { burst: 1_000, perSecond: 1_000 } });
});
afterAll(async () => {
  await server.stop();
});

it("a member's debrief holds the public chat and their own channels, never another pair's or group's", async () => {
  const { host, players } = await lobbyWith(server.url, ["russia", "ukraine", "china", "usa"], { hostRole: "facilitator" });
  const [russia, ukraine, china, usa] = players as [TestPlayer, TestPlayer, TestPlayer, TestPlayer];
  const room = serverRoom(host.code);
  host.connection.send("start", {});
  await host.until((p) => p.connection.board.phase === "briefing");
  host.connection.send("endPhase", host.meantFor());
  await host.until((p) => p.connection.board.phase === "negotiation");
  russia.connection.send("createGroup", { name: "Grain", powers: ["ukraine", "usa"] });
  await russia.until((p) => (p.connection.view.groups ?? []).length === 1, "the group");
  const group = russia.connection.view.groups![0]!;
  russia.connection.send("chat", { channel: "public", text: "PUBLIC-LINE" });
  russia.connection.send("chat", { channel: "pair:russia|ukraine", text: "PAIR-LINE" });
  russia.connection.send("chat", { channel: `group:${group.id}`, text: "GROUP-LINE" });
  await ukraine.until((p) => p.connection.chat.length === 3, "three lines for Ukraine");
  while (room.current.phase !== "ended") {
    const from = room.current.phase;
    const turn = room.current.match!.turn;
    host.connection.send("endPhase", host.meantFor());
    await host.until((p) => (room.current.phase !== from || room.current.match!.turn !== turn) && p.connection.board.phase === room.current.phase && p.connection.board.turn === room.current.match!.turn, "the next phase", 20_000);
  }
  // Each opens the debrief afresh: the chat history comes again, cut for the seat.
  const again = async (p: TestPlayer, name: string) => {
    p.connection.closeTabForTest();
    const back = await TestPlayer.join(server.url, host.code, name, { storage: p.storage });
    await back.until((q) => q.connection.board.phase === "ended" && q.connection.view.match !== null, "the debrief");
    return back;
  };
  const chinaBack = await again(china, "Player 3");
  const usaBack = await again(usa, "Player 4");
  await chinaBack.until((q) => q.connection.chat.some((m) => m.text === "PUBLIC-LINE"), "the public chat");
  await usaBack.until((q) => q.connection.chat.some((m) => m.text === "GROUP-LINE"), "the group chat");
  expect(chinaBack.connection.chat.map((m) => m.text)).toEqual(["PUBLIC-LINE"]);
  expect(usaBack.connection.chat.map((m) => m.text).sort()).toEqual(["GROUP-LINE", "PUBLIC-LINE"]);
  expect(ukraine.connection.chat.map((m) => m.text).sort()).toEqual(["GROUP-LINE", "PAIR-LINE", "PUBLIC-LINE"]);
  await leaveAll(host, russia, ukraine, chinaBack, usaBack);
});
