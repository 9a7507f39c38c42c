// Casebook: the scripted timeline, the deck, and the facilitator's events.
import { describe, expect, it } from "vitest";
import { MAX_INJECTED_EVENTS_PER_TURN, advancePhase, injectEvent, victoryDay2025, type MatchState } from "../../../shared/game/index";
import { advanceTo, atOrders, expectRefused, newMatch, rel, unwrap } from "./helpers";

function briefing(turn: number, seed = 1): MatchState {
  return advanceTo(newMatch(seed), "briefing", turn);
}

const scripted = victoryDay2025.events.filter((e) => e.turn !== undefined);

describe("the scripted timeline", () => {
  it.each(scripted.map((e) => [e.id, e] as const))("%s is revealed in its turn's briefing with its effects", (_id, e) => {
    const turn = e.turn ?? 1;
    const s = briefing(turn);
    expect(s.events).toContainEqual({ id: e.id, turn, source: "scripted", title: e.title, text: e.text });
    const item = s.news.find((n) => n.turn === turn && n.kind === "event" && n.headline === e.title);
    expect(item, `headline for ${e.id}`).toBeDefined();
    for (const fx of e.effects) {
      if (fx.kind === "meter") expect(item?.effects).toContainEqual({ target: `${fx.power}.${fx.meter}`, delta: fx.delta });
      if (fx.kind === "world") expect(item?.effects).toContainEqual({ target: `world.${fx.key}`, delta: fx.delta });
      if (fx.kind === "trust") expect(item?.effects).toContainEqual({ target: `trust.${fx.from}>${fx.to}`, delta: fx.delta });
      if (fx.kind === "relation") {
        expect(item?.effects.some((x) => x.target.startsWith("relation.") && x.target.includes(fx.a) && x.target.includes(fx.b) && x.delta === fx.delta)).toBe(true);
      }
      if (fx.kind === "tally") expect(s.tallies[fx.key]).toBeGreaterThanOrEqual(fx.delta);
      if (fx.kind === "unilateralCeasefire") expect(s.ceasefires.some((c) => c.unilateral && c.parties[0] === fx.by && c.startTurn === turn)).toBe(true);
    }
    if (turn > 1) expect(advanceTo(newMatch(), "orders", turn - 1).events.some((x) => x.id === e.id)).toBe(false);
  });

  it("turn 1: Xi's state visit warms Russia–China relations by 5 (from 80 to 85)", () => {
    expect(rel(newMatch(), "russia", "china")).toBe(85);
  });

  it("turn 1: the parade truce is Russia's unilateral, unmonitored, one-turn ceasefire", () => {
    expect(newMatch().ceasefires).toEqual([
      expect.objectContaining({ parties: ["russia"], unilateral: true, monitored: false, scope: "full", startTurn: 1, endTurn: 1, status: "active" }),
    ]);
  });

  it("turn 1: the airport closures are counted", () => {
    expect(newMatch().tallies["airportsClosed"]).toBe(1);
  });

  it("turn 2: the airspace closure splits the EU (unity −6)", () => {
    const before = advanceTo(newMatch(), "resolution", 1);
    const after = briefing(2);
    const item = after.news.find((n) => n.headline.startsWith("Baltic airspace closed"));
    expect(item?.effects).toContainEqual({ target: "eu.special", delta: -6 });
    expect(after.powers.eu.meters.special).toBeLessThan(before.powers.eu.meters.special);
  });

  it("the autumn visit to China opens the last turn", () => {
    const s = briefing(8);
    expect(s.turn).toBe(s.lastTurn);
    expect(s.events.some((e) => e.id === "autumn-visit" && e.turn === 8)).toBe(true);
  });
});

