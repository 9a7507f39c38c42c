// Casebook: a facilitator's event with its own effects, a condition and a turn (the classroom's injects).
import { describe, expect, it } from "vitest";
import { MAX_CONDITION_DEPTH, MAX_SCHEDULED_EVENTS, injectEvent, viewFor, type Ceasefire, type InjectedEvent, type MatchState } from "../../../shared/game/index";
import type { Condition } from "../../../shared/game/scenarioSchema";
import { english } from "../../helpers/texts";
import { act, started } from "../session/fixtures";
import { replaySession, type LoggedAction, type Session } from "../../../shared/session";
import { advanceTo, atOrders, expectRefused, newMatch, patch, unwrap } from "./helpers";

const grainDeal = { title: "A grain deal is signed", text: "Ships sail again.", effects: [{ kind: "meter" as const, power: "ukraine" as const, meter: "economy" as const, delta: 5 }] };
/** "Russia and Ukraine have no ceasefire" in the scenario's own condition form. */
const noTruce: Condition = { kind: "not", of: { kind: "ceasefireActive", parties: ["russia", "ukraine"] } };

/** A bilateral Russia–Ukraine ceasefire in force until the last turn. */
function withTruce(s: MatchState): MatchState {
  const truce: Ceasefire = { id: "cf-test", parties: ["russia", "ukraine"], unilateral: false, scope: "full", monitored: true, startTurn: s.turn, endTurn: s.lastTurn, status: "active", keptTurns: 0, record: [], secretBreaches: [], offerId: null };
  return patch(s, (d) => void d.ceasefires.push(truce));
}

const headlines = (s: MatchState, turn: number) => s.news.filter((n) => n.turn === turn && n.kind === "event").map((n) => english(n.headline));

describe("a facilitator's event scheduled for a later turn", () => {
  it("waits, unseen by the powers, and is revealed in that turn's briefing with its headline and effects", () => {
    const s = unwrap(injectEvent(atOrders(2), { ...grainDeal, turn: 4 }));
    expect(s.events.some((e) => e.title.params?.title === grainDeal.title)).toBe(false);
    expect(s.scheduled).toEqual([expect.objectContaining({ turn: 4, event: grainDeal })]);
    const before = advanceTo(s, "resolution", 3);
    const at4 = advanceTo(s, "briefing", 4);
    expect(headlines(at4, 4)).toContain(grainDeal.title);
    expect(at4.events).toContainEqual(expect.objectContaining({ title: { key: "scenario:facilitator.title", params: { title: grainDeal.title } }, source: "facilitator", turn: 4 }));
    expect(at4.powers.ukraine.meters.economy).toBe(Math.min(100, before.powers.ukraine.meters.economy + 5));
    expect(at4.scheduled).toEqual([]);
  });

  it("a scenario card scheduled by its id leaves the deck when it is revealed, not before", () => {
    const s = unwrap(injectEvent(atOrders(2), { ref: "strait-drills", turn: 3 }));
    expect(s.deck).toEqual(atOrders(2).deck);
    const at3 = advanceTo(s, "briefing", 3);
    expect(at3.events).toContainEqual(expect.objectContaining({ id: "strait-drills", source: "facilitator", turn: 3 }));
    expect(at3.deck).not.toContain("strait-drills");
  });

  it("'if Russia and Ukraine have no ceasefire by turn 4': revealed when they have none", () => {
    const s = unwrap(injectEvent(atOrders(2), { ...grainDeal, title: "Talks collapse", turn: 4, if: noTruce }));
    expect(headlines(advanceTo(s, "briefing", 4), 4)).toContain("Talks collapse");
  });

  it("'if Russia and Ukraine have no ceasefire by turn 4': dropped without a trace when a ceasefire is in force then", () => {
    const s = unwrap(injectEvent(withTruce(atOrders(2)), { ...grainDeal, title: "Talks collapse", turn: 4, if: noTruce }));
    const at4 = advanceTo(s, "briefing", 4);
    expect(at4.ceasefires.some((c) => c.id === "cf-test" && c.status === "active")).toBe(true);
    expect(headlines(at4, 4)).not.toContain("Talks collapse");
    expect(at4.scheduled).toEqual([]);
  });

  it("is the facilitator's alone to see: a power and a spectator see no schedule", () => {
    const s = unwrap(injectEvent(atOrders(2), { ...grainDeal, turn: 5 }));
    expect(viewFor(s, { kind: "facilitator" }).scheduled).toHaveLength(1);
    expect(viewFor(s, { kind: "power", power: "ukraine" }).scheduled).toEqual([]);
    expect(viewFor(s, { kind: "spectator" }).scheduled).toEqual([]);
  });
});

