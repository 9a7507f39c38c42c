/** Phases and their clock over real sockets: deadlines, Ready, the host's pause, resume, extend and end. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import type { OfferTerms, PowerId } from "../../shared/game";
import { TestPlayer, bootServer, leaveAll, lobbyWith, serverRoom, startMatch } from "../helpers/server";
import { english } from "../helpers/texts";

let server: RunningServer;
beforeAll(async () => {
  // A host who clicks "End this phase now" through a whole match sends 30-odd commands in a
  // second or two: more than a member's default rate (20, then 5 a second), which would leave
  // the match waiting for a 10 s deadline instead (flooding has its own tests).
  server = await bootServer({ messageRate: { burst: 100, perSecond: 50 } });
});
afterAll(async () => {
  await server.stop();
});

const phaseOf = (p: TestPlayer) => p.connection.board.phase;

describe("phases", () => {
  it("the deadline ends a phase on its own", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine"], { hostRole: "facilitator" });
    await startMatch(host, players);
    const { deadline } = host.connection.board.clock;
    expect(deadline - Date.now()).toBeGreaterThan(8_000);
    await players[0]!.until((p) => phaseOf(p) === "negotiation", "the briefing's deadline", 15_000);
    expect(Date.now()).toBeGreaterThanOrEqual(deadline - 50);
    await leaveAll(host, ...players);
  }, 20_000);

  it("every human power ready ends the phase early; a spectator's readiness is not needed", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine"], { hostRole: "facilitator" });
    await startMatch(host, players);
    players[0]!.connection.send("ready", { phase: "briefing", turn: 1, ready: true });
    await host.until((p) => p.connection.board.ready.includes("russia"));
    expect(phaseOf(host)).toBe("briefing");
    players[1]!.connection.send("ready", { phase: "briefing", turn: 1, ready: true });
    await host.until((p) => phaseOf(p) === "negotiation");
    expect(host.connection.board.ready).toEqual([]);
    await leaveAll(host, ...players);
  });

  it("pause, extend and resume keep the deadline right", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine"], { hostRole: "facilitator" });
    await startMatch(host, players);
    host.connection.send("pause", host.meantFor());
    await host.until((p) => p.connection.board.clock.paused);
    const left = host.connection.board.clock.remaining;
    expect(left).toBeGreaterThan(8_000);
    expect(left).toBeLessThanOrEqual(10_000);
    host.connection.send("extend", { seconds: 60, ...host.meantFor() });
    await host.until((p) => p.connection.board.clock.remaining === left + 60_000);
    await new Promise((r) => setTimeout(r, 300));
    const resumedAt = Date.now();
    host.connection.send("resume", host.meantFor());
    await host.until((p) => !p.connection.board.clock.paused);
    const deadline = host.connection.board.clock.deadline;
    // The time spent paused is not counted: what was left is counted from the resume.
    expect(deadline - resumedAt).toBeGreaterThan(left + 60_000 - 200);
    expect(deadline - resumedAt).toBeLessThanOrEqual(left + 60_000 + 200);
    host.connection.send("endPhase", host.meantFor());
    await players[0]!.until((p) => phaseOf(p) === "negotiation");
    await leaveAll(host, ...players);
  });

  it("a double click on End this phase now ends one phase: the second command is refused as stale", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine"], { hostRole: "facilitator" });
    await startMatch(host, players);
    const meant = { phase: "briefing", turn: 1 } as const;
    host.connection.send("endPhase", meant);
    host.connection.send("endPhase", meant);
    expect(await host.nextError()).toMatchObject({ re: "endPhase", code: "STALE_PHASE" });
    expect(serverRoom(host.code).current.phase).toBe("negotiation");
    await players[0]!.until((p) => phaseOf(p) === "negotiation");
    await leaveAll(host, ...players);
  });

  it("a power that misses the orders deadline holds", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine"], { hostRole: "facilitator" });
    await startMatch(host, players);
    for (const phase of ["briefing", "negotiation"] as const) {
      host.connection.send("endPhase", host.meantFor());
      await host.until((p) => phaseOf(p) !== phase);
    }
    players[0]!.connection.send("orders", { turn: 1, orders: [{ type: "posture", stance: "fortify" }] });
    await players[0]!.until((p) => (p.connection.view.match?.orders.russia?.length ?? 0) === 1, "Russia's orders to be acknowledged");
    host.connection.send("endPhase", host.meantFor());
    await host.until((p) => phaseOf(p) === "resolution");
    const history = serverRoom(host.code).current.match!.orderHistory.filter((h) => h.turn === 1);
    expect(history.find((h) => h.power === "russia")?.orders).toEqual([{ type: "posture", stance: "fortify" }]);
    expect(history.filter((h) => h.power === "ukraine").flatMap((h) => h.orders)).toEqual([]);
    await leaveAll(host, ...players);
  });
});

describe("bots standing in (missed orders played by bots)", () => {
  it("Ready with no orders holds; a silent player's bot gives that turn's orders, marked, and answers no offer", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine"], { hostRole: "facilitator" });
    const [russia, ukraine] = players as [TestPlayer, TestPlayer];
    host.connection.send("configure", { missedOrders: "bot" });
    await host.until((p) => p.connection.board.settings.missedOrders === "bot");
    await startMatch(host, players);
    const endPhase = async () => {
      const { phase } = host.connection.board;
      host.connection.send("endPhase", host.meantFor());
      await host.until((p) => p.connection.board.phase !== phase);
    };
    await endPhase();
    const trade = (from: PowerId, to: PowerId): OfferTerms => ({ kind: "deal", items: [{ from, to, item: "tradeAccess" }, { from: to, to: from, item: "tradeAccess" }] });
    ukraine.connection.send("offer", { turn: 1, action: { action: "propose", to: ["russia"], terms: trade("ukraine", "russia") } });
    russia.connection.send("offer", { turn: 1, action: { action: "propose", to: ["ukraine"], terms: trade("russia", "ukraine") } });
    await host.until(() => serverRoom(host.code).current.match!.offers.length === 2, "both offers");
    await endPhase();
    russia.connection.send("ready", { phase: "orders", turn: 1, ready: true });
    await host.until((p) => p.connection.board.ready.includes("russia"));
    await endPhase();
    await russia.until((p) => p.connection.view.match?.phase === "resolution");
    await ukraine.until((p) => p.connection.view.match?.phase === "resolution");

    const russiaView = russia.connection.view.match!;
    const ukraineView = ukraine.connection.view.match!;
    expect(russiaView.orderHistory.filter((h) => h.power === "russia").flatMap((h) => h.orders)).toEqual([]);
    const stood = ukraineView.orderHistory.filter((h) => h.power === "ukraine" && h.turn === 1);
    expect(stood).toHaveLength(1);
    expect(stood[0]!.standIn).toBe(true);
    // How many orders the bot gives depends on the match's seed, which the server draws at random
    // (some seeds give none); tests/unit/session/standIn.test.ts checks them under a fixed seed.
    for (const view of [russiaView, ukraineView]) {
      for (const o of view.offers) expect(o).toMatchObject({ status: "expired", acceptedBy: [] });
      expect(view.news.map((n) => english(n.headline))).toContain("Ukraine's player did not act in time: its bot gave Ukraine's orders this turn.");
    }
    expect(serverRoom(host.code).current.match!.seats).toMatchObject({ russia: "human", ukraine: "human" });
    await leaveAll(host, ...players);
  });
});

describe("reconnection", () => {
  it("a dropped connection comes back to the same seat, with its orders", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine"], { hostRole: "facilitator" });
    await startMatch(host, players);
    host.connection.send("endPhase", host.meantFor());
    await host.until((p) => phaseOf(p) === "negotiation");
    const russia = players[0]!;
    russia.connection.send("orders", { turn: 1, orders: [{ type: "posture", stance: "fortify" }] });
    await russia.until((p) => p.connection.view.match?.orders.russia?.length === 1, `Russia's orders (errors: ${JSON.stringify(russia.errors)})`);
    const before = russia.id;
    russia.connection.dropForTest();
    await russia.until((p) => p.connection.reconnections === 1 && p.connection.view.match !== null, "the seat to come back", 15_000);
    await host.until((p) => p.connection.board.members[before]?.connected === true);
    expect(russia.connection.memberId).toBe(before);
    expect(russia.connection.power).toBe("russia");
    expect(russia.connection.view.match?.orders.russia).toEqual([{ type: "posture", stance: "fortify" }]);
    await leaveAll(host, ...players);
  });

  it("a reload (a new connection with the stored seat token) returns to the same seat", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine"], { hostRole: "facilitator" });
    await startMatch(host, players);
    const ukraine = players[1]!;
    const reloaded = await TestPlayer.join(server.url, host.code, "", { storage: ukraine.storage });
    expect(reloaded.id).toBe(ukraine.id);
    expect(reloaded.connection.power).toBe("ukraine");
    expect(reloaded.connection.view.match?.secretObjectives.ukraine).toBeDefined();
    await leaveAll(host, ...players, reloaded);
  });
});

describe("group channels", () => {
  it("a group appears in its members' views only, and its chat reaches only them", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine", "china", "eu"], { hostRole: "facilitator" });
    await startMatch(host, players);
    const [russia, ukraine, china, eu] = players as [TestPlayer, TestPlayer, TestPlayer, TestPlayer];
    russia.connection.send("createGroup", { name: "Eastern talks", powers: ["ukraine", "china"] });
    await china.until((p) => p.connection.view.groups.length === 1, "the group in China's view");
    const group = china.connection.view.groups[0]!;
    expect(group).toMatchObject({ name: "Eastern talks", powers: ["russia", "china", "ukraine"] });
    ukraine.connection.send("chat", { channel: `group:${group.id}`, text: "Three-way talk" });
    await russia.until((p) => p.connection.chat.some((m) => m.text === "Three-way talk"));
    await china.until((p) => p.connection.chat.some((m) => m.text === "Three-way talk"));
    await new Promise((r) => setTimeout(r, 100));
    expect(eu.connection.view.groups).toEqual([]);
    expect(eu.connection.chat).toEqual([]);
    expect(host.connection.view.groups).toEqual([]);
    await leaveAll(host, ...players);
  });
});

describe("after the end", () => {
  it("a finished match stays open for the debrief after everyone has left", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine"], { hostRole: "facilitator" });
    await startMatch(host, players);
    while (host.connection.board.phase !== "ended") {
      const phase = host.connection.board.phase;
      const turn = host.connection.board.turn;
      host.connection.send("endPhase", host.meantFor());
      await host.until((p) => p.connection.board.phase !== phase || p.connection.board.turn !== turn);
    }
    const storage = players[0]!.storage;
    const token = storage.tokens.get(host.code)!;
    await leaveAll(host, ...players);
    storage.tokens.set(host.code, token);
    await new Promise((r) => setTimeout(r, 200));
    const back = await TestPlayer.join(server.url, host.code, "", { storage });
    expect(back.connection.view.match?.phase).toBe("ended");
    expect(back.connection.power).toBe("russia");
    await leaveAll(back);
  });
});
