/**
 * Hostile frames to the class room, from its teacher and from a student (tests/helpers/classFuzz.ts;
 * the long run is `npm run fuzz`). Afterwards the server is up, no handler failed, every refusal
 * was typed, the student never got the dashboard, and the class still takes its teacher's command.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { matchMaker } from "@colyseus/core";
import type { RunningServer } from "../../server/app";
import { ClassRoom } from "../../server/rooms/ClassRoom";
import { fuzzClass } from "../helpers/classFuzz";
import { quietly } from "../helpers/quietly";
import { bootServer } from "../helpers/server";

let server: RunningServer;
beforeAll(async () => {
  // Far above a person's rate, so the fuzz reaches the handlers instead of the rate limit.
  server = await bootServer({ messageRate: { burst: 1_000_000, perSecond: 1_000_000 } });
});
afterAll(async () => {
  await server.stop();
});

it("1,000 hostile frames from the teacher and a student leave the server up, every refusal typed and the class still commanded by its teacher", async () => {
  const { result: report, unexpected } = await quietly(() => fuzzClass(server, { messages: 1_000, seed: 10 }));
  expect(report.sent).toBe(1_000);
  expect(report.replyCodes.INTERNAL).toBeUndefined();
  // The frames reached the handlers: shapes refused, unknown types, and a student's tries.
  expect(report.replyCodes).toMatchObject({ BAD_PAYLOAD: expect.any(Number), UNKNOWN_MESSAGE: expect.any(Number), NOT_ALLOWED: expect.any(Number) });
  expect(Object.keys(report.replyCodes).every((c) => /^[A-Z_]+$/.test(c)), Object.keys(report.replyCodes).join()).toBe(true);
  expect(report.studentDashboards).toBe(0);
  expect(report.healthOk).toBe(true);
  expect(report.legitimateCommandAccepted).toBe(true);
  expect(report.hostileCreationsAccepted).toBe(0);
  expect(unexpected).toEqual([]);
  expect(matchMaker.getLocalRoomById(report.classCode)).toBeInstanceOf(ClassRoom);
}, 120_000);

it("hostile frames to a class of delegations and from a delegation member into its world: refusals typed, the delegation's channel reaches no outsider, the session equals its replay", async () => {
  const { result: report, unexpected } = await quietly(() => fuzzClass(server, { messages: 600, seed: 11, grouping: "delegations" }));
  expect(report.replyCodes.INTERNAL).toBeUndefined();
  expect(report.studentDashboards).toBe(0);
  expect(report.hostileCreationsAccepted).toBe(0);
  const world = report.world!;
  expect(world.sent).toBe(300);
  expect(world.replyCodes.INTERNAL).toBeUndefined();
  // The world's own rules answered: channels not the member's, and shapes refused.
  expect(world.replyCodes).toMatchObject({ NOT_IN_CHANNEL: expect.any(Number), BAD_PAYLOAD: expect.any(Number) });
  expect(world.deliveredToFellow).toBeGreaterThan(0);
  expect(world.leakedToOutsider).toBe(0);
  expect(world.replayEqual).toBe(true);
  expect(unexpected).toEqual([]);
}, 120_000);
