// The numbers an objective's words quote, read from its condition and the scenario's start, so the
// words in every language follow a threshold moved in the data instead of going stale.
import type { Condition, Scenario } from "./scenarioSchema";

/** The parts of a scenario a start value is read from (a view's scenario has them too). */
type Start = Pick<Scenario, "relations" | "world" | "sanctions"> & { powers: Record<string, { start: Scenario["powers"]["russia"]["start"] }> };

/**
 * The figures of a condition, bound by bound in reading order: `limit` and `start` (its value at
 * the scenario's start, where the condition tests one) for the first, `limit2` and `start2` for
 * the second, and so on; a kept ceasefire's limit is its turns. `count` repeats the first limit,
 * for the plural forms of the words.
 */
export function objectiveFigures(scenario: Start, condition: Condition): Record<string, number> {
  const figures: Record<string, number> = {};
  let n = 0;
  const add = (limit: number, start: number | undefined) => {
    n += 1;
    const suffix = n === 1 ? "" : String(n);
    figures[`limit${suffix}`] = limit;
    if (start !== undefined) figures[`start${suffix}`] = start;
  };
  const walk = (c: Condition) => {
    switch (c.kind) {
      case "all":
      case "any":
        c.of.forEach(walk);
        return;
      case "not":
        walk(c.of);
        return;
      case "ceasefireKept":
        add(c.turns, undefined);
        return;
      case "noBrokenCommitments":
      case "ceasefireActive":
        return;
      default: {
        const limit = c.atLeast ?? c.atMost;
        if (limit !== undefined) add(limit, startOf(scenario, c));
      }
    }
  };
  walk(condition);
  if (figures["limit"] !== undefined) figures["count"] = figures["limit"];
  return figures;
}

function startOf(scenario: Start, c: Condition): number | undefined {
  switch (c.kind) {
    case "meter":
      return scenario.powers[c.power]?.start[c.meter];
    case "world":
      return scenario.world[c.key];
    case "relation":
      return scenario.relations.find((r) => (r.a === c.a && r.b === c.b) || (r.a === c.b && r.b === c.a))?.value ?? 0;
    case "sanctionLevel":
      return scenario.sanctions.filter((x) => x.target === c.target && (c.imposer === undefined || x.imposer === c.imposer)).reduce((sum, x) => sum + x.level, 0);
    default:
      return undefined;
  }
}
