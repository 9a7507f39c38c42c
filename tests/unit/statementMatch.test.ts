/** The walking skeleton's rules, case by case: setup → action → expected outcome. */
import { describe, expect, it } from "vitest";
import {
  addPlayer,
  createStatementMatch,
  pickPower,
  removePlayer,
  resolveStatementTurn,
  startMatch,
  submitStatement,
  type StatementMatch,
} from "../../shared/statementMatch";
import { isWellFormedJoinCode, makeJoinCode, normalizeJoinCode } from "../../shared/joinCode";
import type { Result } from "../../shared/result";

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.code} ${result.message}`);
  return result.value;
}

function refusal<T>(result: Result<T>): string {
  if (result.ok) throw new Error("expected a refusal");
  return result.code;
}

/** Anna (host, Russia) and Bogdan (Ukraine), started. */
function started(maxTurns = 3): StatementMatch {
  let m = value(createStatementMatch({ playerId: "a", name: "Anna" }, maxTurns));
  m = value(addPlayer(m, "b", "Bogdan"));
  m = value(pickPower(m, "a", "russia"));
  m = value(pickPower(m, "b", "ukraine"));
  return value(startMatch(m, "a"));
}

describe("turn resolution", () => {
  it("publishes the turn's statements as news in the powers' fixed order and advances the turn", () => {
    const m: StatementMatch = { ...started(), pending: { ukraine: { tone: "firm", text: "Kyiv" }, russia: { tone: "neutral", text: "Moscow" } } };
    const next = resolveStatementTurn(m);
    expect(next.news).toEqual([
      { turn: 1, power: "russia", tone: "neutral", text: "Moscow" },
      { turn: 1, power: "ukraine", tone: "firm", text: "Kyiv" },
    ]);
    expect(next.turn).toBe(2);
    expect(next.phase).toBe("statements");
    expect(next.pending).toEqual({});
  });

  it("ends the match after the last turn", () => {
    const m: StatementMatch = { ...started(3), turn: 3, pending: { russia: { tone: "firm", text: "Last word" } } };
    const next = resolveStatementTurn(m);
    expect(next.phase).toBe("ended");
    expect(next.turn).toBe(3);
    expect(next.news.at(-1)).toEqual({ turn: 3, power: "russia", tone: "firm", text: "Last word" });
  });

  it("resolves as soon as the last present power submits, not before", () => {
    let m = started();
    m = value(submitStatement(m, "a", { turn: 1, tone: "firm", text: "First" }));
    expect(m.turn).toBe(1);
    expect(m.news).toHaveLength(0);
    m = value(submitStatement(m, "b", { turn: 1, tone: "firm", text: "Second" }));
    expect(m.turn).toBe(2);
    expect(m.news).toHaveLength(2);
  });

  it("lets a power replace its statement until the turn resolves", () => {
    let m = value(createStatementMatch({ playerId: "a", name: "Anna" }));
    for (const [id, name, power] of [["b", "B", "ukraine"], ["c", "C", "eu"]] as const) {
      m = value(pickPower(value(addPlayer(m, id, name)), id, power));
    }
    m = value(pickPower(m, "a", "russia"));
    m = value(startMatch(m, "a"));
    m = value(submitStatement(m, "a", { turn: 1, tone: "firm", text: "Draft" }));
    m = value(submitStatement(m, "a", { turn: 1, tone: "neutral", text: "Final" }));
    expect(m.pending.russia).toEqual({ tone: "neutral", text: "Final" });
  });

  it("plays a whole match of three turns", () => {
    let m = started();
    for (let turn = 1; turn <= 3; turn++) {
      m = value(submitStatement(m, "a", { turn, tone: "firm", text: `R${turn}` }));
      m = value(submitStatement(m, "b", { turn, tone: "firm", text: `U${turn}` }));
    }
    expect(m.phase).toBe("ended");
    expect(m.news.map((n) => n.text)).toEqual(["R1", "U1", "R2", "U2", "R3", "U3"]);
  });

  it("does not wait for a power whose player has left: it holds", () => {
    let m = value(submitStatement(started(), "a", { turn: 1, tone: "firm", text: "Alone" }));
    m = removePlayer(m, "b");
    expect(m.turn).toBe(2);
    expect(m.news.map((n) => n.power)).toEqual(["russia"]);
  });
});

describe("statements", () => {
  it("cleans control characters and surrounding space from the text", () => {
    const m = value(submitStatement(started(), "a", { turn: 1, tone: "firm", text: "  Peace\u0000 now\u202e \n" }));
    expect(m.pending.russia?.text).toBe("Peace now");
  });

  it("accepts 280 characters and refuses 281", () => {
    expect(submitStatement(started(), "a", { turn: 1, tone: "firm", text: "x".repeat(280) }).ok).toBe(true);
    expect(refusal(submitStatement(started(), "a", { turn: 1, tone: "firm", text: "x".repeat(281) }))).toBe("TEXT_TOO_LONG");
  });

  it("counts an emoji as one character", () => {
    expect(submitStatement(started(), "a", { turn: 1, tone: "firm", text: "🕊".repeat(280) }).ok).toBe(true);
  });

  it("refuses an empty statement, a stale turn, a spectator, the lobby and a finished match", () => {
    const m = started();
    expect(refusal(submitStatement(m, "a", { turn: 1, tone: "firm", text: " \t " }))).toBe("TEXT_REQUIRED");
    expect(refusal(submitStatement(m, "a", { turn: 2, tone: "firm", text: "Early" }))).toBe("STALE_TURN");
    const withSpectator = { ...m, seats: [...m.seats, { playerId: "s", name: "Sam", power: null, present: true }] };
    expect(refusal(submitStatement(withSpectator, "s", { turn: 1, tone: "firm", text: "Hi" }))).toBe("NO_POWER");
    const lobby = value(createStatementMatch({ playerId: "a", name: "Anna" }));
    expect(refusal(submitStatement(lobby, "a", { turn: 0, tone: "firm", text: "Hi" }))).toBe("MATCH_NOT_STARTED");
    expect(refusal(submitStatement({ ...m, phase: "ended" }, "a", { turn: 1, tone: "firm", text: "Hi" }))).toBe("MATCH_OVER");
    expect(refusal(submitStatement(m, "nobody", { turn: 1, tone: "firm", text: "Hi" }))).toBe("NOT_IN_MATCH");
  });
});

describe("lobby", () => {
  it("refuses a power already taken, and lets its holder re-pick it", () => {
    let m = value(createStatementMatch({ playerId: "a", name: "Anna" }));
    m = value(addPlayer(m, "b", "Bogdan"));
    m = value(pickPower(m, "a", "china"));
    expect(refusal(pickPower(m, "b", "china"))).toBe("POWER_TAKEN");
    expect(pickPower(m, "a", "china").ok).toBe(true);
  });

  it("lets a player switch power, freeing the old one", () => {
    let m = value(createStatementMatch({ playerId: "a", name: "Anna" }));
    m = value(addPlayer(m, "b", "Bogdan"));
    m = value(pickPower(m, "a", "china"));
    m = value(pickPower(m, "a", "usa"));
    expect(pickPower(m, "b", "china").ok).toBe(true);
  });

  it("starts only for the host, with at least two powers, once", () => {
    let m = value(createStatementMatch({ playerId: "a", name: "Anna" }));
    m = value(addPlayer(m, "b", "Bogdan"));
    m = value(pickPower(m, "a", "china"));
    expect(refusal(startMatch(m, "a"))).toBe("NOT_ENOUGH_POWERS");
    m = value(pickPower(m, "b", "usa"));
    expect(refusal(startMatch(m, "b"))).toBe("NOT_HOST");
    m = value(startMatch(m, "a"));
    expect(m).toMatchObject({ phase: "statements", turn: 1 });
    expect(refusal(startMatch(m, "a"))).toBe("MATCH_STARTED");
    expect(refusal(addPlayer(m, "c", "Late"))).toBe("MATCH_STARTED");
  });

  it("hands the host role on when the host leaves the lobby", () => {
    let m = value(createStatementMatch({ playerId: "a", name: "Anna" }));
    m = value(addPlayer(m, "b", "Bogdan"));
    m = removePlayer(m, "a");
    expect(m.hostId).toBe("b");
    expect(m.seats.map((s) => s.playerId)).toEqual(["b"]);
  });

  it("checks display names", () => {
    expect(refusal(createStatementMatch({ playerId: "a", name: "\u0007 " }))).toBe("NAME_REQUIRED");
    expect(refusal(createStatementMatch({ playerId: "a", name: "n".repeat(25) }))).toBe("NAME_TOO_LONG");
  });
});

describe("join codes", () => {
  it("are six characters from an alphabet without 0, O, 1, I or L", () => {
    let i = 0;
    const code = makeJoinCode((n) => i++ % n);
    expect(code).toHaveLength(6);
    expect(isWellFormedJoinCode(code)).toBe(true);
    for (const confusing of "0O1IL") expect(isWellFormedJoinCode(`${confusing}23456`)).toBe(false);
  });

  it("are read case-insensitively, with spaces or dashes", () => {
    expect(normalizeJoinCode(" k7q-2xp ")).toBe("K7Q2XP");
    expect(normalizeJoinCode("k7q 2xp")).toBe("K7Q2XP");
  });
});
