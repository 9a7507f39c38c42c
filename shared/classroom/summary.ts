/** A room's card on the teacher's dashboard, cut from the session: who plays, who is there, and what needs a look. */
import type { Session } from "../session/types";
import { holderOf } from "../session/lobby";
import { SEAT_ORDER } from "./grouping";
import type { Presence, RoomAlert, RoomSummary } from "./protocol";

export function summarize(s: Session, presenceOf: (memberId: string) => Presence): RoomSummary {
  const running = s.phase !== "lobby" && s.phase !== "ended";
  const powers = SEAT_ORDER.map((power) => {
    const holder = holderOf(s, power);
    return {
      power,
      player: holder?.name ?? null,
      presence: holder ? presenceOf(holder.id) : null,
      ready: s.ready.includes(power),
      bot: !holder && (s.match ? s.match.seats[power] === "bot" : s.bots.includes(power)),
    };
  });
  const alerts: RoomAlert[] = [];
  if (running) {
    for (const p of powers) if (p.player && p.presence === "offline") alerts.push({ kind: "playerGone", text: `${p.player} (${p.power}) is not connected` });
  }
  for (const c of s.match?.ceasefires ?? []) {
    for (const r of c.record) if (r.outcome === "breached") alerts.push({ kind: "ceasefireBroken", text: `A ceasefire (${c.parties.join(", ")}) was breached in turn ${r.turn}` });
  }
  return { code: s.code, phase: s.phase, turn: s.match?.turn ?? 0, lastTurn: s.match?.lastTurn ?? 0, clock: { ...s.clock }, powers, alerts };
}
