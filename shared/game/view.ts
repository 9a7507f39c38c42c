// The one function that decides what a seat may see. Everything sent to a client passes through it.
//
// - A power sees the public world (the say–do record included), its own orders and secret objective, the offers and
//   commitments it is party to (and public ones), and ceasefire records without the hidden
//   breaker of an unmonitored ceasefire.
// - A spectator sees what every power sees in common.
// - The facilitator sees everything (all orders, offers, secret objectives, true breakers),
//   except the generator's state, which nobody sees (it would reveal the coming deck cards).
// - Once the match has ended, everyone sees everything but the generator (the debrief).
import type { Objective, PowerSpec, Scenario } from "./scenarioSchema";
import { budgetFor, type Order } from "./orders";
import { computeScores, type ScoreBreakdown } from "./scoring";
import {
  POWERS,
  type Ceasefire,
  type Commitment,
  type HistoryEntry,
  type MatchEvent,
  type MatchState,
  type NewsItem,
  type SayDoEntry,
  type ScheduledEvent,
  type Offer,
  type Phase,
  type PowerId,
  type PowerState,
  type Seats,
  type WorldKey,
} from "./types";

export type Seat = { kind: "power"; power: PowerId } | { kind: "spectator" } | { kind: "facilitator" };

export type PowerBrief = Omit<PowerSpec, "secretObjectives">;
export interface ScenarioBrief extends Omit<Scenario, "powers" | "events"> {
  powers: Record<PowerId, PowerBrief>;
}

export type CeasefireView = Omit<Ceasefire, "secretBreaches"> & { secretBreaches?: Ceasefire["secretBreaches"] };

export interface MatchView {
  /** Who this view is for: a MatchState lacks it, so a bot cannot be handed the full state. */
  viewer: Seat;
  scenario: ScenarioBrief;
  turn: number;
  lastTurn: number;
  phase: Phase;
  seats: Seats;
  powers: Record<PowerId, PowerState>;
  relations: MatchState["relations"];
  trust: MatchState["trust"];
  world: Record<WorldKey, number>;
  worldTrend: Record<WorldKey, number>;
  sanctions: MatchState["sanctions"];
  ceasefires: CeasefireView[];
  offers: Offer[];
  commitments: Commitment[];
  /** The viewer's own pending orders (all of them for the facilitator). */
  orders: Partial<Record<PowerId, Order[]>>;
  ready: Record<PowerId, boolean>;
  /** The viewer's diplomatic capital this turn (null for a spectator or facilitator). */
  budget: number | null;
  orderHistory: MatchState["orderHistory"];
  /** The viewer's own secret objective (every power's to the facilitator and after the end). */
  secretObjectives: Partial<Record<PowerId, Objective>>;
  events: MatchEvent[];
  /** The facilitator's events waiting for later turns: the facilitator's alone (a surprise to every power). */
  scheduled: ScheduledEvent[];
  news: NewsItem[];
  /** Statements held against deeds: public, every seat sees every power's record. */
  sayDo: SayDoEntry[];
  history: HistoryEntry[];
  tallies: Record<string, number>;
  initialTrustIn: MatchState["initialTrustIn"];
  /** The final scores, by the one scoring function, once the match has ended (null before). */
  scores: Record<PowerId, ScoreBreakdown> | null;
}

/** A scenario never changes once written: its brief is made once, not for every view (bots ask thousands). */
const briefs = new WeakMap<Scenario, ScenarioBrief>();

function brief(s: Scenario): ScenarioBrief {
  let b = briefs.get(s);
  if (!b) {
    b = makeBrief(s);
    briefs.set(s, b);
  }
  return b;
}

function makeBrief(s: Scenario): ScenarioBrief {
  const { powers, events: _events, ...rest } = s;
  const out = {} as Record<PowerId, PowerBrief>;
  for (const p of POWERS) {
    const { secretObjectives: _secret, ...pub } = powers[p];
    out[p] = pub;
  }
  return { ...rest, powers: out };
}

/** Whether a seat sees every power's secrets: the facilitator always, everyone once the match has ended. */
export function seesEverything(state: MatchState, seat: Seat): boolean {
  return seat.kind === "facilitator" || state.phase === "ended";
}

/** What `seat` may see of the match. */
export function viewFor(state: MatchState, seat: Seat): MatchView {
  return cut(state, seat, seesEverything(state, seat));
}

/**
 * What `seat` may see of an earlier state of the match (`past`), under the rules as they stand
 * `now`: after the end, a power sees every past turn whole (the record behind the debrief).
 */
export function pastViewFor(past: MatchState, now: MatchState, seat: Seat): MatchView {
  return cut(past, seat, seesEverything(now, seat));
}

/** The fields of a view that depend on who is looking; every other field is the same for every seat. */
type SeatFields = "viewer" | "ceasefires" | "offers" | "commitments" | "orders" | "budget" | "orderHistory" | "secretObjectives" | "scheduled";
type PublicView = Omit<MatchView, SeatFields>;

/**
 * The public part of a state's views, made once per state rather than once per seat: the
 * server cuts a view for every seat after each change, and a part shared by reference is also
 * diffed once (the patches compare references before contents).
 */
const publics = new WeakMap<MatchState, { view: PublicView; openCeasefires: CeasefireView[] }>();

function publicPart(state: MatchState): { view: PublicView; openCeasefires: CeasefireView[] } {
  let part = publics.get(state);
  if (!part) {
    part = {
      view: {
        scenario: brief(state.scenario),
        turn: state.turn,
        lastTurn: state.lastTurn,
        phase: state.phase,
        seats: state.seats,
        powers: state.powers,
        relations: state.relations,
        trust: state.trust,
        world: state.world,
        worldTrend: state.worldTrend,
        sanctions: state.sanctions,
        ready: state.ready,
        events: state.events,
        news: state.news,
        sayDo: state.sayDo,
        history: state.history,
        tallies: state.tallies,
        initialTrustIn: state.initialTrustIn,
        scores: state.phase === "ended" ? computeScores(state) : null,
      },
      openCeasefires: state.ceasefires.map((c) => {
        const { secretBreaches: _hidden, ...open } = c;
        return open;
      }),
    };
    publics.set(state, part);
  }
  return part;
}

function cut(state: MatchState, seat: Seat, all: boolean): MatchView {
  const me = seat.kind === "power" ? seat.power : null;
  const party = (ps: readonly PowerId[]) => me !== null && ps.includes(me);
  const secretObjectives: Partial<Record<PowerId, Objective>> = {};
  for (const p of POWERS) {
    if (!all && p !== me) continue;
    const o = state.scenario.powers[p].secretObjectives.find((x) => x.id === state.secretObjectives[p]);
    if (o) secretObjectives[p] = o;
  }
  const orders: Partial<Record<PowerId, Order[]>> = {};
  for (const p of POWERS) {
    const o = state.orders[p];
    if (o && (all || p === me)) orders[p] = o;
  }
  const shared = publicPart(state);
  return {
    viewer: seat,
    ...shared.view,
    ceasefires: all ? state.ceasefires : shared.openCeasefires,
    offers: state.offers.filter((o) => all || o.visibility === "public" || party([o.from, ...o.to])),
    commitments: state.commitments.filter((c) => all || c.visibility === "public" || party(c.parties)),
    orders,
    budget: me !== null ? budgetFor(state, me) : null,
    orderHistory: all ? state.orderHistory : state.orderHistory.filter((h) => h.power === me),
    secretObjectives,
    scheduled: all ? (state.scheduled ?? []) : [],
  };
}
