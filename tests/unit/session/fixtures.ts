/** Sessions built step by step through `applyAction`, as the server builds them. */
import { applyAction, createSession, SYSTEM, type LoggedAction, type Session, type SessionAction } from "../../../shared/session";
import type { PowerId } from "../../../shared/game";
import type { Result } from "../../../shared/result";
import { english } from "../../helpers/texts";

export const T0 = 1_800_000_000_000;

export function act(s: Session, actor: string, action: SessionAction, at = T0): Session {
  const result = applyAction(s, { actor, at, action });
  if (!result.ok) throw new Error(`${action.type} by ${actor} refused: ${result.code} ${english(result.text)}`);
  return result.value;
}

export function attempt(s: Session, actor: string, action: SessionAction, at = T0): Result<Session> {
  return applyAction(s, { actor, at, action } satisfies LoggedAction);
}

export function codeOf(result: Result<unknown>): string {
  return result.ok ? "OK" : result.code;
}

/** A lobby: host "h" (Hana) and the given players, each holding a power. */
export function lobby(players: Record<string, PowerId> = { a: "russia", b: "ukraine" }, hostPower: PowerId | "facilitator" | null = null): Session {
  let s = act(createSession("K7Q2XP", "h"), "h", { type: "join", memberId: "h", name: "Hana" });
  if (hostPower === "facilitator") s = act(s, "h", { type: "facilitate" });
  else if (hostPower) s = act(s, "h", { type: "pickPower", power: hostPower });
  for (const [id, power] of Object.entries(players)) {
    s = act(s, id, { type: "join", memberId: id, name: `Player ${id}` });
    s = act(s, id, { type: "pickPower", power });
  }
  return s;
}

export function started(players?: Record<string, PowerId>, hostPower: PowerId | "facilitator" | null = "facilitator", seed = 7): Session {
  return act(lobby(players, hostPower), "h", { type: "start", seed });
}

/** Ends the current phase by its deadline. */
export function expire(s: Session): Session {
  return act(s, SYSTEM, { type: "deadline" }, s.clock.deadline!);
}

/** The phase and turn a host command is meant for: the session's current ones. */
export function now(s: Session): { phase: Session["phase"]; turn: number } {
  return { phase: s.phase, turn: s.match?.turn ?? 0 };
}
