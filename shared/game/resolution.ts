// Resolution of a turn. Every order is resolved at once, in this fixed order
// (docs/rules.md explains each step in plain words):
//
//  1. Orders are gathered: each bot seat answers the offers still open to it and gives its
//     orders; an absent power, or a human who gave none, holds (no orders), unless it is a
//     stand-in (its player did not act in time and the host chose that its bot then plays): its
//     bot gives its orders, marked as the bot's, and answers nothing. An order that has
//     become invalid since it was given (say, an offensive after a ceasefire was agreed) is
//     dropped; the power's other orders stand.
//  2. The orders are filed in the match record (kept secret until the end).
//  3. Ceasefires in force: each bound side keeps or breaks (an offensive or a strike the
//     ceasefire covers counts as breaking). Monitors name the breaker; without monitors both
//     sides are accused alike.
//  4. Commitments (accepted offers) due this turn are carried out, or broken by a party's secret
//     order; a pledge is broken by the deed it forbids among its pledger's orders.
//  5. Sanction orders (impose, tighten, ease, lift) change levels; then each lifeline is kept
//     open or withheld by its provider's order (an open one costs the provider goodwill with
//     the sanctioning powers; a withheld one disappoints the partner).
//  6. Statements.
//  7. Aid.
//  8. Summits and state visits.
//  9. Long-range strikes, then the front: postures meet, the front line moves (powers with a
//     stake in the front gain or lose with it), war intensity follows.
// 10. Economies: standing sanctions bite (coalitions harder, open lifelines soften), imposers pay,
//     the war costs both belligerents.
// 11. Drift: support follows the economy, every meter and relation eases back a little toward
//     its starting level, Taiwan tension follows global tension.
// 12. Unilateral truces declared this turn are set for next turn; ceasefires past their last
//     turn end; offers still open expire.
// 13. Trends and the history snapshot are recorded; the phase becomes "resolution".
import { applyAid, applyStatement, applySummits } from "./actions";
import { declareCeasefires, expireCeasefires, resolveCeasefires } from "./ceasefires";
import { resolveCommitments } from "./commitments";
import { addMeter, addRelation, addWorld, finish, headline, makeDraft, relation, round1, type Draft } from "./draft";
import { expireOffers } from "./offers";
import { judgeSayDo } from "./sayDo";
import { validateOrders, type Order } from "./orders";
import { applyLifelines, applySanctionOrder, openLifelines, resolveSanctionPressure } from "./sanctions";
import { applyStrike, applyWarCosts, resolveFront } from "./war";
import { METERS, POWERS, WORLD_KEYS, type HistoryEntry, type MatchState, type NewsItem, type PowerId } from "./types";

/** Share of the gap to its starting level that every meter closes each turn. */
export const DRIFT = 0.05;

/**
 * Resolves the current turn from the orders already in the state (bots must have been filled
 * in). `standIns` are the human powers whose orders their bot gave: marked so in the record
 * and announced in the news. A bot's own seat's turns are marked as the bot's in the record.
 */
export function resolveOrders(state: MatchState, standIns: readonly PowerId[] = []): { state: MatchState; news: NewsItem[] } {
  const d = makeDraft(state);
  const orders = gatherOrders(d.s);
  for (const p of POWERS) {
    const standIn = standIns.includes(p);
    // A bot's seat is recorded every turn, a hold included, so a debrief can tell whose turn it was.
    const bot = d.s.seats[p] === "bot";
    if (orders[p].length > 0 || standIn || bot) d.s.orderHistory.push({ turn: d.s.turn, power: p, orders: [...orders[p]], ...(standIn ? { standIn: true as const } : {}), ...(bot ? { bot: true as const } : {}) });
    if (standIn) {
      headline(d, "standIn", "standIn", { power: p }, [p]);
    }
  }
  d.current = null; // the announcements above carry no effects

  const cf = resolveCeasefires(d, orders);
  resolveCommitments(d, orders);
  for (const p of POWERS) for (const o of orders[p]) if (o.type === "sanction") applySanctionOrder(d, p, o);
  const lifelines = openLifelines(orders);
  applyLifelines(d, lifelines);
  for (const p of POWERS) for (const o of orders[p]) if (o.type === "statement") applyStatement(d, p, o);
  judgeSayDo(d, orders);
  for (const p of POWERS) for (const o of orders[p]) if (o.type === "aid") applyAid(d, p, o);
  const summits = new Map<PowerId, PowerId>();
  for (const p of POWERS) for (const o of orders[p]) if (o.type === "summit") summits.set(p, o.with);
  applySummits(d, summits);
  for (const p of POWERS) for (const o of orders[p]) if (o.type === "strike") applyStrike(d, p, o);
  resolveFront(d, orders, cf);
  resolveSanctionPressure(d, lifelines);
  applyWarCosts(d);
  drift(d);
  declareCeasefires(d, orders);
  expireCeasefires(d);
  expireOffers(d);
  recordTrends(d, state);
  d.s.orders = {};
  d.s.ready = { russia: false, china: false, usa: false, ukraine: false, eu: false };
  d.s.phase = "resolution";
  const news = d.news;
  return { state: finish(d), news };
}

/** Orders that count: the submitted ones, less any that became invalid since they were given
 *  (a ceasefire agreed later forbids an offensive; a sanction was lifted meanwhile...). */
function gatherOrders(s: MatchState): Record<PowerId, readonly Order[]> {
  const out = {} as Record<PowerId, readonly Order[]>;
  for (const p of POWERS) {
    const given = s.seats[p] === "absent" ? [] : (s.orders[p] ?? []);
    if (validateOrders(s, p, given).ok) {
      out[p] = given;
      continue;
    }
    const kept: Order[] = [];
    for (const o of given) if (validateOrders(s, p, [...kept, o]).ok) kept.push(o);
    out[p] = kept;
  }
  return out;
}

function drift(d: Draft): void {
  headline(d, "economy", "economy.homeFronts", {}, []);
  for (const p of POWERS) {
    const start = d.scenario.powers[p].start;
    const now = d.s.powers[p].meters;
    const econChange = now.economy - (d.s.history[d.s.history.length - 1]?.meters[p].economy ?? start.economy);
    addMeter(d, p, "support", econChange * 0.3);
    for (const m of METERS) addMeter(d, p, m, (start[m] - now[m]) * DRIFT);
  }
  // Relations ease back too: old friendships and enmities reassert themselves.
  for (const r of d.scenario.relations) addRelation(d, r.a, r.b, (r.value - relation(d.s, r.a, r.b)) * DRIFT, false);
  addWorld(d, "taiwanTension", (d.s.world.globalTension - 50) * 0.04);
  addWorld(d, "globalTension", (d.scenario.world.globalTension - d.s.world.globalTension) * DRIFT);
  // The drift headline is only kept if something moved.
  const last = d.news[d.news.length - 1];
  if (last && last.effects.length === 0) d.news.pop();
}

function recordTrends(d: Draft, before: MatchState): void {
  const prev: HistoryEntry = before.history[before.history.length - 1] ?? snapshot(before);
  for (const p of POWERS) for (const m of METERS) d.s.powers[p].trend[m] = round1(d.s.powers[p].meters[m] - prev.meters[p][m]);
  for (const k of WORLD_KEYS) d.s.worldTrend[k] = round1(d.s.world[k] - prev.world[k]);
  d.s.history.push(snapshot(d.s));
}

export function snapshot(s: MatchState): HistoryEntry {
  const meters = {} as HistoryEntry["meters"];
  for (const p of POWERS) meters[p] = { ...s.powers[p].meters };
  return { turn: s.turn, meters, world: { ...s.world } };
}

