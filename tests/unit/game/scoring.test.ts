// Casebook: objectives and the scoring function.
import { describe, expect, it } from "vitest";
import { POWERS, computeScores, evaluate, victoryDay2025, winners, type PowerId } from "../../../shared/game/index";
import { newMatch, patch } from "./helpers";

/** A fresh match with the meters, relations and tallies reset to the scenario's start. */
function atStart() {
  const s = newMatch(3);
  return patch(s, (x) => {
    for (const p of POWERS) x.powers[p].meters = { ...victoryDay2025.powers[p].start };
  });
}

describe("scoring", () => {
  it("is the sum of its documented parts", () => {
    const s = newMatch(5);
    for (const p of POWERS) {
      const b = computeScores(s)[p];
      const goals = b.publicGoals.reduce((a, g) => a + (g.met ? g.points : 0), 0) + (b.secretObjective.met ? b.secretObjective.points : 0);
      expect(b.total).toBeCloseTo(b.meters + goals + b.sharedGoal + b.trust - b.par, 0);
    }
  });

  it("meters: half a point per point gained on the power's own meters", () => {
    const base = atStart();
    const richer = patch(base, (x) => void (x.powers.eu.meters.economy += 10));
    expect(computeScores(richer).eu.meters - computeScores(base).eu.meters).toBeCloseTo(5, 5);
  });

  it("a meter where lower is better counts reversed (China's trade exposure)", () => {
    const base = atStart();
    const exposed = patch(base, (x) => void (x.powers.china.meters.special += 10));
    expect(computeScores(exposed).china.meters - computeScores(base).china.meters).toBeCloseTo(-5, 5);
  });

  it("a public goal met earns its points (EU unity at 62 or above: 8)", () => {
    const united = patch(atStart(), (x) => void (x.powers.eu.meters.special = 70));
    const split = patch(atStart(), (x) => void (x.powers.eu.meters.special = 40));
    const goal = (s: typeof united) => computeScores(s).eu.publicGoals.find((g) => g.id === "eu-unity");
    expect(goal(united)).toMatchObject({ met: true, points: 8 });
    expect(goal(split)?.met).toBe(false);
  });

  it("the secret objective drawn at the start is the one scored", () => {
    const s = newMatch(11);
    for (const p of POWERS) expect(computeScores(s)[p].secretObjective.id).toBe(s.secretObjectives[p]);
  });

  it("a secret objective met earns its points (Ukraine's 'Pressure on Moscow': 25 sanction levels)", () => {
    const s = patch(newMatch(1), (x) => {
      x.secretObjectives.ukraine = "ua-pressure";
      x.sanctions["eu>russia:energy"] = 3;
      x.sanctions["eu>russia:technology"] = 3;
      x.sanctions["eu>russia:trade"] = 3;
      x.sanctions["usa>russia:energy"] = 3;
      x.sanctions["usa>russia:trade"] = 3;
      x.sanctions["ukraine>russia:finance"] = 1;
    });
    expect(computeScores(s).ukraine.secretObjective).toMatchObject({ id: "ua-pressure", met: true, points: 12 });
  });

  it("the shared goal, a lasting ceasefire, gives every power its points", () => {
    const s = patch(newMatch(), (x) => void (x.tallies["lastingCeasefire"] = 1));
    const before = computeScores(newMatch());
    const after = computeScores(s);
    for (const p of POWERS) expect(after[p].total - before[p].total).toBeCloseTo(s.scenario.sharedGoal.points, 5);
  });

  it("trust: a fifth of a point per point of average trust the others gained in the power", () => {
    const base = atStart();
    const trusted = patch(base, (x) => {
      for (const p of ["russia", "china", "usa", "ukraine"] as PowerId[]) x.trust[`${p}>eu`] += 10;
    });
    expect(computeScores(trusted).eu.trust - computeScores(base).eu.trust).toBeCloseTo(2, 5);
  });

  it("par is subtracted from the total", () => {
    const s = newMatch();
    const withPar = { ...s, scenario: { ...s.scenario, powers: { ...s.scenario.powers, usa: { ...s.scenario.powers.usa, par: 7 } } } };
    expect(computeScores(s).usa.total - computeScores(withPar).usa.total).toBeCloseTo(7 - s.scenario.powers.usa.par, 5);
    expect(computeScores(withPar).usa.par).toBe(7);
  });

  it("the highest total wins; a tie shares the win", () => {
    const scores = computeScores(newMatch());
    const tied = { ...scores, usa: { ...scores.usa, total: 999 }, eu: { ...scores.eu, total: 999 } };
    expect(winners(tied)).toEqual(["usa", "eu"]);
  });

  it("conditions: all / any / relation bounds / ceasefireKept", () => {
    const s = newMatch();
    expect(evaluate(s, { kind: "relation", a: "russia", b: "china", atLeast: 80 })).toBe(true);
    expect(evaluate(s, { kind: "all", of: [{ kind: "relation", a: "russia", b: "china", atLeast: 80 }, { kind: "tally", key: "none", atLeast: 1 }] })).toBe(false);
    expect(evaluate(s, { kind: "any", of: [{ kind: "relation", a: "russia", b: "china", atLeast: 80 }, { kind: "tally", key: "none", atLeast: 1 }] })).toBe(true);
    expect(evaluate(s, { kind: "ceasefireKept", turns: 1 })).toBe(false);
  });
});
