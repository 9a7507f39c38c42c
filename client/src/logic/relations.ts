/**
 * Relations and trust as a table reads them: each value with its change over the last turn.
 * Pure, from the view the seat holds (relations and trust are public to every seat). The change
 * is the sum of the news effects of that turn: the engine writes every move of a relation or of
 * trust into the news (a unit test holds it to that), so nothing has to be kept on the side.
 */
import { POWERS, pairKey, trustKey, type MatchView, type PowerId } from "../../../shared/game";
import { t } from "../../../shared/i18n";

/** A value as shown (rounded to a whole number) and its change over the last turn (rounded too). */
export interface Reading {
  value: number;
  change: number;
}

/** One other power seen from this seat: our relation, our trust in them, their trust in us. */
export interface MyRow {
  other: PowerId;
  relation: Reading;
  trustIn: Reading;
  trustFrom: Reading;
}

/** One pair of powers seen from outside. */
export interface PairRow {
  a: PowerId;
  b: PowerId;
  relation: Reading;
  aTrustsB: Reading;
  bTrustsA: Reading;
}

export interface RelationsTable {
  /** The trends show the change since this turn began (the last resolved one); null before any resolution. */
  turn: number | null;
  /** This power's own relations, one row per other power (empty for a seat without a power). */
  mine: MyRow[];
  /** Every pair that does not include this power (every pair for a spectator or facilitator). */
  others: PairRow[];
}

/** The last turn whose resolution is done: during a turn's resolution and at the end, that turn. */
export function lastResolvedTurn(view: Pick<MatchView, "turn" | "phase">): number | null {
  const t = view.phase === "resolution" || view.phase === "ended" ? view.turn : view.turn - 1;
  return t >= 1 ? t : null;
}

/**
 * How much each news target moved since `turn` began, summed over the news of that turn and
 * after (so the trend and the value shown agree, a new turn's briefing included).
 */
export function changesSince(view: Pick<MatchView, "news">, turn: number | null): Map<string, number> {
  const out = new Map<string, number>();
  if (turn === null) return out;
  for (const n of view.news) {
    if (n.turn < turn) continue;
    for (const e of n.effects) out.set(e.target, (out.get(e.target) ?? 0) + e.delta);
  }
  return out;
}

export function relationsTable(view: Pick<MatchView, "turn" | "phase" | "news" | "relations" | "trust">, me: PowerId | null): RelationsTable {
  const turn = lastResolvedTurn(view);
  const moved = changesSince(view, turn);
  const read = (value: number, target: string): Reading => ({ value: Math.round(value), change: Math.round(moved.get(target) ?? 0) });
  const relation = (a: PowerId, b: PowerId) => read(view.relations[pairKey(a, b)], `relation.${pairKey(a, b)}`);
  const trust = (from: PowerId, to: PowerId) => read(view.trust[trustKey(from, to)], `trust.${trustKey(from, to)}`);
  const mine: MyRow[] = me === null ? [] : POWERS.filter((p) => p !== me).map((other) => ({ other, relation: relation(me, other), trustIn: trust(me, other), trustFrom: trust(other, me) }));
  const others: PairRow[] = [];
  for (const [i, a] of POWERS.entries()) {
    for (const b of POWERS.slice(i + 1)) {
      if (a === me || b === me) continue;
      others.push({ a, b, relation: relation(a, b), aTrustsB: trust(a, b), bTrustsA: trust(b, a) });
    }
  }
  return { turn, mine, others };
}

/** A change as an arrow (for the eye, hidden from readers) and words (for everyone): never colour alone. */
export function trendWords(change: number): { arrow: string; words: string; direction: "up" | "down" | "flat" } {
  if (change > 0) return { arrow: "\u25B2", words: t("world:relationsTable.up", { n: change }), direction: "up" };
  if (change < 0) return { arrow: "\u25BC", words: t("world:relationsTable.down", { n: Math.abs(change) }), direction: "down" };
  return { arrow: "", words: t("world:relationsTable.flat"), direction: "flat" };
}
