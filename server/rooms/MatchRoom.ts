/**
 * One match, addressed by its join code. The room is the shell around the pure session in
 * shared/session: every message is parsed by its protocol schema, turned into an action,
 * applied by the session's rules, written to the store, and only then published: players are
 * only ever shown the acknowledged session, the one whose every action the store holds.
 */
import { randomBytes, randomInt } from "node:crypto";
import { Room, ServerError, matchMaker, type Client, type ClientPrivate } from "@colyseus/core";
import { makeJoinCode } from "../../shared/joinCode";
import {
  CLIENT_MESSAGE_TYPES,
  CLOSE_CLASS_ENDED,
  CLOSE_FLOODING,
  CLOSE_REMOVED,
  ClientMessages,
  CreateOptions,
  JOIN_REFUSED,
  JoinOptions,
  SEAT_REFUSED,
  ServerMessage,
  parseUntrusted,
  type ClassEnded,
  type ClientMessageType,
  type ErrorReply,
  type SeatMessage,
} from "../../shared/protocol";
import { refuse, type Result } from "../../shared/result";
import { explain, joinError, refusal } from "../refusals";
import {
  PRESETS,
  SYSTEM,
  SeatViews,
  ViewDiffer,
  applyAction,
  canRead,
  chatFor,
  checkName,
  createSession,
  lastMessage,
  memberById,
  replaySession,
  seatOf,
  type LoggedAction,
  type SeatView,
  type Session,
  type SessionAction,
} from "../../shared/session";
import { clientAddress, type AuthContext } from "../clientAddress";
import { context, type ClassWorldSpec } from "../context";
import { TEACHER_NAME, botPowers, summarize, type RoomSummary } from "../../shared/classroom";
import type { InjectedEvent, PowerId } from "../../shared/game";
import { TokenBucket, checkPassword, hashPassword, hashToken, newSeatToken } from "../security";
import { SessionState } from "./SessionState";
import { FailureLog, describeType } from "./messageGuard";
import { WriteQueue } from "../persistence/WriteQueue";
import { LeaseLostError, type Fence } from "../persistence/Store";
import { letGoOfListing } from "./handOver";

/** The presence hash where codes are claimed; shared by every process once Redis is used. */
const CODES_KEY = "detente:codes";
/** How long a dropped connection keeps its place before the player must rejoin with the seat token. */
const RECONNECT_SECONDS = 60;
/** A client that keeps sending past its rate for this many messages in a row is cut off. */
const REFUSALS_BEFORE_DISCONNECT = 40;
const MAX_TIMER_MS = 2 ** 31 - 1;
/** The member id a name is tried under before a newcomer gets a seat (never a real id: those are base64url). */
const TRIAL_ID = "(newcomer)";
/** How long a finished match stays open after its last player leaves. */
const DEBRIEF_KEPT_MS = 30 * 60_000;

/**
 * A join's answer as data, since the room may be in another process: Colyseus's remote calls
 * pass a thrown error's message but not its code, and the client acts on the code.
 */
type JoinAnswer = { ok: true; auth: Auth } | { ok: false; code: number; message: string };

/** What the matchmaker's onAuth found, before any seat was reserved (Colyseus copies it as JSON). */
interface Auth {
  /** The member a seat token names, or null for a newcomer. */
  memberId: string | null;
  seatToken: string | null;
  /** A newcomer's pending reservation, counted against their address until used. */
  ticket: string | null;
}

interface Connection {
  memberId: string;
  /** The seat token this socket holds, sent again with the seat on every (re)join. */
  seatToken: string;
  refusedInARow: number;
  /** The view this socket holds (the last one sent whole or patched to), null until it has one: it is sent whole next. */
  sent: SeatView | null;
  /** The version of the last view or patch sent to this socket (counts up by one per message). */
  version: number;
  /** The last thing sent was the whole view: a resync now would only send the same again, so it is refused. */
  whole: boolean;
  /** The socket dropped and its reconnection is held open: the player shows as reconnecting. */
  away: boolean;
}

