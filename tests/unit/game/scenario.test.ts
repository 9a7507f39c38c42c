// The scenario is data checked by a schema: Victory Day 2025 passes, broken data is refused, and
// a second scenario runs on the same engine without changing it.
import { describe, expect, it } from "vitest";
import { POWERS, advancePhase, createMatch, parseScenario, victoryDay2025, type Scenario } from "../../../shared/game/index";
import { BOTS, advanceTo } from "./helpers";
import { parseSession } from "../../../server/persistence/storedSession";
import type { Session } from "../../../shared/session";

describe("scenario data", () => {
  it("Victory Day 2025 passes its schema", () => {
    const r = parseScenario(victoryDay2025);
    expect(r.ok, r.ok ? "" : r.message).toBe(true);
  });

  it("has a scripted opening on turns 1 and 2 and the autumn visit as its last turn", () => {
    const byTurn = (t: number) => victoryDay2025.events.filter((e) => e.turn === t).map((e) => e.id);
    expect(byTurn(1)).toEqual(["state-visit", "dual-containment-statement", "parade-truce", "airports-closed", "airspace-closed", "too-much"]);
    expect(byTurn(2)).toEqual(["truce-violations", "truce-holds", "taiwan-appeal"]);
    expect(byTurn(victoryDay2025.turns)).toEqual(["autumn-visit"]);
    expect(victoryDay2025.turnLabels.length).toBe(victoryDay2025.turns);
  });

  it("every power has public goals and a pool of secret objectives with distinct ids", () => {
    const ids = POWERS.flatMap((p) => [...victoryDay2025.powers[p].publicGoals, ...victoryDay2025.powers[p].secretObjectives].map((o) => o.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of POWERS) expect(victoryDay2025.powers[p].secretObjectives.length).toBeGreaterThanOrEqual(2);
  });

  it("refuses broken data: a meter out of bounds, a duplicated event id, an event after the last turn, two defenders", () => {
    const bad = (change: (s: Scenario) => void) => {
      const s = structuredClone(victoryDay2025);
      change(s);
      return parseScenario(s).ok;
    };
    expect(bad((s) => void (s.powers.eu.start.economy = 140))).toBe(false);
    expect(bad((s) => void s.events.push({ ...(s.events[0] as Scenario["events"][number]) }))).toBe(false);
    expect(bad((s) => void s.events.push({ id: "late", title: "scenario:test.late.title", text: "scenario:test.late.text", effects: [], turn: 99 }))).toBe(false);
    expect(bad((s) => void (s.powers.russia.war = "defender"))).toBe(false);
    expect(() => createMatch({ ...victoryDay2025, turns: 0 }, { seed: 1, seats: { russia: "bot", china: "bot", usa: "bot", ukraine: "bot", eu: "bot" } })).toThrow(
      /Invalid scenario/,
    );
  });

  it("refuses words where the scenario holds keys of the translation layer: a title, a turn, a briefing, a strength, a goal, an event", () => {
    const refused = (change: (s: Scenario) => void) => {
      const s = structuredClone(victoryDay2025);
      change(s);
      const r = parseScenario(s);
      return r.ok ? "accepted" : r.message;
    };
    const sentence = "Victory Day 2025";
    expect(refused((s) => void (s.title = sentence))).toMatch(/key of the scenario namespace/);
    expect(refused((s) => void (s.turnLabels[0] = "8–10 May: the parade"))).toMatch(/key of the scenario namespace/);
    expect(refused((s) => void (s.powers.russia.briefing = "You host the parade."))).toMatch(/key of the scenario namespace/);
    expect(refused((s) => void (s.powers.china.strengths[0] = "Patience"))).toMatch(/key of the scenario namespace/);
    expect(refused((s) => void (s.powers.eu.special.label = "Unity"))).toMatch(/key of the scenario namespace/);
    expect(refused((s) => void (s.powers.usa.publicGoals[0]!.text = "See a ceasefire kept."))).toMatch(/key of the scenario namespace/);
    expect(refused((s) => void (s.sharedGoal.title = "A lasting ceasefire"))).toMatch(/key of the scenario namespace/);
    expect(refused((s) => void (s.events[0]!.title = "Xi Jinping arrives in Moscow"))).toMatch(/key of the scenario namespace/);
  });

  it("a second scenario (other numbers, other events, 4 turns) runs on the same engine", () => {
    const other: Scenario = {
      ...structuredClone(victoryDay2025),
      id: "winter-2026",
      title: "scenario:winter2026.title",
      turns: 4,
      turnLabels: ["scenario:winter2026.turn.december", "scenario:winter2026.turn.january", "scenario:winter2026.turn.february", "scenario:winter2026.turn.march"],
      world: { frontLine: 70, warIntensity: 30, globalTension: 40, taiwanTension: 70 },
      events: [{ id: "cold-snap", turn: 2, title: "scenario:winter2026.event.cold-snap.title", text: "scenario:winter2026.event.cold-snap.text", effects: [{ kind: "meter", power: "eu", meter: "economy", delta: -4 }] }],
    };
    let s = createMatch(other, { seed: 3, seats: { russia: "bot", china: "bot", usa: "bot", ukraine: "bot", eu: "bot" } });
    expect(s.world.frontLine).toBe(70);
    while (s.phase !== "ended") s = advancePhase(s).state;
    expect(s.turn).toBe(4);
    expect(s.events.map((e) => e.id)).toEqual(["cold-snap"]);
  });
});

describe("a match shorter than its scenario", () => {
  it("ends after the turns it was created for, never more than the scenario has", () => {
    const short = createMatch(victoryDay2025, { seed: 1, seats: BOTS, turns: 3 });
    expect(short.lastTurn).toBe(3);
    const ended = advanceTo(short, "ended", 3);
    expect(ended.history.at(-1)?.turn).toBe(3);
    expect(createMatch(victoryDay2025, { seed: 1, seats: BOTS, turns: 99 }).lastTurn).toBe(victoryDay2025.turns);
  });
});

describe("a match stored before the scenario's words were keys", () => {
  /** The scenario as such a match stored it: English sentences, no in-sentence label, its own thresholds. */
  function storedEnglish(): Scenario {
    const old = structuredClone(victoryDay2025);
    const russia = old.powers.russia as unknown as { name?: string; special: { inText?: string } };
    old.title = "Victory Day 2025";
    old.turnLabels = old.turnLabels.map((_, i) => `Turn label ${i + 1}`);
    old.sharedGoal.title = "A lasting ceasefire";
    old.powers.russia.leader = "Vladimir Putin";
    russia.name = "Russia";
    delete russia.special.inText;
    old.powers.russia.publicGoals[0]!.title = "Sanctions relief";
    old.powers.russia.publicGoals[0]!.condition = { kind: "sanctionLevel", target: "russia", atMost: 21 };
    old.powers.china.secretObjectives[0]!.text = "Talk Washington down.";
    return old;
  }

  it("reads through the layer once restored: its words become today's keys, its numbers stay its own", () => {
    const s = createMatch(victoryDay2025, { seed: 1, seats: BOTS });
    const stored = JSON.stringify({ chat: [], match: { ...s, scenario: storedEnglish() } } as unknown as Session);
    const restored = parseSession(stored).match!.scenario;
    expect(parseScenario(restored).ok).toBe(true);
    expect(restored.title).toBe(victoryDay2025.title);
    expect(restored.turnLabels).toEqual(victoryDay2025.turnLabels);
    expect(restored.sharedGoal.title).toBe(victoryDay2025.sharedGoal.title);
    expect(restored.powers.russia.leader).toBe(victoryDay2025.powers.russia.leader);
    expect(restored.powers.russia.special.inText).toBe(victoryDay2025.powers.russia.special.inText);
    expect(restored.powers.russia.publicGoals[0]).toEqual({ ...victoryDay2025.powers.russia.publicGoals[0], condition: { kind: "sanctionLevel", target: "russia", atMost: 21 } });
    expect(restored.powers.china.secretObjectives[0]!.text).toBe(victoryDay2025.powers.china.secretObjectives[0]!.text);
  });
});

