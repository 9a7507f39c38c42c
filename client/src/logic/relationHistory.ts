/**
 * Relations and trust turn by turn, for the debrief's charts. The state keeps only their values
 * now; the engine notes every move of either in the news (see relations.ts), so the value at the
 * end of turn k is today's less every move noted after turn k. Pure, from the view the seat holds.
 */
import { POWERS, pairKey, trustKey, type MatchView, type PowerId } from "../../../shared/game";

export type RelationView = Pick<MatchView, "news" | "relations" | "trust" | "history">;

/** `target` ("relation.a|b", "trust.a>b") at the end of each turn of the history (turn 0: the start), rounded to a tenth. */
export function valuesByTurn(view: Pick<MatchView, "news" | "history">, target: string, now: number): number[] {
  return view.history.map((entry) => {
    let value = now;
    for (const n of view.news) if (n.turn > entry.turn) for (const e of n.effects) if (e.target === target) value -= e.delta;
    return Math.round(value * 10) / 10;
  });
}

/** `power`'s relation with each other power, turn by turn. */
export function relationsOf(view: RelationView, power: PowerId): { other: PowerId; values: number[] }[] {
  return POWERS.filter((p) => p !== power).map((other) => ({ other, values: valuesByTurn(view, `relation.${pairKey(power, other)}`, view.relations[pairKey(power, other)]) }));
}

/** How much each other power trusts `power`, turn by turn. */
export function trustIn(view: RelationView, power: PowerId): { other: PowerId; values: number[] }[] {
  return POWERS.filter((p) => p !== power).map((other) => ({ other, values: valuesByTurn(view, `trust.${trustKey(other, power)}`, view.trust[trustKey(other, power)]) }));
}
