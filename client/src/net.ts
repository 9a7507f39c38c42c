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
  CLOSE_CLASS_ENDED,
  CLOSE_REMOVED,
  ROOM_NAME,
  SEAT_REFUSED,
  ServerMessage,
  type ClassEnded,
  type ClientMessage,
  type ClientMessageType,
  readRefusal,
  type ErrorReply,
  type SeatMessage,
} from "../../shared/protocol";
import { applyViewPatch, type ChatMessage, type PresetId, type SeatView, type SessionPhase } from "../../shared/session";
import { translate, type Params, type Text } from "../../shared/i18n";
import type { RefusalKey } from "../../shared/result";
import { localRefusal } from "./logic/refusals";
import { BROWSER_RETRY, retryDelay, type RetryPolicy } from "./logic/backoff";
import { waitUntil } from "./logic/waitUntil";

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
  /** People the host removed and has not let back in: member id → name. */
  barred: Record<string, string>;
  bots: string[];
  ready: string[];
  clock: { deadline: number; paused: boolean; remaining: number };
  settings: { preset: PresetId; briefing: number; negotiation: number; orders: number; resolution: number; missedOrders: "hold" | "bot"; teacherReads: "" | "public" | "all" };
}

/** This seat's view of the game, as cut by the server's view function: whole once, then kept up by patches. */
export type { SeatView };

/**
 * A join that did not happen: why, as a Text to show in the reader's language (its message is
 * that Text in the language of the moment); `code` is the server's typed refusal, or null if no
 * server answered.
 */
export class JoinError extends Error {
  constructor(readonly text: Text, readonly code: number | null = null) {
    super(translate(text));
  }

  /** The server said this seat token is no good here: the one case where a client forgets it. */
  get seatRefused(): boolean {
    return this.code === SEAT_REFUSED;
  }

  /** A server answered and it will not change by asking again: the seat is refused, or no such match. */
  get final(): boolean {
    return this.code === SEAT_REFUSED || this.code === ROOM_NOT_FOUND;
  }
}

/** The code of the local refusal of a message sent while the connection is down. */
export const NOT_CONNECTED = "NOT_CONNECTED";
/** Colyseus's answer for a code with no room behind it. */
const ROOM_NOT_FOUND = 4212;
/** One attempt to reach the server that hangs (a network that swallows packets) is abandoned after this. */
const ATTEMPT_TIMEOUT_MS = 15_000;

