/** Past the password limit even the right password waits for the window to end, and then gets in (a one-second window here). */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import { JOIN_REFUSED, TOO_MANY_TRIES } from "../../shared/protocol";
import { ONE_PROXY, TestPlayer, bootServer, clientFrom, leaveAll } from "../helpers/server";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer({ trustProxy: ONE_PROXY, passwordTriesPerMinute: 2, limitWindowSeconds: 1 });
});
afterAll(async () => {
  await server.stop();
});

it("past the password limit the right password is refused until the window has passed, then it gets in", async () => {
  const host = await TestPlayer.create(server.url, "Hana", { password: "sesame" });
  const join = async (password: string): Promise<number | "joined"> => {
    try {
      const room = await clientFrom(server.url, "10.4.0.1").joinById(host.code, { name: "Nadia", password });
      await room.leave();
      return "joined";
    } catch (error) {
      return (error as { code: number }).code;
    }
  };
  expect([await join("nope"), await join("nope")]).toEqual([JOIN_REFUSED, JOIN_REFUSED]);
  expect(await join("sesame")).toBe(TOO_MANY_TRIES);
  await new Promise((r) => setTimeout(r, 1_200));
  expect(await join("sesame")).toBe("joined");
  await leaveAll(host);
});
