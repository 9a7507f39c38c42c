/**
 * The one entry point that changes a session: authorize the actor for the action, then apply
 * the rule. Returns the new session or a typed refusal; never throws on anything a client sends.
 */
import { ok, refuse, type Result } from "../result";
import { createGroup, postChat } from "./chat";
import { actOnOffer, endPhase, extend, giveOrders, inject, onDeadline, pause, resume, setReady, shift, startMatch } from "./flow";
import { configure, facilitate, handHost, join, leave, memberById, moveMember, pickPower, readmit, removeMember, setBot, watch } from "./lobby";
import { SYSTEM, type LoggedAction } from "./actions";
import { noteEdit } from "./delegation";
import type { Member, Session } from "./types";

const HOST_ONLY = new Set(["setBot", "moveMember", "removeMember", "readmit", "handHost", "configure", "start", "pause", "resume", "extend", "endPhase"]);
const SYSTEM_ONLY = new Set(["deadline", "shiftClock"]);

/** Applies one logged action to the session. */
export function applyAction(s: Session, { actor, at, action }: LoggedAction): Result<Session> {
  if (SYSTEM_ONLY.has(action.type)) {
    if (actor !== SYSTEM) return refuse("NOT_ALLOWED.clock");
    return action.type === "deadline" ? onDeadline(s, at) : action.type === "shiftClock" ? shift(s, action.ms) : ok(s);
  }
  if (action.type === "join") return join(s, action.memberId, action.name);

  const member = memberById(s, actor);
  if (!member) return refuse("NOT_IN_MATCH");
  if (member.removed) return refuse("REMOVED");
  if (HOST_ONLY.has(action.type) && actor !== s.hostId) return refuse("NOT_HOST.action");

  switch (action.type) {
    case "leave":
      return leave(s, actor);
    case "pickPower":
      return pickPower(s, actor, action.power);
    case "watch":
      return watch(s, actor);
    case "facilitate":
      return facilitate(s, actor);
    case "setBot":
      return setBot(s, action.power, action.bot);
    case "moveMember":
      return moveMember(s, action.memberId, action.power);
    case "removeMember":
      return removeMember(s, action.memberId);
    case "readmit":
      return readmit(s, action.memberId);
    case "handHost":
      return handHost(s, action.memberId);
    case "configure":
      return configure(s, action);
    case "start":
      return startMatch(s, action.seed, at);
    case "pause":
      return pause(s, action, at);
    case "resume":
      return resume(s, action, at);
    case "extend":
      return extend(s, action, action.seconds);
    case "endPhase":
      return endPhase(s, action, at);
    case "chat":
      return postChat(s, actor, action.channel, action.text, at);
    case "injectEvent":
      if (member.role.kind !== "facilitator") return refuse("NOT_FACILITATOR");
      return inject(s, action.event);
    case "ready":
    case "orders":
    case "offer":
    case "createGroup": {
      const power = powerOf(member);
      if (!power) return refuse("NOT_A_POWER.action");
      if (action.type === "createGroup") return createGroup(s, actor, action.name, action.powers);
      const done =
        action.type === "ready"
          ? setReady(s, power, action.phase, action.turn, action.ready, at)
          : action.type === "orders"
            ? giveOrders(s, power, action.turn, action.orders)
            : actOnOffer(s, power, action.turn, action.action);
      return done.ok ? ok(noteEdit(s, done.value, power, actor, at, action)) : done;
    }
    default:
      return refuse("NOT_ALLOWED.clock");
  }
}

function powerOf(member: Member) {
  return member.role.kind === "power" ? member.role.power : null;
}

/** Rebuilds a session from its first state and its log; a refused entry means a corrupt log. */
export function replaySession(start: Session, log: readonly LoggedAction[]): Session {
  return log.reduce((s, entry, i) => {
    const result = applyAction(s, entry);
    if (!result.ok) throw new Error(`log entry ${i} (${entry.action.type}) was refused on replay: ${result.code}`);
    return result.value;
  }, start);
}
