// The match state and its parts: plain JSON data, never mutated once returned by the engine.

export const POWERS = ["russia", "china", "usa", "ukraine", "eu"] as const;
export type PowerId = (typeof POWERS)[number];

/** Every power has these four meters; `special` is named per power by the scenario. */
export const METERS = ["economy", "support", "standing", "special"] as const;
export type MeterId = (typeof METERS)[number];

export const WORLD_KEYS = ["frontLine", "warIntensity", "globalTension", "taiwanTension"] as const;
export type WorldKey = (typeof WORLD_KEYS)[number];

export const SECTORS = ["energy", "finance", "technology", "trade"] as const;
export type Sector = (typeof SECTORS)[number];

export const PHASES = ["briefing", "negotiation", "orders", "resolution", "ended"] as const;
export type Phase = (typeof PHASES)[number];

export type SeatKind = "human" | "bot" | "absent";
export type Seats = Record<PowerId, SeatKind>;

export const METER_MIN = 0;
export const METER_MAX = 100;
export const RELATION_MIN = -100;
export const RELATION_MAX = 100;
export const SANCTION_MAX_LEVEL = 3;

/** Relations are symmetric: the key is the two ids in POWERS order, joined by "|". */
export type PairKey = `${PowerId}|${PowerId}`;
/** Trust is directed: "a>b" is how far a believes b keeps its word. */
export type TrustKey = `${PowerId}>${PowerId}`;
/** A sanction is held by one imposer on one target in one sector: "imposer>target:sector". */
export type SanctionKey = `${PowerId}>${PowerId}:${Sector}`;

export interface PowerState {
  meters: Record<MeterId, number>;
  /** Change of each meter over the last resolved turn (what the UI draws as an arrow). */
  trend: Record<MeterId, number>;
}

export type CeasefireScope = "full" | "energy" | "air";

export interface CeasefireTurnRecord {
  turn: number;
  outcome: "kept" | "breached";
  /** Named only when monitors watch the ceasefire; otherwise empty. */
  namedBreakers: PowerId[];
}

export interface Ceasefire {
  id: string;
  /** The powers bound by it: both belligerents, or only the declarer of a unilateral truce. */
  parties: PowerId[];
  unilateral: boolean;
  scope: CeasefireScope;
  monitored: boolean;
  /** First and last turn (inclusive) in which it is in force. */
  startTurn: number;
  endTurn: number;
  status: "active" | "expired" | "collapsed";
  /** How many turns in a row both sides kept it. */
  keptTurns: number;
  record: CeasefireTurnRecord[];
  /** Who really broke it, turn by turn: facilitator-only for unmonitored ceasefires. */
  secretBreaches: { turn: number; breakers: PowerId[] }[];
  offerId: string | null;
  /** The power outside the war that proposed it, if any: it scores as the broker once the ceasefire lasts. */
  broker?: PowerId;
}

export type OfferKind = "ceasefire" | "jointStatement" | "coordinatedSanctions" | "deal" | "pledge";
export type OfferStatus = "proposed" | "accepted" | "rejected" | "countered" | "withdrawn" | "expired";

export type Tone = "conciliatory" | "neutral" | "firm" | "threatening";
export type Topic = "war" | "taiwan" | "trade" | "sanctions" | "history";

export type DealItemKind = "militaryAid" | "economicAid" | "humanitarianAid" | "tradeAccess" | "easeSanctions";
export interface DealItem {
  from: PowerId;
  to: PowerId;
  item: DealItemKind;
  /** Only for easeSanctions. */
  sector?: Sector;
}

export type OfferTerms =
  | { kind: "ceasefire"; turns: number; scope: CeasefireScope; monitored: boolean }
  | { kind: "jointStatement"; topic: Topic; tone: Tone; text: string }
  | { kind: "coordinatedSanctions"; target: PowerId; sector: Sector }
  | { kind: "deal"; items: DealItem[]; /** Resolutions it is carried out at (1..4; 1 when left out). */ turns?: number }
  | PledgeTerms;

/** What a power can promise not to do; the engine checks the pledger's orders against it. */
export type PledgePromise = "noOffensive" | "noStrikes" | "noNewSanctions" | "noMilitaryAidTo";
export interface PledgeTerms {
  kind: "pledge";
  /** The power that binds itself: the proposer or a recipient. */
  by: PowerId;
  promise: PledgePromise;
  /** Whom the promise protects (needed for noNewSanctions and noMilitaryAidTo). */
  target?: PowerId;
  turns: number;
}

