// The balance script's machinery: its worker pool must not change a figure, and its report must
// flag a figure that misses its target.
import { afterAll, describe, expect, it } from "vitest";
import { nextSize, verdictClear } from "../../scripts/sim/arms";
import { allBotFigures, orderTypes } from "../../scripts/sim/experiments";
import { playMatch, playTwin } from "../../scripts/sim/match";
import { Pool } from "../../scripts/sim/pool";
import { formatReport, passes, type Figure } from "../../scripts/sim/report";
import { playAll, seedsFrom } from "../../scripts/sim/run";
import { botDriver, driverFor } from "../../scripts/sim/policies";
import { advancePhase, applyOfferAction, createMatch, victoryDay2025, viewFor, type Offer } from "../../shared/game/index";

describe("simulate's worker pool", () => {
  const one = new Pool(1);
  const two = new Pool(2);
  afterAll(async () => {
    await one.close();
    await two.close();
  });

  it("gives the same records and figures with two workers as with one, one match per job", async () => {
    const seeds = seedsFrom(7, 3);
    const focus = { power: "russia" as const, policy: { kind: "breakAll" as const } };
    const [a, b, fa, fb] = await Promise.all([playAll(one, seeds, undefined, 1), playAll(two, seeds, undefined, 1), playAll(one, seeds, focus, 1), playAll(two, seeds, focus, 1)]);
    expect(a).toHaveLength(3);
    expect(b).toEqual(a);
    expect(fb).toEqual(fa);
    expect(allBotFigures(b)).toEqual(allBotFigures(a));
  }, 90_000);
});

describe("simulate's paired experiments", () => {
  it("reproduce the all-bot match exactly when the power under test plays its own bot (common random numbers)", () => {
    for (const seed of [3, 4]) expect(playMatch(seed, { power: "usa", policy: { kind: "bot" } })).toEqual(playMatch(seed));
  }, 60_000);

  it("play a twin match (keep every promise / break one in the last turn) to exactly the records of the two separate matches", () => {
    for (const power of ["russia", "eu"] as const) {
      const [keep, brk] = playTwin(6, power);
      expect(keep).toEqual(playMatch(6, { power, policy: { kind: "keepAll" } }));
      expect(brk).toEqual(playMatch(6, { power, policy: { kind: "lastBreak" } }));
    }
  }, 60_000);

  it("count the promises a power that breaks every one is bound by, and break them all", () => {
    const r = playMatch(5, { power: "russia", policy: { kind: "breakAll" } });
    const keep = playMatch(5, { power: "russia", policy: { kind: "keepAll" } });
    expect(r.promises[0]).toBeGreaterThan(0);
    expect(r.broken[0]).toBe(r.promises[0]);
    expect(keep.broken[0]).toBe(0);
  }, 60_000);

  it("measure every order type a power can give in some turn, not only in the first (the parade truce forbids Russia's offensive then)", () => {
    const types = orderTypes("russia").map((t) => t.key);
    expect(types).toContain("posture offensive");
    expect(types).toContain("strike energy");
  }, 60_000);

  it("a power striking every turn signs no words of peace while a truce only postpones its strike (words are held against the next turn's deeds too)", () => {
    const fixed = driverFor({ kind: "orderType", type: "strike airports" });
    let compared = 0;
    for (let seed = 1; seed <= 10; seed++) {
      // Turn 1: the parade truce forbids Russia's strike today, not tomorrow.
      let s = createMatch(victoryDay2025, { seed, seats: { russia: "human", china: "human", usa: "human", ukraine: "human", eu: "human" } });
      while (s.phase !== "negotiation") s = advancePhase(s).state;
      const r = applyOfferAction(s, "china", { action: "propose", to: ["russia"], terms: { kind: "jointStatement", topic: "war", tone: "conciliatory", text: "" } });
      if (!r.ok) throw new Error(`${r.code} ${JSON.stringify(r.text)}`);
      s = r.value;
      const offer = s.offers[s.offers.length - 1] as Offer;
      const x = { state: s, view: viewFor(s, { kind: "power", power: "russia" }), power: "russia" as const, seed };
      if (botDriver.answer(x, offer).action !== "accept") continue;
      compared += 1;
      expect(fixed.answer(x, offer).action).toBe("reject");
    }
    expect(compared).toBeGreaterThan(0);
  }, 60_000);

  it("play a comparison on more seeds only while its reading lies within two standard errors of an edge of its band", () => {
    const band = { min: -3, max: 4 };
    expect(verdictClear(-3.9, 0.9, band)).toBe(false); // one standard error below the floor: not yet told from noise
    expect(verdictClear(1.0, 0.6, band)).toBe(true);
    expect(verdictClear(-7.3, 1.2, band)).toBe(true); // a real failure, clear
    expect(verdictClear(4.8, 0.6, band)).toBe(false); // 1.3 standard errors above the ceiling
    expect(verdictClear(6.0, 0.6, band)).toBe(true);
    expect(verdictClear(2, 2, { min: 5 })).toBe(false);
    expect(verdictClear(1, NaN, band)).toBe(false);
    expect(verdictClear(1, 5, undefined)).toBe(true); // no band, nothing to tell
  });

  it("grow an arm toward the size at which the standard error reaches its target, at most fourfold and never past the cap", () => {
    expect(nextSize(200, 0.02, 0.01, 4000, 200)).toBe(800); // needs 4.2× as many: capped at 4×
    expect(nextSize(800, 0.012, 0.01, 4000, 200)).toBe(1400); // 1.44 × 1.05 × 800 = 1210, rounded up to a round of 200
    expect(nextSize(1400, 0.05, 0.01, 4000, 200)).toBe(4000);
  });
});

describe("simulate's report", () => {
  const fig = (label: string, value: number, target: Figure["target"]): Figure => ({ section: "Crafted", label, value, unit: "%", target });

  it("marks a figure inside its target PASS and one outside it FAIL", () => {
    const text = formatReport([fig("russia win share", 20, { min: 15, max: 25 }), fig("china win share", 31.5, { min: 15, max: 25 })]);
    expect(text).toMatch(/russia win share .*15\.0\.\.25\.0% +PASS/);
    expect(text).toMatch(/china win share .*31\.5%.*15\.0\.\.25\.0% +FAIL/);
    expect(text).toContain("1 of 2 figures with a target PASS, 1 FAIL.");
  });

  it("fails a strict bound met exactly, and a figure that could not be measured", () => {
    expect(passes(fig("mediator gain", 0, { min: 0, strict: true }))).toBe(false);
    expect(passes(fig("ratio", Number.NaN, { max: 0.5 }))).toBe(false);
    expect(passes(fig("mean score", 12, undefined))).toBeUndefined();
  });
});
