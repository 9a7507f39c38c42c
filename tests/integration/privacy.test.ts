/**
 * Privacy over the wire: the raw bytes every socket receives through a whole match are
 * recorded on the server, and a marker placed in each private chat message, private offer and
 * pending order, and each power's secret objective, must reach nobody who may not see it.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { WebSocket } from "ws";
import type { RunningServer } from "../../server/app";
import type { PowerId } from "../../shared/game";
import { TestPlayer, bootServer, leaveAll, lobbyWith, serverRoom } from "../helpers/server";

interface Chunk {
  socket: WebSocket;
  text: string;
  phase: string;
  turn: number;
}

let server: RunningServer;
const chunks: Chunk[] = [];
let roomCode = "";
const originalSend = WebSocket.prototype.send;

beforeAll(async () => {
  server = await bootServer({ messageRate: { burst: 1_000, perSecond: 1_000 } });
  // Every frame the server writes to any socket, with the session's phase at that moment.
  WebSocket.prototype.send = function (this: WebSocket, data: unknown, ...rest: unknown[]) {
    const room = roomCode ? serverRoom(roomCode) : null;
    const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data as Uint8Array);
    chunks.push({ socket: this, text: bytes.toString("latin1"), phase: room?.current.phase ?? "lobby", turn: room?.current.match?.turn ?? 0 });
    return (originalSend as (...args: unknown[]) => void).call(this, data, ...rest);
  } as typeof WebSocket.prototype.send;
});

afterAll(async () => {
  WebSocket.prototype.send = originalSend;
  await server.stop();
});

/** Markers are ASCII, so they read the same in UTF-8 strings inside msgpack or schema frames. */
function reached(socket: WebSocket, marker: string, when: (c: Chunk) => boolean = () => true): boolean {
  return chunks.some((c) => c.socket === socket && when(c) && c.text.includes(marker));
}

it("no private marker reaches a socket that may not see it, through a whole match", async () => {
  const { host, players } = await lobbyWith(server.url, ["russia", "ukraine", "china"], { hostRole: "facilitator" });
  const [russia, ukraine, china] = players as [TestPlayer, TestPlayer, TestPlayer];
  const spectator = await TestPlayer.join(server.url, host.code, "Sam");
  roomCode = host.code;
  const room = serverRoom(host.code);
  const socketOf = (p: TestPlayer) => room.clients.find((c) => c.sessionId === p.connection.sessionId)!.ref as unknown as WebSocket;
  const power: Record<string, PowerId> = {};
  for (const [p, id] of [[russia, "russia"], [ukraine, "ukraine"], [china, "china"]] as const) power[p.id] = id;

  host.connection.send("start", {});
  await host.until((p) => p.connection.board.phase === "briefing");
  const advance = async () => {
    const from = room.current.phase;
    host.connection.send("endPhase", host.meantFor());
    // The next command is meant for the phase the host sees, so the host must see it first.
    await host.until((p) => room.current.phase !== from && p.connection.board.phase === room.current.phase);
  };

  const markers: { marker: string; mayRead: TestPlayer[]; until: (c: Chunk) => boolean }[] = [];
  const beforeEnd = (c: Chunk) => c.phase !== "ended";
  for (const [p, id] of [[russia, "russia"], [ukraine, "ukraine"], [china, "china"]] as const) {
    const secret = room.current.match!.secretObjectives[id];
    markers.push({ marker: `"${secret}"`, mayRead: [p, host], until: beforeEnd });
  }

  while (room.current.phase !== "ended") {
    const turn = room.current.match!.turn;
    if (room.current.phase === "negotiation") {
      russia.connection.send("chat", { channel: "pair:russia|ukraine", text: `CHATMARK${turn}x` });
      russia.connection.send("offer", { turn, action: { action: "propose", to: ["ukraine"], visibility: "private", terms: { kind: "jointStatement", topic: "war", tone: "conciliatory", text: `OFFERMARK${turn}x` } } });
      await russia.until(() => room.current.match!.offers.some((o) => o.terms.kind === "jointStatement" && o.terms.text === `OFFERMARK${turn}x`));
      const offer = room.current.match!.offers.at(-1)!;
      russia.connection.send("offer", { turn, action: { action: "withdraw", offerId: offer.id } });
      await russia.until(() => room.current.match!.offers.at(-1)!.status === "withdrawn");
      markers.push({ marker: `CHATMARK${turn}x`, mayRead: [russia, ukraine], until: () => true });
      markers.push({ marker: `OFFERMARK${turn}x`, mayRead: [russia, ukraine, host], until: beforeEnd });
    }
    if (room.current.phase === "orders") {
      for (const p of [russia, ukraine, china]) {
        const text = `ORDERMARK${power[p.id]}${turn}x`;
        p.connection.send("orders", { turn, orders: [{ type: "statement", audience: "world", tone: "neutral", topic: "trade", text }] });
        await p.until(() => room.current.match!.orders[power[p.id]!]?.length === 1);
        // A pending order is the power's own until the turn resolves; then it is news for all.
        markers.push({ marker: text, mayRead: [p, host], until: (c) => c.turn === turn && ["briefing", "negotiation", "orders"].includes(c.phase) });
      }
    }
    await advance();
  }

  const everyone = [host, russia, ukraine, china, spectator];
  let checks = 0;
  for (const { marker, mayRead, until } of markers) {
    // Each marker did travel, to at least one socket allowed to see it.
    expect(mayRead.some((p) => reached(socketOf(p), marker)), `${marker} never sent at all`).toBe(true);
    for (const p of everyone.filter((q) => !mayRead.includes(q))) {
      expect(reached(socketOf(p), marker, until), `${marker} reached ${p.connection.board.members[p.id]?.name}`).toBe(false);
      checks++;
    }
  }
  expect(checks).toBeGreaterThan(80);
  // After the match ends, the debrief reveals the secret objectives to everyone.
  const chinaSecret = room.current.match!.secretObjectives.china;
  expect(reached(socketOf(spectator), `"${chinaSecret}"`, (c) => c.phase === "ended")).toBe(true);
  await leaveAll(...everyone);
}, 60_000);
