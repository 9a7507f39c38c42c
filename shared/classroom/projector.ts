/**
 * What the projector shows of a class: each world's public board, cut from a spectator's view
 * (what every power sees in common) and then narrowed to a few named fields, so that nothing a
 * seat keeps private (secret objectives, pending orders, private offers, any chat) can reach the
 * wall even once the match has ended and a spectator's view opens up for the debrief.
 */
import { POWERS, viewFor, type PowerId, type Text, type WorldKey } from "../game";
import type { Clock, Session, SessionPhase } from "../session/types";
import type { Classroom } from "./classroom";

/** Headlines of the latest turn shown per world: the wall is read from the back of the room. */
export const PROJECTOR_HEADLINES = 3;

export interface ProjectorRoom {
  world: number;
  phase: SessionPhase;
  turn: number;
  lastTurn: number;
  clock: Clock;
  meters: Record<WorldKey, number>;
  /** Ceasefires in force, as keys and parameters read in the projector's language. */
  ceasefires: Text[];
  sanctionsInForce: number;
  /** The latest turn's news headlines (public: every seat reads the news). */
  headlines: Text[];
  /** Final totals once the world has ended, best first (a total tells no secret objective). */
  scores: { power: PowerId; total: number }[] | null;
}

export interface ProjectorView {
  className: string;
  classCode: string;
  rooms: ProjectorRoom[];
  serverNow: number;
}

export function projectorView(c: Classroom, sessions: readonly (Session | null)[], serverNow: number): ProjectorView {
  const rooms: ProjectorRoom[] = [];
  c.matches.forEach((_code, world) => {
    const s = sessions[world];
    if (s?.match) rooms.push(projectorRoom(world, s));
  });
  return { className: c.name, classCode: c.code, rooms, serverNow };
}

function projectorRoom(world: number, s: Session): ProjectorRoom {
  const view = viewFor(s.match!, { kind: "spectator" });
  const latest = view.news.reduce((t, n) => Math.max(t, n.turn), 0);
  const scores = view.scores;
  return {
    world,
    phase: s.phase,
    turn: view.turn,
    lastTurn: view.lastTurn,
    clock: { ...s.clock },
    meters: { ...view.world },
    ceasefires: view.ceasefires
      .filter((c) => c.status === "active")
      .map((c) => ({ key: c.unilateral ? "classroom:projector.ceasefireUnilateral" : "classroom:projector.ceasefire", params: { parties: c.parties.join(","), scope: c.scope, end: c.endTurn } })),
    sanctionsInForce: Object.values(view.sanctions).filter((level) => (level ?? 0) > 0).length,
    // A stand-in's news names a student who did not act in time: true, but not for the wall.
    headlines: view.news
      .filter((n) => n.turn === latest && n.kind !== "standIn")
      .slice(0, PROJECTOR_HEADLINES)
      .map((n) => n.headline),
    scores: scores ? POWERS.map((power) => ({ power, total: scores[power].total })).sort((a, b) => b.total - a.total) : null,
  };
}
