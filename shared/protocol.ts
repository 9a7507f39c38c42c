/**
 * Every message between client and server: one zod schema per client message, with its
 * TypeScript type inferred from it. The server parses with these; the client sends with them.
 * Shapes only: the game's rules (who may, when, how much) answer in shared/session.
 */
import { z } from "zod";
import { InjectedEventSchema, MAX_ORDERS, OfferActionSchema, OrderSchema, PHASES } from "./game";
import { POWERS } from "./powers";
import { CHAT_MAX_CHARS, ChannelIdSchema, GROUP_NAME_MAX_CHARS } from "./session/chat";
import { NAME_MAX_CHARS } from "./session/lobby";
import { PRESET_IDS, PhaseSecondsSchema, type PresetId } from "./session/presets";
import { rawTextUnits } from "./text";
import type { Text } from "./i18n";

/**
 * Every limit here is derived from the rules' own constants (tests/unit/protocol.test.ts keeps
 * them in step). Raw text gets room for cleaning; the rules apply the real limit and say why.
 */
const RawText = (maxChars: number) => z.string().max(rawTextUnits(maxChars));
const Power = z.enum(POWERS);
const MemberId = z.string().min(1).max(40);
const Empty = z.object({}).strict();
const SessionPhase = z.enum(["lobby", ...PHASES]);
/** The phase and turn a command was meant for, so a late or repeated one is refused as stale. */
const MeantFor = { phase: SessionPhase, turn: z.number().int() };

export const CreateOptions = z.object({
  name: RawText(NAME_MAX_CHARS),
  password: z.string().max(200).optional(),
  preset: z.enum(PRESET_IDS as [PresetId, ...PresetId[]]).optional(),
});
export const JoinOptions = z.object({
  name: RawText(NAME_MAX_CHARS).optional(),
  password: z.string().max(200).optional(),
  /** The seat token the server gave this browser: rejoins the same seat after a reload or a restart. */
  seatToken: z.string().max(200).optional(),
});
export type CreateOptions = z.infer<typeof CreateOptions>;
export type JoinOptions = z.infer<typeof JoinOptions>;

export const ClientMessages = {
  pickPower: z.object({ power: Power }),
  watch: Empty,
  facilitate: Empty,
  setBot: z.object({ power: Power, bot: z.boolean() }),
  moveMember: z.object({ memberId: MemberId, power: Power.nullable() }),
  removeMember: z.object({ memberId: MemberId }),
  handHost: z.object({ memberId: MemberId }),
  readmit: z.object({ memberId: MemberId }),
  configure: z.object({
    preset: z.enum(PRESET_IDS as [PresetId, ...PresetId[]]).optional(),
    durations: z
      .object({ briefing: PhaseSecondsSchema, negotiation: PhaseSecondsSchema, orders: PhaseSecondsSchema, resolution: PhaseSecondsSchema })
      .partial()
      .optional(),
    missedOrders: z.enum(["hold", "bot"]).optional(),
  }),
  start: Empty,
  pause: z.object(MeantFor),
  resume: z.object(MeantFor),
  extend: z.object({ seconds: z.number(), ...MeantFor }),
  endPhase: z.object(MeantFor),
  ready: z.object({ ...MeantFor, ready: z.boolean() }),
  orders: z.object({ turn: z.number().int(), orders: z.array(OrderSchema).max(MAX_ORDERS) }),
  offer: z.object({ turn: z.number().int(), action: OfferActionSchema }),
  chat: z.object({ channel: ChannelIdSchema, text: RawText(CHAT_MAX_CHARS) }),
  createGroup: z.object({ name: RawText(GROUP_NAME_MAX_CHARS), powers: z.array(Power).max(POWERS.length) }),
  injectEvent: z.object({ event: InjectedEventSchema }),
  /** The client lost its place in the patch stream (a gap, a patch that did not fit): send the whole view again. */
  resync: Empty,
} as const;

/**
 * Parses what a socket (or a matchmaking request) sent, and never throws. zod's safeParse can:
 * its length checks also run on a value of the wrong type that has a `length` key, and compare
 * that key with the limit, which throws on an object with its own toString.
 */