export class MatchRoom extends Room<SessionState> {
  /**
   * Colyseus counts pending reservations as clients: a cap here would let strangers' reservations
   * (or a member's reconnection holds) lock members out. Admission bounds reservations per address
   * and the rules bound members (MAX_MEMBERS); a member's seat-token rejoin always gets in.
   */
  override maxClients = Number.POSITIVE_INFINITY;
  override autoDispose = false;
  override state = new SessionState();
  /** The session with every accepted action applied, some perhaps still being written: actions are checked against it. */
  private session!: Session;
  /** The session as of the last action whose writes resolved: the only one anyone is shown. */
  private acknowledged!: Session;
  /** This room's writes, in order; a step after them tells the players. */
  private readonly writes = new WriteQueue((error) => this.writeFailed(error));
  private passwordHash: string | null = null;
  /** A new match is written to the store only once its creator has joined: a creation by HTTP alone leaves nothing to restore. */
  private stored = false;
  private createdAt = 0;
  private readonly connections = new Map<string, Connection>();
  /** Message allowance per member, kept across reconnections and seat-token rejoins. */
  private readonly buckets = new Map<string, TokenBucket>();
  private unjoinedTimer: NodeJS.Timeout | null = null;
  private deadlineTimer: NodeJS.Timeout | null = null;
  private closeTimer: NodeJS.Timeout | null = null;
  private shuttingDown = false;
  /** Its class has ended: the match is deleted from the store, so nothing more is written. */
  private classEnded = false;
  /** Another process holds its lease now: this room writes nothing more and closes. */
  private leaseGone = false;
  /** The lease this room's writes are made under (null without leases: SQLite, one process); the store refuses them once another process has taken the match over. */
  private fence: Fence | null = null;
  /** Sockets the room itself closed (removed, flooding): no reconnection for them. */
  private readonly cutOff = new Set<string>();
  private readonly failures = new FailureLog(() => this.roomId);
  /** Each seat's view, cut again only when what it shows changed; and the patches between views. */
  private readonly seatViews = new SeatViews();
  private readonly differ = new ViewDiffer();
  /** The whole views' JSON, made once per view however many sockets (re)join or resync. */
  private readonly wholeJson = new WeakMap<SeatView, string>();

  /** When a power's player last acted or a phase last began (server memory only): the dashboard's "room stuck". */
  private lastActivityAt = 0;

  /** Called after every publish: a class room's dashboard follows its worlds through this. */
  private readonly watchers = new Set<() => void>();

  /** The whole acknowledged session, private parts included (for tests and the export; never sent as is). */
  get current(): Session {
    return this.acknowledged;
  }

  override async onCreate(options: unknown): Promise<void> {
    const ctx = context();
    const restore = (options as { restore?: unknown } | undefined)?.restore;
    const classWorld = (options as { classWorld?: unknown } | undefined)?.classWorld;
    const world = typeof classWorld === "string" ? ctx.classWorlds.get(classWorld) : undefined;
    const restoring = typeof restore === "string" ? ctx.restoring.get(restore) : undefined;
    if (typeof restore === "string" && restoring !== undefined) {
      ctx.restoring.delete(restore);
      this.fence = restoring.fence;
      await this.restore(restore, restoring.downtimeMs);
    } else if (world) {
      ctx.classWorlds.delete(classWorld as string);
      await this.createForClass(world);
    } else {
      const parsed = parseUntrusted(CreateOptions, options);
      if (!parsed.success) throw joinError(JOIN_REFUSED, "NAME_REQUIRED.match");
      const name = checkName(parsed.data.name);
      if (!name.ok) throw joinError(JOIN_REFUSED, name);
      const code = await this.claimCode();
      const preset = parsed.data.preset ?? "evening";
      const fresh = createSession(code, newMemberId());
      this.session = { ...fresh, settings: { ...fresh.settings, preset, durations: { ...PRESETS[preset] } } };
      this.acknowledged = this.session;
      this.passwordHash = parsed.data.password ? await hashPassword(parsed.data.password) : null;
      this.createdAt = ctx.now();
      // A match nobody joins (a creation by HTTP alone) is closed, not kept.
      this.unjoinedTimer = setTimeout(() => {
        if (!this.stored) void this.disconnect();
      }, ctx.unjoinedRoomMs);
    }
    this.roomId = this.session.code;
    this.lastActivityAt = ctx.now();
    await this.setPrivate(true);
    // A class world's seats and first actions are in the store before anyone is sent its code.
    await this.writes.drained();
    this.publish(this.acknowledged, null);

    for (const type of CLIENT_MESSAGE_TYPES) this.onMessage(type, (client, raw: unknown) => this.receive(client, type, raw));
    // "*" catches types with no handler; Colyseus's own fallback is replaced too, since a message
    // typed "*" or "__no_message_handler" reaches these by key, with the payload in the type's place.
    for (const key of ["*", "__no_message_handler"]) {
      this.onMessage(key, (client: Client, ...rest: unknown[]) => this.unknownMessage(client, rest.length > 1 ? rest[0] : key));
    }
  }

