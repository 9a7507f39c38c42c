/**
 * The client's thin network layer over colyseus.js: create or join a match by code, send
 * intents, and hand the synced state on as plain data. Free of Phaser and the DOM, so the
 * integration tests drive the same code the browser runs.
 */
import { Client, type Room } from "colyseus.js";
import { isWellFormedJoinCode, normalizeJoinCode } from "../../shared/joinCode";
import { ROOM_NAME, SERVER_ERROR, type ClientMessage, type ClientMessageType, type ErrorReply } from "../../shared/protocol";

/** The synced state as plain data (what `room.state.toJSON()` gives). */
export interface SyncedMatch {
  code: string;
  phase: "lobby" | "statements" | "ended";
  turn: number;
  maxTurns: number;
  hostId: string;
  players: Record<string, { name: string; power: string; present: boolean; submitted: boolean }>;
  news: { turn: number; power: string; tone: string; text: string }[];
}

export class JoinError extends Error {}

export class MatchConnection {
  private constructor(readonly room: Room) {}

  static async create(serverUrl: string, name: string): Promise<MatchConnection> {
    try {
      return await MatchConnection.opened(await new Client(serverUrl).create(ROOM_NAME, { name }));
    } catch (error) {
      throw new JoinError(describeJoinFailure(error, ""));
    }
  }

  /** Joins by code, typed in any case and with or without spaces. */
  static async join(serverUrl: string, rawCode: string, name: string): Promise<MatchConnection> {
    const code = normalizeJoinCode(rawCode);
    if (!isWellFormedJoinCode(code)) throw new JoinError(`No match with code ${code || "(empty)"}`);
    try {
      return await MatchConnection.opened(await new Client(serverUrl).joinById(code, { name }));
    } catch (error) {
      throw new JoinError(describeJoinFailure(error, code));
    }
  }

  /** A connection is handed out only once the first full state has arrived. */
  private static async opened(room: Room): Promise<MatchConnection> {
    if (!(room.state as { code?: string }).code) await new Promise<void>((resolve) => room.onStateChange.once(() => resolve()));
    return new MatchConnection(room);
  }

  get code(): string {
    return this.room.roomId;
  }

  get playerId(): string {
    return this.room.sessionId;
  }

  get state(): SyncedMatch {
    return this.room.state.toJSON() as SyncedMatch;
  }

  send<T extends ClientMessageType>(type: T, message: ClientMessage<T>): void {
    this.room.send(type, message);
  }

  onChange(listener: (state: SyncedMatch) => void): void {
    this.room.onStateChange(() => listener(this.state));
  }

  onError(listener: (error: ErrorReply) => void): void {
    this.room.onMessage(SERVER_ERROR, listener);
  }

  leave(): Promise<number> {
    return this.room.leave(true);
  }
}

/** Colyseus's "room not found" (4212) becomes the plain sentence a player expects. */
function describeJoinFailure(error: unknown, code: string): string {
  const detail = error as { code?: number; message?: string };
  if (detail.code === 4212) return `No match with code ${code}`;
  if (detail.message) return detail.message;
  return "Could not reach the game server.";
}
