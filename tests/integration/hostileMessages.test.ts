/**
 * One message from any socket must never stop the server: a message type or payload chosen
 * to break naive code is answered with a typed error, and the room goes on.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { english } from "../helpers/texts";
import type { RunningServer } from "../../server/app";
import { FuzzSender, roomDataFrame } from "../helpers/fuzz";
import { TestPlayer, bootServer, leaveAll, serverRoom } from "../helpers/server";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer();
});
afterAll(async () => {
  await server.stop();
});

describe("a message the server has no handler for", () => {
  const ownToString = { toString: 1, valueOf: "x" };
  const cases: [string, unknown, unknown][] = [
    ["typed '*' with a payload that has its own toString", "*", ownToString],
    ["typed '__no_message_handler' with a payload that has its own toString", "__no_message_handler", ownToString],
    ["typed '__no_message_handler' with a long text payload", "__no_message_handler", "x".repeat(500)],
    ["of an unknown type with a payload that is an array of such objects", "nope", [ownToString]],
    ["typed 'toString'", "toString", ownToString],
    ["typed '__proto__'", "__proto__", ownToString],
  ];
  for (const [what, type, payload] of cases) {
    it(`${what} is answered UNKNOWN_MESSAGE and the room still takes orders`, async () => {
      const host = await TestPlayer.create(server.url, "Hana");
      const stranger = new FuzzSender(server.url, host.code, { name: "Stranger" });
      await stranger.send(roomDataFrame(type, payload));
      const reply = await stranger.replyAfter(0);
      expect(reply.code).toBe("UNKNOWN_MESSAGE");
      expect(typeof reply.re).toBe("string");
      host.connection.send("pickPower", { power: "russia" });
      await host.until((p) => p.connection.board.members[p.id]?.power === "russia", "the host's power");
      await stranger.close();
      await leaveAll(host);
    });
  }

  it("names the type in its reply only when it is a short text", async () => {
    const host = await TestPlayer.create(server.url, "Hana");
    const stranger = new FuzzSender(server.url, host.code, { name: "Stranger" });
    await stranger.send(roomDataFrame("nope", {}));
    expect((await stranger.replyAfter(0)).re).toBe("nope");
    await stranger.send(roomDataFrame("y".repeat(1_000), {}));
    expect((await stranger.replyAfter(1)).re).not.toContain("yyyy");
    await stranger.close();
    await leaveAll(host);
  });
});

describe("a room handler that throws", () => {
  it("is answered INTERNAL, logged once with the room's code, and never reaches the process", async () => {
    const host = await TestPlayer.create(server.url, "Hana");
    // A handler added to the live room stands for any handler, today's or a future one.
    serverRoom(host.code).onMessage("explode", () => {
      throw new Error("kaboom");
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => void uncaught.push(error);
    process.on("uncaughtException", onUncaught);
    try {
      const sender = new FuzzSender(server.url, host.code, { seatToken: host.storage.tokens.get(host.code) });
      for (let i = 0; i < 10; i++) await sender.send(roomDataFrame("explode", {}));
      const last = await sender.replyAfter(9);
      expect(sender.replies.map((r) => r.code)).toEqual(Array(10).fill("INTERNAL"));
      expect(last.code).toBe("INTERNAL");
      const lines = logged.mock.calls.map((args) => args.join(" ")).filter((line) => line.includes("kaboom"));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(host.code);
      expect(uncaught).toEqual([]);
      host.connection.send("pickPower", { power: "china" });
      await host.until((p) => p.connection.board.members[p.id]?.power === "china", "the host's power");
      await sender.close();
    } finally {
      process.off("uncaughtException", onUncaught);
      logged.mockRestore();
      await leaveAll(host);
    }
  });
});

describe("a flood of messages the server has no handler for", () => {
  it("counts against the sender's rate like any other message, and the flooder is cut off", async () => {
    const host = await TestPlayer.create(server.url, "Hana");
    const flooder = await TestPlayer.join(server.url, host.code, "Flooder");
    for (let i = 0; i < 200; i++) flooder.connection.sendRaw(`nope${i}`, {});
    await flooder.until((p) => p.connection.closedReason !== null, "the flooder to be cut off");
    expect(english(flooder.connection.closedReason!)).toBe("Disconnected for sending too many messages.");
    expect(flooder.errors.filter((e) => e.code === "UNKNOWN_MESSAGE").length).toBeLessThan(40);
    expect(flooder.errors.some((e) => e.code === "RATE_LIMITED")).toBe(true);
    await leaveAll(host, flooder);
  });
});
