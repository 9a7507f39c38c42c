/**
 * The record of a match as one member may read it (the host's export): the log of accepted
 * actions and the session after every turn, cut by the same rules as that member's views.
 * Who may see what is judged by the rules as they stand now: once the match has ended, a
 * power sees every past turn whole, as the debrief does; private chat stays private forever.
 */
import { pastViewFor, seesEverything, type MatchView } from "../game";
import { ok, refuse, type Result } from "../result";
import { canRead } from "./chat";
import { allMessages } from "./chatLog";
import { seatOf } from "./view";
import type { LoggedAction, SessionAction } from "./actions";
import type { ChatGroup, ChatMessage, Session } from "./types";

type StartAction = Extract<SessionAction, { type: "start" }>;

/** A logged action as the reader sees it: the start carries its seed only once nothing is left to draw. */
export type RecordedAction = Exclude<SessionAction, StartAction> | Omit<StartAction, "seed"> | StartAction;

export interface RecordedSession extends Omit<Session, "match" | "chat" | "groups"> {
  match: MatchView | null;
  chat: ChatMessage[];
  groups: ChatGroup[];
}

export interface MatchRecord {
  log: { seq: number; actor: string; at: number; action: RecordedAction }[];
  turns: { turn: number; seq: number; session: RecordedSession }[];
}

/**
 * The record for `memberId`, given the session as it is `now`, the whole log and the stored
 * sessions. Only the host may have it, and a host who plays a power only once the match has
 * ended (before, it would show the other powers' orders).
 */
export function recordFor(
  now: Session,
  memberId: string,
  log: readonly (LoggedAction & { seq: number })[],
  turns: readonly { turn: number; seq: number; session: Session }[],
): Result<MatchRecord> {
  if (now.hostId !== memberId) return refuse("NOT_HOST.export");
  const seat = seatOf(now, memberId);
  if (now.match && !seesEverything(now.match, seat)) {
    return refuse("MATCH_RUNNING");
  }
  const recorded: MatchRecord["log"] = [];
  for (const { seq, actor, at, action } of log) {
    const seen = actionFor(now, memberId, actor, action);
    if (seen) recorded.push({ seq, actor, at, action: seen });
  }
  return ok({ log: recorded, turns: turns.map((t) => ({ turn: t.turn, seq: t.seq, session: sessionFor(t.session, now, memberId) })) });
}

function actionFor(now: Session, memberId: string, actor: string, action: SessionAction): RecordedAction | null {
  const seat = seatOf(now, memberId);
  switch (action.type) {
    case "chat":
      return canRead(now, memberId, action.channel) ? action : null;
    case "createGroup":
      // A group's name and members are known to its powers only (see groupsFor).
      return actor === memberId || (seat.kind === "power" && action.powers.includes(seat.power)) ? action : null;
    case "orders":
    case "offer":
      return actor === memberId || (now.match !== null && seesEverything(now.match, seat)) ? action : null;
    case "start": {
      // The seed is the generator: while the match runs it would tell the coming deck cards.
      if (now.match?.phase === "ended") return action;
      const { seed: _generator, ...rest } = action;
      return rest;
    }
    default:
      return action;
  }
}

function sessionFor(past: Session, now: Session, memberId: string): RecordedSession {
  const { match, chat, groups, members, ...open } = past;
  return {
    ...open,
    // How many messages each member sent counts private talk too: it stays out of the record.
    members: members.map(({ chatSent: _private, ...m }) => m),
    match: match && now.match ? pastViewFor(match, now.match, seatOf(now, memberId)) : null,
    chat: allMessages(chat).filter((m) => canRead(now, memberId, m.channel)),
    groups: groups.filter((g) => canRead(now, memberId, `group:${g.id}`)),
  };
}
