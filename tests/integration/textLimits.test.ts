/** Text longer than allowed is refused over the wire with a typed error that states the limit, never cut. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import type { Order } from "../../shared/game";
import { STATEMENT_MAX_CHARS } from "../../shared/game/orders";
import { bootServer, leaveAll, lobbyWith, serverRoom, startMatch } from "../helpers/server";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer();
});
afterAll(async () => {
  await server.stop();
});

describe("text limits over the wire", () => {
  it("a statement one character over the limit is refused with TEXT_TOO_LONG and the limit; one at the limit is kept whole", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine"], { hostRole: "facilitator" });
    await startMatch(host, players);
    host.connection.send("endPhase", host.meantFor());
    await host.until((p) => p.connection.board.phase === "negotiation");
    const [russia] = players as [(typeof players)[number]];
    const say = (text: string): Order => ({ type: "statement", audience: "world", tone: "firm", topic: "war", text });
    // Emoji count as one character each, as a person counts them.
    const atLimit = "\u{1F54A}".repeat(10) + "p".repeat(STATEMENT_MAX_CHARS - 10);
    russia.connection.send("orders", { turn: 1, orders: [say(`${atLimit}!`)] });
    const refused = await russia.nextError();
    expect(refused).toMatchObject({ re: "orders", code: "TEXT_TOO_LONG" });
    expect(refused.message).toContain(String(STATEMENT_MAX_CHARS));
    expect(serverRoom(host.code).current.match!.orders.russia ?? []).toEqual([]);
    russia.connection.send("orders", { turn: 1, orders: [say(atLimit)] });
    await russia.until((p) => p.connection.view.match?.orders.russia?.length === 1, `the statement at the limit (errors: ${JSON.stringify(russia.errors)})`);
    const kept = serverRoom(host.code).current.match!.orders.russia![0]!;
    expect(kept.type === "statement" && kept.text).toBe(atLimit);
    await leaveAll(host, ...players);
  });
});
