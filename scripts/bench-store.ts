// `npm run bench:store`: what one accepted action's log write costs the SQLite store, when the
// writes of one round of socket events share a commit (the store's way) and when each is
// committed alone (the baseline, `groupCommit: false`), measured in the same run on real files.
// Rooms write in rounds: in each round `rooms` matches append one action each, as when that
// many messages arrive in one turn of the event loop (a busy server has more per round).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { SqliteStore } from "../server/persistence/SqliteStore";
import { createSession, type LoggedAction } from "../shared/session";

const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: "400" },
    rooms: { type: "string", default: "1,10,50,200" },
  },
});
const ROUNDS = Number(args.rounds);
const ENTRY: LoggedAction = { actor: "abcdefghijkl", at: 1_764_000_000_000, action: { type: "chat", channel: "public", text: "We propose talks in Istanbul next week, under monitors, on grain and prisoners" } };

/** Microseconds of wall time per append (the store is synchronous: wall time is its CPU and disk time). */
async function perAppend(groupCommit: boolean, rooms: number): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), "detente-store-"));
  const store = new SqliteStore(path.join(dir, "detente.sqlite"), { groupCommit });
  try {
    const codes = Array.from({ length: rooms }, (_, i) => `R${i}`);
    for (const code of codes) await store.createMatch(code, 0, null, createSession(code, "host"));
    const start = performance.now();
    for (let round = 0; round < ROUNDS; round++) await Promise.all(codes.map((code) => store.append(code, ENTRY)));
    return ((performance.now() - start) * 1000) / (ROUNDS * rooms);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`npm run bench:store: ${ROUNDS} rounds of appends, per round one append by each of N matches (µs per append, best of 3)`);
for (const rooms of args.rooms.split(",").map(Number)) {
  const best = async (group: boolean) => Math.min(await perAppend(group, rooms), await perAppend(group, rooms), await perAppend(group, rooms));
  const alone = await best(false);
  const grouped = await best(true);
  console.log(`N=${String(rooms).padStart(3)}: one commit per append ${alone.toFixed(1)} µs, one commit per round ${grouped.toFixed(1)} µs (${(alone / grouped).toFixed(1)}× less)`);
}
