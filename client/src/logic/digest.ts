/**
 * The turn digest: which of a turn's news items lead (three to five), and which fold away.
 * Ranked on what an item is (its kind), whom it names (its powers) and what it moved (its
 * effects), never on its words, so a headline may be any text or a translation key.
 */
import type { NewsEffect, NewsItem, PowerId } from "../../../shared/game";

/** How much a kind of news matters in itself: a ceasefire or a scripted event over a routine statement. */
const KIND_WEIGHT: Record<NewsItem["kind"], number> = {
  ceasefire: 12,
  event: 10,
  summit: 8,
  front: 8,
  strike: 8,
  commitment: 7,
  offer: 6,
  sanction: 5,
  standIn: 5,
  aid: 4,
  statement: 2,
  economy: 1,
};

/** A headline leads when it scores this much (or to make up the first three). */
export const LEAD_SCORE = 12;
export const MIN_HEADLINES = 3;
export const MAX_HEADLINES = 5;

/** Whether an effect's target touches `me`: my meters, a relation of mine, trust from or in me. */
export function touches(target: string, me: PowerId): boolean {
  if (target.startsWith(`${me}.`)) return true;
  if (target.startsWith("relation.")) return target.slice("relation.".length).split("|").includes(me);
  if (target.startsWith("trust.")) return target.slice("trust.".length).split(">").includes(me);
  return false;
}

/** How much an item matters to `me` (null: a spectator, who weighs the world and the breadth instead). */
export function newsScore(n: Pick<NewsItem, "kind" | "powers" | "effects">, me: PowerId | null): number {
  let mine = 0;
  let world = 0;
  for (const e of n.effects) {
    if (e.target.startsWith("world.")) world += Math.abs(e.delta);
    else if (me !== null && touches(e.target, me)) mine += Math.abs(e.delta);
  }
  const named = me === null ? Math.min(n.powers.length, 4) : n.powers.includes(me) ? 4 : 0;
  return KIND_WEIGHT[n.kind] + named + Math.min(10, mine) + Math.min(10, world * 1.5);
}

export interface Digest<T> {
  /** The three to five that lead, most important first. */
  headlines: T[];
  /** The rest, in the order they happened. */
  rest: T[];
}

/** Splits one turn's news into its leading headlines and the rest. */
export function turnDigest<T extends Pick<NewsItem, "kind" | "powers" | "effects">>(items: readonly T[], me: PowerId | null): Digest<T> {
  const ranked = items.map((item, index) => ({ item, index, score: newsScore(item, me) })).sort((a, b) => b.score - a.score || a.index - b.index);
  const leading = ranked.filter((r) => r.score >= LEAD_SCORE).length;
  const count = Math.min(items.length, Math.max(MIN_HEADLINES, Math.min(MAX_HEADLINES, leading)));
  const chosen = new Set(ranked.slice(0, count).map((r) => r.index));
  return {
    headlines: ranked.slice(0, count).map((r) => r.item),
    rest: items.filter((_, i) => !chosen.has(i)),
  };
}

/**
 * Effects as people read them: whole numbers, what rounds to nothing left out, the changes to
 * `me` first and then the largest; at most `max` shown, the others counted.
 */
export function readableEffects(effects: readonly NewsEffect[], me: PowerId | null, max = 4): { shown: NewsEffect[]; more: number } {
  const rounded = effects.map((e) => ({ target: e.target, delta: Math.round(e.delta) })).filter((e) => e.delta !== 0);
  const mineFirst = (e: NewsEffect) => (me !== null && touches(e.target, me) ? 0 : 1);
  rounded.sort((a, b) => mineFirst(a) - mineFirst(b) || Math.abs(b.delta) - Math.abs(a.delta));
  return { shown: rounded.slice(0, max), more: Math.max(0, rounded.length - max) };
}
