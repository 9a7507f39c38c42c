/**
 * A wire fuzzer for the match room, shared by the short test (tests/integration/fuzz.test.ts)
 * and the long run (`npm run fuzz`). A seeded generator of hostile values, an encoder that turns
 * them into the exact frames Colyseus reads (Protocol.ROOM_DATA, the msgpack-encoded type, the
 * msgpack-encoded payload; see @colyseus/core Room._onMessage), and senders that push those
 * bytes through real colyseus.js sockets holding real seats.
 */
import { Packr } from "@colyseus/msgpackr";
import { Client, type Room } from "colyseus.js";
import { CLIENT_MESSAGE_TYPES, ROOM_NAME, ServerMessage, type ClientMessageType, type ErrorReply, type SeatMessage } from "../../shared/protocol";
import { POWERS } from "../../shared/powers";

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
const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "toJSON", "hasOwnProperty", "then", "length", "__no_message_handler", "*"];
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
      for (let i = rng.int(4) + 1; i > 0; i--) o[rng.pick(PROTOTYPE_KEYS)] = hostileValue(rng, depth + 1);
      return o;
    }
    case 7: {
      const o: Record<string, unknown> = {};
      for (let i = rng.int(5); i > 0; i--) o[rng.pick(FIELD_NAMES)] = hostileValue(rng, depth + 1);
      return o;
    }
    case 8:
      return Array.from({ length: rng.int(5) }, () => hostileValue(rng, depth + 1));
    case 9:
      return deep(rng.int(200) + 10, rng.int(2) === 0);
    case 10:
      return huge(rng);
    default:
      return rng.pick([new Set([1, "a"]), new Map([[{ toString: 1 }, 2]]), new Uint8Array(rng.int(64)), /x+/g, new Error("boom"), new Float64Array([NaN])]);
  }
}

function deep(levels: number, asArray: boolean): unknown {
  let v: unknown = asArray ? [] : {};
  for (let i = 0; i < levels; i++) v = asArray ? [v] : { orders: v, toString: i };
  return v;
}

function huge(rng: Rng): unknown {
  switch (rng.int(3)) {
    case 0:
      return "x".repeat(100_000 + rng.int(100_000));
    case 1:
      return Array.from({ length: 5_000 }, (_, i) => ({ type: "statement", text: String(i) }));
    default:
      return Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`k${i}`, i]));
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
    orders: [],
  };
  const payload: Record<string, unknown> = {};
  for (const key of FIELD_NAMES) if (key in plausible && rng.chance(0.6)) payload[key] = plausible[key];
  payload[rng.pick(FIELD_NAMES)] = hostileValue(rng, 1);
  if (rng.chance(0.3)) payload[rng.pick(PROTOTYPE_KEYS)] = hostileValue(rng, 2);
  void type;
  return payload;
}

// The same encoder Colyseus uses; records and structured clones stay off as in colyseus.js.
const packr = new Packr({ useRecords: false, moreTypes: true, useBigIntExtension: true });

export function pack(value: unknown): Uint8Array {
  return packr.pack(value);
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
  switch (rng.int(9)) {
    case 0:
    case 1:
      return roomDataFrame(rng.pick(CLIENT_MESSAGE_TYPES), hostileValue(rng));
    case 2:
    case 3: {
      const type = rng.pick(CLIENT_MESSAGE_TYPES);
      return roomDataFrame(type, nearValidPayload(rng, type));
    }
    case 4:
      // The type itself hostile: an object with its own toString, an array of such, NaN, a prototype key...
      return roomDataFrame(rng.pick<unknown>([{ toString: 1 }, [{ toString: "x" }], NaN, rng.pick(PROTOTYPE_KEYS), hostileValue(rng)]), hostileValue(rng));
    case 5: {
      const full = roomDataFrame(rng.pick(CLIENT_MESSAGE_TYPES), hostileValue(rng));
      return full.subarray(0, rng.int(full.length));
    }
    case 6: {
      const bytes = new Uint8Array(rng.int(64));
      for (let i = 0; i < bytes.length; i++) bytes[i] = rng.int(256);
      if (bytes.length > 0 && rng.chance(0.5)) bytes[0] = rng.pick(Object.values(PROTOCOL));
      return bytes;
    }
    case 7:
      return deepFrame(rng);
    default:
      return rng.chance(0.5) ? roomDataFrame(rng.pick(CLIENT_MESSAGE_TYPES), hostileValue(rng), PROTOCOL.ROOM_DATA_BYTES) : "not a binary frame";
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

  private async open(): Promise<Room> {
    if (this.room && this.room.connection.isOpen) return this.room;
    if (this.room) this.rejoins++;
    // A newcomer who got a seat rejoins that seat: the server's seat message names it.
    const room = await new Client(this.url).joinById(this.code, this.options);
    room.onMessage(ServerMessage.seat, (seat: SeatMessage) => {
      this.options.seatToken = seat.seatToken;
    });
    room.onMessage(ServerMessage.error, (reply: ErrorReply) => void this.replies.push(reply));
    room.onMessage("*", () => undefined);
    this.room = room;
    return room;
  }

  /** Sends the frame over the socket as it is (bytes or text), bypassing colyseus.js's encoder. */
  async send(frame: Frame): Promise<void> {
    const room = await this.open();
    // ws sends a string as a text frame and bytes as a binary one, exactly as given.
    room.connection.send(frame as Uint8Array);
    this.sent++;
  }

  /** Waits for the next error reply after `count` replies (what a test sent just before). */
  async replyAfter(count: number, timeoutMs = 5_000): Promise<ErrorReply> {
    const deadline = Date.now() + timeoutMs;
    while (this.replies.length <= count) {
      if (Date.now() > deadline) throw new Error(`no error reply within ${timeoutMs} ms`);
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

export { ROOM_NAME };
