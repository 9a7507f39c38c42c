// The life of a match: creation, the phases of each turn, and the bots' part in them.
import { botAnswerOffer, botOrders, botProposals } from "./bots";
import { finish, makeDraft } from "./draft";
import { revealBriefingEvents } from "./events";
import { applyCheckedOfferAction, applyOfferAction } from "./offers";
import { validateOrders } from "./orders";
import { resolveOrders, snapshot } from "./resolution";
import { nextInt, nextSeed, seedState, type Rng } from "./rng";
import { parseScenario, type Scenario } from "./scenarioSchema";
import { trustIn } from "./scoring";
import { viewFor } from "./view";
import {
  POWERS,
  pairKey,
  trustKey,
  type MatchState,
  type NewsItem,
  type PairKey,
  type PowerId,
  type PowerState,
  type Seats,
  type TrustKey,
  type WorldKey,
} from "./types";

export interface MatchOptions {
  seed: number;
  seats: Seats;
  /** Play only the scenario's first turns (a short lesson); absent, every turn. */
  turns?: number;
}

/** Starting trust when the scenario gives none: 50, moved by two fifths of the relation. */
function defaultTrust(rel: number): number {
  return Math.round(Math.min(100, Math.max(0, 50 + rel * 0.4)));
}

/** A new match at turn 1, in its briefing, with the turn's events revealed and secrets drawn. */
/** Scenario objects already checked: a scenario is data that no one changes once written, and
 *  checking it again for every match costs as much as a bot's turn (the simulation plays thousands). */
const checkedScenarios = new WeakSet<Scenario>();

export function createMatch(scenario: Scenario, options: MatchOptions): MatchState {
  if (!checkedScenarios.has(scenario)) {
    const checked = parseScenario(scenario);
    if (!checked.ok) throw new Error(`Invalid scenario: ${checked.message}`); // a programming error, not a player's input
    checkedScenarios.add(scenario);
  }
  const rng: Rng = { state: seedState(options.seed) };
  const powers = {} as Record<PowerId, PowerState>;
  for (const p of POWERS) {
    powers[p] = { meters: { ...scenario.powers[p].start }, trend: { economy: 0, support: 0, standing: 0, special: 0 } };
  }
  const relations = {} as Record<PairKey, number>;
  const trust = {} as Record<TrustKey, number>;
  for (const a of POWERS) {
    for (const b of POWERS) {
      if (a === b) continue;
      const r = scenario.relations.find((x) => (x.a === a && x.b === b) || (x.a === b && x.b === a))?.value ?? 0;
      relations[pairKey(a, b)] = r;
      trust[trustKey(a, b)] = defaultTrust(r);
    }
  }
  const secretObjectives = {} as Record<PowerId, string>;
  for (const p of POWERS) {
    const pool = scenario.powers[p].secretObjectives;
    secretObjectives[p] = pool[nextInt(rng, pool.length)]?.id ?? "";
  }
  const sanctions: MatchState["sanctions"] = {};
  for (const x of scenario.sanctions) sanctions[`${x.imposer}>${x.target}:${x.sector}`] = x.level;
  const zeroWorld: Record<WorldKey, number> = { frontLine: 0, warIntensity: 0, globalTension: 0, taiwanTension: 0 };
  const base: MatchState = {
    scenario,
    seed: options.seed,
    turn: 1,
    lastTurn: Math.max(1, Math.min(options.turns ?? scenario.turns, scenario.turns)),
    phase: "briefing",
    seats: { ...options.seats },
    powers,
    relations,
    trust,
    world: { ...scenario.world },
    worldTrend: zeroWorld,
    sanctions,
    ceasefires: [],
    offers: [],
    commitments: [],
    sayDo: [],
    orders: {},
    ready: { russia: false, china: false, usa: false, ukraine: false, eu: false },
    orderHistory: [],
    secretObjectives,
    initialTrustIn: { russia: 0, china: 0, usa: 0, ukraine: 0, eu: 0 },
    events: [],
    deck: scenario.events.filter((e) => e.deck !== undefined).map((e) => e.id),
    news: [],
    history: [],
    tallies: {},
    nextId: 1,
    rng: rng.state,
  };
  for (const p of POWERS) base.initialTrustIn[p] = trustIn(base, p);
  base.history = [{ ...snapshot(base), turn: 0 }];
  const d = makeDraft(base);
  revealBriefingEvents(d);
  return finish(d);
}

