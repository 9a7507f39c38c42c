/** Limits belong to the member, not the socket: a new connection to the same seat does not refill them. */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import { TestPlayer, bootServer, leaveAll } from "../helpers/server";

let server: RunningServer;
beforeAll(async () => {
  // Five messages at once, then almost none: what a member has used stays used.
  server = await bootServer({ messageRate: { burst: 5, perSecond: 0.01 } });
});
afterAll(async () => {
  await server.stop();
});

it("a member who rejoins by seat token keeps the message allowance already used", async () => {
  const host = await TestPlayer.create(server.url, "Hana");
  const player = await TestPlayer.join(server.url, host.code, "Anna");
  for (let i = 0; i < 5; i++) player.connection.send("watch", {});
  await player.until(() => player.errors.length === 0 && player.connection.board.members[player.id] !== undefined);
  // A second connection to the same seat (a reload before the first is seen to drop).
  const again = await TestPlayer.join(server.url, host.code, "", { storage: player.storage });
  expect(again.id).toBe(player.id);
  again.connection.send("watch", {});
  expect((await again.nextError()).code).toBe("RATE_LIMITED");
  await leaveAll(host, player, again);
});