export interface Offer {
  id: string;
  turn: number;
  from: PowerId;
  to: PowerId[];
  terms: OfferTerms;
  visibility: "private" | "public";
  status: OfferStatus;
  /** Recipients who have accepted so far (an offer to several powers needs all of them). */
  acceptedBy: PowerId[];
  counterOf: string | null;
}

export interface Commitment {
  id: string;
  offerId: string;
  turn: number;
  parties: PowerId[];
  terms: OfferTerms;
  visibility: "private" | "public";
  status: "pending" | "kept" | "broken";
  breakers: PowerId[];
  /** Last turn (inclusive) at whose resolution it is carried out or checked. */
  endTurn: number;
  /** Resolutions at which every party kept it so far. */
  turnsKept: number;
}

/** One statement held against its speaker's deeds that turn and the next (public). */
export interface SayDoEntry {
  turn: number;
  power: PowerId;
  tone: Tone;
  topic: Topic;
  audience: "world" | PowerId[];
  /** "pending" until the next turn's deeds are known. */
  verdict: "pending" | "consistent" | "contradicted";
  deedTurn?: number;
  /** The contradicting deed, as words for the reader ("an offensive"). */
  deed?: Text;
}

/**
 * A sentence for a person, kept as a translation key and its parameters (ids, numbers, a
 * player's own words), never as English: the client renders it in the reader's language, so a
 * match and its replay read in any language.
 */
import type { Params, Text } from "../i18n/index";
import type { RefusalKey } from "../i18n/refusalKeys";
export type { Text, RefusalKey };

export interface NewsEffect {
  target: string;
  delta: number;
}

export interface NewsItem {
  turn: number;
  /** "standIn": a power's bot gave its orders because its player did not act in time. */
  kind: "event" | "statement" | "sanction" | "aid" | "front" | "strike" | "summit" | "ceasefire" | "commitment" | "offer" | "economy" | "standIn";
  headline: Text;
  powers: PowerId[];
  effects: NewsEffect[];
}

export interface MatchEvent {
  id: string;
  turn: number;
  source: "scripted" | "deck" | "facilitator";
  title: Text;
  text: Text;
}

/** A facilitator's event waiting for the briefing of its turn; seen by the facilitator alone until then. */
export interface ScheduledEvent {
  id: string;
  /** Revealed in this turn's briefing (if its condition holds then; otherwise dropped). */
  turn: number;
  /** A card of the scenario by its id, or the facilitator's own headline and effects. */
  event: { ref: string } | { title: string; text: string; effects: import("./scenarioSchema").Effect[] };
  if?: import("./scenarioSchema").Condition | undefined;
}

export interface HistoryEntry {
  turn: number;
  meters: Record<PowerId, Record<MeterId, number>>;
  world: Record<WorldKey, number>;
}

/** The orders one power carried out in one turn. */
export interface OrderRecord {
  turn: number;
  power: PowerId;
  orders: import("./orders").Order[];
  /** Set when the power's bot gave these orders for its human player, who did not act in time. */
  standIn?: true;
  /** Set when the power's seat was a bot's that turn: no one played it, or the host gave it to its bot. */
  bot?: true;
}

export interface MatchState {
  /** The scenario travels with the match (shared, never copied), so every rule can read it. */
  scenario: import("./scenarioSchema").Scenario;
  seed: number;
  turn: number;
  lastTurn: number;
  phase: Phase;
  seats: Seats;
  powers: Record<PowerId, PowerState>;
  relations: Record<PairKey, number>;
  trust: Record<TrustKey, number>;
  world: Record<WorldKey, number>;
  worldTrend: Record<WorldKey, number>;
  /** Levels 1..3; a lifted sanction is removed from the record. */
  sanctions: Partial<Record<SanctionKey, number>>;
  ceasefires: Ceasefire[];
  offers: Offer[];
  commitments: Commitment[];
  /** Orders submitted for the current turn (replaced on resubmission, cleared at resolution). */
  orders: Partial<Record<PowerId, import("./orders").Order[]>>;
  ready: Record<PowerId, boolean>;
  /** Every power's orders of past turns, kept for the debrief. */
  orderHistory: OrderRecord[];
  secretObjectives: Record<PowerId, string>;
  /** Average trust others placed in each power at the start (the baseline for scoring). */
  initialTrustIn: Record<PowerId, number>;
  events: MatchEvent[];
  /** A facilitator's events for later turns (absent: none ever scheduled). */
  scheduled?: ScheduledEvent[];
  /** Deck cards not drawn yet, in scenario order. */
  deck: string[];
  news: NewsItem[];
  /** Every statement that committed its speaker, and whether its deeds matched (public). */
  sayDo: SayDoEntry[];
  history: HistoryEntry[];
  /** Counters that objectives may test (e.g. one-China endorsements). */
  tallies: Record<string, number>;
  nextId: number;
  /** State of the seeded generator: the only source of chance. Never shown to any seat. */
  rng: number;
}

