/**
 * A wire fuzzer for the match room, shared by the short test (tests/integration/fuzz.test.ts)
 * and the long run (`npm run fuzz`). A seeded generator of hostile values, an encoder that turns
 * them into the exact frames Colyseus reads (Protocol.ROOM_DATA, the msgpack-encoded type, the
 * msgpack-encoded payload; see @colyseus/core Room._onMessage), and senders that push those
 * bytes through real colyseus.js sockets holding real seats.
 */
import { isDeepStrictEqual } from "node:util";
import { Packr } from "@colyseus/msgpackr";
import { Client, type Room } from "colyseus.js";
import { CLIENT_MESSAGE_TYPES, ClientMessages, ROOM_NAME, ServerMessage, type ClientMessageType, type ErrorReply, type SeatMessage } from "../../shared/protocol";
import { POWERS } from "../../shared/powers";
import type { PowerId } from "../../shared/game";
import { MAX_PHASE_SECONDS, replaySession } from "../../shared/session";
import type { RunningServer } from "../../server/app";
import { TestPlayer, leaveAll, memoryStorage, serverRoom } from "./server";

/** Colyseus 0.16 protocol codes (@colyseus/core Protocol.js); the room only reads these first bytes. */
export const PROTOCOL = { JOIN_ROOM: 10, ERROR: 11, LEAVE_ROOM: 12, ROOM_DATA: 13, ROOM_STATE: 14, ROOM_STATE_PATCH: 15, ROOM_DATA_SCHEMA: 16, ROOM_DATA_BYTES: 17 } as const;

/** mulberry32: small, seeded, and the same sequence on every machine. */
export class Rng {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  next(): number {
    let t = (this.a += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Keys that mean something to JavaScript objects, zod, or Colyseus's handler table. */
const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "toJSON", "hasOwnProperty", "then", "length", "size", "__no_message_handler", "*"];
const WEIRD_NUMBERS = [NaN, Infinity, -Infinity, -0, 2 ** 53, -(2 ** 53), 2 ** 31, -1, 1e308, 5e-324, 0.5];
const WEIRD_STRINGS = ["", " ", "\u0000", "\uffff", "\ud800", "🙂".repeat(50), "%s%j%d", "${x}", "<script>alert(1)</script>", "lobby", "orders", "public", "russia", "a".repeat(5_000)];
/** Names the protocol uses, so hostile payloads also land on real fields. */
const FIELD_NAMES = ["power", "memberId", "turn", "phase", "orders", "action", "channel", "text", "name", "powers", "event", "seconds", "ready", "bot", "durations", "preset", "missedOrders", "type", "target", "audience", "tone", "topic"];

/** Any value msgpack can carry, biased toward what breaks naive code. */
export function hostileValue(rng: Rng, depth = 0): unknown {
  const leaf = depth > 3;
  switch (rng.int(leaf ? 6 : 12)) {
    case 0:
      return rng.pick(WEIRD_NUMBERS);
    case 1:
      return rng.pick(WEIRD_STRINGS);
    case 2:
      return rng.pick([null, undefined, true, false, 0, 1]);
    case 3:
      return rng.int(2) ? BigInt(rng.int(1_000)) * 10n ** 20n : new Date(rng.pick([0, NaN, 8.64e15]));
    case 4:
      return rng.pick(CLIENT_MESSAGE_TYPES);
    case 5:
      return rng.int(1_000_000) - 500_000;
    case 6: {
      // An object whose keys shadow Object.prototype: an own toString, valueOf, constructor...
      const o: Record<string, unknown> = {};
      for (let i = rng.int(4) + 1; i > 0; i--) own(o, rng.pick(PROTOTYPE_KEYS), hostileValue(rng, depth + 1));
      return o;
    }
    case 7: {
      const o: Record<string, unknown> = {};
      for (let i = rng.int(5); i > 0; i--) own(o, rng.pick(FIELD_NAMES), hostileValue(rng, depth + 1));
      return o;
    }
    case 8:
      return Array.from({ length: rng.int(5) }, () => hostileValue(rng, depth + 1));
    case 9:
      return deep(rng.int(120) + 10, rng.int(2) === 0);
    case 10:
      return huge(rng);
    default:
      return rng.pick([new Set([1, "a"]), new Map([[{ toString: 1 }, 2]]), new Uint8Array(rng.int(64)), /x+/g, new Error("boom"), new Float64Array([NaN])]);
  }
}

/** A value on which String(), template strings and Array.join throw. */
export function coercionBomb(rng: Rng): unknown {
  return rng.pick<unknown>([{ toString: 1 }, { toString: "x", valueOf: "y" }, [{ toString: 1 }], { toString: [], valueOf: {} }, [[{ valueOf: 1, toString: null }]]]);
}

/** An own property even for "__proto__" (plain assignment would set the prototype instead). */
function own(o: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

function deep(levels: number, asArray: boolean): unknown {
  let v: unknown = asArray ? [] : {};
  for (let i = 0; i < levels; i++) v = asArray ? [v] : { orders: v, toString: i };
  return v;
}

/** Large values that still fit in one frame (Colyseus's WebSocket takes at most 4 KB a frame). */
function huge(rng: Rng): unknown {
  switch (rng.int(3)) {
    case 0:
      return "x".repeat(2_000 + rng.int(1_500));
    case 1:
      return Array.from({ length: 100 }, (_, i) => ({ type: "statement", text: String(i) }));
    default:
      return Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`k${i}`, i]));
  }
}

