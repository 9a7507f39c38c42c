/**
 * Every message between client and server: one zod schema per client message, with its
 * TypeScript type inferred from it. The server parses with these; the client sends with them.
 */
import { z } from "zod";
import { POWERS } from "./powers";
import { TONES } from "./statementMatch";

/** Generous caps on raw input; the game rules apply the real limits and say why. */
const RAW_TEXT = z.string().max(4_000);

export const CreateOptions = z.object({ name: RAW_TEXT });
export const JoinOptions = z.object({ name: RAW_TEXT });

export const ClientMessages = {
  pickPower: z.object({ power: z.enum(POWERS) }),
  start: z.object({}).strict(),
  submitStatement: z.object({
    turn: z.number().int().min(0),
    tone: z.enum(TONES),
    text: RAW_TEXT,
  }),
} as const;

export type ClientMessageType = keyof typeof ClientMessages;
export type ClientMessage<T extends ClientMessageType> = z.infer<(typeof ClientMessages)[T]>;

export function isClientMessageType(type: unknown): type is ClientMessageType {
  return typeof type === "string" && Object.hasOwn(ClientMessages, type);
}

/** Codes the server itself adds to the game's refusal codes. */
export type ProtocolErrorCode = "UNKNOWN_MESSAGE" | "BAD_PAYLOAD";

/** Sent on the "error" message to the one client whose message was refused. */
export interface ErrorReply {
  /** The message type that was refused. */
  re: string;
  code: string;
  message: string;
}

export const SERVER_ERROR = "error";
export const ROOM_NAME = "match";
