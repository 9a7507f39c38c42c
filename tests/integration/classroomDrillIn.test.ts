/**
 * The teacher drills into a room as its facilitator: over real sockets, the facilitator's view
 * carries every power's pending orders and the events waiting for later turns; a power's view
 * carries its own orders only, and a spectator's none.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import type { Order } from "../../shared/game";
import { MatchConnection } from "../../client/src/net";
import { bootServer, memoryStorage } from "../helpers/server";
import { classWith, leaveClass, openAsFacilitator } from "../helpers/classroom";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer({ messageRate: { burst: 1_000, perSecond: 1_000 } });
});
afterAll(async () => {
  await server.stop();
});

it("the facilitator sees every power's pending orders and the waiting events; a power only its own orders, a spectator none", async () => {
  const { teacher, students } = await classWith(server.url, 3);
  teacher.connection.send("startAll", {});
  await teacher.until((t) => t.connection.dashboard?.rooms.length === 1, "the room");
  const [russia, ukraine] = await Promise.all(students.slice(0, 2).map((s) => s.openMatch(server.url)));
  const facilitator = await openAsFacilitator(server.url, teacher, 0);
  const spectator = await MatchConnection.join(server.url, facilitator.code, { name: "Visitor" }, memoryStorage());
  teacher.connection.send("endPhaseAll", {});
  await russia!.until(() => russia!.board.phase === "negotiation", "negotiation");

  const russian: Order[] = [{ type: "posture", stance: "fortify" }];
  const ukrainian: Order[] = [{ type: "statement", audience: "world", tone: "conciliatory", topic: "war", text: "" }];
  russia!.send("orders", { turn: 1, orders: russian });
  ukraine!.send("orders", { turn: 1, orders: ukrainian });
  teacher.connection.send("injectEvent", { event: { title: "Later news", text: "", effects: [], turn: 3 } });
  await facilitator.until(() => facilitator.view.match?.orders.russia !== undefined && facilitator.view.match?.orders.ukraine !== undefined && facilitator.view.match.scheduled.length === 1, "every order and the waiting event at the facilitator's");
  expect(facilitator.view.match!.orders).toEqual({ russia: russian, ukraine: ukrainian });
  expect(facilitator.view.seat).toEqual({ kind: "facilitator" });

  await ukraine!.until(() => ukraine!.view.match?.orders.ukraine !== undefined, "Ukraine's own orders");
  await russia!.until(() => russia!.view.match?.orders.russia !== undefined, "Russia's own orders");
  expect(Object.keys(russia!.view.match!.orders)).toEqual(["russia"]);
  expect(Object.keys(ukraine!.view.match!.orders)).toEqual(["ukraine"]);
  expect(spectator.view.seat).toEqual({ kind: "spectator" });
  expect(spectator.view.match!.orders).toEqual({});
  for (const c of [russia!, ukraine!, spectator]) expect(c.view.match!.scheduled).toEqual([]);
  await leaveClass(teacher.connection, facilitator, spectator, russia!, ukraine!, ...students.map((s) => s.connection));
});