/** A payload that is almost right for a real message type: one field of a plausible shape made hostile. */
export function nearValidPayload(rng: Rng, type: ClientMessageType): Record<string, unknown> {
  const plausible: Record<string, unknown> = {
    power: rng.pick(POWERS),
    memberId: "not-a-member",
    turn: rng.pick([0, 1, 2, -1, 1e9]),
    phase: rng.pick(["lobby", "briefing", "negotiation", "orders", "resolution", "ended"]),
    ready: true,
    bot: false,
    seconds: rng.pick([30, -30, 0, 1e12]),
    channel: "public",
    text: rng.pick(["hello", "", " "]),
    name: "fuzz",
    powers: [rng.pick(POWERS)],
    orders: type === "orders" ? Array.from({ length: rng.int(9) }, () => plausibleOrder(rng)) : [],
  };
  const payload: Record<string, unknown> = {};
  for (const key of FIELD_NAMES) if (key in plausible && rng.chance(0.6)) payload[key] = plausible[key];
  // A field with a length that cannot be compared: zod's length checks run on it even when its type is wrong.
  // The field made hostile is mostly one the message really has, so the hostility reaches its checks.
  const fields = Object.keys(ClientMessages[type].shape);
  const field = fields.length > 0 && rng.chance(0.8) ? rng.pick(fields) : rng.pick(FIELD_NAMES);
  payload[field] = rng.chance(0.1) ? { [rng.pick(["length", "size"])]: coercionBomb(rng) } : hostileValue(rng, 1);
  if (rng.chance(0.3)) own(payload, rng.pick(PROTOTYPE_KEYS), hostileValue(rng, 2));
  return payload;
}

/** Orders of every kind, well formed, so a fuzzed list also reaches the rules' own checks. */
function plausibleOrder(rng: Rng): Record<string, unknown> {
  const power = rng.pick(POWERS);
  return rng.pick<Record<string, unknown>>([
    { type: "statement", audience: rng.pick<unknown>(["world", [power]]), tone: "neutral", topic: "war", text: rng.pick(WEIRD_STRINGS.slice(0, -1)) },
    { type: "posture", stance: rng.pick(["offensive", "hold", "fortify"]) },
    { type: "strike", target: rng.pick(["energy", "airports", "military"]) },
    { type: "summit", with: power },
    { type: "ceasefire", ceasefireId: "no-such-ceasefire", decision: "accept" },
    { type: "commitment", commitmentId: "no-such-commitment", decision: "reject" },
    { type: rng.pick(["sanction", "aid", "declareCeasefire"]), target: power, with: power, power },
  ]);
}

// The same encoder Colyseus uses; records and structured clones stay off as in colyseus.js.
const packr = new Packr({ useRecords: false, useBigIntExtension: true });

export function pack(value: unknown): Uint8Array {
  try {
    return packr.pack(value);
  } catch {
    // A value the encoder itself cannot write (a hostile Date, say): send a shape that still bites.
    return packr.pack({ toString: 1, valueOf: [] });
  }
}

/** A room message exactly as colyseus.js frames it: ROOM_DATA, the msgpack type, the msgpack payload (absent when undefined). */
export function roomDataFrame(type: unknown, payload: unknown, code: number = PROTOCOL.ROOM_DATA): Uint8Array {
  const typeBytes = pack(type);
  const payloadBytes = payload === undefined ? new Uint8Array(0) : pack(payload);
  const frame = new Uint8Array(1 + typeBytes.length + payloadBytes.length);
  frame[0] = code;
  frame.set(typeBytes, 1);
  frame.set(payloadBytes, 1 + typeBytes.length);
  return frame;
}

