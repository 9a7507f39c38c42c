/** Promises over real sockets: a multi-turn deal and a pledge are proposed and accepted; a deal of
 *  5 turns is refused as a malformed payload, and a pledge by a power outside the offer by the engine. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import { bootServer, leaveAll, lobbyWith, serverRoom, startMatch } from "../helpers/server";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer();
});
afterAll(async () => {
  await server.stop();
});

describe("promises over the wire", () => {
  it("a 3-turn deal and a pledge become commitments; 5 turns is BAD_PAYLOAD; a pledge by an outsider is PLEDGE_NOT_PARTY", async () => {
    const { host, players } = await lobbyWith(server.url, ["usa", "ukraine"], { hostRole: "facilitator" });
    await startMatch(host, players);
    host.connection.send("endPhase", host.meantFor());
    await host.until((p) => p.connection.board.phase === "negotiation");
    const [usa, ukraine] = players as [(typeof players)[number], (typeof players)[number]];
    const room = () => serverRoom(host.code).current.match!;

    usa.connection.send("offer", { turn: 1, action: { action: "propose", to: ["ukraine"], terms: { kind: "deal", turns: 5, items: [{ from: "usa", to: "ukraine", item: "militaryAid" }] } } });
    expect(await usa.nextError()).toMatchObject({ re: "offer", code: "BAD_PAYLOAD" });
    usa.connection.send("offer", { turn: 1, action: { action: "propose", to: ["ukraine"], terms: { kind: "pledge", by: "russia", promise: "noStrikes", turns: 2 } } });
    expect(await usa.nextError()).toMatchObject({ re: "offer", code: "PLEDGE_NOT_PARTY" });

    usa.connection.send("offer", { turn: 1, action: { action: "propose", to: ["ukraine"], terms: { kind: "deal", turns: 3, items: [{ from: "usa", to: "ukraine", item: "militaryAid" }] } } });
    await ukraine.until((p) => (p.connection.view.match?.offers.length ?? 0) === 1, "the deal offer");
    const dealId = room().offers[0]!.id;
    ukraine.connection.send("offer", { turn: 1, action: { action: "accept", offerId: dealId } });
    await usa.until((p) => p.connection.view.match?.commitments.length === 1, `the deal commitment (errors: ${JSON.stringify(ukraine.errors)})`);
    expect(room().commitments[0]).toMatchObject({ parties: ["usa", "ukraine"], endTurn: 3, turnsKept: 0, status: "pending" });

    ukraine.connection.send("offer", { turn: 1, action: { action: "propose", to: ["usa"], terms: { kind: "pledge", by: "usa", promise: "noNewSanctions", target: "ukraine", turns: 2 } } });
    await usa.until((p) => (p.connection.view.match?.offers.length ?? 0) === 2, "the pledge offer");
    usa.connection.send("offer", { turn: 1, action: { action: "accept", offerId: room().offers[1]!.id } });
    await ukraine.until((p) => p.connection.view.match?.commitments.length === 2, "the pledge commitment");
    expect(room().commitments[1]?.terms).toEqual({ kind: "pledge", by: "usa", promise: "noNewSanctions", target: "ukraine", turns: 2 });
    await leaveAll(host, ...players);
  });
});
