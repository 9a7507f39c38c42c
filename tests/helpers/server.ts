/** A real Colyseus server on a free loopback port, and ways to wait on what its clients receive. */
import { matchMaker } from "@colyseus/core";
import { startServer, type RunningServer } from "../../server/app";
import type { MatchRoom } from "../../server/rooms/MatchRoom";
import { MatchConnection, type SyncedMatch } from "../../client/src/net";
import type { ErrorReply } from "../../shared/protocol";

export async function bootServer(): Promise<RunningServer> {
  return startServer({ port: 0, host: "127.0.0.1" });
}

/** The server's own room behind a join code (the test runs in the server's process). */
export function serverRoom(code: string): MatchRoom {
  const room = matchMaker.getLocalRoomById(code);
  if (!room) throw new Error(`no room ${code} on this server`);
  return room as MatchRoom;
}

/** A player as the browser client sees the game: the same network layer, with what it received recorded. */
export class TestPlayer {
  readonly errors: ErrorReply[] = [];
  private constructor(readonly connection: MatchConnection) {
    connection.onError((error) => this.errors.push(error));
  }

  static async create(server: RunningServer, name: string): Promise<TestPlayer> {
    const player = new TestPlayer(await MatchConnection.create(server.url, name));
    await player.until((s) => Object.keys(s.players).length > 0);
    return player;
  }

  static async join(server: RunningServer, code: string, name: string): Promise<TestPlayer> {
    const player = new TestPlayer(await MatchConnection.join(server.url, code, name));
    await player.until((s) => player.id in s.players);
    return player;
  }

  get id(): string {
    return this.connection.playerId;
  }

  get state(): SyncedMatch {
    return this.connection.state;
  }

  /** Waits until the synced state satisfies the condition (state arrives asynchronously over the socket). */
  async until(condition: (state: SyncedMatch) => boolean, what = "the expected state", timeoutMs = 5_000): Promise<SyncedMatch> {
    const deadline = Date.now() + timeoutMs;
    while (!condition(this.state)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; state is ${JSON.stringify(this.state)}`);
      await new Promise((r) => setTimeout(r, 5));
    }
    return this.state;
  }

  /** Waits for the next typed error reply. */
  async nextError(timeoutMs = 5_000): Promise<ErrorReply> {
    const before = this.errors.length;
    const deadline = Date.now() + timeoutMs;
    while (this.errors.length === before) {
      if (Date.now() > deadline) throw new Error(`no error reply within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 5));
    }
    return this.errors[before]!;
  }
}