  /**
   * Runs inside the matchmaker before a room is made or a seat reserved: a creation is counted
   * against its address, and a join by code is checked by the room it names (seat token,
   * password, name) so that no stranger ever holds a reservation.
   */
  static override async onAuth(_token: unknown, options: unknown, request: AuthContext): Promise<Auth> {
    const ctx = context();
    const address = clientAddress(request);
    const [method, target] = matchmakeCall(request);
    if (method === "joinById") {
      const code = target ?? "";
      const local = matchMaker.getLocalRoomById(code);
      // With several processes the match may run in another: it answers there (over Redis).
      const answer: JoinAnswer = local instanceof MatchRoom ? await local.answerJoin(options, address) : await matchMaker.remoteRoomCall(code, "answerJoin", [options, address]);
      if (!answer.ok) throw new ServerError(answer.code, answer.message);
      return answer.auth;
    }
    // Any other way in makes a room (a match is private: join and joinOrCreate never find one).
    const parsed = parseUntrusted(CreateOptions, options);
    if (!parsed.success) throw joinError(JOIN_REFUSED, "NAME_REQUIRED.match");
    await ctx.admission.create(address);
    return { memberId: null, seatToken: null, ticket: null };
  }

  /** A join by code, checked by this room (called by the process that received it, this one or another). */
  async answerJoin(options: unknown, address: string): Promise<JoinAnswer> {
    try {
      return { ok: true, auth: await this.admitJoin(options, address) };
    } catch (error) {
      if (error instanceof ServerError) return { ok: false, code: error.code, message: error.message };
      throw error;
    }
  }

  /** A join by code: a member's seat token, or a newcomer with the password and an acceptable name. */
  private async admitJoin(options: unknown, address: string): Promise<Auth> {
    const ctx = context();
    const parsed = parseUntrusted(JoinOptions, options ?? {});
    if (!parsed.success) throw joinError(JOIN_REFUSED, "JOIN_REFUSED.shape");
    if (parsed.data.seatToken) {
      const memberId = await ctx.store.memberForToken(this.session.code, hashToken(parsed.data.seatToken));
      if (!memberId) await ctx.admission.failedJoin(address);
      return { memberId: this.checkSeat(memberId), seatToken: parsed.data.seatToken, ticket: null };
    }
    if (this.passwordHash) {
      await ctx.admission.checkPasswordTries(address, this.session.code);
      // Nothing typed is no guess: the match asks for its password rather than calling it wrong.
      const typed = parsed.data.password ?? "";
      if (typed.trim() === "") throw joinError(JOIN_REFUSED, "JOIN_REFUSED.passwordNeeded", { code: this.session.code });
      if (!(await checkPassword(typed, this.passwordHash))) {
        await ctx.admission.wrongPassword(address, this.session.code);
        throw joinError(JOIN_REFUSED, "JOIN_REFUSED.wrongPassword", { code: this.session.code });
      }
    }
    // The rules' own answer to this name (taken, barred, blank), before a seat is held for it.
    const trial = applyAction(this.session, { actor: TRIAL_ID, at: ctx.now(), action: { type: "join", memberId: TRIAL_ID, name: parsed.data.name ?? "" } });
    if (!trial.ok) throw joinError(JOIN_REFUSED, trial);
    return { memberId: null, seatToken: null, ticket: ctx.admission.reserve(address) };
  }

  /** The member behind a seat token, if the seat still opens. */
  private checkSeat(memberId: string | null): string {
    const member = memberId ? memberById(this.session, memberId) : undefined;
    if (!memberId || !member || member.readmitted) throw joinError(SEAT_REFUSED, "SEAT_REFUSED.match");
    if (member.removed) throw joinError(SEAT_REFUSED, "SEAT_REFUSED.removed");
    return memberId;
  }

