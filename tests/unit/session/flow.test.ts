/** The match's course in a session: phases, the clock, readiness, missed orders, replay. */
import { describe, expect, it } from "vitest";
import { SYSTEM, replaySession, createSession, type LoggedAction, type Session } from "../../../shared/session";
import { applyAction } from "../../../shared/session";
import { T0, act, attempt, codeOf, expire, now, started } from "./fixtures";

const statement = { type: "statement", audience: "world", tone: "firm", topic: "war", text: "We stand firm." } as const;

/** Moves to the orders phase of turn 1 by deadlines. */
function toOrders(s: Session): Session {
  return expire(expire(s));
}

describe("the phase clock", () => {
  it("starts the briefing with the preset's duration", () => {
    const s = started();
    expect(s.phase).toBe("briefing");
    expect(s.clock).toEqual({ deadline: T0 + 45_000, paused: false, remaining: null });
  });

  it("a deadline ends the phase and starts the next one's clock at that moment", () => {
    const s = expire(started());
    expect(s.phase).toBe("negotiation");
    expect(s.clock.deadline).toBe(T0 + 45_000 + 210_000);
  });

  it("a deadline that has not passed is refused, and only the server's clock can send one", () => {
    expect(codeOf(attempt(started(), SYSTEM, { type: "deadline" }, T0 + 44_999))).toBe("NOT_YET");
    expect(codeOf(attempt(started(), "h", { type: "deadline" }, T0 + 50_000))).toBe("NOT_ALLOWED");
  });

  it("pause keeps what is left, resume counts it from the resume, so the deadline stays right", () => {
    let s = act(started(), "h", { type: "pause", ...now(started()) }, T0 + 10_000);
    expect(s.clock).toEqual({ deadline: null, paused: true, remaining: 35_000 });
    expect(codeOf(attempt(s, SYSTEM, { type: "deadline" }, T0 + 100_000))).toBe("NOT_YET");
    s = act(s, "h", { type: "resume", ...now(s) }, T0 + 600_000);
    expect(s.clock.deadline).toBe(T0 + 635_000);
  });

  it("extend adds time, running or paused", () => {
    expect(act(started(), "h", { type: "extend", seconds: 60, ...now(started()) }).clock.deadline).toBe(T0 + 105_000);
    const paused = act(act(started(), "h", { type: "pause", ...now(started()) }, T0), "h", { type: "extend", seconds: 60, ...now(started()) });
    expect(paused.clock.remaining).toBe(105_000);
    expect(codeOf(attempt(started(), "h", { type: "extend", seconds: 0, ...now(started()) }))).toBe("BAD_EXTENSION");
  });

  it("a phase ended while paused starts the next one paused, with its full time", () => {
    const s = act(act(started(), "h", { type: "pause", ...now(started()) }, T0 + 5_000), "h", { type: "endPhase", ...now(started()) }, T0 + 6_000);
    expect(s.phase).toBe("negotiation");
    expect(s.clock).toEqual({ deadline: null, paused: true, remaining: 210_000 });
  });

  it("two End-phase commands for the same phase end exactly one phase; the second is refused as stale", () => {
    const briefing = started();
    const s = act(briefing, "h", { type: "endPhase", ...now(briefing) }, T0 + 1_000);
    expect(s.phase).toBe("negotiation");
    const again = attempt(s, "h", { type: "endPhase", ...now(briefing) }, T0 + 1_001);
    expect(codeOf(again)).toBe("STALE_PHASE");
    expect(codeOf(attempt(s, "h", { type: "endPhase", phase: "negotiation", turn: 2 }, T0 + 1_001))).toBe("STALE_PHASE");
  });

  it("an extension, pause or resume meant for a phase that has ended is refused as stale", () => {
    const briefing = started();
    const negotiation = act(briefing, "h", { type: "endPhase", ...now(briefing) }, T0 + 1_000);
    expect(codeOf(attempt(negotiation, "h", { type: "extend", seconds: 60, ...now(briefing) }))).toBe("STALE_PHASE");
    expect(codeOf(attempt(negotiation, "h", { type: "pause", ...now(briefing) }))).toBe("STALE_PHASE");
    const paused = act(negotiation, "h", { type: "pause", ...now(negotiation) });
    expect(codeOf(attempt(paused, "h", { type: "resume", ...now(briefing) }))).toBe("STALE_PHASE");
  });

  it("a restart's downtime moves the deadline by as much", () => {
    expect(act(started(), SYSTEM, { type: "shiftClock", ms: 90_000 }).clock.deadline).toBe(T0 + 135_000);
  });
});

