import { describe, expect, it } from "vitest";
import { describeOrder, describeTerms, effectLabel, formatDelta, formatDuration, formatNumber, formatTrend, listPowers } from "../../../client/src/logic/format";

describe("format", () => {
  it("shows durations as m:ss, h:mm:ss, or days and hours, never negative", () => {
    expect(formatDuration(65_000)).toBe("1:05");
    expect(formatDuration(999)).toBe("0:01");
    expect(formatDuration(3_723_000)).toBe("1:02:03");
    expect(formatDuration(2 * 86_400_000 + 3 * 3_600_000)).toBe("2 d 3 h");
    expect(formatDuration(-5_000)).toBe("0:00");
  });

  it("signs changes with a true minus and reads trends without colour", () => {
    expect(formatDelta(2)).toBe("+2");
    expect(formatDelta(-1.54)).toBe("\u22121.5");
    expect(formatDelta(0.01)).toBe("0");
    expect(formatTrend(3)).toBe("\u25B2 +3");
    expect(formatTrend(-1)).toBe("\u25BC \u22121");
    expect(formatTrend(0)).toBe("steady");
    expect(formatNumber(-5.14)).toBe("\u22125.1");
    expect(formatNumber(9)).toBe("9");
  });

  it("names news effects in the game's words", () => {
    expect(effectLabel("world.warIntensity")).toBe("War intensity");
    expect(effectLabel("relation.russia|china")).toBe("Relations Russia–China");
    expect(effectLabel("trust.usa>russia")).toBe("United States's trust in Russia");
    expect(effectLabel("eu.special", { eu: "Unity" })).toBe("European Union: unity");
    expect(effectLabel("china.economy")).toBe("China: economy");
  });

  it("lists powers in a sentence", () => {
    expect(listPowers(["russia"])).toBe("Russia");
    expect(listPowers(["russia", "usa", "eu"])).toBe("Russia, United States and European Union");
  });

  it("describes every kind of order and offer", () => {
    expect(describeOrder({ type: "statement", audience: "world", tone: "firm", topic: "war", text: " Enough. " })).toBe("A firm statement on the war to the world: \u201CEnough.\u201D");
    expect(describeOrder({ type: "statement", audience: ["china"], tone: "neutral", topic: "trade", text: "" })).toBe("A neutral statement on trade to China");
    expect(describeOrder({ type: "sanction", target: "russia", sector: "energy", action: "tighten" })).toBe("Tighten energy sanctions on Russia");
    expect(describeOrder({ type: "aid", to: "ukraine", kind: "military" })).toBe("Send military aid to Ukraine");
    expect(describeOrder({ type: "posture", stance: "fortify" })).toBe("Military posture: fortify");
    expect(describeOrder({ type: "strike", target: "airports" })).toBe("Long-range strike on airports");
    expect(describeOrder({ type: "summit", with: "china" })).toBe("Summit with China");
    expect(describeOrder({ type: "ceasefire", ceasefireId: "cf1", decision: "break" }, (id) => `truce ${id}`)).toBe("Break truce cf1");
    expect(describeOrder({ type: "declareCeasefire", turns: 2, scope: "air" })).toBe("Declare a 2-turn air ceasefire");
    // No internal id reaches the screen ("c3"): the composer names the commitment in its own field.
    expect(describeOrder({ type: "commitment", commitmentId: "c3", decision: "keep" })).toBe("Keep the commitment");
    expect(describeTerms({ kind: "ceasefire", turns: 3, scope: "full", monitored: true })).toBe("A 3-turn full ceasefire with international monitors");
    expect(describeTerms({ kind: "coordinatedSanctions", target: "russia", sector: "finance" })).toBe("Coordinated finance sanctions on Russia");
    expect(describeTerms({ kind: "deal", items: [{ from: "eu", to: "ukraine", item: "economicAid" }] })).toBe("A deal: European Union gives Ukraine economic aid");
  });
});