/** Connected; its socket lost and being won back; or closed for good (removed, left, seat refused). */
export type LinkStatus = "connected" | "reconnecting" | "closed";

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
  /** Why the class this match belonged to ended, once the server has said so. */
  classEnded: ClassEnded | null = null;
  /** Why the connection ended for good (removed, cut off for flooding), if it did. */
  closedReason: Text | null = null;
  /** Whole views and patches received on this page: how the view came (the whole view only on (re)join or resync). */
  readonly received = { views: 0, patches: 0 };
  /** How many times the connection was lost and won back. */
  reconnections = 0;
  status: LinkStatus = "connected";
  /** Failed attempts to win the connection back since it was lost (0 while connected). */
  attempts = 0;
  private leaving = false;
  /** A won-back socket whose seat and first state have not arrived: listeners are not told yet. */
  private catchingUp = false;
  private readonly listeners = new Set<Listener>();
  /** The version of the view held (0: none yet): the next patch must carry the one after it. */
  private version = 0;
  /** The whole view was asked for (a gap, a patch that did not fit): patches wait for it. */
  private resyncing = false;
  /** Patches to lose on purpose, as a network that dropped them would (tests of the resync). */
  private toLose = 0;
  private readonly errorListeners = new Set<(error: ErrorReply) => void>();

  private constructor(private room: Room, private readonly client: Client, private readonly storage: SeatStorage | null, private readonly retry: RetryPolicy) {
    this.attach(room);
  }

  static async create(serverUrl: string, options: { name: string; password?: string; preset?: PresetId }, storage: SeatStorage | null = null, retry = BROWSER_RETRY): Promise<MatchConnection> {
    const client = new Client(serverUrl);
    return MatchConnection.open(() => client.create(ROOM_NAME, options), client, storage, "", retry);
  }

  /** Joins by code, typed in any case and with or without spaces; a stored seat token rejoins that seat. */
  static async join(serverUrl: string, rawCode: string, options: { name?: string; password?: string }, storage: SeatStorage | null = null, retry = BROWSER_RETRY): Promise<MatchConnection> {
    const code = normalizeJoinCode(rawCode);
    if (!isWellFormedJoinCode(code)) throw new JoinError(refusalText("NO_SUCH_MATCH", { code: code || "—" }));
    const client = new Client(serverUrl);
    const seatToken = storage?.get(code);
    if (seatToken) {
      try {
        return await MatchConnection.open(() => client.joinById(code, { seatToken }), client, storage, code, retry);
      } catch (error) {
        // Only the server's word that the seat is gone forgets the token; a server that is down
        // or busy leaves it, so the player can still come back to the seat.
        if (!(error instanceof JoinError && error.seatRefused)) throw error;
        storage?.delete(code);
        if (!options.name) throw error;
      }
    }
    return MatchConnection.open(() => client.joinById(code, options), client, storage, code, retry);
  }

  /**
   * A page opened (or reloaded) on a match it holds a seat in: rejoins with the stored seat token,
   * retrying with backoff for as long as it takes, until the server answers that the seat or the
   * match is gone (then it throws that JoinError).
   */
  static async resume(serverUrl: string, code: string, storage: SeatStorage, options: { retry?: RetryPolicy; onAttempt?: (failures: number) => void } = {}): Promise<MatchConnection> {
    const retry = options.retry ?? BROWSER_RETRY;
    for (let failures = 1; ; failures++) {
      try {
        return await MatchConnection.join(serverUrl, code, {}, storage, retry);
      } catch (error) {
        if (error instanceof JoinError && error.final) throw error;
        options.onAttempt?.(failures);
        await sleep(retryDelay(failures, retry, Math.random()));
      }
    }
  }

  private static async open(connect: () => Promise<Room>, client: Client, storage: SeatStorage | null, code: string, retry: RetryPolicy): Promise<MatchConnection> {
    let room: Room;
    try {
      room = await withTimeout(connect(), ATTEMPT_TIMEOUT_MS);
    } catch (error) {
      throw new JoinError(describeJoinFailure(error, code), serverCode(error));
    }
    const connection = new MatchConnection(room, client, storage, retry);
    await connection.until(() => connection.caughtUp, "the seat, the first state and the first view");
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

  /**
   * Sends an intent; while the connection is down it is not sent and not kept for later (an
   * order is meant for the turn on screen): it is refused at once with a NOT_CONNECTED error,
   * which the screens show beside the control, and false is returned.
   */
  send<T extends ClientMessageType>(type: T, message: ClientMessage<T>): boolean {
    if (this.status !== "connected" || !this.room.connection.isOpen) {
      const refusal: ErrorReply = { re: type, ...localRefusal("NOT_CONNECTED") };
      for (const listener of [...this.errorListeners]) listener(refusal);
      return false;
    }
    this.room.send(type, message);
    return true;
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
    return waitUntil((listener) => this.onChange(listener), condition, what, timeoutMs);
  }

  /** Leaves for good (frees a lobby seat); the stored token is forgotten. */
  async leave(): Promise<void> {
    this.leaving = true;
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
      const whole = JSON.parse(json) as { v: number; view: SeatView };
      this.received.views++;
      this.view = whole.view;
      this.version = whole.v;
      this.resyncing = false;
      this.changed();
    });
    room.onMessage(ServerMessage.patch, (json: string) => this.patched(json));
    room.onMessage(ServerMessage.chatHistory, (messages: ChatMessage[]) => {
      this.chat = messages;
      this.changed();
    });
    room.onMessage(ServerMessage.chat, (message: ChatMessage) => {
      this.chat = [...this.chat, message];
      this.changed();
    });
    room.onMessage(ServerMessage.error, (error: ErrorReply) => {
      // A refused resync (too fast): the next patch finds the gap again and asks again.
      if (error.re === "resync") this.resyncing = false;
      for (const listener of this.errorListeners) listener(error);
    });
    room.onMessage(ServerMessage.classEnded, (ended: ClassEnded) => {
      this.classEnded = ended;
    });
    room.onLeave((code) => void this.onDropped(code));
  }

  /**
   * The seat, the board and the whole view have all come. They travel as separate frames, and a
   * compressed view may come after the board (it is deflated on the side): nothing is shown before.
   */
  private get caughtUp(): boolean {
    return this.memberId !== "" && this.board.code !== undefined && this.board.code !== "" && this.version > 0;
  }

  /** A patch applies only to the version just before it; anything else asks for the whole view. */
  private patched(json: string): void {
    this.received.patches++;
    if (this.toLose > 0) {
      this.toLose--;
      return;
    }
    if (this.resyncing) return;
    const patch = JSON.parse(json) as { v: number; ops: unknown };
    try {
      if (patch.v !== this.version + 1) throw new Error(`a gap: version ${patch.v} after ${this.version}`);
      this.view = applyViewPatch(this.view, patch.ops);
      this.version = patch.v;
    } catch {
      this.resyncing = true;
      if (this.room.connection.isOpen) this.room.send("resync", {});
      return;
    }
    this.changed();
  }

  /** Loses the next `count` patches, as a flaky network would, for tests of the resync. */
  losePatchesForTest(count = 1): void {
    this.toLose += count;
  }

  /**
   * Whatever closed the socket (a network drop, a crash, a graceful restart of the server), the
   * connection is won back, for as long as the page is open: Colyseus's reconnection while the
   * server holds the place, then the seat token (what works after a restart). Only the player
   * leaving, the host removing them, or the server refusing the seat ends it.
   */
  private async onDropped(code: number): Promise<void> {
    if (this.leaving) return;
    if (code === CLOSE_CLASS_ENDED) {
      this.storage?.delete(this.code);
      this.close(this.classEnded?.text ?? refusalText("CLASS_ENDED.deleted"));
      return;
    }
    if (code === CLOSE_REMOVED || code === CLOSE_FLOODING) {
      if (code === CLOSE_REMOVED) this.storage?.delete(this.code);
      this.close(refusalText(code === CLOSE_REMOVED ? "REMOVED" : "FLOODING"));
      return;
    }
    this.status = "reconnecting";
    this.attempts = 0;
    this.changed();
    const roomCode = this.code;
    let reconnectionToken: string | null = this.room.reconnectionToken;
    for (;;) {
      if (this.leaving) return;
      try {
        this.room = await this.rejoin(roomCode, reconnectionToken);
        break;
      } catch (error) {
        if (error instanceof JoinError && error.final) {
          if (error.seatRefused) this.storage?.delete(roomCode);
          this.close(error.text);
          return;
        }
        // The server answered but holds no place for this socket any more (its window passed,
        // or it restarted): from now on the seat token.
        if (serverCode(error) !== null) reconnectionToken = null;
        this.attempts++;
        this.changed();
        await sleep(retryDelay(this.attempts, this.retry, Math.random()));
      }
    }
    if (this.leaving) {
      void this.room.leave(true).catch(() => undefined);
      return;
    }
    // Forget what the old socket said: everything shown from now on comes from the new one.
    this.memberId = "";
    this.view = { seat: { kind: "spectator" }, match: null, groups: [] };
    this.version = 0;
    this.resyncing = false;
    this.chat = [];
    this.attach(this.room);
    this.reconnections++;
    this.status = "connected";
    this.attempts = 0;
    this.catchingUp = true;
    this.changed();
  }

  /** One attempt: the reconnection token while it may still hold, else the seat token. */
  private async rejoin(code: string, reconnectionToken: string | null): Promise<Room> {
    if (reconnectionToken) return withTimeout(this.client.reconnect(reconnectionToken), ATTEMPT_TIMEOUT_MS);
    const seatToken = this.storage?.get(code);
    if (!seatToken) throw new JoinError(refusalText("NO_SEAT"), SEAT_REFUSED);
    try {
      return await withTimeout(this.client.joinById(code, { seatToken }), ATTEMPT_TIMEOUT_MS);
    } catch (error) {
      throw new JoinError(describeJoinFailure(error, code), serverCode(error));
    }
  }

  private close(reason: Text): void {
    this.status = "closed";
    this.closedReason = reason;
    this.changed();
  }

  private changed(): void {
    // Until the new socket's seat and board are in, there is nothing whole to show.
    if (this.catchingUp) {
      if (!this.caughtUp) return;
      this.catchingUp = false;
    }
    for (const listener of [...this.listeners]) listener();
  }
}