describe("ready", () => {
  it("the phase ends early when every human power is ready, not before", () => {
    let s = act(started(), "a", { type: "ready", phase: "briefing", turn: 1, ready: true }, T0 + 1_000);
    expect(s.phase).toBe("briefing");
    s = act(s, "b", { type: "ready", phase: "briefing", turn: 1, ready: true }, T0 + 2_000);
    expect(s.phase).toBe("negotiation");
    expect(s.ready).toEqual([]);
    expect(s.clock.deadline).toBe(T0 + 2_000 + 210_000);
  });

  it("taking Ready back counts", () => {
    let s = act(started(), "a", { type: "ready", phase: "briefing", turn: 1, ready: true });
    s = act(s, "a", { type: "ready", phase: "briefing", turn: 1, ready: false });
    s = act(s, "b", { type: "ready", phase: "briefing", turn: 1, ready: true });
    expect(s.phase).toBe("briefing");
  });

  it("a Ready meant for another phase or turn is refused as stale", () => {
    expect(codeOf(attempt(started(), "a", { type: "ready", phase: "orders", turn: 1, ready: true }))).toBe("STALE_PHASE");
    expect(codeOf(attempt(started(), "a", { type: "ready", phase: "briefing", turn: 2, ready: true }))).toBe("STALE_PHASE");
  });

  it("spectators and the facilitator have no Ready", () => {
    expect(codeOf(attempt(started(), "h", { type: "ready", phase: "briefing", turn: 1, ready: true }))).toBe("NOT_A_POWER");
  });

  it("orders are locked once a power is ready in the orders phase", () => {
    let s = toOrders(started());
    s = act(s, "a", { type: "ready", phase: "orders", turn: 1, ready: true });
    expect(codeOf(attempt(s, "a", { type: "orders", turn: 1, orders: [statement] }))).toBe("ALREADY_READY");
  });
});

describe("missed orders", () => {
  it("hold by default: a power without orders does nothing", () => {
    const s = expire(toOrders(started()));
    expect(s.phase).toBe("resolution");
    expect(s.match!.orderHistory.filter((h) => h.turn === 1 && h.power === "russia").flatMap((h) => h.orders)).toEqual([]);
  });

  it("with missed orders played by bots, the power's bot gives its orders and the seat stays human", () => {
    let s = act(started(), "h", { type: "configure", missedOrders: "bot" });
    s = expire(toOrders(s));
    const russia = s.match!.orderHistory.filter((h) => h.turn === 1 && h.power === "russia").flatMap((h) => h.orders);
    expect(russia.length).toBeGreaterThan(0);
    expect(s.match!.seats.russia).toBe("human");
  });

  it("orders given before the deadline are kept as given", () => {
    let s = act(started(), "h", { type: "configure", missedOrders: "bot" });
    s = toOrders(s);
    s = act(s, "a", { type: "orders", turn: 1, orders: [statement] });
    s = expire(s);
    expect(s.match!.orderHistory.find((h) => h.turn === 1 && h.power === "russia")?.orders).toEqual([statement]);
  });
});

describe("the whole match", () => {
  it("runs to the end by deadlines alone and the session ends with the match", () => {
    let s = started();
    let guard = 0;
    while (s.phase !== "ended" && guard++ < 100) s = expire(s);
    expect(s.phase).toBe("ended");
    expect(s.match!.turn).toBe(s.match!.lastTurn);
    expect(s.clock.deadline).toBeNull();
    expect(codeOf(attempt(s, "a", { type: "orders", turn: s.match!.turn, orders: [] }))).toBe("WRONG_PHASE");
  });

  it("replaying the log from the empty session gives the identical session", () => {
    const log: LoggedAction[] = [];
    let s = createSession("K7Q2XP", "h");
    const record = (actor: string, action: LoggedAction["action"], at: number) => {
      const result = applyAction(s, { actor, at, action });
      if (!result.ok) throw new Error(result.code);
      log.push({ actor, at, action });
      s = result.value;
    };
    record("h", { type: "join", memberId: "h", name: "Hana" }, T0);
    record("a", { type: "join", memberId: "a", name: "Anna" }, T0 + 1);
    record("a", { type: "pickPower", power: "russia" }, T0 + 2);
    record("h", { type: "pickPower", power: "ukraine" }, T0 + 3);
    record("h", { type: "setBot", power: "china", bot: true }, T0 + 4);
    record("h", { type: "start", seed: 42 }, T0 + 5);
    for (let i = 0; s.phase !== "ended"; i++) {
      if (s.phase === "orders") record("a", { type: "orders", turn: s.match!.turn, orders: [statement] }, s.clock.deadline! - 1);
      if (s.phase === "negotiation") record("a", { type: "chat", channel: "public", text: `turn ${s.match!.turn}` }, s.clock.deadline! - 1);
      record(SYSTEM, { type: "deadline" }, s.clock.deadline!);
    }
    expect(replaySession(createSession("K7Q2XP", "h"), log)).toEqual(s);
  });
});
