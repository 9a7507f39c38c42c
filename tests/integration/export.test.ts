/**
 * The host's export over real HTTP: it follows the same visibility rules as the views (private
 * and group chat stay between their powers, the generator stays hidden), and it tells nobody
 * whether a code is live.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import type { Order } from "../../shared/game";
import { TestPlayer, bootServer, leaveAll, lobbyWith, serverRoom, startMatch } from "../helpers/server";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer({ messageRate: { burst: 1_000, perSecond: 1_000 } });
});
afterAll(async () => {
  await server.stop();
});

const exportAs = (code: string, token: string | undefined) =>
  fetch(`${server.url}/api/matches/${code}/export`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const tokenOf = (p: TestPlayer) => p.storage.tokens.get(p.code);
const statement = (text: string): Order => ({ type: "statement", audience: "world", tone: "neutral", topic: "war", text });

/** Ends the current phase as the host and waits for the next one. */
async function advance(host: TestPlayer): Promise<void> {
  const room = serverRoom(host.code);
  const { phase, match } = room.current;
  host.connection.send("endPhase", host.meantFor());
  // The next command is meant for the phase the host sees, so the host must see it first.
  await host.until(
    (p) => (room.current.phase !== phase || room.current.match?.turn !== match?.turn) && p.connection.board.phase === room.current.phase,
    "the next phase",
  );
}

/** Each power posts a marked message in a pair channel, a group channel and the public channel. */
async function talk(russia: TestPlayer, ukraine: TestPlayer, china: TestPlayer): Promise<void> {
  russia.connection.send("chat", { channel: "pair:russia|ukraine", text: "MARK-PAIR-RU-UA" });
  ukraine.connection.send("chat", { channel: "pair:china|ukraine", text: "MARK-PAIR-CN-UA" });
  china.connection.send("createGroup", { name: "MARK-GROUP-NAME", powers: ["russia", "ukraine"] });
  await china.until((p) => p.connection.view.groups.length === 1, "the group channel");
  china.connection.send("chat", { channel: `group:${china.connection.view.groups[0]!.id}`, text: "MARK-GROUP-TALK" });
  china.connection.send("chat", { channel: "public", text: "MARK-PUBLIC" });
  await china.until((p) => p.connection.chat.length === 3, "china's three messages");
  await russia.until((p) => p.connection.chat.length === 3, "russia's three messages");
}

describe("what the export holds", () => {
  it("gives a facilitator host the public chat but no pair or group chat, and never the generator", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine", "china"], { hostRole: "facilitator" });
    const [russia, ukraine, china] = players as [TestPlayer, TestPlayer, TestPlayer];
    await startMatch(host, players);
    await advance(host); // negotiation
    await talk(russia, ukraine, china);
    await advance(host); // orders
    russia.connection.send("orders", { turn: 1, orders: [statement("MARK-ORDER-RUSSIA")] });
    await russia.until((p) => p.connection.view.match?.orders.russia?.length === 1, "russia's orders");
    await advance(host); // resolution: turn 1 is in the record
    await advance(host); // briefing of turn 2

    const response = await exportAs(host.code, tokenOf(host));
    expect(response.status).toBe(200);
    const text = await response.text();
    // The facilitator reads the public channel and every power's orders, as in her views.
    expect(text).toContain("MARK-PUBLIC");
    expect(text).toContain("MARK-ORDER-RUSSIA");
    for (const secret of ["MARK-PAIR-RU-UA", "MARK-PAIR-CN-UA", "MARK-GROUP-TALK", "MARK-GROUP-NAME"]) expect(text).not.toContain(secret);
    const body = JSON.parse(text) as { log: { action: Record<string, unknown> }[]; turns: { turn: number; session: { match: Record<string, unknown> | null; chat: unknown[]; groups: unknown[] } }[] };
    expect(body.turns.map((t) => t.turn)).toEqual([0, 1]);
    // The generator would tell the coming deck cards: it is in no view, so in no export while the match runs.
    const start = body.log.find((e) => e.action.type === "start")!;
    expect(start.action).not.toHaveProperty("seed");
    const afterTurn1 = body.turns[1]!.session;
    expect(afterTurn1.match).not.toHaveProperty("rng");
    expect(afterTurn1.match).not.toHaveProperty("seed");
    expect(afterTurn1.chat).toHaveLength(1);
    expect(afterTurn1.groups).toEqual([]);
    await leaveAll(host, ...players);
  });

  it("gives a host who plays a power, after the end, every power's orders and her own channels but not the others'", async () => {
    const { host: russia, players } = await lobbyWith(server.url, ["ukraine", "china"], { hostRole: "russia" });
    const [ukraine, china] = players as [TestPlayer, TestPlayer];
    await startMatch(russia, players);
    await advance(russia); // negotiation
    await talk(russia, ukraine, china);
    await advance(russia); // orders
    china.connection.send("orders", { turn: 1, orders: [statement("MARK-ORDER-CHINA")] });
    await china.until((p) => p.connection.view.match?.orders.china?.length === 1, "china's orders");
    while (serverRoom(russia.code).current.phase !== "ended") await advance(russia);

    const response = await exportAs(russia.code, tokenOf(russia));
    expect(response.status).toBe(200);
    const text = await response.text();
    for (const seen of ["MARK-PUBLIC", "MARK-PAIR-RU-UA", "MARK-GROUP-TALK", "MARK-GROUP-NAME", "MARK-ORDER-CHINA"]) expect(text).toContain(seen);
    expect(text).not.toContain("MARK-PAIR-CN-UA");
    // Once the match has ended nothing is to come: the seed makes the record replayable.
    const body = JSON.parse(text) as { log: { action: Record<string, unknown> }[] };
    expect(body.log.find((e) => e.action.type === "start")!.action).toHaveProperty("seed");
    await leaveAll(russia, ...players);
  }, 60_000);
});

describe("who may export", () => {
  it("answers an unknown code exactly as a live code with a wrong token, or with none", async () => {
    const { host, players } = await lobbyWith(server.url, ["ukraine"], { hostRole: "facilitator" });
    const answers = await Promise.all([
      exportAs("K7Q2XP", "whatever"),
      exportAs(host.code, "whatever"),
      exportAs(host.code, undefined),
      exportAs("K7Q2XP", undefined),
      exportAs(host.code, tokenOf(players[0]!)),
    ]);
    const seen = await Promise.all(answers.map(async (r) => ({ status: r.status, body: await r.text() })));
    for (const answer of seen) expect(answer).toEqual(seen[0]);
    expect(seen[0]!.status).toBe(403);
    await leaveAll(host, ...players);
  });

  it("refuses a host who plays a power while the match runs", async () => {
    const { host, players } = await lobbyWith(server.url, ["ukraine"], { hostRole: "russia" });
    await startMatch(host, players);
    const running = await exportAs(host.code, tokenOf(host));
    expect(running.status).toBe(403);
    expect(await running.json()).toMatchObject({ code: "MATCH_RUNNING" });
    await leaveAll(host, ...players);
  });
});