export type Frame = Uint8Array | string;

/** One hostile frame: a hostile type or payload, a near-valid payload, or bytes that are not a room message at all. */
export function hostileFrame(rng: Rng): Frame {
  return rng.chance(0.1) ? rawFrame(rng) : hostileMessage(rng);
}

/** Colyseus's WebSocket closes a socket that sends a bigger frame (ws-transport maxPayload). */
export const MAX_FRAME_BYTES = 4 * 1024;

/** A well-framed room message with a hostile type or payload, small enough to reach the room's handlers. */
export function hostileMessage(rng: Rng): Frame {
  for (let tries = 0; tries < 5; tries++) {
    const frame = anyMessage(rng);
    if (frame.length <= MAX_FRAME_BYTES) return frame;
  }
  return roomDataFrame(rng.pick(CLIENT_MESSAGE_TYPES), coercionBomb(rng));
}

function anyMessage(rng: Rng): Uint8Array {
  switch (rng.int(6)) {
    case 0:
    case 1:
      return roomDataFrame(rng.pick(CLIENT_MESSAGE_TYPES), hostileValue(rng));
    case 2:
    case 3: {
      const type = rng.pick(CLIENT_MESSAGE_TYPES);
      return roomDataFrame(type, nearValidPayload(rng, type));
    }
    case 4:
      // The type itself hostile: a key of the handler table ("*", "__no_message_handler", whose
      // handlers then get the payload in the type's place), "__proto__", NaN, a long or empty string.
      return roomDataFrame(rng.pick<unknown>([rng.pick(PROTOTYPE_KEYS), NaN, -1, 2 ** 40, "", "y".repeat(300), rng.pick(WEIRD_STRINGS)]), rng.chance(0.5) ? coercionBomb(rng) : hostileValue(rng));
    default:
      // Colyseus's raw-bytes message: the handler gets a Buffer where it expects an object.
      return roomDataFrame(rng.pick(CLIENT_MESSAGE_TYPES), hostileValue(rng), PROTOCOL.ROOM_DATA_BYTES);
  }
}

/** Bytes that are not a room message (truncated, random, wrong protocol code, too deep, too big, text): most make the server close the socket. */
export function rawFrame(rng: Rng): Frame {
  switch (rng.int(7)) {
    case 5:
      // A type Colyseus cannot read as a string or a number: an object with its own toString, an array of such.
      return roomDataFrame(rng.pick<unknown>([{ toString: 1 }, [{ toString: "x" }], hostileValue(rng)]), coercionBomb(rng));
    case 0: {
      const full = roomDataFrame(rng.pick(CLIENT_MESSAGE_TYPES), hostileValue(rng));
      return full.subarray(0, rng.int(full.length));
    }
    case 1:
    case 2: {
      const bytes = new Uint8Array(rng.int(64));
      for (let i = 0; i < bytes.length; i++) bytes[i] = rng.int(256);
      if (bytes.length > 0 && rng.chance(0.7)) bytes[0] = rng.pick(Object.values(PROTOCOL));
      return bytes;
    }
    case 3:
      return deepFrame(rng);
    case 4:
      return roomDataFrame(rng.pick(CLIENT_MESSAGE_TYPES), "x".repeat(5_000 + rng.int(100_000)));
    default:
      return "not a binary frame";
  }
}

/** Nesting deeper than the encoder will write (its recursion overflows), written byte by byte and kept under the 4 KB frame limit. */
function deepFrame(rng: Rng): Uint8Array {
  const levels = rng.int(1_200) + 100;
  const asArray = rng.chance(0.5);
  // fixarray of one element, or fixmap of one entry keyed "a"; closed by an empty one.
  const open = asArray ? [0x91] : [0x81, 0xa1, 0x61];
  const head = roomDataFrame(rng.pick(CLIENT_MESSAGE_TYPES), undefined);
  const frame = new Uint8Array(head.length + levels * open.length + 1);
  frame.set(head, 0);
  for (let i = 0; i < levels; i++) frame.set(open, head.length + i * open.length);
  frame[frame.length - 1] = asArray ? 0x90 : 0x80;
  return frame;
}

