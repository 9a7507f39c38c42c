/**
 * What became of each promise, for the debrief's "Who kept their word": every commitment (an
 * accepted offer or a pledge), every ceasefire and every statement's words held against deeds,
 * with its end as the game core recorded it: kept through a turn, broken in a turn (by whom and
 * by which of their orders), or still running when the match ended. Pure data from the view the
 * seat holds (at the end, everything); the screen puts it into words through the i18n layer.
 */
import { breaks } from "../../../shared/game/ceasefires";
import { violatesPledge } from "../../../shared/game/pledges";
import type { Order } from "../../../shared/game/orders";
import type { CeasefireView, Commitment, MatchView, PowerId, SayDoEntry, Text } from "../../../shared/game";

export type Aftermath =
  /** Kept to its end, its last turn `through`. */
  | { kind: "kept"; through: number }
  /** Broken in `turn` by `by` (empty when nobody could tell who), with the orders that broke it, if any did. */
  | { kind: "broken"; turn: number; by: PowerId[]; deeds: Order[] }
  /** Still in force when the match ended: kept through `through`, or not yet begun (null). */
  | { kind: "running"; through: number | null }
  /** Words whose deeds, in `turn`, matched them. */
  | { kind: "borneOut"; turn: number }
  /** Words that a deed of `turn` went against (`deed` as the core words it; null for "the opposite"). */
  | { kind: "contradicted"; turn: number; deed: Text | null }
  /** Words given in the last turn, with no next turn to judge them by. */
  | { kind: "unjudged" };

export type PromiseSource = { kind: "commitment"; commitment: Commitment } | { kind: "ceasefire"; ceasefire: CeasefireView } | { kind: "words"; words: SayDoEntry };

export interface PromiseItem {
  /** The turn it was given (agreed, declared or said). */
  turn: number;
  source: PromiseSource;
  aftermath: Aftermath;
}

/** Every promise `power` gave, in the order it gave them, each with what became of it. */
export function promisesOf(view: Pick<MatchView, "commitments" | "ceasefires" | "sayDo" | "orderHistory">, power: PowerId): PromiseItem[] {
  const ordersOf = (p: PowerId, turn: number) => view.orderHistory.find((h) => h.power === p && h.turn === turn)?.orders ?? [];
  const items: PromiseItem[] = [];
  for (const c of view.commitments) {
    // A pledge is its pledger's word alone.
    const bound = c.terms.kind === "pledge" ? [c.terms.by] : c.parties;
    if (bound.includes(power)) items.push({ turn: c.turn, source: { kind: "commitment", commitment: c }, aftermath: commitmentAftermath(c, ordersOf) });
  }
  for (const c of view.ceasefires) {
    if (c.parties.includes(power)) items.push({ turn: c.startTurn, source: { kind: "ceasefire", ceasefire: c }, aftermath: ceasefireAftermath(c, ordersOf) });
  }
  for (const e of view.sayDo) if (e.power === power) items.push({ turn: e.turn, source: { kind: "words", words: e }, aftermath: wordsAftermath(e) });
  return items.sort((a, b) => a.turn - b.turn);
}

type OrdersOf = (p: PowerId, turn: number) => readonly Order[];

/** A commitment is first carried out at the resolution of the turn it was agreed, and once a turn after. */
function commitmentAftermath(c: Commitment, ordersOf: OrdersOf): Aftermath {
  const lastKept = c.turnsKept > 0 ? c.turn + c.turnsKept - 1 : null;
  if (c.status === "kept") return { kind: "kept", through: lastKept ?? c.endTurn };
  if (c.status === "pending") return { kind: "running", through: lastKept };
  const turn = c.turn + c.turnsKept;
  const t = c.terms;
  // A pledge is broken by a deed it forbids (or a secret decision); a deal, by a secret decision to withhold.
  const deeds = t.kind === "pledge" ? c.breakers.flatMap((b) => ordersOf(b, turn).filter((o) => violatesPledge(t, o))) : [];
  return { kind: "broken", turn, by: [...c.breakers], deeds };
}

function ceasefireAftermath(c: CeasefireView, ordersOf: OrdersOf): Aftermath {
  const breach = c.record.find((r) => r.outcome === "breached");
  const held = c.record.filter((r) => r.outcome === "kept").map((r) => r.turn);
  const lastHeld = held.length > 0 ? Math.max(...held) : null;
  if (!breach) return c.status === "active" ? { kind: "running", through: lastHeld } : { kind: "kept", through: lastHeld ?? c.endTurn };
  // Monitors name the breakers; without them, only the record opened at the end does.
  const by = [...new Set([...breach.namedBreakers, ...(c.secretBreaches?.find((b) => b.turn === breach.turn)?.breakers ?? [])])];
  const deeds = by.flatMap((p) => ordersOf(p, breach.turn).filter((o) => breaks({ ...c, secretBreaches: [] }, [o])));
  return { kind: "broken", turn: breach.turn, by, deeds };
}

function wordsAftermath(e: SayDoEntry): Aftermath {
  const turn = e.deedTurn ?? e.turn;
  if (e.verdict === "consistent") return { kind: "borneOut", turn };
  if (e.verdict === "contradicted") return { kind: "contradicted", turn, deed: e.deed ?? null };
  return { kind: "unjudged" };
}