describe("a facilitator's event with a condition, at once", () => {
  it("happens when the condition holds now", () => {
    const s = unwrap(injectEvent(atOrders(2), { ...grainDeal, if: noTruce }));
    expect(headlines(s, 2)).toContain(grainDeal.title);
  });

  it("is refused with CONDITION_NOT_MET, and nothing happens, when it does not", () => {
    expectRefused(injectEvent(withTruce(atOrders(2)), { ...grainDeal, if: noTruce }), "CONDITION_NOT_MET");
  });
});

describe("what a facilitator's event may not be", () => {
  const s = atOrders(3);
  const cases: [string, unknown, string][] = [
    ["for a turn already over", { ...grainDeal, turn: 2 }, "PAST_TURN"],
    ["after the last turn", { ...grainDeal, turn: s.lastTurn + 1 }, "AFTER_LAST_TURN"],
    ["a meter change beyond ±50", { ...grainDeal, effects: [{ kind: "meter", power: "usa", meter: "support", delta: 51 }] }, "INVALID_EVENT"],
    ["more than ten changes", { ...grainDeal, effects: Array(11).fill(grainDeal.effects[0]) }, "INVALID_EVENT"],
    ["an unknown condition", { ...grainDeal, if: { kind: "weather", sunny: true } }, "INVALID_EVENT"],
    ["an unknown card, even for later", { ref: "alien-invasion", turn: 5 }, "UNKNOWN_EVENT"],
    ["a turn that is not a whole number", { ...grainDeal, turn: 4.5 }, "INVALID_EVENT"],
  ];
  it.each(cases)("refused: %s", (_what, event, code) => expectRefused(injectEvent(s, event), code));

  it(`refused: a condition nested deeper than ${MAX_CONDITION_DEPTH}`, () => {
    let deep: Condition = { kind: "ceasefireActive", parties: ["russia", "ukraine"] };
    for (let i = 0; i < MAX_CONDITION_DEPTH; i++) deep = { kind: "not", of: deep };
    expectRefused(injectEvent(s, { ...grainDeal, if: deep }), "INVALID_EVENT");
  });

  it(`refused: more than ${MAX_SCHEDULED_EVENTS} events waiting for later turns (TOO_MANY_SCHEDULED)`, () => {
    let t = s;
    for (let i = 0; i < MAX_SCHEDULED_EVENTS; i++) t = unwrap(injectEvent(t, { ...grainDeal, turn: 4 + (i % 3) }));
    expectRefused(injectEvent(t, { ...grainDeal, turn: 5 }), "TOO_MANY_SCHEDULED");
  });
});

describe("replay", () => {
  it("the same event on the same match gives the same match (no chance involved)", () => {
    const event: InjectedEvent = { ...grainDeal, turn: 4, if: noTruce };
    expect(advanceTo(unwrap(injectEvent(atOrders(2), event)), "briefing", 4)).toEqual(advanceTo(unwrap(injectEvent(atOrders(2), event)), "briefing", 4));
  });

  it("a session replayed from its log has the scheduled event revealed exactly as it was live", () => {
    const start: Session = started();
    const log: LoggedAction[] = [{ actor: "h", at: 1, action: { type: "injectEvent", event: { ...grainDeal, turn: 2, if: noTruce } } }];
    let live = act(start, "h", log[0]!.action);
    for (let i = 0; i < 4; i++) {
      const entry: LoggedAction = { actor: "system", at: live.clock.deadline!, action: { type: "deadline" } };
      log.push(entry);
      live = act(live, entry.actor, entry.action, entry.at);
    }
    expect(live.match!.turn).toBe(2);
    expect(headlines(live.match!, 2)).toContain(grainDeal.title);
    expect(replaySession(start, log)).toEqual(live);
  });
});

it("a new match has no schedule", () => {
  expect(newMatch().scheduled).toBeUndefined();
});