/** Colyseus's "room not found" (4212) becomes the plain sentence a player expects; the server's refusal keeps its Text. */
function describeJoinFailure(error: unknown, code: string): Text {
  const detail = error as { code?: number; message?: string };
  if (detail.code === ROOM_NOT_FOUND) return refusalText("NO_SUCH_MATCH", { code });
  if (serverCode(error) !== null) return readRefusal(detail.message)?.text ?? refusalText("UNREACHABLE");
  return refusalText(error instanceof TimeoutError ? "TIMEOUT" : "UNREACHABLE");
}

function refusalText(key: RefusalKey, params?: Params): Text {
  return localRefusal(key, params).text;
}

class TimeoutError extends Error {}

/**
 * The typed code of an answer from the game server (Colyseus's and the game's codes are 4000 to
 * 4999), or null when none came: a refused connection, a socket closed before the join, a timeout.
 */
function serverCode(error: unknown): number | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "number" && code >= 4000 && code < 5000 ? code : null;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Rejects after `ms`; a room that joins after all is left, so it holds no seat for nobody. */
function withTimeout(joining: Promise<Room>, ms: number): Promise<Room> {
  return new Promise((resolve, reject) => {
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      reject(new TimeoutError("The game server did not answer in time."));
    }, ms);
    joining.then(
      (room) => {
        clearTimeout(timer);
        if (late) void room.leave(false).catch(() => undefined);
        else resolve(room);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
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
