/**
 * The client's thin network layer over colyseus.js: create or join a match by code, rejoin a
 * seat by token, send intents, and hand on what the server sent as plain data: the public
 * board (synced state), this seat's view of the game, and the chat it may read. Free of Phaser
 * and the DOM, so the integration tests drive the same code the browser runs.
 */
import { Client, type Room } from "colyseus.js";
import { isWellFormedJoinCode, normalizeJoinCode } from "../../shared/joinCode";
import {
  CLOSE_FLOODING,
  CLOSE_REMOVED,
  ROOM_NAME,
  ServerMessage,
  type ClientMessage,
  type ClientMessageType,
  type ErrorReply,
  type SeatMessage,
} from "../../shared/protocol";
import type { MatchView, Seat } from "../../shared/game";
import type { ChatGroup, ChatMessage, PresetId, SessionPhase } from "../../shared/session";

/** Online; its socket dropped and the server holds its place (a closed tab, a lost network); or gone. */
export type Presence = "online" | "reconnecting" | "offline";

/** The public board as plain data (what `room.state.toJSON()` gives). */
export interface Board {
  code: string;
  phase: SessionPhase;
  turn: number;
  lastTurn: number;
  hostId: string;
  hasPassword: boolean;
  members: Record<string, { name: string; role: "power" | "spectator" | "facilitator"; power: string; connected: boolean; presence: Presence }>;
  bots: string[];
  ready: string[];
  clock: { deadline: number; paused: boolean; remaining: number };
  settings: { preset: PresetId; briefing: number; negotiation: number; orders: number; resolution: number; missedOrders: "hold" | "bot" };
}

/** This seat's view of the game, as cut by the server's view function. */
export interface SeatView {
  seat: Seat;
  match: MatchView | null;
  /** The group chat channels this seat belongs to. */
  groups: ChatGroup[];
}

export class JoinError extends Error {}

/** Where a browser keeps its seat tokens (localStorage); tests pass a Map. */
export interface SeatStorage {
  get(code: string): string | undefined;
  set(code: string, token: string): void;
  delete(code: string): void;
}

type Listener = () => void;

export class MatchConnection {
  memberId = "";
  view: SeatView = { seat: { kind: "spectator" }, match: null, groups: [] };
  chat: ChatMessage[] = [];
  /** Why the connection ended for good (removed, cut off for flooding), if it did. */
  closedReason: string | null = null;
  /** How many times the connection was lost and won back. */
  reconnections = 0;
  private readonly listeners = new Set<Listener>();
  private readonly errorListeners = new Set<(error: ErrorReply) => void>();

  private constructor(private room: Room, private readonly client: Client, private readonly storage: SeatStorage | null) {
    this.attach(room);
  }

  static async create(serverUrl: string, options: { name: string; password?: string; preset?: PresetId }, storage: SeatStorage | null = null): Promise<MatchConnection> {
    const client = new Client(serverUrl);
    return MatchConnection.open(() => client.create(ROOM_NAME, options), client, storage, "");
  }

  /** Joins by code, typed in any case and with or without spaces; a stored seat token rejoins that seat. */
  static async join(serverUrl: string, rawCode: string, options: { name?: string; password?: string }, storage: SeatStorage | null = null): Promise<MatchConnection> {
    const code = normalizeJoinCode(rawCode);
    if (!isWellFormedJoinCode(code)) throw new JoinError(`No match with code ${code || "(empty)"}`);
    const client = new Client(serverUrl);
    const seatToken = storage?.get(code);
    if (seatToken) {
      try {
        return await MatchConnection.open(() => client.joinById(code, { seatToken }), client, storage, code);
      } catch (error) {
        // A seat that no longer exists (say, a lobby left long ago): join afresh with the name.
        storage?.delete(code);
        if (!options.name) throw error;
      }
    }
    return MatchConnection.open(() => client.joinById(code, options), client, storage, code);
  }

  private static async open(connect: () => Promise<Room>, client: Client, storage: SeatStorage | null, code: string): Promise<MatchConnection> {
    let room: Room;
    try {
      room = await connect();
    } catch (error) {
      throw new JoinError(describeJoinFailure(error, code));
    }
    const connection = new MatchConnection(room, client, storage);
    await connection.until(() => connection.memberId !== "" && connection.board.code !== "", "the seat and the first state");
    return connection;
  }

  get code(): string {
    return this.room.roomId;
  }

  get board(): Board {
    return this.room.state.toJSON() as Board;
  }

