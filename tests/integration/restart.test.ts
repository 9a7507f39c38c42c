/**
 * A crash mid-turn: the server runs as a child process, players get into the middle of a turn,
 * the process is killed with SIGKILL and started again on the same data folder. Every
 * acknowledged order is still there, the players are back in their seats, deadlines have moved
 * by the downtime, and the match ends exactly as the same match replayed without the crash.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { afterAll, expect, it } from "vitest";
import { replay, stateHash, victoryDay2025, type LogEntry, type Order, type PowerId } from "../../shared/game";
import path from "node:path";
import { SqliteStore } from "../../server/persistence/SqliteStore";
import { TestPlayer, leaveAll, tempDataDir } from "../helpers/server";

const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `server/main.ts` in its own Node process and resolves once it listens. */
async function startServerProcess(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, CLIENT_DIR: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the server process did not start within 20 s")), 20_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Détente is running")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on("exit", (code) => reject(new Error(`the server process exited with ${code}`)));
  });
  return child;
}

it("survives SIGKILL mid-turn and finishes the match as if nothing happened", async () => {
  const port = await freePort();
  const dataDir = tempDataDir();
  const url = `http://127.0.0.1:${port}`;
  let child = await startServerProcess(port, dataDir);

  const host = await TestPlayer.create(url, "Hana");
  host.connection.send("facilitate", {});
  const seats: [PowerId, TestPlayer][] = [];
  for (const [name, power] of [["Anna", "russia"], ["Bogdan", "ukraine"], ["Chen", "china"]] as const) {
    const player = await TestPlayer.join(url, host.code, name);
    player.connection.send("pickPower", { power });
    seats.push([power, player]);
  }
  await host.until((p) => Object.values(p.connection.board.members).filter((m) => m.power).length === 3);
  const player = (power: PowerId) => seats.find(([p]) => p === power)![1];

  // What the test did, in the engine's own log terms: the same match without any crash.
  const played: LogEntry[] = [];
  const advance = async () => {
    const { phase, turn } = host.connection.board;
    const moved = (p: TestPlayer) => p.connection.board.phase !== phase || p.connection.board.turn !== turn;
    // The host ends some thirty phases in a row: past its message rate (a burst of 20, then 5 a
    // second) the server refuses with RATE_LIMITED, and the host tries again a moment later.
    for (;;) {
      const refused = host.nextError(10_000).then(() => true, () => false);
      host.connection.send("endPhase", host.meantFor());
      await Promise.race([host.until(moved, "the next phase").catch(() => undefined), refused]);
      if (moved(host)) break;
      if (!(await refused)) throw new Error(`timed out waiting for the phase after ${phase} of turn ${turn}`);
      expect(host.errors.at(-1)?.code).toBe("RATE_LIMITED");
      await new Promise((r) => setTimeout(r, 250));
    }
    played.push({ kind: "advance" });
  };
  const give = async (power: PowerId, orders: Order[]) => {
    const turn = host.connection.board.turn;
    player(power).connection.send("orders", { turn, orders });
    await player(power).until((p) => JSON.stringify(p.connection.view.match?.orders[power]) === JSON.stringify(orders), `${power}'s orders acknowledged`);
    played.push({ kind: "orders", power, submission: { turn, orders } });
  };
  const statement = (text: string): Order => ({ type: "statement", audience: "world", tone: "neutral", topic: "war", text });

  host.connection.send("start", {});
  await host.until((p) => p.connection.board.phase === "briefing");
  await advance(); // negotiation
  await advance(); // orders, turn 1
  await give("russia", [statement("Turn one, Moscow.")]);
  await advance(); // resolution
  await advance(); // briefing, turn 2
  await advance(); // negotiation
  player("russia").connection.send("chat", { channel: "pair:russia|ukraine", text: "Before the crash" });
  await player("ukraine").until((p) => p.connection.chat.some((m) => m.text === "Before the crash"));
  await advance(); // orders, turn 2
  await give("russia", [{ type: "posture", stance: "fortify" }, statement("Moscow holds.")]);
  await give("ukraine", [statement("Kyiv asks for monitors.")]);
  const before = { deadline: host.connection.board.clock.deadline, members: seats.map(([, p]) => p.id) };

  child.kill("SIGKILL");
  await new Promise((resolve) => child.once("exit", resolve));
  const downSince = Date.now();
  await new Promise((r) => setTimeout(r, 1_500));
  child = await startServerProcess(port, dataDir);

  // Everyone is back in their seat, with what they had.
  for (const [power, p] of seats) {
    await p.until((q) => q.connection.reconnections === 1 && q.connection.board.code !== "" && q.connection.view.match?.phase === "orders", `${power} back in the match`, 20_000);
    expect(p.connection.power).toBe(power);
  }
  await host.until((p) => p.connection.reconnections === 1 && p.connection.board.members[p.id]?.connected === true, "the host back", 20_000);
  expect(seats.map(([, p]) => p.id)).toEqual(before.members);
  expect(player("russia").connection.view.match?.orders.russia).toEqual([{ type: "posture", stance: "fortify" }, statement("Moscow holds.")]);
  expect(player("ukraine").connection.view.match?.orders.ukraine).toEqual([statement("Kyiv asks for monitors.")]);
  expect(player("ukraine").connection.chat.map((m) => m.text)).toContain("Before the crash");
  expect(host.connection.board.turn).toBe(2);
  // The deadline moved by the time the server was down (at least the 1.5 s pause, at most the whole outage).
  const shift = host.connection.board.clock.deadline - before.deadline;
  expect(shift).toBeGreaterThanOrEqual(1_000);
  expect(shift).toBeLessThanOrEqual(Date.now() - downSince + 2_000);

  // Play on to the end.
  await give("china", [statement("Beijing calls for calm.")]);
  while (host.connection.board.phase !== "ended") {
    if (host.connection.board.phase === "orders") await give("ukraine", [statement(`Kyiv, turn ${host.connection.board.turn}.`)]);
    await advance();
  }

  // The stored record, whole (the HTTP export cuts it to what the host may see).
  const store = new SqliteStore(path.join(dataDir, "detente.sqlite"));
  const exported = (await store.export(host.code))!;
  await store.close();
  const start = exported.log.find((e) => e.action.type === "start")!.action as { seed: number };
  const final = exported.turns.at(-1)!.session.match!;
  const uncrashed = replay(victoryDay2025, start.seed, final.seats, played);
  expect(final.phase).toBe("ended");
  expect(stateHash(final)).toBe(stateHash(uncrashed));
  expect(final).toEqual(uncrashed);
  expect(exported.turns.map((t) => t.turn)).toEqual([0, ...Array.from({ length: final.lastTurn }, (_, i) => i + 1)]);
  await leaveAll(host, ...seats.map(([, p]) => p));
}, 90_000);