/** A socket holding a real seat (by its seat token, or as a newcomer), that sends raw frames and rejoins when the server closes it. */
export class FuzzSender {
  private room: Room | null = null;
  /** Every typed error reply the server sent this sender. */
  readonly replies: ErrorReply[] = [];
  sent = 0;
  rejoins = 0;

  constructor(
    private readonly url: string,
    private readonly code: string,
    private readonly options: { seatToken?: string; name?: string },
  ) {}

  /** The member this socket holds (known once the server sent the seat). */
  memberId = "";
  private readonly frameListeners = new Set<(frame: Buffer) => void>();

  /** Calls `listener` with every frame this sender's sockets receive, as raw bytes (msgpack keeps strings as UTF-8). */
  onFrame(listener: (frame: Buffer) => void): void {
    this.frameListeners.add(listener);
  }

  get seatToken(): string | undefined {
    return this.options.seatToken;
  }

  private async open(): Promise<Room> {
    if (this.room && this.room.connection.isOpen) return this.room;
    const client = new Client(this.url);
    let room: Room | null = null;
    if (this.room) {
      this.rejoins++;
      // Colyseus's reconnection first: it takes back the seat the server holds for 60 s after a
      // drop (a hold left unused counts toward the room's cap). The server may not hold it yet
      // when we learn of the close, so try a few times before falling back to the seat token.
      for (let attempt = 0; attempt < 4 && !room; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, 25 * attempt));
        room = await client.reconnect(this.room.reconnectionToken).catch(() => null);
      }
    }
    if (!room && this.options.seatToken) room = await client.joinById(this.code, { seatToken: this.options.seatToken }).catch(() => null);
    // A newcomer whose lobby seat lapsed while it was away comes in again by name.
    room ??= await client.joinById(this.code, { name: this.options.name ?? "Newcomer" });
    room.onMessage(ServerMessage.seat, (seat: SeatMessage) => {
      this.options.seatToken = seat.seatToken;
      this.memberId = seat.memberId;
    });
    room.onMessage(ServerMessage.error, (reply: ErrorReply) => void this.replies.push(reply));
    room.onMessage("*", () => undefined);
    const ws = (room.connection as unknown as { transport: { ws: { addEventListener(type: "message", cb: (e: { data: unknown }) => void): void } } }).transport.ws;
    ws.addEventListener("message", (e) => {
      for (const listener of this.frameListeners) listener(Buffer.from(e.data as ArrayBuffer));
    });
    this.room = room;
    return room;
  }

  /** Sends the frame over the socket as raw bytes (or text), bypassing colyseus.js's encoder. */
  async send(frame: Frame): Promise<void> {
    const room = await this.open();
    const ws = (room.connection as unknown as { transport: { ws: { send(data: Frame): void } } }).transport.ws;
    ws.send(frame);
    this.sent++;
  }

  /** Waits for the next error reply after `count` replies (what a test sent just before). */
  async replyAfter(count: number, timeoutMs = 5_000): Promise<ErrorReply> {
    const deadline = Date.now() + timeoutMs;
    while (this.replies.length <= count) {
      if (Date.now() > deadline) throw new Error(`no error reply within ${timeoutMs} ms (${this.replies.length} so far)`);
      await new Promise((r) => setTimeout(r, 5));
    }
    return this.replies[count]!;
  }

  async close(): Promise<void> {
    if (this.room?.connection.isOpen) await this.room.leave(true).catch(() => undefined);
  }
}

/** Opens a sender as a brand-new member in the lobby. */
export function newcomer(url: string, code: string, name: string): FuzzSender {
  return new FuzzSender(url, code, { name });
}

/** The share of the fuzz sent as raw frames, which the server mostly answers by closing the socket. */
const RAW_SHARE = 0.1;

/** The phases the fuzz is spread over, in the order a match reaches them. */
export const FUZZ_PHASES = ["lobby", "briefing", "negotiation", "orders"] as const;

export interface FuzzOptions {
  messages: number;
  seed: number;
  /** Called after each phase's share is sent (the long run prints progress). */
  onPhase?: (phase: string, sent: number) => void;
}

