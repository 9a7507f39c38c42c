/** How sessions and log entries are kept as text, shared by every store. */
import { asPages, type LoggedAction, type Session } from "../../shared/session";
import { withCurrentWords, type Commitment } from "../../shared/game";

export function toEntry(r: { at: number | string; actor: string; action: string }): LoggedAction {
  return { at: Number(r.at), actor: r.actor, action: JSON.parse(r.action) as LoggedAction["action"] };
}

/**
 * A stored session, brought up to the current form: one stored before chat had pages gets its
 * chat regrouped (see chatLog.ts), a match stored before the say–do record gets an empty one,
 * its commitments stored before deals could run several turns last the one turn they were made in,
 * and its scenario stored with English sentences takes today's keys (withCurrentWords).
 */
export function parseSession(text: string): Session {
  const session = JSON.parse(text) as Session;
  const match =
    session.match === null
      ? null
      : {
          ...session.match,
          sayDo: session.match.sayDo ?? [],
          scenario: withCurrentWords(session.match.scenario),
          commitments: session.match.commitments.map((c: Partial<Commitment> & Omit<Commitment, "endTurn" | "turnsKept">) => ({
            ...c,
            endTurn: c.endTurn ?? c.turn,
            turnsKept: c.turnsKept ?? (c.status === "kept" ? 1 : 0),
          })),
        };
  return { ...session, chat: asPages(session.chat), match };
}
