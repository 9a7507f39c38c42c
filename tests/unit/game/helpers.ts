// Shared set-ups for the game casebook.
import { expect } from "vitest";
import { english } from "../../helpers/texts";
import {
  POWERS,
  advancePhase,
  applyOfferAction,
  botAnswerOffer,
  createMatch,
  resolveTurn,
  submitOrders,
  victoryDay2025,
  viewFor,
  type MatchState,
  type Offer,
  type OfferAction,
  type OfferTerms,
  type Order,
  type PowerId,
  type Result,
  type Seats,
} from "../../../shared/game/index";

export const HUMANS: Seats = { russia: "human", china: "human", usa: "human", ukraine: "human", eu: "human" };
export const BOTS: Seats = { russia: "bot", china: "bot", usa: "bot", ukraine: "bot", eu: "bot" };

export function newMatch(seed = 1, seats: Seats = HUMANS): MatchState {
  return createMatch(victoryDay2025, { seed, seats });
}

/** Advances until the match is in `phase` (of this turn or a later one). */
export function advanceTo(s: MatchState, phase: MatchState["phase"], turn = s.turn): MatchState {
  let state = s;
  for (let guard = 0; guard < 100 && !(state.phase === phase && state.turn === turn); guard++) state = advancePhase(state).state;
  expect(state.phase).toBe(phase);
  expect(state.turn).toBe(turn);
  return state;
}

/** A match at the orders phase of `turn` (all seats human, no orders given before). */
export function atOrders(turn = 2, seed = 1, seats: Seats = HUMANS): MatchState {
  return advanceTo(newMatch(seed, seats), "orders", turn);
}

export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected success, got ${r.code}: ${english(r.text)}`);
  return r.value;
}

export function expectRefused<T>(r: Result<T>, code: string): void {
  expect(r.ok, r.ok ? "expected a refusal" : "").toBe(false);
  if (!r.ok) {
    expect(r.code).toBe(code);
    expect(r.text.key).toMatch(new RegExp(`^refusals:${code}(\\.|$)`));
    expect(english(r.text).length).toBeGreaterThan(10);
  }
}

export function give(s: MatchState, orders: Partial<Record<PowerId, Order[]>>): MatchState {
  let state = s;
  for (const p of POWERS) {
    const o = orders[p];
    if (o) state = unwrap(submitOrders(state, p, { turn: state.turn, orders: o }));
  }
  return state;
}

/** Gives the orders and resolves the turn. */
export function resolveWith(s: MatchState, orders: Partial<Record<PowerId, Order[]>>): MatchState {
  return resolveTurn(give(s, orders)).state;
}

export function offer(s: MatchState, power: PowerId, action: OfferAction): MatchState {
  return unwrap(applyOfferAction(s, power, action));
}

/** The id of the last offer made. */
export function lastOfferId(s: MatchState): string {
  const o = s.offers[s.offers.length - 1];
  if (!o) throw new Error("no offer");
  return o.id;
}

/** A copy of the state with some fields changed, for set-ups the opening cannot reach. */
export function patch(s: MatchState, change: (draft: MatchState) => void): MatchState {
  const copy = JSON.parse(JSON.stringify({ ...s, scenario: undefined })) as MatchState;
  copy.scenario = s.scenario;
  change(copy);
  return copy;
}

export function rel(s: MatchState, a: PowerId, b: PowerId): number {
  const k = POWERS.indexOf(a) <= POWERS.indexOf(b) ? `${a}|${b}` : `${b}|${a}`;
  return s.relations[k as keyof MatchState["relations"]];
}

export function deepFreeze<T>(x: T): T {
  if (x && typeof x === "object" && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x as object)) deepFreeze(v);
  }
  return x;
}

export const say = (tone: "conciliatory" | "neutral" | "firm" | "threatening", topic: "war" | "taiwan" | "trade" | "sanctions" | "history", audience: "world" | PowerId[] = "world"): Extract<Order, { type: "statement" }> => ({
  type: "statement",
  audience,
  tone,
  topic,
  text: "",
});

/** How often `to`'s bot accepts these terms from `from`, over a few matches and turns, trusting `from` at `trust`. */
export function acceptances(trust: number, from: PowerId, to: PowerId, terms: OfferTerms): number {
  let accepted = 0;
  for (let seed = 1; seed <= 12; seed++) {
    for (const turn of [2, 4, 6]) {
      let s = advanceTo(newMatch(seed, HUMANS), "negotiation", turn);
      s = patch(s, (d) => {
        d.trust[`${to}>${from}`] = trust;
      });
      s = offer(s, from, { action: "propose", to: [to], terms });
      const o = s.offers.find((x) => x.id === lastOfferId(s)) as Offer;
      const seat = viewFor(s, { kind: "power", power: to });
      for (const k of [1, 2, 3]) if (botAnswerOffer(seat, to, o, seed * 100 + turn * 10 + k).action === "accept") accepted++;
    }
  }
  return accepted;
}
