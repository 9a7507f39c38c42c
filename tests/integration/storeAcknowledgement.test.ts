/**
 * With a store that answers later (PostgreSQL over the network), the room still acknowledges an
 * action only once its write has resolved, and writes one room's actions in the order it took
 * them. The store here is the real SQLite one with its log appends held at a gate the test opens;
 * a refused message sent after the action is the marker: its reply comes after anything the
 * room sent for the action before it.
 */
import { afterEach, expect, it } from "vitest";
import path from "node:path";
import type { Store } from "../../server/persistence/Store";
import { SqliteStore } from "../../server/persistence/SqliteStore";
import type { RunningServer } from "../../server/app";
import type { LoggedAction } from "../../shared/session";
import { TestPlayer, bootServer, leaveAll, tempDataDir } from "../helpers/server";

/** A store whose log appends wait, while the gate is shut, until the test lets each one through. */
function gatedStore(inner: Store) {
  const held: { entry: LoggedAction; release: () => void }[] = [];
  const gate = { shut: false, held, appended: [] as string[] };
  const store = new Proxy(inner, {
    get(target, key: keyof Store) {
      if (key === "append") {
        return async (code: string, entry: LoggedAction) => {
          if (gate.shut) await new Promise<void>((release) => held.push({ entry, release }));
          const seq = await target.append(code, entry);
          gate.appended.push(entry.action.type === "chat" ? (entry.action as { text: string }).text : entry.action.type);
          return seq;
        };
      }
      const value = target[key];
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { store, gate };
}

let server: RunningServer | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

async function untilHeld(gate: { held: unknown[]; appended: string[] }, count: number): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (gate.held.length < count) {
    if (Date.now() > deadline) throw new Error(`${count} held appends expected, ${gate.held.length} seen (appended: ${gate.appended.join(", ")})`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const texts = (p: TestPlayer) => p.connection.chat.map((m) => m.text);

/** Spectators only read the chat: the host takes a power to write in it. */
async function hostOnRussia(url: string): Promise<TestPlayer> {
  const host = await TestPlayer.create(url, "Hana");
  host.connection.send("pickPower", { power: "russia" });
  await host.until((p) => p.connection.power === "russia", "the host on Russia");
  return host;
}

it("tells nobody of an action until its write has resolved", async () => {
  const dataDir = tempDataDir();
  const { store, gate } = gatedStore(new SqliteStore(path.join(dataDir, "detente.sqlite")));
  server = await bootServer({ dataDir, store });
  const host = await hostOnRussia(server.url);
  const guest = await TestPlayer.join(server.url, host.code, "Ivan");
  gate.shut = true;
  host.connection.send("chat", { channel: "public", text: "Held at the store" });
  await untilHeld(gate, 1);
  host.connection.sendRaw("chat", { channel: "nowhere" });
  expect(await host.nextError()).toMatchObject({ code: "BAD_PAYLOAD" });
  expect(texts(host)).not.toContain("Held at the store");
  expect(texts(guest)).not.toContain("Held at the store");
  gate.held.shift()!.release();
  await guest.until((p) => texts(p).includes("Held at the store"), "the chat line once written");
  expect(gate.appended).toContain("Held at the store");
  await leaveAll(host, guest);
});

it("writes one room's actions one after another, in the order it took them, and publishes them in that order", async () => {
  const dataDir = tempDataDir();
  const { store, gate } = gatedStore(new SqliteStore(path.join(dataDir, "detente.sqlite")));
  server = await bootServer({ dataDir, store });
  const host = await hostOnRussia(server.url);
  gate.shut = true;
  for (const text of ["first", "second", "third"]) host.connection.send("chat", { channel: "public", text });
  await untilHeld(gate, 1);
  host.connection.sendRaw("chat", { channel: "nowhere" });
  expect(await host.nextError()).toMatchObject({ code: "BAD_PAYLOAD" });
  // The second append waits for the first to resolve: only one is at the store.
  expect(gate.held.map((h) => (h.entry.action as { text: string }).text)).toEqual(["first"]);
  gate.shut = false;
  gate.held.shift()!.release();
  await host.until((p) => texts(p).includes("third"), "every chat line");
  expect(texts(host).filter((t) => ["first", "second", "third"].includes(t))).toEqual(["first", "second", "third"]);
  expect(gate.appended.filter((t) => ["first", "second", "third"].includes(t))).toEqual(["first", "second", "third"]);
  const stored = (await store.export(host.code))!.log.map((e) => [e.seq, (e.action as { text?: string }).text]);
  expect(stored.filter(([, t]) => t !== undefined)).toEqual([
    [3, "first"],
    [4, "second"],
    [5, "third"],
  ]);
  await leaveAll(host);
});
