/**
 * The synced state: a projection of the pure StatementMatch, rebuilt after every change.
 * Pending statements are never mirrored here; only whether a power has submitted.
 */
import { ArraySchema, MapSchema, Schema, type } from "@colyseus/schema";
import type { StatementMatch } from "../../shared/statementMatch";

export class PlayerState extends Schema {
  @type("string") name = "";
  /** "" when the player has not picked a power (a spectator). */
  @type("string") power = "";
  @type("boolean") present = true;
  @type("boolean") submitted = false;
}

export class NewsItemState extends Schema {
  @type("uint8") turn = 0;
  @type("string") power = "";
  @type("string") tone = "";
  @type("string") text = "";
}

export class MatchState extends Schema {
  @type("string") code = "";
  @type("string") phase = "lobby";
  @type("uint8") turn = 0;
  @type("uint8") maxTurns = 0;
  @type("string") hostId = "";
  @type({ map: PlayerState }) players = new MapSchema<PlayerState>();
  @type([NewsItemState]) news = new ArraySchema<NewsItemState>();

  /** Mirrors the match, touching only what changed so patches stay small. */
  mirror(match: StatementMatch): void {
    this.phase = match.phase;
    this.turn = match.turn;
    this.maxTurns = match.maxTurns;
    this.hostId = match.hostId;

    for (const id of [...this.players.keys()]) {
      if (!match.seats.some((s) => s.playerId === id)) this.players.delete(id);
    }
    for (const seat of match.seats) {
      let player = this.players.get(seat.playerId);
      if (!player) {
        player = new PlayerState();
        this.players.set(seat.playerId, player);
      }
      player.name = seat.name;
      player.power = seat.power ?? "";
      player.present = seat.present;
      player.submitted = seat.power !== null && match.pending[seat.power] !== undefined;
    }

    for (let i = this.news.length; i < match.news.length; i++) {
      const item = match.news[i]!;
      this.news.push(Object.assign(new NewsItemState(), item));
    }
  }
}
