/**
 * A server outage as players live it, over real sockets: the server runs in its own process and
 * is stopped (a crash, or a graceful restart) and started again on the same port and data
 * folder. A seat token survives a reload while the server is down, the clients keep retrying for
 * as long as it takes and come back by themselves, and nothing sent meanwhile vanishes silently.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { MatchConnection, NOT_CONNECTED, JoinError } from "../../client/src/net";
import { SEAT_REFUSED } from "../../shared/protocol";
import { TestPlayer, leaveAll, memoryStorage, tempDataDir } from "../helpers/server";
import { killServerProcesses, startServerProcess, type ServerProcess } from "../helpers/serverProcess";

/** Retries far faster than a browser's (1 s doubling to 10 s), so a long outage takes seconds here. */
const FAST = { firstDelayMs: 20, maxDelayMs: 80 };
/** colyseus.js clients here used to give up after 20 attempts (about 100 s of outage in a browser). */
const OLD_GIVE_UP_ATTEMPTS = 20;

let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess({ dataDir: tempDataDir() });
});
afterEach(async () => {
  // A test that failed with the server stopped must not take the next one down with it.
  if (!server.running) await server.restart();
});
afterAll(() => killServerProcesses());

/** A facilitator host and two powers, all retrying fast, in a started match with long phases. */
async function matchInProgress(): Promise<{ host: TestPlayer; russia: TestPlayer; ukraine: TestPlayer }> {
  const host = await TestPlayer.create(server.url, "Hana", { retry: FAST });
  host.connection.send("facilitate", {});
  const russia = await TestPlayer.join(server.url, host.code, "Anna", { retry: FAST });
  russia.connection.send("pickPower", { power: "russia" });
  const ukraine = await TestPlayer.join(server.url, host.code, "Bogdan", { retry: FAST });
  ukraine.connection.send("pickPower", { power: "ukraine" });
  await host.until((p) => Object.values(p.connection.board.members).filter((m) => m.power).length === 2, "both powers taken");
  host.connection.send("start", {});
  for (const p of [host, russia, ukraine]) await p.until((q) => q.connection.view.match !== null, "the match view");
  return { host, russia, ukraine };
}

describe("a reload while the server is down", () => {
  it("keeps the seat token, and the reloaded page gets its seat back once the server is up", async () => {
    const { host, russia, ukraine } = await matchInProgress();
    const code = host.code;
    const token = russia.storage.tokens.get(code)!;
    const russiaId = russia.id;
    expect(token).toBeTruthy();
    await server.stop("SIGKILL");

    // The reloaded page: a new connection from the same browser storage, while nothing answers.
    const browser = memoryStorage();
    browser.set(code, token);
    await expect(MatchConnection.join(server.url, code, {}, browser)).rejects.toThrow();
    expect(browser.tokens.get(code), "the seat token after a failed join with the server down").toBe(token);

    // The page keeps trying by itself until the server is back.
    let attempts = 0;
    const resumed = MatchConnection.resume(server.url, code, browser, { retry: FAST, onAttempt: (n) => void (attempts = n) });
    while (attempts < OLD_GIVE_UP_ATTEMPTS + 5) await new Promise((r) => setTimeout(r, 20));
    await server.restart();
    const back = await resumed;
    await back.until(() => back.view.match !== null, "the match view after the reload");
    expect(back.memberId).toBe(russiaId);
    expect(back.power).toBe("russia");
    await leaveAll(host, russia, ukraine);
    await back.leave();
  });

  it("forgets a seat token only when the server refuses that seat", async () => {
    const host = await TestPlayer.create(server.url, "Hana");
    const browser = memoryStorage();
    browser.set(host.code, "not-a-seat-of-this-match");
    const refused = await MatchConnection.join(server.url, host.code, {}, browser).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(JoinError);
    expect((refused as JoinError).code).toBe(SEAT_REFUSED);
    expect(browser.tokens.has(host.code)).toBe(false);
    await leaveAll(host);
  });
});

describe("an outage longer than clients used to wait", () => {
  it("after a graceful restart, every client is still retrying past the old give-up and comes back to its seat, view and chat", async () => {
    const { host, russia, ukraine } = await matchInProgress();
    russia.connection.send("chat", { channel: "public", text: "Before the restart" });
    await ukraine.until((p) => p.connection.chat.some((m) => m.text === "Before the restart"), "the chat message");
    const ids = [host.id, russia.id, ukraine.id];

    await server.stop("SIGTERM");
    for (const p of [host, russia, ukraine]) {
      await p.until((q) => q.connection.attempts > OLD_GIVE_UP_ATTEMPTS + 5, "retries past the old give-up", 20_000);
      expect(p.connection.closedReason).toBeNull();
      expect(p.connection.status).toBe("reconnecting");
    }
    await server.restart();

    for (const p of [host, russia, ukraine]) {
      await p.until((q) => q.connection.status === "connected" && q.connection.view.match !== null && q.connection.chat.some((m) => m.text === "Before the restart"), "the seat, view and chat back", 20_000);
    }
    expect([host.id, russia.id, ukraine.id]).toEqual(ids);
    expect(russia.connection.power).toBe("russia");
    await leaveAll(host, russia, ukraine);
  });
});

describe("what is sent while disconnected", () => {
  it("an order, an offer or a chat message is refused visibly as not sent, and sending works again once back", async () => {
    const { host, russia, ukraine } = await matchInProgress();
    await server.stop("SIGKILL");
    await russia.until((p) => p.connection.status === "reconnecting", "the client to notice the outage");

    const turn = russia.connection.view.match!.turn;
    const sent = [
      russia.connection.send("orders", { turn, orders: [{ type: "posture", stance: "fortify" }] }),
      russia.connection.send("offer", { turn, action: { action: "propose", to: ["ukraine"], terms: { kind: "jointStatement", topic: "war", tone: "conciliatory", text: "Talk" } } }),
      russia.connection.send("chat", { channel: "public", text: "Sent in the dark" }),
    ];
    expect(sent).toEqual([false, false, false]);
    expect(russia.errors.map((e) => [e.re, e.code])).toEqual([
      ["orders", NOT_CONNECTED],
      ["offer", NOT_CONNECTED],
      ["chat", NOT_CONNECTED],
    ]);

    await server.restart();
    await russia.until((p) => p.connection.status === "connected" && p.connection.view.match !== null, "the connection back", 20_000);
    await ukraine.until((p) => p.connection.status === "connected", "Ukraine back", 20_000);
    expect(russia.connection.send("chat", { channel: "public", text: "Sent once back" })).toBe(true);
    await ukraine.until((p) => p.connection.chat.some((m) => m.text === "Sent once back"), "the message sent once back");
    expect(ukraine.connection.chat.map((m) => m.text)).not.toContain("Sent in the dark");
    await leaveAll(host, russia, ukraine);
  });
});
