/** Flooding: refused with typed errors, the flooder cut off, everyone else unharmed. */
import { afterAll, beforeAll, expect, it } from "vitest";
import { english } from "../helpers/texts";
import type { RunningServer } from "../../server/app";
import { bootServer, leaveAll, lobbyWith, serverRoom, startMatch } from "../helpers/server";
import { messageCount } from "../../shared/session";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer();
});
afterAll(async () => {
  await server.stop();
});

it("a client sending far past a person's rate is refused, then disconnected; the others play on", async () => {
  const { host, players } = await lobbyWith(server.url, ["russia", "ukraine"], { hostRole: "facilitator" });
  await startMatch(host, players);
  const [flooder, other] = players as [typeof players[0], typeof players[0]];
  for (let i = 0; i < 200; i++) flooder.connection.send("chat", { channel: "public", text: `spam ${i}` });
  await flooder.until((p) => p.connection.closedReason !== null, "the flooder to be cut off");
  expect(english(flooder.connection.closedReason!)).toBe("Disconnected for sending too many messages.");
  expect(flooder.errors.length).toBeGreaterThan(0);
  expect(flooder.errors.every((e) => e.code === "RATE_LIMITED")).toBe(true);
  other.connection.send("chat", { channel: "public", text: "Still here" });
  await host.until((p) => p.connection.chat.some((m) => m.text === "Still here"));
  // The burst was accepted, the rest refused: nothing near 200 messages got through. (Counted
  // once the later line is acknowledged: a room acknowledges in order, each after its commit.)
  const spam = messageCount(serverRoom(host.code).current.chat) - 1;
  expect(spam).toBeGreaterThanOrEqual(15);
  expect(spam).toBeLessThan(40);
  await leaveAll(host, ...players);
});
