/** The orders that belong to one power travel over real sockets: China's lifeline, dual-use
 *  goods and a Taiwan statement's stance are accepted; China's military aid is refused. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import type { Order } from "../../shared/game";
import { bootServer, leaveAll, lobbyWith, serverRoom, startMatch } from "../helpers/server";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer();
});
afterAll(async () => {
  await server.stop();
});

describe("orders of one power over the wire", () => {
  it("China opens the lifeline, sells dual-use goods and names its stance; military aid is refused with NO_LETHAL_AID", async () => {
    const { host, players } = await lobbyWith(server.url, ["china", "usa"], { hostRole: "facilitator" });
    await startMatch(host, players);
    host.connection.send("endPhase", host.meantFor());
    await host.until((p) => p.connection.board.phase === "negotiation");
    const [china, usa] = players as [(typeof players)[number], (typeof players)[number]];
    const orders: Order[] = [
      { type: "lifeline", to: "russia", open: true },
      { type: "aid", to: "russia", kind: "dualUse" },
    ];
    china.connection.send("orders", { turn: 1, orders });
    await china.until((p) => p.connection.view.match?.orders.china?.length === 2, `China's orders (errors: ${JSON.stringify(china.errors)})`);
    const stance: Order = { type: "statement", audience: ["china"], tone: "conciliatory", topic: "taiwan", stance: "policy", text: "" };
    usa.connection.send("orders", { turn: 1, orders: [stance] });
    await usa.until((p) => p.connection.view.match?.orders.usa?.length === 1, "the US statement");
    expect(serverRoom(host.code).current.match!.orders.usa).toEqual([stance]);

    china.connection.send("orders", { turn: 1, orders: [{ type: "aid", to: "russia", kind: "military" }] });
    expect(await china.nextError()).toMatchObject({ re: "orders", code: "NO_LETHAL_AID" });
    expect(serverRoom(host.code).current.match!.orders.china).toEqual(orders);
    await leaveAll(host, ...players);
  });
});
