// The scenario's words read in the page's language, and a goal's numbers are its condition's: a
// threshold moved in the data moves the words in every language, with the language's numbers.
import { describe, expect, it } from "vitest";
import { victoryDay2025, type Scenario } from "../../../shared/game";
import { translatorFor, withTranslator } from "../../../shared/i18n";
import { goalText, sharedGoalText } from "../../../client/src/logic/scenarioWords";

const de = await translatorFor("de");
const fr = await translatorFor("fr");
const uk = await translatorFor("uk");

function goal(sc: Scenario, id: string) {
  const all = Object.values(sc.powers).flatMap((p) => [...p.publicGoals, ...p.secretObjectives]);
  return all.find((g) => g.id === id)!;
}

describe("a goal's words", () => {
  it("quote its threshold and the starting value, written the language's way", () => {
    expect(goalText(victoryDay2025, goal(victoryDay2025, "ru-relief"))).toBe("Hold the sanctions on Russia, all powers together, at 19 levels or fewer (16 at the start).");
    expect(withTranslator(de, () => goalText(victoryDay2025, goal(victoryDay2025, "ru-gains")))).toMatch(/80,5.*81/);
    expect(withTranslator(fr, () => goalText(victoryDay2025, goal(victoryDay2025, "ru-divide")))).toMatch(/\u221228.*\u221265/);
    expect(withTranslator(uk, () => goalText(victoryDay2025, goal(victoryDay2025, "ua-support")))).toMatch(/48.*80/);
  });

  it("follow a threshold moved in the data, in every language", () => {
    const moved = structuredClone(victoryDay2025);
    const relief = goal(moved, "ru-relief");
    relief.condition = { kind: "sanctionLevel", target: "russia", atMost: 23 };
    for (const tr of [de, fr, uk]) expect(withTranslator(tr, () => goalText(moved, relief)), tr.lang).toMatch(/23/);
    const talks = goal(moved, "us-talks");
    talks.condition = { kind: "ceasefireKept", turns: 1, monitored: true };
    expect(goalText(moved, talks)).toMatch(/at least one turn\./);
  });
});

describe("the shared goal's words", () => {
  it("count the turns the ceasefire must hold, in the language's plural", () => {
    expect(sharedGoalText(victoryDay2025)).toMatch(/3 turns in a row/);
    expect(withTranslator(uk, () => sharedGoalText(victoryDay2025))).toMatch(/3 ходи/);
    expect(withTranslator(uk, () => sharedGoalText({ sharedGoal: { ...victoryDay2025.sharedGoal, keptTurns: 5 } }))).toMatch(/5 ходів/);
  });
});
