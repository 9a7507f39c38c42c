/** Role cards are built from the scenario and the engine, and never hold a secret objective. */
import { describe, expect, it } from "vitest";
import { POWERS, victoryDay2025 } from "../../../shared/game";
import { roleCard, startingOrders } from "../../../client/src/logic/roleCards";
import { goalText } from "../../../client/src/logic/scenarioWords";
import { t, translatorFor, withTranslator } from "../../../shared/i18n";

describe("role cards", () => {
  it("hold no secret objective's title or text, for any power", () => {
    const printed = JSON.stringify(POWERS.map((p) => roleCard(victoryDay2025, p)));
    for (const p of POWERS) {
      for (const secret of victoryDay2025.powers[p].secretObjectives) {
        // The words as printed (English here), not only the keys the scenario holds.
        expect(printed, `${p}: ${secret.id}`).not.toContain(goalText(victoryDay2025, secret));
        expect(printed, `${p}: ${secret.id}`).not.toContain(t(secret.title));
      }
    }
  });

  it("give the scenario's starting meters, relations and public goals", () => {
    const card = roleCard(victoryDay2025, "china");
    const spec = victoryDay2025.powers.china;
    expect(card.meters.map((m) => m.value)).toEqual([spec.start.economy, spec.start.support, spec.start.standing, spec.start.special]);
    expect(card.meters[3]!.label).toBe("Trade exposure");
    expect(card.relations.find((r) => r.name === "Russia")?.value).toBe(victoryDay2025.relations.find((r) => r.a === "russia" && r.b === "china")!.value);
    expect(card.goals.map((g) => g.title)).toEqual(["Weather the trade war", "Keep the partnership"]);
    expect(card.goals[0]!.text).toBe("Grow your economy to 78 or above (70 at the start).");
  });

  it("list the orders the engine accepts from each power at the start: military ones only for the powers at war", () => {
    const types = (p: (typeof POWERS)[number]) => startingOrders(victoryDay2025, p).map((o) => o.type);
    expect(types("ukraine")).toEqual(expect.arrayContaining(["statement", "sanction", "aid", "summit", "posture", "strike"]));
    // The parade truce binds Russia on turn 1 only: its card still lists strikes and truces.
    expect(types("russia")).toEqual(expect.arrayContaining(["posture", "strike", "declareCeasefire"]));
    expect(types("eu")).not.toContain("posture");
    expect(types("eu")).not.toContain("strike");
    expect(roleCard(victoryDay2025, "eu").war).toBeNull();
    expect(roleCard(victoryDay2025, "ukraine").war).toContain("Russia");
  });

  it("name the meter that cuts the budget as each language writes it inside a sentence (German keeps its nouns' capitals)", async () => {
    const de = await translatorFor("de");
    expect(withTranslator(de, () => roleCard(victoryDay2025, "russia").budget)).toContain("„Wirtschaft“");
    expect(withTranslator(de, () => roleCard(victoryDay2025, "china").budget)).toContain("„Rückhalt im Inland“");
    expect(withTranslator(de, () => roleCard(victoryDay2025, "usa").budget)).toContain("„politisches Kapital“");
    expect(roleCard(victoryDay2025, "china").budget).toContain("while your domestic support is below 40");
    expect(roleCard(victoryDay2025, "eu").budget).toContain("while your unity is below 30");
  });
});
