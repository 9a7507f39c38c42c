// Casebook: the scripted timeline, the deck, and the facilitator's events.
import { describe, expect, it } from "vitest";
import { MAX_INJECTED_EVENTS_PER_TURN, advancePhase, createMatch, injectEvent, victoryDay2025, type MatchState } from "../../../shared/game/index";
import { HUMANS, advanceTo, atOrders, expectRefused, newMatch, rel, resolveWith, unwrap } from "./helpers";
import { english } from "../../helpers/texts";

function briefing(turn: number, seed = 1): MatchState {
  return advanceTo(newMatch(seed), "briefing", turn);
}

/** Scripted events that always fire (those with a condition have their own cases below). */
const scripted = victoryDay2025.events.filter((e) => e.turn !== undefined && e.if === undefined);

describe("the scripted timeline", () => {
  it.each(scripted.map((e) => [e.id, e] as const))("%s is revealed in its turn's briefing with its effects", (_id, e) => {
    const turn = e.turn ?? 1;
    const s = briefing(turn);
    expect(s.events).toContainEqual({ id: e.id, turn, source: "scripted", title: { key: e.title }, text: { key: e.text } });
    const item = s.news.find((n) => n.turn === turn && n.kind === "event" && english(n.headline) === english({ key: e.title }));
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

  it("turn 1: the airspace closure, on the way to the parade, splits the EU (unity −6)", () => {
    const s = newMatch();
    const item = s.news.find((n) => english(n.headline).startsWith("Baltic airspace closed"));
    expect(item?.turn).toBe(1);
    expect(item?.effects).toContainEqual({ target: "eu.special", delta: -6 });
    expect(s.powers.eu.meters.special).toBe(victoryDay2025.powers.eu.start.special - 6);
  });

  it("the autumn visit to China opens the last turn", () => {
    const s = briefing(8);
    expect(s.turn).toBe(s.lastTurn);
    expect(s.events.some((e) => e.id === "autumn-visit" && e.turn === 8)).toBe(true);
  });
});

describe("the parade truce's story follows the match", () => {
  const ids = (s: MatchState) => s.events.filter((e) => e.turn === 2).map((e) => e.id);

  it("when Russia keeps its truce, turn 2 reports that it largely held, and no 734 violations", () => {
    const s = advanceTo(resolveWith(atOrders(1), {}), "briefing", 2);
    expect(s.tallies["ceasefireBreaches"]).toBeUndefined();
    expect(ids(s)).toContain("truce-holds");
    expect(ids(s)).not.toContain("truce-violations");
    expect(s.news.some((n) => n.turn === 2 && english(n.headline) === "The parade truce largely holds")).toBe(true);
  });

  it("when Russia breaks it, turn 2 reports Kyiv's count of 734 violations and the accusations", () => {
    const broken = resolveWith(atOrders(1), {
      russia: [
        { type: "ceasefire", ceasefireId: newMatch().ceasefires[0]?.id ?? "", decision: "break" },
        { type: "posture", stance: "offensive" },
      ],
    });
    const s = advanceTo(broken, "briefing", 2);
    expect(s.tallies["ceasefireBreaches"]).toBe(1);
    expect(ids(s)).toContain("truce-violations");
    expect(ids(s)).not.toContain("truce-holds");
    const item = s.news.find((n) => n.turn === 2 && english(n.headline) === "Kyiv and Moscow trade accusations over the truce");
    expect(item?.effects).toContainEqual({ target: "trust.ukraine>russia", delta: -4 });
  });

  it("a scripted event whose condition fails is skipped, whatever else the briefing holds", () => {
    const other = structuredClone(victoryDay2025);
    other.events = [
      { id: "never", turn: 2, if: { kind: "world", key: "frontLine", atLeast: 101 }, title: "scenario:test.never.title", text: "scenario:test.never.text", effects: [] },
      { id: "always", turn: 2, if: { kind: "world", key: "frontLine", atMost: 100 }, title: "scenario:test.always.title", text: "scenario:test.always.text", effects: [] },
    ];
    const s = advanceTo(createMatch(other, { seed: 1, seats: HUMANS }), "briefing", 2);
    expect(s.events.map((e) => e.id)).toEqual(["always"]);
  });
});

describe("scripted events match their source (docs: ../shared/SCENARIO.md)", () => {
  const text = (id: string) => {
    const e = victoryDay2025.events.find((x) => x.id === id);
    return e ? `${english({ key: e.title })} ${english({ key: e.text })}` : "";
  };

  it("carry the report's figures and dates", () => {
    expect(text("state-visit")).toMatch(/eleventh visit/);
    expect(text("state-visit")).toMatch(/four hours/);
    expect(text("parade-truce")).toMatch(/three-day/);
    expect(text("parade-truce")).toMatch(/Thursday/);
    expect(text("parade-truce")).toMatch(/thirty days/);
    expect(text("airports-closed")).toMatch(/Wednesday, two days before the parade/);
    expect(text("truce-violations")).toMatch(/734 violations and 63 assault operations, 23 of them/);
    expect(text("truce-violations")).toMatch(/midnight and midday/);
    expect(text("truce-violations")).toMatch(/twice/);
    expect(text("taiwan-appeal")).toMatch(/within a few years/);
  });

  it("happen in the turn their date falls in: the parade week's news in turn 1 (8–10 May)", () => {
    for (const id of ["state-visit", "dual-containment-statement", "parade-truce", "airports-closed", "airspace-closed", "too-much"]) {
      expect(victoryDay2025.events.find((e) => e.id === id)?.turn, id).toBe(1);
    }
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
    expect(english(after.news[after.news.length - 1]!.headline)).toBe("A grain deal is signed");
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
