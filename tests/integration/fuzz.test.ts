/**
 * A seeded fuzz over the real wire: every kind of seat sends hostile frames in the lobby and in
 * each phase of a turn. Afterwards the server is alive, the room takes a legitimate order, and
 * the room's session equals the replay of what the store kept. The long run is `npm run fuzz`.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { quietly } from "../helpers/quietly";
import type { RunningServer } from "../../server/app";
import { FUZZ_PHASES, FuzzSender, fuzzMatch, roomDataFrame } from "../helpers/fuzz";
import { TestPlayer, bootServer, leaveAll } from "../helpers/server";

let server: RunningServer;
beforeAll(async () => {
  // Far above a person's rate, so the fuzz reaches the handlers instead of the rate limit.
  server = await bootServer({ messageRate: { burst: 1_000_000, perSecond: 1_000_000 } });
});
afterAll(async () => {
  await server.stop();
});

it("3,000 hostile frames from every kind of seat leave the server up, the room playable and its state equal to its replay", async () => {
  const { result: report, unexpected } = await quietly(() => fuzzMatch(server, { messages: 3_000, seed: 8 }));
  expect(report.sent).toBe(3_000);
  expect(report.phases).toEqual([...FUZZ_PHASES]);
  expect(report.healthOk).toBe(true);
  expect(report.legitimateOrderAccepted).toBe(true);
  expect(report.replayEqual).toBe(true);
  // No handler failed: a failure would be caught and answered INTERNAL, but it is still a bug.
  expect(report.replyCodes.INTERNAL).toBeUndefined();
  // The frames reached the handlers: payloads refused by shape, unknown types, and rules' refusals.
  expect(report.replyCodes).toMatchObject({ BAD_PAYLOAD: expect.any(Number), UNKNOWN_MESSAGE: expect.any(Number) });
  expect(unexpected).toEqual([]);
}, 120_000);

// Found by the fuzz: zod runs its length checks even on a value of the wrong type that has a
// `length` key, and compares that key with the limit, which throws on an object with its own toString.
it("a payload field whose length is an object with its own toString is refused as BAD_PAYLOAD, not failed as INTERNAL", async () => {
  const host = await TestPlayer.create(server.url, "Hana");
  const sender = new FuzzSender(server.url, host.code, { seatToken: host.storage.tokens.get(host.code) });
  const bomb = { length: { toString: 1 } };
  const payloads: [string, unknown][] = [
    ["chat", { channel: "public", text: bomb }],
    ["createGroup", { name: "G", powers: bomb }],
    ["orders", { turn: 1, orders: bomb }],
    ["removeMember", { memberId: bomb }],
  ];
  for (const [i, [type, payload]] of payloads.entries()) {
    await sender.send(roomDataFrame(type, payload));
    expect(await sender.replyAfter(i), type).toMatchObject({ re: type, code: "BAD_PAYLOAD" });
  }
  await sender.close();
  await leaveAll(host);
});
