/** What one member of a session may see: the seat they hold, their view of the match, their chat. */
import { viewFor, type MatchView, type Seat } from "../game";
import { canRead, readsEveryChannel } from "./chat";
import { delegationFor, type DelegationView } from "./delegation";
import { memberById } from "./lobby";
import type { ChatGroup, ChatMessage, Session } from "./types";

export function seatOf(s: Session, memberId: string): Seat {
  const m = memberById(s, memberId);
  if (!m || m.removed) return { kind: "spectator" };
  if (m.role.kind === "power") return { kind: "power", power: m.role.power };
  return m.role.kind === "facilitator" && s.hostId === memberId ? { kind: "facilitator" } : { kind: "spectator" };
}

/** The member's view of the match, cut by the game's own view function; null before the start. */
export function matchViewFor(s: Session, memberId: string): MatchView | null {
  return s.match ? viewFor(s.match, seatOf(s, memberId)) : null;
}

export function chatFor(s: Session, memberId: string): ChatMessage[] {
  return s.chat.flatMap((page) => page.filter((m) => canRead(s, memberId, m.channel)));
}

/** The group channels a member belongs to (a power's groups; nobody else's). */
export function groupsFor(s: Session, memberId: string): ChatGroup[] {
  const seat = seatOf(s, memberId);
  if (readsEveryChannel(s, memberId)) return s.groups;
  return seat.kind === "power" ? s.groups.filter((g) => g.powers.includes(seat.power)) : [];
}

/** Everything one member is sent about the game: their seat, their view of the match, their groups, their delegation. */
export interface SeatView {
  seat: Seat;
  match: MatchView | null;
  /** The group chat channels this seat belongs to. */
  groups: ChatGroup[];
  /** In a class world of delegations: this seat's delegation, its members and who last changed what. */
  delegation?: DelegationView;
}

/** A member's whole view; `match` may be given when the caller already holds this seat's view of this very state. */
export function seatViewFor(s: Session, memberId: string, match: MatchView | null = matchViewFor(s, memberId)): SeatView {
  const delegation = delegationFor(s, memberId);
  return { seat: seatOf(s, memberId), match, groups: groupsFor(s, memberId), ...(delegation ? { delegation } : {}) };
}