export interface FuzzReport {
  code: string;
  sent: number;
  rejoins: number;
  /** The phase each share of the fuzz was sent in. */
  phases: string[];
  /** A legitimate order sent after the fuzz was taken and shown back to its player. */
  legitimateOrderAccepted: boolean;
  /** What the server answered the legitimate player meanwhile (a "not ready" to her taking back Ready is expected). */
  legitimateRefusals: string[];
  /** The room's session equals the replay of what the store kept (snapshot + log). */
  replayEqual: boolean;
  healthOk: boolean;
  /** How often each typed error came back: shows the fuzz reached the handlers, not only the framing. */
  replyCodes: Record<string, number>;
}

/**
 * One match fuzzed by every kind of seat: the host (who facilitates), two power players, a
 * spectator and a newcomer who arrives in the lobby. Their hostile frames go over their own
 * sockets; the same people play legitimately over the game's own client to move the match
 * through its phases. The server must be booted with a message rate high enough for the fuzz
 * to reach the handlers (tests/helpers/server.ts bootServer({ messageRate })).
 */
export async function fuzzMatch(server: RunningServer, options: FuzzOptions): Promise<FuzzReport> {
  const rng = new Rng(options.seed);
  const host = await TestPlayer.create(server.url, "Hana");
  host.connection.send("facilitate", {});
  const powers: PowerId[] = ["russia", "ukraine"];
  const players = await Promise.all(powers.map((_, i) => TestPlayer.join(server.url, host.code, `Player ${i + 1}`)));
  const spectator = await TestPlayer.join(server.url, host.code, "Sam");
  const seatOf = (p: TestPlayer) => new FuzzSender(server.url, host.code, { seatToken: p.storage.tokens.get(p.code) });
  const seats = [host, ...players, spectator];
  // Per seat, one socket for room messages and one for raw frames: a raw frame usually gets its
  // socket closed, and the messages sent behind it on that socket would never reach a handler.
  const senders = [...seats.map(seatOf), new FuzzSender(server.url, host.code, { name: "Newcomer" })];
  const rawSenders = [...seats.map(seatOf), new FuzzSender(server.url, host.code, { name: "Newcomer (raw)" })];
  const phases: string[] = [];
  const share = Math.ceil(options.messages / FUZZ_PHASES.length);
  let sent = 0;

  for (const wanted of FUZZ_PHASES) {
    await driveTo(wanted, host, players, powers);
    phases.push(host.connection.board.phase);
    const count = Math.min(share, options.messages - sent);
    // Each sender gets its own seeded stream, so a run is the same whatever the interleaving.
    const raw = Math.round(count * RAW_SHARE);
    const split = (total: number, n: number, i: number) => Math.floor(total / n) + (i < total % n ? 1 : 0);
    await Promise.all([
      ...senders.map((sender, i) => sendFrames(sender, new Rng(rng.int(2 ** 31)), split(count - raw, senders.length, i), hostileMessage, 5)),
      ...rawSenders.map((sender, i) => sendFrames(sender, new Rng(rng.int(2 ** 31)), split(raw, rawSenders.length, i), rawFrame, 1)),
    ]);
    sent = [...senders, ...rawSenders].reduce((n, s) => n + s.sent, 0);
    options.onPhase?.(wanted, sent);
  }

  await driveTo("orders", host, players, powers);
  const legitimate = await placeLegitimateOrder(server.url, host, players, [...senders, ...rawSenders]);
  const healthOk = await fetch(`${server.url}/api/health`).then((r) => r.ok, () => false);
  const replayEqual = await sessionEqualsReplay(server, host.code);
  await Promise.all([...senders, ...rawSenders].map((s) => s.close()));
  await leaveAll(host, ...players, spectator);
  const replyCodes: Record<string, number> = {};
  for (const reply of senders.flatMap((s) => s.replies)) replyCodes[reply.code] = (replyCodes[reply.code] ?? 0) + 1;
  return { code: host.code, sent, rejoins: [...senders, ...rawSenders].reduce((n, s) => n + s.rejoins, 0), phases, legitimateOrderAccepted: legitimate.accepted, legitimateRefusals: legitimate.refusals, replayEqual, healthOk, replyCodes };
}

