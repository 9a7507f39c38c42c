/** A real Colyseus server on a free loopback port with its own SQLite file, and players that talk to it. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { matchMaker } from "@colyseus/core";
import { Client } from "colyseus.js";
import { startServer, type RunningServer, type ServerOptions } from "../../server/app";
import type { TrustProxy } from "../../server/clientAddress";
import type { MatchRoom } from "../../server/rooms/MatchRoom";
import { MatchConnection, type Board, type SeatStorage } from "../../client/src/net";
import type { RetryPolicy } from "../../client/src/logic/backoff";
import type { ErrorReply } from "../../shared/protocol";
import type { PresetId } from "../../shared/session";
import type { PowerId } from "../../shared/game";

export function tempDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), "detente-test-"));
}

export async function bootServer(options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  return startServer({ port: 0, host: "127.0.0.1", dataDir: tempDataDir(), ...options, creationsPerMinute: options.creationsPerMinute ?? 1_000 });
}

/** The server trusts one proxy hop: a test claims to come from any address with X-Forwarded-For. */
export const ONE_PROXY: TrustProxy = { kind: "hops", hops: 1 };

/** A colyseus.js client whose requests and sockets say they come from `address` (with ONE_PROXY). */
export function clientFrom(url: string, address: string): Client {
  return new Client(url, { headers: { "x-forwarded-for": address } });
}

/** What the matchmaker answers a bare HTTP call: a seat reservation, or a refusal's code and message. */
export interface MatchmakeAnswer {
  sessionId?: string;
  room?: { roomId: string };
  code?: number;
  error?: string;
}

/** One HTTP matchmaking call, as a script makes it without ever opening a socket. */
export async function matchmake(url: string, method: string, target: string, options: object, address = "127.0.0.1"): Promise<MatchmakeAnswer> {
  const response = await fetch(`${url}/matchmake/${method}/${target}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify(options),
  });
  return (await response.json()) as MatchmakeAnswer;
}

/** The server's own room behind a join code (the test runs in the server's process). */
export function serverRoom(code: string): MatchRoom {
  const room = matchMaker.getLocalRoomById(code);
  if (!room) throw new Error(`no room ${code} on this server`);
  return room as MatchRoom;
}

export function memoryStorage(): SeatStorage & { tokens: Map<string, string> } {
  const tokens = new Map<string, string>();
  return { tokens, get: (c) => tokens.get(c), set: (c, t) => void tokens.set(c, t), delete: (c) => void tokens.delete(c) };
}

/** A player as the browser client sees the game: the same network layer, with its error replies recorded. */
export class TestPlayer {
  readonly errors: ErrorReply[] = [];
  private constructor(readonly connection: MatchConnection, readonly storage: ReturnType<typeof memoryStorage>) {
    connection.onError((error) => this.errors.push(error));
  }

  /** `retry`: how fast a lost connection is retried (the browser's default waits 1 s, then up to 10 s). */
  static async create(url: string, name: string, options: { password?: string; preset?: PresetId; retry?: RetryPolicy } = {}): Promise<TestPlayer> {
    const storage = memoryStorage();
    const { retry, ...create } = options;
    return new TestPlayer(await MatchConnection.create(url, { name, ...create }, storage, retry), storage);
  }

  static async join(url: string, code: string, name: string, options: { password?: string; storage?: ReturnType<typeof memoryStorage>; retry?: RetryPolicy } = {}): Promise<TestPlayer> {
    const storage = options.storage ?? memoryStorage();
    return new TestPlayer(await MatchConnection.join(url, code, { name, password: options.password }, storage, options.retry), storage);
  }

  get id(): string {
    return this.connection.memberId;
  }

  get code(): string {
    return this.connection.code;
  }

  /** The phase and turn this player sees: what a host command sent now is meant for. */
  meantFor(): { phase: Board["phase"]; turn: number } {
    return { phase: this.connection.board.phase, turn: this.connection.board.turn };
  }

  /** Waits until the condition holds on what this player has received. */
  async until(condition: (p: TestPlayer) => boolean, what = "the expected state", timeoutMs = 10_000): Promise<void> {
    await this.connection.until(() => condition(this), what, timeoutMs);
  }

  /** Waits for the next typed error reply. */
  async nextError(timeoutMs = 5_000): Promise<ErrorReply> {
    return nextErrorIn(this.errors, timeoutMs);
  }
}

/** A host and players who each picked a power, all seeing every seat taken. */
export async function lobbyWith(
  url: string,
  powers: readonly PowerId[],
  options: { hostRole?: PowerId | "facilitator"; password?: string } = {},
): Promise<{ host: TestPlayer; players: TestPlayer[] }> {
  const host = await TestPlayer.create(url, "Hana", { password: options.password });
  if (options.hostRole === "facilitator") host.connection.send("facilitate", {});
  else if (options.hostRole) host.connection.send("pickPower", { power: options.hostRole });
  const players: TestPlayer[] = [];
  for (const [i, power] of powers.entries()) {
    const player = await TestPlayer.join(url, host.code, `Player ${i + 1}`, { password: options.password });
    player.connection.send("pickPower", { power });
    players.push(player);
  }
  const everyone = [host, ...players];
  const expected = powers.length + (options.hostRole && options.hostRole !== "facilitator" ? 1 : 0);
  for (const p of everyone) {
    await p.until((q) => Object.values(q.connection.board.members).filter((m) => m.power).length === expected, "every power to be taken");
  }
  if (options.hostRole === "facilitator") await host.until((q) => q.connection.board.members[q.id]?.role === "facilitator");
  return { host, players };
}

/** Starts the match with the shortest phases, and waits until everyone has the game view. */
export async function startMatch(host: TestPlayer, players: TestPlayer[]): Promise<void> {
  host.connection.send("configure", { durations: { briefing: 10, negotiation: 10, orders: 10, resolution: 10 } });
  await host.until((p) => p.connection.board.settings.orders === 10);
  host.connection.send("start", {});
  for (const p of [host, ...players]) {
    await p.until((q) => q.connection.view.match !== null && q.connection.board.phase === "briefing", "the match view");
  }
}

export async function leaveAll(...players: TestPlayer[]): Promise<void> {
  await Promise.all(players.map((p) => p.connection.leave().catch(() => undefined)));
}

/** The next error reply appended to `errors` (a client's list of replies), or a failure after `timeoutMs`. */
export async function nextErrorIn(errors: readonly ErrorReply[], timeoutMs: number): Promise<ErrorReply> {
  const before = errors.length;
  const deadline = Date.now() + timeoutMs;
  while (errors.length === before) {
    if (Date.now() > deadline) throw new Error(`no error reply within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
  return errors[before]!;
}
