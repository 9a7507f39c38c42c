/** What every screen is given on each change: the server's state as plain data, and a way to send intents. */
import type { Board, MatchConnection, SeatView } from "../net";
import type { ClientMessage, ClientMessageType, ErrorReply } from "../../../shared/protocol";
import type { ChatMessage } from "../../../shared/session";
import type { PowerId } from "../../../shared/game";

export interface AppContext {
  conn: MatchConnection;
  board: Board;
  view: SeatView;
  chat: ChatMessage[];
  memberId: string;
  power: PowerId | null;
  isHost: boolean;
  /** False while the connection is being won back: what is shown may be out of date. */
  online: boolean;
  /** The last refusal per message type, until that message is sent again. */
  errors: ReadonlyMap<string, ErrorReply>;
  /** Sends an intent; false if it could not be sent (not connected), the refusal being in `errors`. */
  send<T extends ClientMessageType>(type: T, message: ClientMessage<T>): boolean;
}

export interface Screen {
  readonly element: HTMLElement;
  update(ctx: AppContext): void;
  destroy?(): void;
}

/** Display names by member id (the chat and the lobby show names, not ids). */
export function memberNames(board: Board): Record<string, string> {
  return Object.fromEntries(Object.entries(board.members).map(([id, m]) => [id, m.name]));
}