async function sendFrames(sender: FuzzSender, rng: Rng, count: number, frame: (rng: Rng) => Frame, burst: number): Promise<void> {
  const target = sender.sent + count;
  let refusedInARow = 0;
  for (let i = 0; sender.sent < target; i++) {
    try {
      await sender.send(frame(rng));
      refusedInARow = 0;
    } catch (error) {
      // The seat could not be taken back (say, the match no longer takes newcomers): a few tries, then report it.
      if (++refusedInARow >= 20) throw new Error(`a fuzz sender could not get back in: ${error instanceof Error ? error.message : "unknown"}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    // Let the server and the other senders run. Small bursts: when a frame gets the socket
    // closed, the frames sent behind it on that socket are lost before reaching a handler.
    if (i % burst === burst - 1) await new Promise((r) => setTimeout(r, 1));
  }
}

/** Moves the match, with legitimate commands only, until it is in `phase` (the fuzz may have paused it or changed seats). */
async function driveTo(phase: string, host: TestPlayer, players: TestPlayer[], powers: PowerId[]): Promise<void> {
  const order: readonly string[] = FUZZ_PHASES;
  for (let step = 0; step < 12 && host.connection.board.phase !== phase; step++) {
    const board = host.connection.board;
    if (board.phase === "lobby") {
      // The fuzz may have moved people around (a newcomer picking a player's power): put them back.
      for (const [i, player] of players.entries()) await takeBack(host, player, powers[i]!);
      const long = MAX_PHASE_SECONDS;
      host.connection.send("configure", { durations: { briefing: long, negotiation: long, orders: long, resolution: long } });
      await host.until((p) => p.connection.board.settings.orders === long, "long phases");
      host.connection.send("start", {});
    } else if (board.clock.paused) {
      host.connection.send("resume", host.meantFor());
    } else if (order.indexOf(board.phase) > order.indexOf(phase) && board.phase !== "resolution") {
      return; // the fuzz moved it further than wanted: fuzz where it is
    } else {
      host.connection.send("endPhase", host.meantFor());
    }
    const { phase: was, turn, clock } = board;
    await host.until((p) => p.connection.board.phase !== was || p.connection.board.turn !== turn || p.connection.board.clock.paused !== clock.paused, "the match to move");
  }
}

async function takeBack(host: TestPlayer, player: TestPlayer, power: PowerId): Promise<void> {
  const holder = Object.entries(host.connection.board.members).find(([, m]) => m.power === power)?.[0];
  if (holder === player.id) return;
  if (holder) {
    host.connection.send("moveMember", { memberId: holder, power: null });
    await host.until((p) => !Object.values(p.connection.board.members).some((m) => m.power === power), `${power} released`);
  }
  player.connection.send("pickPower", { power });
  await host.until((p) => p.connection.board.members[player.id]?.power === power, `${power} taken back`);
}

/**
 * Whoever holds a power after the fuzz (the fuzz may have given a power to the newcomer, or
 * started the match with seats moved) takes back any Ready the fuzz gave in her name, a real
 * player's right, and gives an order over the game's own client.
 */
async function placeLegitimateOrder(url: string, host: TestPlayer, players: TestPlayer[], senders: FuzzSender[]): Promise<{ accepted: boolean; refusals: string[] }> {
  const members = host.connection.board.members;
  const holder = [...players.map((p) => ({ id: p.id, token: p.storage.tokens.get(p.code) })), ...senders.map((s) => ({ id: s.memberId, token: s.seatToken }))].find(
    (seat) => seat.token && members[seat.id]?.power,
  );
  if (!holder) return { accepted: false, refusals: ["no seat holds a power"] };
  const power = members[holder.id]!.power as PowerId;
  const storage = memoryStorage();
  storage.set(host.code, holder.token!);
  const player = await TestPlayer.join(url, host.code, "", { storage });
  const orders = [{ type: "statement", audience: "world", tone: "neutral", topic: "war", text: "Still standing after the fuzz." }] as const;
  player.connection.send("ready", { ...player.meantFor(), ready: false });
  player.connection.send("orders", { turn: player.connection.board.turn, orders: [...orders] });
  let accepted = true;
  try {
    await player.until((p) => JSON.stringify(p.connection.view.match?.orders[power]) === JSON.stringify(orders), `${power}'s order acknowledged`);
  } catch {
    accepted = false;
  }
  await leaveAll(player);
  return { accepted, refusals: player.errors.map((e) => e.code) };
}

/** The live room's session, compared with the replay of its stored snapshot and log (as a restart would rebuild it). */
export async function sessionEqualsReplay(server: RunningServer, code: string): Promise<boolean> {
  const stored = await server.store.load(code);
  if (!stored) return false;
  const canonical = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
  return isDeepStrictEqual(canonical(serverRoom(code).current), canonical(replaySession(stored.snapshot, stored.logAfterSnapshot)));
}

export { ROOM_NAME };