  /** This member's power, or null. */
  get power(): string | null {
    return this.view.seat.kind === "power" ? this.view.seat.power : null;
  }

  send<T extends ClientMessageType>(type: T, message: ClientMessage<T>): void {
    this.room.send(type, message);
  }

  /** Sends any message at all, as a hostile or broken client might (for tests of the server's defences). */
  sendRaw(type: string, payload?: unknown): void {
    this.room.send(type, payload);
  }

  /** This socket's session id on the server (changes with each reconnection). */
  get sessionId(): string {
    return this.room.sessionId;
  }

  /** Called after anything the server sent: the board, the view, chat. */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onError(listener: (error: ErrorReply) => void): void {
    this.errorListeners.add(listener);
  }

  /** Resolves once `condition` holds (state arrives asynchronously over the socket). */
  until(condition: () => boolean, what = "the expected state", timeoutMs = 10_000): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      const stop = this.onChange(() => {
        if (!condition()) return;
        clearTimeout(timer);
        stop();
        resolve();
      });
    });
  }

  /** Leaves for good (frees a lobby seat); the stored token is forgotten. */
  async leave(): Promise<void> {
    this.storage?.delete(this.code);
    if (this.closedReason !== null || !this.room.connection.isOpen) return;
    await this.room.leave(true);
  }

  /** Drops the socket as a closed tab does: not consented, and this client never comes back. */
  closeTabForTest(): void {
    this.room.removeAllListeners();
    this.dropForTest();
  }

  /** Drops the socket as a network failure would, for tests of reconnection. */
  dropForTest(): void {
    (this.room.connection as unknown as { transport: { ws: { close(): void } } }).transport.ws.close();
  }

  private attach(room: Room): void {
    room.onStateChange(() => this.changed());
    room.onMessage(ServerMessage.seat, (seat: SeatMessage) => {
      this.memberId = seat.memberId;
      this.storage?.set(seat.code, seat.seatToken);
      this.changed();
    });
    room.onMessage(ServerMessage.view, (json: string) => {
      this.view = JSON.parse(json) as SeatView;
      this.changed();
    });
    room.onMessage(ServerMessage.chatHistory, (messages: ChatMessage[]) => {
      this.chat = messages;
      this.changed();
    });
    room.onMessage(ServerMessage.chat, (message: ChatMessage) => {
      this.chat = [...this.chat, message];
      this.changed();
    });
    room.onMessage(ServerMessage.error, (error: ErrorReply) => {
      for (const listener of this.errorListeners) listener(error);
    });
    room.onLeave((code) => void this.onDropped(code));
  }

  /** A dropped socket comes back by Colyseus reconnection, or failing that by the seat token. */
  private async onDropped(code: number): Promise<void> {
    if (code === 1000 || code === 4000) return;
    if (code === CLOSE_REMOVED || code === CLOSE_FLOODING) {
      this.closedReason = code === CLOSE_REMOVED ? "The host has removed you from this match." : "Disconnected for sending too many messages.";
      if (code === CLOSE_REMOVED) this.storage?.delete(this.code);
      this.changed();
      return;
    }
    const roomCode = this.code;
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        this.room = await this.client.reconnect(this.room.reconnectionToken);
      } catch {
        const token = this.storage?.get(roomCode);
        try {
          if (!token) throw new Error("no seat token");
          this.room = await this.client.joinById(roomCode, { seatToken: token });
        } catch {
          await new Promise((r) => setTimeout(r, Math.min(5_000, 250 * 2 ** attempt)));
          continue;
        }
      }
      // Forget what the old socket said: everything shown from now on comes from the new one.
      this.memberId = "";
      this.view = { seat: { kind: "spectator" }, match: null, groups: [] };
      this.chat = [];
      this.attach(this.room);
      this.reconnections++;
      this.changed();
      return;
    }
    this.closedReason = "Lost the connection to the game server.";
    this.changed();
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** Colyseus's "room not found" (4212) becomes the plain sentence a player expects. */
function describeJoinFailure(error: unknown, code: string): string {
  const detail = error as { code?: number; message?: string };
  if (detail.code === 4212) return `No match with code ${code}`;
  if (detail.message) return detail.message;
  return "Could not reach the game server.";
}

/** Seat tokens in the browser's localStorage, one per match code. */
export function browserSeatStorage(): SeatStorage {
  const key = (code: string) => `detente:seat:${code}`;
  return {
    get: (code) => localStorage.getItem(key(code)) ?? undefined,
    set: (code, token) => localStorage.setItem(key(code), token),
    delete: (code) => localStorage.removeItem(key(code)),
  };
}