  override async onJoin(client: Client, options: { name?: string }, auth: Auth): Promise<void> {
    const ctx = context();
    if (auth.ticket) ctx.admission.release(auth.ticket);
    let memberId = auth.memberId;
    let seatToken = auth.seatToken;
    if (memberId && seatToken) {
      // Removed while the seat was reserved.
      this.checkSeat(memberId);
    } else {
      const creator = this.session.members.length === 0 && !this.session.match;
      memberId = creator ? this.session.hostId : newMemberId();
      if (creator && !this.stored) this.store();
      const joined = this.act(memberId, { type: "join", memberId, name: options.name ?? "" });
      if (!joined.ok) throw joinError(JOIN_REFUSED, joined);
      seatToken = newSeatToken();
      const [code, tokenHash] = [this.session.code, hashToken(seatToken)];
      this.writes.write(() => ctx.store.addSeat(code, memberId!, tokenHash, this.fence));
    }
    if (this.closeTimer) clearTimeout(this.closeTimer);
    this.closeTimer = null;
    // The seat token is handed over only once the seat, and the join, are in the store.
    await this.writes.drained();
    const connection: Connection = { memberId, seatToken, refusedInARow: 0, sent: null, version: 0, whole: false, away: false };
    this.connections.set(client.sessionId, connection);
    if (!this.buckets.has(memberId)) this.buckets.set(memberId, new TokenBucket(ctx.messageRate.burst, ctx.messageRate.perSecond, ctx.now()));
    this.welcome(client, connection);
  }

  /**
   * A socket won back by Colyseus's reconnection keeps its sessionId, so its connection (and
   * the "last view sent" in it) is still here: forget that view, or the returning client,
   * whose screen starts empty, would get nothing until the game changes. (Colyseus 0.16 has
   * no reconnection hook of its own; onLeave calls this once allowReconnection resolves.)
   */
  private onReconnect(client: Client): void {
    const connection = this.connections.get(client.sessionId);
    if (!connection) return;
    connection.away = false;
    connection.sent = null;
    this.welcome(client, connection);
  }

  /** What every (re)joining socket gets: its seat, its chat history, then (by publish) its full view. */
  private welcome(client: Client, connection: Connection): void {
    const seat: SeatMessage = { memberId: connection.memberId, seatToken: connection.seatToken, code: this.session.code };
    client.send(ServerMessage.seat, seat);
    client.send(ServerMessage.chatHistory, chatFor(this.acknowledged, connection.memberId));
    this.publish(this.acknowledged, null);
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    if (this.shuttingDown) return;
    if (!consented && !this.cutOff.delete(client.sessionId)) {
      const away = this.connections.get(client.sessionId);
      if (away) away.away = true;
      this.publish(this.acknowledged, null);
      try {
        const back = await this.allowReconnection(client, RECONNECT_SECONDS);
        this.onReconnect(back);
        return;
      } catch {
        // Not back in time: the seat token still brings them back later.
      }
    }
    const connection = this.connections.get(client.sessionId);
    this.connections.delete(client.sessionId);
    if (connection && !this.isConnected(connection.memberId) && this.session.phase === "lobby" && memberById(this.session, connection.memberId)) {
      this.act(connection.memberId, { type: "leave" });
      // Gone from the match: nothing of theirs is kept.
      if (!memberById(this.session, connection.memberId)) this.buckets.delete(connection.memberId);
    }
    this.publish(this.acknowledged, null);
    if (this.clients.length === 0 && this.session.phase === "lobby") this.disconnect();
    // A finished match stays a while, so a reload or a late look at the debrief still finds it.
    if (this.clients.length === 0 && this.session.phase === "ended") this.closeTimer ??= setTimeout(() => void this.disconnect(), DEBRIEF_KEPT_MS);
  }

