/** A room's card on the teacher's dashboard, cut from the session: who plays, who is there, and what needs a look. */
import { GOAL_SPREAD_PER_TURN, turnsLeft } from "../game/botMind";
import type { Condition } from "../game/scenarioSchema";
import type { MatchState } from "../game/types";
import type { Session } from "../session/types";
import { holderOf, holdersOf } from "../session/lobby";
import { SEAT_ORDER } from "./grouping";
import type { PowerSummary, Presence, RoomAlert, RoomSummary } from "./protocol";

/**
 * A running room is stuck when no person playing a power has acted (orders, ready, an offer, a
 * chat line) and no phase has begun for this long: a class that has stalled, whether its clock
 * runs or the teacher left it paused. Phases of the lesson preset are 1.5 to 4 minutes long.
 */
export const STUCK_AFTER_MS = 5 * 60_000;

/** "Near a threshold" is shown in the match's last resolutions only. */
export const NEAR_END_TURNS = 2;

/** What the room knows of its own activity (the server's memory, not the session): the clock now and when a player last moved. */
export interface RoomActivity {
  now: number;
  /** The later of the last accepted action by a power's player and the start of the current phase. */
  lastActivityAt: number;
}

export function summarize(s: Session, presenceOf: (memberId: string) => Presence, activity?: RoomActivity): RoomSummary {
  const running = s.phase !== "lobby" && s.phase !== "ended";
  const powers = SEAT_ORDER.map((power) => {
    const holder = holderOf(s, power);
    return {
      power,
      player: holder?.name ?? null,
      presence: holder ? presenceOf(holder.id) : null,
      ready: s.ready.includes(power),
      // Everyone who plays it: one player, or a whole delegation.
      members: holdersOf(s, power).map((m) => ({ name: m.name, presence: presenceOf(m.id) })),
      bot: !holder && (s.match ? s.match.seats[power] === "bot" : s.bots.includes(power)),
      // Whether a played power has given its orders yet: one that has not will hold at the deadline.
      orders: s.phase === "orders" && holder ? (s.match?.orders[power]?.length ? "given" : "none") : null,
    } satisfies PowerSummary;
  });
  const alerts: RoomAlert[] = [];
  if (running) {
    // A delegation is gone only when none of its members is there.
    for (const p of powers) {
      if (p.members.length > 0 && p.members.every((m) => m.presence === "offline")) {
        alerts.push({ kind: "playerGone", text: { key: "classroom:alert.playerGone", params: { names: p.members.map((m) => m.name).join(", "), power: p.power, count: p.members.length } } });
      }
    }
    if (activity && activity.now - activity.lastActivityAt >= STUCK_AFTER_MS) {
      const minutes = Math.floor((activity.now - activity.lastActivityAt) / 60_000);
      alerts.push({ kind: "roomStuck", text: { key: s.clock.paused ? "classroom:alert.stuckPaused" : "classroom:alert.stuck", params: { count: minutes } } });
    }
  }
  for (const c of s.match?.ceasefires ?? []) {
    for (const r of c.record) if (r.outcome === "breached") alerts.push({ kind: "ceasefireBroken", text: { key: "classroom:alert.ceasefireBroken", params: { parties: c.parties.join(","), turn: r.turn } } });
  }
  if (s.match && running) alerts.push(...nearThresholds(s.match));
  return { code: s.code, phase: s.phase, turn: s.match?.turn ?? 0, lastTurn: s.match?.lastTurn ?? 0, clock: { ...s.clock }, powers, alerts };
}

/**
 * A world near a threshold: in the last NEAR_END_TURNS resolutions (the front starts close to
 * Russia's goal, so earlier it would always show), a world value (the front line, war intensity,
 * the tensions) within one turn's usual movement of a bound in a power's public goal, on either
 * side, so the turns left can make or unmake that goal. Public goals only: nothing a seat keeps
 * secret.
 */
function nearThresholds(m: MatchState): RoomAlert[] {
  const left = turnsLeft(m);
  if (left < 1 || left > NEAR_END_TURNS) return [];
  const alerts: RoomAlert[] = [];
  for (const power of SEAT_ORDER) {
    for (const goal of m.scenario.powers[power].publicGoals) {
      for (const c of worldBounds(goal.condition)) {
        const value = m.world[c.key];
        const reach = c.key === "frontLine" ? GOAL_SPREAD_PER_TURN.front : GOAL_SPREAD_PER_TURN.world;
        for (const [bound, side] of [
          [c.atMost, "atMost"],
          [c.atLeast, "atLeast"],
        ] as const) {
          if (bound === undefined) continue;
          const inside = side === "atMost" ? bound - value : value - bound;
          if (Math.abs(inside) > reach) continue;
          // `goal` is the title's key: the alert's words read it with $t({{goal}}) in the teacher's language.
          const params = { meter: c.key, value: round(value), gap: round(Math.abs(inside)), power, goal: goal.title, bound, side };
          alerts.push({ kind: "nearThreshold", text: { key: inside >= 0 ? "classroom:alert.inside" : "classroom:alert.near", params } });
        }
      }
    }
  }
  return alerts;
}

function worldBounds(c: Condition): Extract<Condition, { kind: "world" }>[] {
  if (c.kind === "world") return [c];
  if (c.kind === "all" || c.kind === "any") return c.of.flatMap(worldBounds);
  return [];
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