describe("the deck", () => {
  function wholeMatchEvents(seed: number) {
    return advanceTo(newMatch(seed), "briefing", 8).events.filter((e) => e.source === "deck");
  }

  it("is drawn from the seeded generator: the same seed draws the same cards", () => {
    expect(wholeMatchEvents(7)).toEqual(wholeMatchEvents(7));
  });

  it("never draws a card twice in a match, and only inside its window of turns", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const cards = wholeMatchEvents(seed);
      expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
      for (const c of cards) {
        const spec = victoryDay2025.events.find((e) => e.id === c.id);
        expect(c.turn).toBeGreaterThanOrEqual(spec?.deck?.fromTurn ?? 99);
        expect(c.turn).toBeLessThanOrEqual(spec?.deck?.toTurn ?? 0);
      }
    }
  });

  it("different seeds draw different cards", () => {
    const draws = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) draws.add(wholeMatchEvents(seed).map((c) => c.id).join(","));
    expect(draws.size).toBeGreaterThan(10);
  });

  it("a drawn card applies its effects (the trade truce cuts tariffs to level 1)", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const s = advanceTo(newMatch(seed), "briefing", 8);
      const truce = s.events.find((e) => e.id === "trade-truce");
      if (!truce) continue;
      const at = advanceTo(newMatch(seed), "briefing", truce.turn);
      expect(at.sanctions["usa>china:trade"]).toBe(1);
      expect(at.sanctions["china>usa:trade"]).toBe(1);
      return;
    }
    throw new Error("no seed among 200 drew the trade truce");
  });
});

describe("facilitator events", () => {
  it("a scenario card injected by id is applied at once and leaves the deck", () => {
    const s = atOrders(2);
    const after = unwrap(injectEvent(s, { ref: "strait-drills" }));
    expect(after.world.taiwanTension).toBe(Math.min(100, s.world.taiwanTension + 8));
    expect(after.events[after.events.length - 1]).toMatchObject({ id: "strait-drills", source: "facilitator", turn: 2 });
    expect(after.deck).not.toContain("strait-drills");
  });

  it("a facilitator's own event, with its own words and effects", () => {
    const s = atOrders(2);
    const after = unwrap(
      injectEvent(s, { title: "A grain deal is signed", text: "Ships sail again.", effects: [{ kind: "meter", power: "ukraine", meter: "economy", delta: 5 }] }),
    );
    expect(after.powers.ukraine.meters.economy).toBe(s.powers.ukraine.meters.economy + 5);
    expect(after.news[after.news.length - 1]?.headline).toBe("A grain deal is signed");
  });

  it(`the facilitator adds at most ${MAX_INJECTED_EVENTS_PER_TURN} events a turn (TOO_MANY_EVENTS); the next turn allows as many again`, () => {
    const own = (i: number) => ({ title: `Rumour ${i}`, text: "Nobody knows.", effects: [] });
    let s = atOrders(2);
    for (let i = 0; i < MAX_INJECTED_EVENTS_PER_TURN; i++) s = unwrap(injectEvent(s, own(i)));
    expectRefused(injectEvent(s, own(99)), "TOO_MANY_EVENTS");
    expectRefused(injectEvent(s, { ref: "strait-drills" }), "TOO_MANY_EVENTS");
    s = advancePhase(advancePhase(s).state).state;
    expect(s.turn).toBe(3);
    expect(injectEvent(s, own(100)).ok).toBe(true);
  });

  it("INVALID_EVENT, UNKNOWN_EVENT and MATCH_ENDED", () => {
    const s = atOrders(2);
    expectRefused(injectEvent(s, { title: "", effects: [] }), "INVALID_EVENT");
    expectRefused(injectEvent(s, { title: "Big", text: "", effects: [{ kind: "meter", power: "ukraine", meter: "economy", delta: 500 }] }), "INVALID_EVENT");
    expectRefused(injectEvent(s, { ref: "alien-invasion" }), "UNKNOWN_EVENT");
    expectRefused(injectEvent(advanceTo(newMatch(), "ended", 8), { ref: "strait-drills" }), "MATCH_ENDED");
  });
});