  override onBeforeShutdown(): void {
    // A shutdown is not everyone leaving: keep every seat for after the restart.
    this.shuttingDown = true;
    // Seats reserved over HTTP whose socket has not come yet are dropped, so a socket that
    // arrives now is refused; kept, they hold the room (and the shutdown) open until they expire.
    for (const sessionId of Object.keys(this.reservedSeats)) {
      if (this.reservedSeats[sessionId]?.[3]) continue; // a reconnection hold: disconnect() ends it
      clearTimeout(this.reservedSeatTimeouts[sessionId]);
      delete this.reservedSeatTimeouts[sessionId];
      delete this.reservedSeats[sessionId];
    }
    super.onBeforeShutdown();
  }

  override async onDispose(): Promise<void> {
    if (this.unjoinedTimer) clearTimeout(this.unjoinedTimer);
    if (this.deadlineTimer) clearTimeout(this.deadlineTimer);
    if (this.closeTimer) clearTimeout(this.closeTimer);
    if (this.leaseGone) return;
    await this.presence.hdel(CODES_KEY, this.roomId);
    if (!this.writes.broken && !this.shuttingDown && this.session.phase === "lobby") this.writes.write(() => context().store.setStatus(this.session.code, "abandoned", this.fence));
    await this.writes.drained().catch(() => undefined);
    // Given up, not kept: another process may take the match over at once (after a failed write, or a graceful stop).
    await context().leases?.release(this.session.code);
  }

  /** Another process has taken this match over (this one was stalled past its lease): close here, writing nothing. */
  leaseLost(): void {
    if (this.leaseGone) return;
    this.leaseGone = true;
    letGoOfListing(this);
    if (this.deadlineTimer) clearTimeout(this.deadlineTimer);
    this.deadlineTimer = null;
    void this.disconnect();
  }

  /**
   * The store refused a write: the room's state is now ahead of what is stored, and nothing more
   * is acknowledged. It closes: its players are told to come back (they rejoin by seat token), and
   * the match is brought back from the store, as acknowledged, by a restart (or, with several
   * processes, by whichever process takes its lease next).
   */
  private writeFailed(error: unknown): void {
    // Refused for its fence: another process runs the match now, from what the store holds.
    if (error instanceof LeaseLostError) return this.leaseLost();
    this.failures.report(error);
    if (this.deadlineTimer) clearTimeout(this.deadlineTimer);
    this.deadlineTimer = null;
    void this.disconnect();
  }

  /**
   * Every frame from every socket goes through here: whatever a handler, or Colyseus's own
   * framing, throws stays in this room (a throw here would reach the socket's event emitter and
   * stop the process). The sender gets a typed error; the failure is logged once per kind.
   */
  protected override _onMessage(client: Client & ClientPrivate, buffer: Buffer): void {
    try {
      super._onMessage(client, buffer);
    } catch (error) {
      this.failures.report(error);
      try {
        this.reply(client, { re: "(unknown)", ...refusal("INTERNAL.message") });
      } catch {
        // The socket is gone: nothing to answer.
      }
    }
  }

  /** An unknown type still counts against the sender's rate: otherwise it floods without end. */
  private unknownMessage(client: Client, type: unknown): void {
    const re = describeType(type);
    if (!this.admit(client, re)) return;
    this.reply(client, { re, ...refusal("UNKNOWN_MESSAGE") });
  }

  /** parse → rate limit → act (authorize, apply, persist, publish), or a typed error reply. */
  private receive(client: Client, type: ClientMessageType, raw: unknown): void {
    const connection = this.admit(client, type);
    if (!connection) return;
    if (type === "resync") {
      this.resync(client, connection, raw);
      return;
    }
    const parsed = parseUntrusted<object>(ClientMessages[type], raw ?? {});
    if (!parsed.success) {
      this.reply(client, { re: type, ...refusal("BAD_PAYLOAD") });
      return;
    }
    const action = this.toAction(type as Exclude<ClientMessageType, "resync">, parsed.data);
    const outcome = this.act(connection.memberId, action);
    if (!outcome.ok) this.reply(client, { re: type, ...explain(outcome) });
  }

  /** The sender's connection if its rate allows one more message; otherwise refused, and past a flood cut off. */
  private admit(client: Client, re: string): Connection | null {
    const connection = this.connections.get(client.sessionId);
    if (!connection) return null;
    if (!this.buckets.get(connection.memberId)?.take(context().now())) {
      connection.refusedInARow++;
      if (connection.refusedInARow >= REFUSALS_BEFORE_DISCONNECT) this.cut(client, CLOSE_FLOODING, "Too many messages.");
      else this.reply(client, { re, ...refusal("RATE_LIMITED") });
      return null;
    }
    connection.refusedInARow = 0;
    return connection;
  }