/**
 * A refusal: its code (what programs test) and why, as a Text of the refusals namespace that
 * the client renders in the reader's language. No English sentence is made here.
 */
export interface Refusal {
  ok: false;
  code: string;
  text: Text;
}

export type Result<T> = { ok: true; value: T } | Refusal;

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Refuses with a key of the refusals namespace: "CODE" or "CODE.reason" (the code is the part
 * before the dot), and the ids and numbers its sentence names. A key English lacks does not compile.
 */
export function refuse<T>(key: RefusalKey, params?: Params): Result<T> {
  const dot = key.indexOf(".");
  return { ok: false, code: dot === -1 ? key : key.slice(0, dot), text: params ? { key: `refusals:${key}`, params } : { key: `refusals:${key}` } };
}

// The keys are built once: bots weigh thousands of imagined turns per match, and building a
// key string on every read of a relation, trust or sanction was a tenth of their time.
// Null-prototype tables, so that no id (even a hostile one) reads an inherited property.
function table<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
const PAIR_KEYS = table<Record<string, PairKey>>();
const TRUST_KEYS = table<Record<string, TrustKey>>();
const SANCTION_KEYS = table<Record<string, Record<string, SanctionKey>>>();
for (const a of POWERS) {
  PAIR_KEYS[a] = table();
  TRUST_KEYS[a] = table();
  SANCTION_KEYS[a] = table();
  for (const b of POWERS) {
    (PAIR_KEYS[a] as Record<string, PairKey>)[b] = POWERS.indexOf(a) <= POWERS.indexOf(b) ? `${a}|${b}` : `${b}|${a}`;
    (TRUST_KEYS[a] as Record<string, TrustKey>)[b] = `${a}>${b}`;
    const bySector = table<SanctionKey>();
    for (const sector of SECTORS) bySector[sector] = `${a}>${b}:${sector}`;
    (SANCTION_KEYS[a] as Record<string, Record<string, SanctionKey>>)[b] = bySector;
  }
}

const TALLY_KEYS = new Map<string, Map<string, Map<string, string>>>();

/**
 * A tally's key, "prefix.a" or "prefix.a>b", built once per prefix and powers: the engine
 * counts the same few deeds in every turn a bot imagines, and a key string built for each count
 * cost its hashing on every read and write.
 */
export function tallyKey(prefix: string, a: PowerId, b?: PowerId): string {
  let byA = TALLY_KEYS.get(prefix);
  if (!byA) TALLY_KEYS.set(prefix, (byA = new Map()));
  let byB = byA.get(a);
  if (!byB) byA.set(a, (byB = new Map()));
  const last = b ?? "";
  let key = byB.get(last);
  if (key === undefined) byB.set(last, (key = b === undefined ? `${prefix}.${a}` : `${prefix}.${a}>${b}`));
  return key;
}

export function pairKey(a: PowerId, b: PowerId): PairKey {
  return PAIR_KEYS[a]?.[b] ?? (POWERS.indexOf(a) <= POWERS.indexOf(b) ? `${a}|${b}` : `${b}|${a}`);
}

export function trustKey(from: PowerId, to: PowerId): TrustKey {
  return TRUST_KEYS[from]?.[to] ?? `${from}>${to}`;
}

export function sanctionKey(imposer: PowerId, target: PowerId, sector: Sector): SanctionKey {
  return SANCTION_KEYS[imposer]?.[target]?.[sector] ?? `${imposer}>${target}:${sector}`;
}

export function isPower(x: unknown): x is PowerId {
  return typeof x === "string" && (POWERS as readonly string[]).includes(x);
}
