/**
 * Views over real sockets: each client gets its view whole once, then patches; after a whole
 * match its view is the server's fresh full view; a lost patch makes it ask for the whole view,
 * which it gets; asking again with nothing changed costs the server nothing.
 */
import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { RunningServer } from "../../server/app";
import { seatViewFor } from "../../shared/session";
import { TestPlayer, bootServer, leaveAll, lobbyWith, serverRoom, startMatch } from "../helpers/server";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer({ messageRate: { burst: 100, perSecond: 50 } });
});
afterAll(async () => {
  await server.stop();
});

/** What the server would send this player whole now, as it arrives over the socket. */
const freshView = (p: TestPlayer) => JSON.parse(JSON.stringify(seatViewFor(serverRoom(p.code).current, p.id))) as unknown;
const upToDate = (p: TestPlayer) => isDeepStrictEqual(p.connection.view, freshView(p));

describe("view patches over real sockets", () => {
  it("after a whole match of orders, offers, chat and readiness, every client's view is the server's full view, from one whole view and patches", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine", "china"], { hostRole: "facilitator" });
    const [russia, ukraine, china] = players as [TestPlayer, TestPlayer, TestPlayer];
    const watcher = await TestPlayer.join(server.url, host.code, "Sam");
    watcher.connection.send("watch", {});
    await host.until((p) => p.connection.board.members[watcher.id]?.role === "spectator");
    await startMatch(host, players);
    const everyone = [host, ...players, watcher];
    while (host.connection.board.phase !== "ended") {
      const { phase, turn } = host.meantFor();
      if (phase === "negotiation") {
        russia.connection.send("offer", { turn, action: { action: "propose", to: ["ukraine"], terms: { kind: "jointStatement", topic: "war", tone: "conciliatory", text: "" }, visibility: "private" } });
        china.connection.send("chat", { channel: "public", text: `turn ${turn}` });
      }
      if (phase === "orders") {
        russia.connection.send("orders", { turn, orders: [{ type: "posture", stance: "offensive" }] });
        ukraine.connection.send("orders", { turn, orders: [{ type: "posture", stance: "fortify" }] });
        china.connection.send("ready", { phase, turn, ready: true });
      }
      host.connection.send("endPhase", { phase, turn });
      await host.until((p) => p.meantFor().phase !== phase || p.meantFor().turn !== turn, `the end of ${phase} ${turn}`);
    }
    for (const p of everyone) await p.until(upToDate, "the client's view to equal the server's full view");
    for (const p of everyone) {
      expect(p.connection.received.views, "whole views received").toBe(1);
      expect(p.connection.received.patches).toBeGreaterThan(10);
    }
    expect(russia.connection.view.match?.phase).toBe("ended");
    await leaveAll(...everyone);
  }, 60_000);

  it("a lost patch is a gap: the client asks for the whole view, gets it, and follows the patches after it", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine"], { hostRole: "facilitator" });
    await startMatch(host, players);
    const russia = players[0]!;
    expect(russia.connection.received.views).toBe(1);
    russia.connection.losePatchesForTest(1);
    // The lost patch (briefing → negotiation) shows as a gap when the next one (→ orders) comes.
    for (const next of ["negotiation", "orders"]) {
      host.connection.send("endPhase", host.meantFor());
      await host.until((p) => p.meantFor().phase === next, next);
    }
    await russia.until((p) => p.connection.received.views === 2, "the whole view sent again");
    await russia.until(upToDate);
    expect(russia.connection.view.match?.phase).toBe("orders");
    host.connection.send("endPhase", host.meantFor());
    await russia.until((p) => p.connection.view.match?.phase === "resolution", "the next patch applied");
    expect(russia.connection.received.views).toBe(2);
    expect(upToDate(russia)).toBe(true);
    await leaveAll(host, ...players);
  });

  it("asking for the whole view when the last thing sent was the whole view is refused: a flood of resyncs costs one view at most", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia"], { hostRole: "facilitator" });
    const russia = players[0]!;
    const views = russia.connection.received.views;
    const before = russia.errors.length;
    for (let i = 0; i < 5; i++) russia.connection.sendRaw("resync", {});
    await vi.waitFor(() => expect(russia.errors.length - before).toBeGreaterThanOrEqual(4), { timeout: 5_000 });
    expect(russia.errors.slice(before).map((e) => `${e.re} ${e.code}`)).toEqual(Array(4).fill("resync UP_TO_DATE"));
    await russia.until((p) => upToDate(p));
    expect(russia.connection.received.views - views).toBeLessThanOrEqual(1);
    await leaveAll(host, ...players);
  });
});