  /**
   * The client lost its place in the patch stream: it gets the whole view with the next version.
   * Asking again before anything changed would only repeat it, and is refused (cheaply: the
   * whole view's JSON is made once per view).
   */
  private resync(client: Client, connection: Connection, raw: unknown): void {
    if (!parseUntrusted(ClientMessages.resync, raw ?? {}).success) {
      this.reply(client, { re: "resync", ...refusal("BAD_PAYLOAD") });
      return;
    }
    if (connection.whole) {
      this.reply(client, { re: "resync", ...refusal("UP_TO_DATE") });
      return;
    }
    this.sendWhole(client, connection, this.seatViews.viewOf(this.acknowledged, connection.memberId));
  }

  /** The server adds what a client must not choose: the match's random seed. */
  private toAction(type: Exclude<ClientMessageType, "resync">, data: unknown): SessionAction {
    if (type === "start") return { type: "start", seed: randomInt(2 ** 31) };
    return { type, ...(data as object) } as SessionAction;
  }

  /** Applies an action by `actor`; if accepted, writes it to the store before anyone hears of it. */
  private act(actor: string, action: SessionAction): Result<Session> {
    if (this.classEnded) return refuse("CLASS_ENDED.rooms");
    if (this.writes.broken || this.leaseGone) return refuse("STORE_FAILED");
    const ctx = context();
    const entry: LoggedAction = { actor, at: ctx.now(), action };
    const result = applyAction(this.session, entry);
    if (!result.ok) return result;
    this.commit(result.value, entry);
    return result;
  }

  /** Takes an accepted action: applied now, written in order, published once written. */
  private commit(next: Session, entry: LoggedAction): void {
    const store = context().store;
    const before = this.session;
    this.session = next;
    if (next.phase !== before.phase || seatOf(before, entry.actor).kind === "power") this.lastActivityAt = entry.at;
    this.writes.write(async () => {
      const seq = await store.append(next.code, entry, this.fence);
      if (next.hostId !== before.hostId) await store.setHost(next.code, next.hostId, this.fence);
      if (next.match && next.phase !== before.phase && (next.phase === "resolution" || next.phase === "ended")) {
        await store.snapshot(next.code, next.match.turn, seq, next, this.fence);
      }
      if (next.phase === "ended" && before.phase !== "ended") await store.setStatus(next.code, "ended", this.fence);
    });
    this.writes.then(() => {
      this.acknowledged = next;
      this.publish(next, entry);
    });
  }

  /** Mirrors the public board, sends each client its own view, delivers chat, reschedules the clock. */
  private publish(s: Session, entry: LoggedAction | null): void {
    const connections = [...this.connections.values()];
    const online = new Set(connections.filter((c) => !c.away).map((c) => c.memberId));
    const reconnecting = new Set(connections.filter((c) => c.away && !online.has(c.memberId)).map((c) => c.memberId));
    this.state.mirror(s, online, reconnecting);
    this.state.hasPassword = this.passwordHash !== null;
    const chat = entry?.action.type === "chat" ? lastMessage(s.chat) : undefined;
    const wholeViews = context().wholeViews === true;
    // Sockets that hold the same view and move to the same next one share one patch.
    const patches = new Map<SeatView, Map<SeatView, string>>();
    for (const client of this.clients) {
      const connection = this.connections.get(client.sessionId);
      if (!connection) continue;
      const member = memberById(s, connection.memberId);
      if (member?.removed) {
        this.cut(client, CLOSE_REMOVED, "The host has removed you from this match.");
        continue;
      }
      const view = this.seatViews.viewOf(s, connection.memberId);
      if (connection.sent === null || (wholeViews && view !== connection.sent)) this.sendWhole(client, connection, view);
      else if (view !== connection.sent) {
        const from = patches.get(connection.sent) ?? new Map<SeatView, string>();
        patches.set(connection.sent, from);
        let ops = from.get(view);
        if (ops === undefined) {
          ops = this.differ.diff(connection.sent, view);
          from.set(view, ops);
        }
        connection.sent = view;
        if (ops !== "[]") {
          connection.version++;
          connection.whole = false;
          client.send(ServerMessage.patch, `{"v":${connection.version},"ops":${ops}}`);
        }
      }
      if (chat && canRead(s, connection.memberId, chat.channel)) client.send(ServerMessage.chat, chat);
    }
    this.schedule(s);
    for (const watcher of [...this.watchers]) watcher();
  }