export interface AdvanceOptions {
  /**
   * Human powers whose player did not act by the orders deadline, when the host chose that
   * their bot then plays: the bot gives that turn's orders for them, and does nothing else.
   */
  standIns?: readonly PowerId[];
}

/** Moves the match one phase on. Entering "resolution" resolves the turn. */
export function advancePhase(state: MatchState, options: AdvanceOptions = {}): { state: MatchState; events: NewsItem[] } {
  switch (state.phase) {
    case "briefing":
      return { state: { ...state, phase: "negotiation" }, events: [] };
    case "negotiation": {
      const next = botsNegotiate(state);
      return { state: { ...next, phase: "orders" }, events: next.news.slice(state.news.length) };
    }
    case "orders": {
      const r = resolveTurn(state, options.standIns);
      return { state: r.state, events: r.news };
    }
    case "resolution": {
      if (state.turn >= state.lastTurn) return { state: { ...state, phase: "ended" }, events: [] };
      const d = makeDraft(state);
      d.s.turn += 1;
      d.s.phase = "briefing";
      revealBriefingEvents(d);
      const news = d.news;
      return { state: finish(d), events: news };
    }
    case "ended":
      return { state, events: [] };
  }
}

/**
 * Resolves the turn: bot seats answer the offers open to them, bots give orders (for their own
 * seats, and for the stand-ins' human powers that have none), then every order resolves at once.
 */
export function resolveTurn(state: MatchState, standIns: readonly PowerId[] = []): { state: MatchState; news: NewsItem[] } {
  if (state.phase === "ended" || state.phase === "resolution") return { state, news: [] };
  // A stand-in covers a human power without orders only; offers made to a human stay the human's.
  const stood = POWERS.filter((p) => standIns.includes(p) && state.seats[p] === "human" && state.orders[p] === undefined);
  let s = botsAnswer(state);
  s = botsOrder(s, stood);
  return resolveOrders(s, stood);
}

function botSeats(state: MatchState): PowerId[] {
  return POWERS.filter((p) => state.seats[p] === "bot");
}

/** Bots make their proposals, then answer what was proposed to them. */
function botsNegotiate(state: MatchState): MatchState {
  let s = state;
  for (const p of botSeats(s)) {
    const { seed, next } = drawSeed(s);
    s = next;
    for (const action of botProposals(viewFor(s, { kind: "power", power: p }), p, seed)) {
      const r = applyOfferAction(s, p, action);
      if (r.ok) s = r.value;
    }
  }
  return botsAnswer(s);
}

function botsAnswer(state: MatchState): MatchState {
  let s = state;
  for (const p of botSeats(s)) {
    for (const offer of s.offers) {
      if (offer.status !== "proposed" || !offer.to.includes(p) || offer.acceptedBy.includes(p)) continue;
      const { seed, next } = drawSeed(s);
      s = next;
      const view = viewFor(s, { kind: "power", power: p });
      const r = applyCheckedOfferAction(s, p, botAnswerOffer(view, p, offer, seed));
      if (r.ok) s = r.value;
    }
  }
  return s;
}

function botsOrder(state: MatchState, standIns: readonly PowerId[]): MatchState {
  let s = state;
  for (const p of POWERS.filter((q) => s.seats[q] === "bot" || standIns.includes(q))) {
    if (s.orders[p] !== undefined) continue; // the server already gave this bot's orders
    const { seed, next } = drawSeed(s);
    s = next;
    const orders = botOrders(viewFor(s, { kind: "power", power: p }), p, seed);
    if (validateOrders(s, p, orders).ok) s = { ...s, orders: { ...s.orders, [p]: orders } };
  }
  return s;
}

function drawSeed(state: MatchState): { seed: number; next: MatchState } {
  const rng: Rng = { state: state.rng };
  const seed = nextSeed(rng);
  return { seed, next: { ...state, rng: rng.state } };
}
