/**
 * Role cards: what a player may know of their power before the lesson, in plain words, built
 * from the scenario and the engine so they follow any change of the rules. A card is printed on
 * a sheet that others may see, so it never holds a secret objective (a test checks every card).
 */
import { POWERS, createMatch, orderCost, viewFor, type PowerId, type Scenario } from "../../../shared/game";
import { METER_LABELS, WORLD_LABELS, powerName } from "./format";
import { ORDER_TYPE_LABELS, legalCandidates, type OrderType } from "./orders";
import { formatNumber, t } from "../../../shared/i18n";
import { goalText } from "./scenarioWords";

export interface RoleCard {
  power: PowerId;
  name: string;
  leader: string;
  briefing: string;
  strengths: string[];
  /** "You defend against Russia's invasion", or null for a power not at war. */
  war: string | null;
  meters: { label: string; value: number; note: string }[];
  relations: { name: string; value: number; word: string }[];
  /** Per other power, the sectors and levels (1 to 3) of sanctions: by this power, and on it. */
  sanctionsImposed: string[];
  sanctionsSuffered: string[];
  goals: { title: string; text: string; points: number }[];
  budget: string;
  orders: { label: string; cost: string }[];
}

/** A relation's number in words, for readers who do not know the scale yet. */
export function relationWord(value: number): string {
  const word = value >= 50 ? "partners" : value >= 15 ? "friendly" : value > -15 ? "neutral" : value > -50 ? "cool" : value > -80 ? "hostile" : "war";
  return t(`pages:cards.relation.${word}`);
}

function relationOf(scenario: Scenario, a: PowerId, b: PowerId): number {
  return scenario.relations.find((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a))?.value ?? 0;
}

/** Sanctions grouped by the other side: "Russia: energy 2, finance 3, trade (tariffs) 2". */
function sanctionsWith(scenario: Scenario, power: PowerId, side: "imposer" | "target"): string[] {
  const other = side === "imposer" ? "target" : "imposer";
  const mine = scenario.sanctions.filter((x) => x[side] === power);
  return POWERS.flatMap((p) => {
    const levels = mine.filter((x) => x[other] === p).map((x) => t(`pages:cards.sector.${x.sector}`, { level: x.level }));
    return levels.length ? [t("pages:cards.sanctionsWith", { power: powerName(p), levels: levels.join(", ") })] : [];
  });
}

/**
 * The orders a power can give, each with its cost in diplomatic capital: the engine's own
 * candidates and checks on a fresh match, so new orders appear here by themselves. No ceasefire
 * binds anyone there (the card speaks of the whole match, not of a truce on its first turn).
 */
export function startingOrders(scenario: Scenario, power: PowerId): { type: OrderType; label: string; cost: string }[] {
  const seats = Object.fromEntries(POWERS.map((p) => [p, "human"])) as Record<PowerId, "human">;
  const fresh = createMatch(scenario, { seed: 1, seats });
  const view = viewFor({ ...fresh, ceasefires: [], commitments: [] }, { kind: "power", power });
  const costs = new Map<OrderType, number[]>();
  for (const o of legalCandidates(view, power, [])) costs.set(o.type, [...(costs.get(o.type) ?? []), orderCost(o)]);
  return [...costs].map(([type, list]) => {
    const low = Math.min(...list);
    const high = Math.max(...list);
    const cost = low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
    return { type, label: ORDER_TYPE_LABELS[type], cost: high === 0 ? t("pages:cards.free") : t("pages:cards.cost", { cost, count: high }) };
  });
}

export function roleCard(scenario: Scenario, power: PowerId): RoleCard {
  const spec = scenario.powers[power];
  const others = POWERS.filter((p) => p !== power);
  const enemy = others.find((p) => scenario.powers[p].war !== "none" && spec.war !== "none");
  const war =
    spec.war === "none" || !enemy ? null : t(spec.war === "attacker" ? "pages:cards.attacker" : "pages:cards.defender", { enemy: powerName(enemy) });
  const { budget } = spec;
  const penalty = budget.penalty
    ? { less: budget.base - 1, meter: t(budget.penalty.meter === "special" ? spec.special.inText : `pages:cards.meterInText.${budget.penalty.meter}`), below: budget.penalty.below }
    : null;
  return {
    power,
    name: powerName(power),
    leader: t(spec.leader),
    briefing: t(spec.briefing),
    strengths: spec.strengths.map((s) => t(s)),
    war,
    meters: [
      ...(["economy", "support", "standing"] as const).map((m) => ({ label: METER_LABELS[m], value: spec.start[m], note: t("pages:cards.higherNote") })),
      { label: t(spec.special.label), value: spec.start.special, note: t(spec.special.higherIsBetter ? "pages:cards.higher" : "pages:cards.lower", { text: t(spec.special.text) }) },
    ],
    relations: others
      .map((p) => ({ name: powerName(p), value: relationOf(scenario, power, p) }))
      .sort((a, b) => b.value - a.value)
      .map((r) => ({ ...r, word: relationWord(r.value) })),
    sanctionsImposed: sanctionsWith(scenario, power, "imposer"),
    sanctionsSuffered: sanctionsWith(scenario, power, "target"),
    goals: spec.publicGoals.map((g) => ({ title: t(g.title), text: goalText(scenario, g), points: g.points })),
    budget: penalty ? t("pages:cards.budgetPenalty", { base: budget.base, ...penalty }) : t("pages:cards.budgetText", { base: budget.base }),
    orders: startingOrders(scenario, power).map(({ label, cost }) => ({ label, cost })),
  };
}

/** The world's state at the start, shared by every card. */
export function startingWorld(scenario: Scenario): { label: string; value: number }[] {
  return (Object.keys(WORLD_LABELS) as (keyof typeof WORLD_LABELS)[]).map((k) => ({ label: WORLD_LABELS[k], value: scenario.world[k] }));
}
