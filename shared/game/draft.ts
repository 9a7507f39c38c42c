// A working copy of the state for one engine step. Every engine function copies the state
// once, changes the copy through these helpers (which clamp and record effects for the news),
// and returns it; the caller's state is never touched.
import type { Scenario } from "./scenarioSchema";
import {
  METER_MAX,
  METER_MIN,
  RELATION_MAX,
  RELATION_MIN,
  pairKey,
  trustKey,
  type MatchState,
  type MeterId,
  type NewsEffect,
  type NewsItem,
  type PowerId,
  type Text,
  type WorldKey,
} from "./types";
import type { Rng } from "./rng";

export interface Draft {
  s: MatchState;
  scenario: Scenario;
  rng: Rng;
  /** Headlines produced in this step, in order. */
  news: NewsItem[];
  /** Effects are attached to the last headline opened with `headline()`. */
  current: NewsItem | null;
}

/** Copies everything the engine may change. Settled records (closed offers, resolved
 *  commitments, ended ceasefires) never change again and are shared with the original, and the
 *  append-only lists are copied shallowly, which keeps a turn's resolution cheap late in a match.
 *  What no step writes into (the seats, the drawn secrets) or only ever replaces whole (the deck,
 *  the orders) is shared too: bots copy the state hundreds of times a match. */
export function cloneState(s: MatchState): MatchState {
  return {
    ...s,
    powers: {
      russia: clonePower(s.powers.russia),
      china: clonePower(s.powers.china),
      usa: clonePower(s.powers.usa),
      ukraine: clonePower(s.powers.ukraine),
      eu: clonePower(s.powers.eu),
    },
    relations: { ...s.relations },
    trust: { ...s.trust },
    world: { ...s.world },
    worldTrend: { ...s.worldTrend },
    sanctions: { ...s.sanctions },
    ceasefires: s.ceasefires.map((c) =>
      c.status === "active" ? { ...c, parties: [...c.parties], record: [...c.record], secretBreaches: [...c.secretBreaches] } : c,
    ),
    offers: s.offers.map((o) => (o.status === "proposed" ? { ...o, to: [...o.to], acceptedBy: [...o.acceptedBy] } : o)),
    commitments: s.commitments.map((c) => (c.status === "pending" ? { ...c, parties: [...c.parties], breakers: [...c.breakers] } : c)),
    ready: { ...s.ready },
    orderHistory: [...s.orderHistory],
    events: [...s.events],
    history: [...s.history],
    tallies: { ...s.tallies },
  };
}

function clonePower(p: MatchState["powers"][PowerId]): MatchState["powers"][PowerId] {
  return { meters: { ...p.meters }, trend: { ...p.trend } };
}

export function makeDraft(state: MatchState): Draft {
  const s = cloneState(state);
  return { s, scenario: s.scenario, rng: { state: s.rng }, news: [], current: null };
}

/** Writes the generator back and appends the step's news; returns the finished state. */
export function finish(d: Draft): MatchState {
  d.s.rng = d.rng.state;
  if (d.news.length > 0) d.s.news = [...d.s.news, ...d.news];
  return d.s;
}

/** A Text; params left out when there are none. */
export function text(key: string, params?: Text["params"]): Text {
  return params && Object.keys(params).length > 0 ? { key, params } : { key };
}

/** Several powers as one parameter ("russia,ukraine"); the renderer lists their names in the reader's language. */
export function powerList(ps: readonly PowerId[]): string {
  return ps.join(",");
}

export function clamp(x: number, lo: number, hi: number): number {
  if (!Number.isFinite(x)) return lo;
  return x < lo ? lo : x > hi ? hi : x;
}

/** Keeps one decimal so that states compare and print cleanly. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Opens a headline: `key` names its sentence (in the `news` namespace unless it names another), `params` its ids and numbers. */
export function headline(d: Draft, kind: NewsItem["kind"], key: string, params: Text["params"], powers: PowerId[]): NewsItem {
  const item: NewsItem = { turn: d.s.turn, kind, headline: text(key.includes(":") ? key : `news:${key}`, params), powers, effects: [] };
  d.news.push(item);
  d.current = item;
  return item;
}

function note(d: Draft, target: string, delta: number): void {
  if (!d.current || delta === 0) return;
  const effects: NewsEffect[] = d.current.effects;
  const prev = effects.find((e) => e.target === target);
  if (prev) prev.delta = round1(prev.delta + delta);
  else effects.push({ target, delta: round1(delta) });
}

export function addMeter(d: Draft, power: PowerId, meter: MeterId, delta: number): number {
  const m = d.s.powers[power].meters;
  const before = m[meter];
  m[meter] = round1(clamp(before + delta, METER_MIN, METER_MAX));
  note(d, `${power}.${meter}`, m[meter] - before);
  return m[meter] - before;
}

export function addWorld(d: Draft, key: WorldKey, delta: number): number {
  const before = d.s.world[key];
  d.s.world[key] = round1(clamp(before + delta, METER_MIN, METER_MAX));
  note(d, `world.${key}`, d.s.world[key] - before);
  return d.s.world[key] - before;
}

/** Moves a relation. Actions are damped near the extremes (warming a relation of 80 moves it a
 *  fifth as much as one of 0), so friendships and feuds do not all end pinned at ±100; scripted
 *  events and drift pass `damped = false` and move it by exactly `delta`. */
export function addRelation(d: Draft, a: PowerId, b: PowerId, delta: number, damped = true): void {
  if (a === b) return;
  const k = pairKey(a, b);
  const before = d.s.relations[k];
  const room = delta > 0 ? RELATION_MAX - Math.max(0, before) : Math.min(0, before) - RELATION_MIN;
  const step = damped ? (delta * room) / RELATION_MAX : delta;
  d.s.relations[k] = round1(clamp(before + step, RELATION_MIN, RELATION_MAX));
  note(d, `relation.${k}`, d.s.relations[k] - before);
}

export function addTrust(d: Draft, from: PowerId, to: PowerId, delta: number): void {
  if (from === to) return;
  const k = trustKey(from, to);
  const before = d.s.trust[k];
  d.s.trust[k] = round1(clamp(before + delta, METER_MIN, METER_MAX));
  note(d, `trust.${k}`, d.s.trust[k] - before);
}

export function addTally(d: Draft, key: string, delta: number): void {
  d.s.tallies[key] = (d.s.tallies[key] ?? 0) + delta;
}

export function relation(s: MatchState, a: PowerId, b: PowerId): number {
  return a === b ? RELATION_MAX : s.relations[pairKey(a, b)];
}

export function trust(s: MatchState, from: PowerId, to: PowerId): number {
  return from === to ? METER_MAX : s.trust[trustKey(from, to)];
}

export function newId(d: Draft, prefix: string): string {
  const id = `${prefix}${d.s.nextId}`;
  d.s.nextId += 1;
  return id;
}