  private sendWhole(client: Client, connection: Connection, view: SeatView): void {
    let json = this.wholeJson.get(view);
    if (json === undefined) {
      json = JSON.stringify(view);
      this.wholeJson.set(view, json);
    }
    connection.sent = view;
    connection.version++;
    connection.whole = true;
    client.send(ServerMessage.view, `{"v":${connection.version},"view":${json}}`);
  }

  /** One timer for the current deadline; a deadline days away is reached in steps (timers cap at ~24 days). */
  private schedule(s: Session): void {
    if (this.deadlineTimer) clearTimeout(this.deadlineTimer);
    this.deadlineTimer = null;
    if (s.clock.deadline === null) return;
    const wait = Math.max(0, s.clock.deadline - context().now());
    this.deadlineTimer = setTimeout(() => {
      this.deadlineTimer = null;
      if (!this.act(SYSTEM, { type: "deadline" }).ok) this.schedule(this.session);
    }, Math.min(wait, MAX_TIMER_MS));
  }

  /**
   * A world of a class, made by its class room: the teacher hosts and facilitates, each student
   * is seated on their power with their class token as seat token, bots play the other powers,
   * and the match starts at once. Stored at once: nobody needs to be connected for it to run.
   */
  private async createForClass(world: ClassWorldSpec): Promise<void> {
    const ctx = context();
    const code = await this.claimCode();
    const fresh = createSession(code, world.teacherId);
    // The chat setting and the grouping are in the first snapshot and no action changes them: nobody in the match can.
    const teacherReads = world.teacherReadsChat ? "all" : "public";
    const delegations = world.delegations ? { delegations: true } : {};
    this.session = { ...fresh, settings: { ...fresh.settings, preset: world.preset, durations: { ...PRESETS[world.preset] }, teacherReads, ...delegations } };
    this.acknowledged = this.session;
    this.createdAt = ctx.now();
    this.store();
    const teacherHash = world.teacherSeatHash(code);
    this.writes.write(() => ctx.store.addSeat(code, world.teacherId, teacherHash, this.fence));
    const steps: [string, SessionAction][] = [
      [world.teacherId, { type: "join", memberId: world.teacherId, name: TEACHER_NAME }],
      [world.teacherId, { type: "facilitate" }],
    ];
    for (const student of world.students) {
      steps.push([student.id, { type: "join", memberId: student.id, name: student.name }]);
      steps.push([world.teacherId, { type: "moveMember", memberId: student.id, power: student.power }]);
    }
    for (const power of botPowers([...new Set(world.students.map((st) => st.power))])) steps.push([world.teacherId, { type: "setBot", power, bot: true }]);
    steps.push([world.teacherId, { type: "start", seed: randomInt(2 ** 31) }]);
    for (const [actor, action] of steps) {
      const done = this.act(actor, action);
      if (!done.ok) throw new Error(`class world ${code}: ${action.type} refused: ${done.code}`);
    }
    for (const student of world.students) this.writes.write(() => ctx.store.addSeat(code, student.id, student.tokenHash, this.fence));
  }

  /** A late student of the class takes a bot's seat (their class token opens it); resolves once the seat is stored. */
  async seatLateStudent(student: { id: string; name: string; tokenHash: string; power: PowerId }): Promise<Result<Session>> {
    const joined = this.act(student.id, { type: "join", memberId: student.id, name: student.name });
    if (!joined.ok) return joined;
    const moved = this.act(this.session.hostId, { type: "moveMember", memberId: student.id, power: student.power });
    if (!moved.ok) return moved;
    const code = this.session.code;
    this.writes.write(() => context().store.addSeat(code, student.id, student.tokenHash, this.fence));
    await this.writes.drained();
    return moved;
  }

