/**
 * The authorization matrix on the rules themselves: every message, from every kind of seat,
 * in every phase, each cell on a fresh session. A refusal leaves the session exactly as it was.
 */
import { describe, expect, it } from "vitest";
import { createSession, type Session, type SessionAction } from "../../../shared/session";
import { CELLS, MATRIX_PHASES, SEAT_KINDS, expected, type MatrixPhase, type Scene, type SeatKind } from "../../helpers/authorizationSpec";
import { act, attempt, codeOf, now } from "./fixtures";

const SEAT_IDS: Record<SeatKind, string> = { owner: "a", otherPower: "b", spectator: "s", facilitator: "h", removed: "r" };

function sceneAt(phase: MatrixPhase): { session: Session; scene: Scene } {
  let s = act(createSession("K7Q2XP", "h"), "h", { type: "join", memberId: "h", name: "Hana" });
  s = act(s, "h", { type: "facilitate" });
  for (const [id, name] of [["a", "Anna"], ["b", "Bogdan"], ["s", "Sam"], ["r", "Rita"]] as const) s = act(s, id, { type: "join", memberId: id, name });
  s = act(s, "a", { type: "pickPower", power: "russia" });
  s = act(s, "b", { type: "pickPower", power: "ukraine" });
  s = act(s, "r", { type: "pickPower", power: "eu" });
  s = act(s, "h", { type: "removeMember", memberId: "r" });
  let offerId = "none";
  if (phase !== "lobby") {
    s = act(s, "h", { type: "start", seed: 7 });
    while (s.phase !== phase) {
      s = act(s, "h", { type: "endPhase", ...now(s) });
      if (s.phase === "negotiation" && offerId === "none") {
        s = act(s, "a", { type: "offer", turn: 1, action: { action: "propose", to: ["ukraine"], terms: { kind: "ceasefire", turns: 2, scope: "full", monitored: true } } });
        offerId = s.match!.offers.at(-1)!.id;
      }
    }
  }
  return { session: s, scene: { phase, turn: s.match?.turn ?? 0, offerId, spectatorId: "s", ownerId: "a", removedId: "r" } };
}

const scenes = new Map(MATRIX_PHASES.map((p) => [p, sceneAt(p)]));

describe.each(MATRIX_PHASES)("in the %s", (phase) => {
  const { session, scene } = scenes.get(phase)!;
  for (const cell of CELLS) {
    it.each(SEAT_KINDS)(`${cell.name}, from the %s`, (seat) => {
      const payload = cell.payload(scene) as object;
      const action = { type: cell.type, ...payload, ...(cell.type === "start" ? { seed: 1 } : {}) } as SessionAction;
      const before = structuredClone(session);
      const result = attempt(session, SEAT_IDS[seat], action);
      expect(codeOf(result)).toBe(expected(cell, seat, phase));
      expect(session).toEqual(before);
    });
  }
});