export function parseUntrusted<T>(schema: z.ZodType<T>, raw: unknown): { success: true; data: T } | { success: false } {
  try {
    const parsed = schema.safeParse(raw);
    return parsed.success ? { success: true, data: parsed.data } : { success: false };
  } catch {
    return { success: false };
  }
}

export type ClientMessageType = keyof typeof ClientMessages;
export type ClientMessage<T extends ClientMessageType> = z.infer<(typeof ClientMessages)[T]>;
export const CLIENT_MESSAGE_TYPES = Object.keys(ClientMessages) as ClientMessageType[];

/**
 * Why something was refused: its code (what programs test), the sentence as a Text of the
 * refusals namespace (what a browser shows, in its reader's language), and the same sentence
 * in English (for logs and for clients without the translations).
 */
export interface RefusalBody {
  code: string;
  text: Text;
  message: string;
  /** A class-wide command some worlds refused: each one's number (from 1) and its own reason. */
  details?: { world: number; text: Text }[];
}

/** Sent on "error" to the one client whose message was refused. */
export interface ErrorReply extends RefusalBody {
  /** The message type that was refused. */
  re: string;
}

/**
 * The refusal inside a join error's message (the matchmaker carries only a code and a message,
 * so the server sends the RefusalBody there as JSON), or null if it holds none. The message is
 * the server's: hostile only if the server is, but it is still checked field by field.
 */
export function readRefusal(message: unknown): RefusalBody | null {
  if (typeof message !== "string" || !message.startsWith("{")) return null;
  try {
    const body = JSON.parse(message) as Partial<RefusalBody>;
    const text = body.text;
    if (typeof body.code !== "string" || typeof body.message !== "string" || !text || typeof text.key !== "string" || !text.key.startsWith("refusals:")) return null;
    const params = text.params && typeof text.params === "object" ? Object.fromEntries(Object.entries(text.params).filter(([, v]) => typeof v === "string" || typeof v === "number")) : undefined;
    return { code: body.code, message: body.message, text: params ? { key: text.key, params } : { key: text.key } };
  } catch {
    return null;
  }
}

/** Server → client message types. */
export const ServerMessage = {
  error: "error",
  /** This client's seat: its member id and the token to keep for rejoining. */
  seat: "seat",
  /**
   * This client's whole view of the game (a SeatView, cut by viewFor for its seat), on (re)join
   * and on a resync: a JSON text `{"v":version,"view":SeatView}`.
   */
  view: "view",
  /**
   * What changed in this client's view since the last view or patch: a JSON text
   * `{"v":version,"ops":[RFC 6902 operations]}`; versions count up by one on each socket.
   */
  patch: "patch",
  /** One chat message in a channel this client may read. */
  chat: "chat",
  /** Every chat message this client may read, on (re)joining. */
  chatHistory: "chatHistory",
  /** The class this match belongs to has ended (deleted by its teacher or expired): the match is gone. Carries a ClassEnded. */
  classEnded: "classEnded",
} as const;

/** Why a class ended, sent to every socket of it before it closes. */
export interface ClassEnded {
  reason: "deleted" | "expired";
  message: string;
  text: Text;
}

export interface SeatMessage {
  memberId: string;
  seatToken: string;
  code: string;
}

/** Close code and join-error code for a refused join; the message says why. */
export const JOIN_REFUSED = 4400;
/**
 * Join-error code for a seat token this match does not accept (unknown, its seat gone, its
 * member removed): the one answer after which a client forgets the token.
 */
export const SEAT_REFUSED = 4410;
/** Join-error code: too many creations, failed joins or wrong passwords; the message says how long to wait. */
export const TOO_MANY_TRIES = 4430;
/** Close code for a client removed for flooding. */
export const CLOSE_FLOODING = 4429;
/** Close code for a member the host removed. */
export const CLOSE_REMOVED = 4403;
/** Close code for every socket of a class (its lobby and its worlds) when the teacher deletes it or it expires. */
export const CLOSE_CLASS_ENDED = 4404;

export const ROOM_NAME = "match";
