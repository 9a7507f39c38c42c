// The SQLite store commits the writes of one round of events together (npm run bench:store
// measures why), and each write still stands or fails on its own.
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { SqliteStore } from "../../../server/persistence/SqliteStore";
import type { LoggedAction } from "../../../shared/session";
import { lobby, T0 } from "../session/fixtures";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fileStore(): { store: SqliteStore; logRows: () => number } {
  const dir = mkdtempSync(path.join(tmpdir(), "detente-group-"));
  dirs.push(dir);
  const file = path.join(dir, "detente.sqlite");
  const store = new SqliteStore(file);
  return {
    store,
    // Another connection sees only what is committed.
    logRows: () => {
      const reader = new Database(file, { readonly: true });
      try {
        return (reader.prepare("SELECT COUNT(*) AS n FROM log").get() as { n: number }).n;
      } finally {
        reader.close();
      }
    },
  };
}

const chat = (text: string): LoggedAction => ({ actor: "h", at: T0, action: { type: "chat", channel: "public", text } as LoggedAction["action"] });

it("commits the appends of one round of events together, and each promise resolves only once they are committed", async () => {
  const { store, logRows } = fileStore();
  const [a, b] = [lobby(), { ...lobby(), code: "OTHER1" }];
  await store.createMatch(a.code, T0, null, a);
  await store.createMatch(b.code, T0, null, b);
  const written = [store.append(a.code, chat("one")), store.append(b.code, chat("two")), store.append(a.code, chat("three"))];
  let resolved = 0;
  for (const w of written) void w.then(() => resolved++);
  await Promise.resolve();
  expect({ resolved, rows: logRows() }).toEqual({ resolved: 0, rows: 0 });
  expect(await Promise.all(written)).toEqual([1, 1, 2]);
  expect(logRows()).toBe(3);
  await store.close();
});

it("refuses only the write that fails: the other writes of its round are committed", async () => {
  const { store, logRows } = fileStore();
  const s = lobby();
  await store.createMatch(s.code, T0, null, s);
  // A match that was never created: its log row breaks the foreign key.
  const outcomes = await Promise.allSettled([store.append(s.code, chat("one")), store.append("NOSUCH", chat("lost")), store.append(s.code, chat("two"))]);
  expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
  expect(outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []))).toEqual([1, 2]);
  expect(logRows()).toBe(2);
  expect((await store.load(s.code))!.logAfterSnapshot.map((e) => (e.action as { text: string }).text)).toEqual(["one", "two"]);
  await store.close();
});

it("commits the writes still waiting for their round when it closes", async () => {
  const { store, logRows } = fileStore();
  const s = lobby();
  await store.createMatch(s.code, T0, null, s);
  const last = store.append(s.code, chat("last words"));
  await store.close();
  expect(await last).toBe(1);
  expect(logRows()).toBe(1);
});
