/**
 * One match, addressed by its join code. The room adapts the pure game in shared/: every
 * handler parses the message with its protocol schema, calls the game, then mirrors the
 * result into the synced state. No rule of the game is decided here.
 */
import { randomInt } from "node:crypto";
import { Room, ServerError, type Client } from "@colyseus/core";
import { makeJoinCode } from "../../shared/joinCode";
import { ClientMessages, CreateOptions, JoinOptions, SERVER_ERROR, type ClientMessage, type ClientMessageType, type ErrorReply } from "../../shared/protocol";
import type { Result } from "../../shared/result";
import {
  addPlayer,
  createStatementMatch,
  pickPower,
  removePlayer,
  startMatch,
  submitStatement,
  type StatementMatch,
} from "../../shared/statementMatch";
import { MatchState } from "./MatchState";

/** The presence hash where codes are claimed; shared by every process once Redis is used. */
const CODES_KEY = "detente:codes";
/** Five powers and a handful of spectators (a teacher, a projector). */
const MAX_CLIENTS = 12;

/** Close code and join error code for a refused join (the client shows the message). */
export const JOIN_REFUSED = 4400;

export class MatchRoom extends Room<MatchState> {
  override maxClients = MAX_CLIENTS;
  override state = new MatchState();
  private match: StatementMatch | null = null;

  /** The whole game state, private parts included (for persistence and tests; never sent). */
  get game(): StatementMatch | null {
    return this.match;
  }

  override async onCreate(options: unknown): Promise<void> {
    if (!CreateOptions.safeParse(options).success) throw new ServerError(JOIN_REFUSED, "Please enter a display name.");
    this.roomId = await this.claimCode();
    this.state.code = this.roomId;
    await this.setPrivate(true);

    this.on("pickPower", (client, msg) => pickPower(this.current, client.sessionId, msg.power));
    this.on("start", (client) => startMatch(this.current, client.sessionId));
    this.on("submitStatement", (client, msg) => submitStatement(this.current, client.sessionId, msg));
    this.onMessage("*", (client, type) => {
      this.reply(client, { re: String(type), code: "UNKNOWN_MESSAGE", message: `The server does not know the message "${String(type)}".` });
    });
  }

  override onJoin(client: Client, options: unknown): void {
    const parsed = JoinOptions.safeParse(options);
    if (!parsed.success) throw new ServerError(JOIN_REFUSED, "Please enter a display name.");
    const joined = this.match
      ? addPlayer(this.match, client.sessionId, parsed.data.name)
      : createStatementMatch({ playerId: client.sessionId, name: parsed.data.name });
    if (!joined.ok) throw new ServerError(JOIN_REFUSED, joined.message);
    this.commit(joined.value);
  }

  override onLeave(client: Client): void {
    if (this.match) this.commit(removePlayer(this.match, client.sessionId));
  }

  override async onDispose(): Promise<void> {
    await this.presence.hdel(CODES_KEY, this.roomId);
  }

  private get current(): StatementMatch {
    if (!this.match) throw new Error("match used before its first player joined");
    return this.match;
  }

  /** Registers a handler that runs parse → call the game → mirror, or replies with a typed error and changes nothing. */
  private on<T extends ClientMessageType>(type: T, act: (client: Client, message: ClientMessage<T>) => Result<StatementMatch>): void {
    this.onMessage(type, (client, raw: unknown) => {
      const parsed = ClientMessages[type].safeParse(raw ?? {});
      if (!parsed.success) {
        this.reply(client, { re: type, code: "BAD_PAYLOAD", message: `The "${type}" message was not in the expected shape.` });
        return;
      }
      const outcome = act(client, parsed.data as ClientMessage<T>);
      if (!outcome.ok) {
        this.reply(client, { re: type, code: outcome.code, message: outcome.message });
        return;
      }
      this.commit(outcome.value);
    });
  }

  private commit(match: StatementMatch): void {
    this.match = match;
    this.state.mirror(match);
  }

  private reply(client: Client, error: ErrorReply): void {
    client.send(SERVER_ERROR, error);
  }

  /** Draws codes until one is free; hincrby is atomic on every presence, Redis included. */
  private async claimCode(): Promise<string> {
    for (;;) {
      const code = makeJoinCode((n) => randomInt(n));
      if ((await this.presence.hincrby(CODES_KEY, code, 1)) === 1) return code;
    }
  }
}