  /** A class-wide clock command, given by the host (the teacher) for the phase the room is in now. */
  hostCommand(command: { type: "pause" | "resume" | "endPhase" } | { type: "extend"; seconds: number }): Result<Session> {
    const meant = { phase: this.session.phase, turn: this.session.match?.turn ?? 0 };
    return this.act(this.session.hostId, { ...command, ...meant });
  }

  /** A class-wide event, injected by the host (the teacher) as from this room's own facilitator controls. */
  hostInject(event: InjectedEvent): Result<Session> {
    return this.act(this.session.hostId, { type: "injectEvent", event });
  }

  /** The room's card on its class's dashboard. */
  summary(): RoomSummary {
    const connections = [...this.connections.values()];
    const presence = (memberId: string) => {
      const mine = connections.filter((c) => c.memberId === memberId);
      return mine.some((c) => !c.away) ? "online" : mine.length > 0 ? "reconnecting" : "offline";
    };
    return summarize(this.acknowledged, presence, { now: context().now(), lastActivityAt: this.lastActivityAt });
  }

  /** Its class has ended: every player is told why and closed out, with no reconnection, and the room goes; resolves once its last writes are done. */
  async endForClass(ended: ClassEnded): Promise<void> {
    this.classEnded = true;
    if (this.deadlineTimer) clearTimeout(this.deadlineTimer);
    this.deadlineTimer = null;
    this.watchers.clear();
    for (const client of [...this.clients]) {
      client.send(ServerMessage.classEnded, ended);
      this.cut(client, CLOSE_CLASS_ENDED, "The class has ended.");
    }
    void this.disconnect();
    await this.writes.drained().catch(() => undefined);
  }

  /** Calls `listener` after every change; returns the way to stop. */
  watch(listener: () => void): () => void {
    this.watchers.add(listener);
    return () => this.watchers.delete(listener);
  }

  /** Brings a stored match back: its newest snapshot, the log after it, and its deadlines shifted by the downtime. */
  private async restore(code: string, downtimeMs: number): Promise<void> {
    const ctx = context();
    const stored = await ctx.store.load(code);
    if (!stored) throw new Error(`no stored match ${code}`);
    this.session = replaySession(stored.snapshot, stored.logAfterSnapshot);
    this.acknowledged = this.session;
    this.stored = true;
    this.passwordHash = stored.passwordHash;
    if (this.session.clock.deadline !== null && downtimeMs > 0) this.act(SYSTEM, { type: "shiftClock", ms: downtimeMs });
  }

  private store(): void {
    const { store, leases } = context();
    const [session, createdAt, passwordHash] = [this.session, this.createdAt, this.passwordHash];
    this.writes.write(async () => {
      // The lease first: an open match with no lease is what other processes look for to take over.
      if (leases) {
        this.fence = await leases.take(session.code);
        if (!this.fence) throw new Error(`match ${session.code}: another process holds its lease`);
      }
      await store.createMatch(session.code, createdAt, passwordHash, session, this.fence);
    });
    this.stored = true;
  }

  private cut(client: Client, code: number, reason: string): void {
    this.cutOff.add(client.sessionId);
    client.leave(code, reason);
  }

  private isConnected(memberId: string): boolean {
    return [...this.connections.values()].some((c) => c.memberId === memberId);
  }

  private reply(client: Client, error: ErrorReply): void {
    client.send(ServerMessage.error, error);
  }

  /** Draws codes until one is free; hincrby is atomic on every presence, Redis included. */
  private async claimCode(): Promise<string> {
    for (;;) {
      const code = makeJoinCode((n) => randomInt(n));
      if ((await this.presence.hincrby(CODES_KEY, code, 1)) === 1 && !(await context().store.hasMatch(code))) return code;
    }
  }
}

function newMemberId(): string {
  return randomBytes(9).toString("base64url");
}

/** The matchmaker's method and its target (a room name, or for joinById a code), from the request's path. */
function matchmakeCall(request: AuthContext): [string | undefined, string | undefined] {
  const parts = (request.req?.url ?? "").split("?")[0]!.split("/");
  const at = parts.indexOf("matchmake");
  return at === -1 ? [undefined, undefined] : [parts[at + 1], parts[at + 2]];
}
