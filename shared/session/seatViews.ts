/**
 * Each member's view of the session, cut again only where something it shows has changed: a
 * seat's view of the match is cut once per match state (a chat line, a ready flag or someone
 * coming online leave the match state as it was, so its view is not cut again), and a seat
 * whose whole view is unchanged gets back the very object it had, which the server then skips.
 */
import type { MatchState } from "../game";
import { delegationFor } from "./delegation";
import type { Session } from "./types";
import { groupsFor, matchViewFor, seatOf, type SeatView } from "./view";

interface Cut {
  match: MatchState | null;
  view: SeatView;
}

export class SeatViews {
  /** By seat (every member of a seat sees the same: a delegation, a class of spectators). */
  private readonly last = new Map<string, Cut>();

  /** `memberId`'s view of `s`: the same object as last time when nothing in it changed. */
  viewOf(s: Session, memberId: string): SeatView {
    const seat = seatOf(s, memberId);
    const key = JSON.stringify(seat);
    const before = this.last.get(key);
    const match = before && before.match === s.match ? before.view.match : matchViewFor(s, memberId);
    const groups = groupsFor(s, memberId);
    const delegation = delegationFor(s, memberId);
    if (before && before.view.match === match && sameItems(before.view.groups, groups) && sameJson(before.view.delegation ?? null, delegation)) return before.view;
    const view: SeatView = {
      seat: before?.view.seat ?? seat,
      match,
      groups: before && sameItems(before.view.groups, groups) ? before.view.groups : groups,
      ...(delegation ? { delegation: before?.view.delegation && sameJson(before.view.delegation, delegation) ? before.view.delegation : delegation } : {}),
    };
    this.last.set(key, { match: s.match, view });
    return view;
  }
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A delegation view is a handful of names and times, made afresh each time: compared by content. */
function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
