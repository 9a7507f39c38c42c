// Events: the scenario's scripted timeline, a random deck, and events a facilitator injects.
import { z } from "zod";
import { addMeter, addRelation, addTally, addTrust, addWorld, finish, headline, makeDraft, newId, text, type Draft } from "./draft";
import { createCeasefire } from "./ceasefires";
import { ConditionSchema, EffectSchema, type Condition, type Effect, type EventSpec } from "./scenarioSchema";
import { nextFloat, pickWeighted } from "./rng";
import { evaluate } from "./scoring";
import { ok, refuse, sanctionKey, type MatchState, type MatchEvent, type Result, type ScheduledEvent, type Text } from "./types";

export function applyEffect(d: Draft, e: Effect): void {
  switch (e.kind) {
    case "meter":
      addMeter(d, e.power, e.meter, e.delta);
      return;
    case "world":
      addWorld(d, e.key, e.delta);
      return;
    case "relation":
      addRelation(d, e.a, e.b, e.delta, false);
      return;
    case "trust":
      addTrust(d, e.from, e.to, e.delta);
      return;
    case "tally":
      addTally(d, e.key, e.delta);
      return;
    case "sanction": {
      if (e.imposer === e.target) return;
      const k = sanctionKey(e.imposer, e.target, e.sector);
      if (e.level === 0) delete d.s.sanctions[k];
      else d.s.sanctions[k] = e.level;
      return;
    }
    case "unilateralCeasefire": {
      if (d.scenario.powers[e.by].war === "none") return;
      if (d.s.ceasefires.some((c) => c.status === "active" && c.parties.includes(e.by))) return;
      createCeasefire(d, [e.by], e.turns, e.scope, false, true, null);
      return;
    }
  }
}

/** Reveals one event: records it, publishes its headline (its title) and applies its effects. */
function applyEvent(d: Draft, id: string, words: { title: Text; text: Text }, effects: readonly Effect[], source: MatchEvent["source"]): void {
  d.s.events.push({ id, turn: d.s.turn, source, title: words.title, text: words.text });
  headline(d, "event", words.title.key, words.title.params, []);
  for (const e of effects) applyEffect(d, e);
}

/** A scenario card's title and text are keys of the `scenario` namespace. */
function applyCard(d: Draft, card: EventSpec, source: MatchEvent["source"]): void {
  applyEvent(d, card.id, { title: text(card.title), text: text(card.text) }, card.effects, source);
}

/** The briefing of a turn: its scripted events (those whose condition holds now), the
 *  facilitator's events scheduled for it (the same), then perhaps one card from the deck. */
export function revealBriefingEvents(d: Draft): void {
  const turn = d.s.turn;
  const scripted = d.scenario.events.filter((e) => e.turn === turn && (e.if === undefined || evaluate(d.s, e.if)));
  for (const e of scripted) applyCard(d, e, "scripted");
  revealScheduledEvents(d);
  // Always draw the chance so the generator advances the same way every turn.
  const roll = nextFloat(d.rng);
  if (roll >= d.scenario.deckChance) return;
  const cards = d.s.deck
    .map((id) => d.scenario.events.find((e) => e.id === id))
    .filter((e): e is EventSpec => e !== undefined && e.deck !== undefined && e.deck.fromTurn <= turn && turn <= e.deck.toTurn);
  const i = pickWeighted(d.rng, cards.map((c) => c.deck?.weight ?? 0));
  const card = cards[i];
  if (!card) return;
  d.s.deck = d.s.deck.filter((id) => id !== card.id);
  applyCard(d, card, "deck");
}

/** A facilitator's event: when (a later turn's briefing, or now) and on what condition, tested then. */
const When = {
  /** The turn in whose briefing it is revealed; absent or the current turn: at once. */
  turn: z.number().int().min(1).max(30).optional(),
  /** Revealed only if this holds at that moment (the scenario's own condition form). */
  if: ConditionSchema.optional(),
};

export const InjectedEventSchema = z.union([
  z.object({ ref: z.string().min(1).max(60), ...When }),
  z.object({
    title: z.string().min(1).max(120),
    text: z.string().max(600),
    effects: z.array(EffectSchema).max(10),
    ...When,
  }),
]);
export type InjectedEvent = z.infer<typeof InjectedEventSchema>;

/** Facilitator events in one turn: enough for any lesson plan, and a match's record stays bounded. */
export const MAX_INJECTED_EVENTS_PER_TURN = 5;
/** Facilitator events waiting for later turns, all turns together. */
export const MAX_SCHEDULED_EVENTS = 20;
/** How deep a facilitator's condition may nest ("all" of "not" of …): a lesson's conditions are two or three deep. */
export const MAX_CONDITION_DEPTH = 4;

/**
 * A facilitator's event: a card of the scenario (by id) or one of their own, applied at once, or
 * kept for the briefing of a later turn; either way only if its condition holds at that moment.
 */
export function injectEvent(state: MatchState, input: unknown): Result<MatchState> {
  if (state.phase === "ended") return refuse("MATCH_ENDED");
  const parsed = InjectedEventSchema.safeParse(input);
  if (!parsed.success) return refuse("INVALID_EVENT.malformed");
  const ev = parsed.data;
  if (ev.if && depth(ev.if) > MAX_CONDITION_DEPTH) return refuse("INVALID_EVENT.depth", { count: MAX_CONDITION_DEPTH });
  if ("ref" in ev && !state.scenario.events.some((e) => e.id === ev.ref)) return refuse("UNKNOWN_EVENT");
  const turn = ev.turn ?? state.turn;
  if (turn < state.turn) return refuse("PAST_TURN", { turn, now: state.turn });
  if (turn > state.lastTurn) return refuse("AFTER_LAST_TURN", { last: state.lastTurn });
  const event = "ref" in ev ? { ref: ev.ref } : { title: ev.title, text: ev.text, effects: ev.effects };
  if (turn > state.turn) {
    const scheduled = state.scheduled ?? [];
    if (scheduled.length >= MAX_SCHEDULED_EVENTS) return refuse("TOO_MANY_SCHEDULED", { count: MAX_SCHEDULED_EVENTS });
    const d = makeDraft(state);
    d.s.scheduled = [...scheduled, { id: newId(d, "ev"), turn, event, ...(ev.if ? { if: ev.if } : {}) }];
    return ok(finish(d));
  }
  const injected = state.events.filter((e) => e.turn === state.turn && e.source === "facilitator").length;
  if (injected >= MAX_INJECTED_EVENTS_PER_TURN) {
    return refuse("TOO_MANY_EVENTS", { count: MAX_INJECTED_EVENTS_PER_TURN });
  }
  if (ev.if && !evaluate(state, ev.if)) return refuse("CONDITION_NOT_MET");
  const d = makeDraft(state);
  revealInjected(d, event, null);
  return ok(finish(d));
}

/** Publishes a facilitator's event: a scenario card leaves the deck; the facilitator's own gets `id` or a new one. */
function revealInjected(d: Draft, event: ScheduledEvent["event"], id: string | null): void {
  if ("ref" in event) {
    const spec = d.scenario.events.find((e) => e.id === event.ref);
    if (!spec) return;
    d.s.deck = d.s.deck.filter((x) => x !== spec.id);
    applyCard(d, spec, "facilitator");
  } else {
    // The facilitator's own words are shown as typed, in every language.
    const words = { title: text("scenario:facilitator.title", { title: event.title }), text: text("scenario:facilitator.text", { text: event.text }) };
    applyEvent(d, id ?? newId(d, "ev"), words, event.effects, "facilitator");
  }
}

/** The facilitator's events scheduled for this turn, those whose condition holds now; all of them leave the schedule. */
function revealScheduledEvents(d: Draft): void {
  const due = (d.s.scheduled ?? []).filter((e) => e.turn === d.s.turn);
  if (due.length === 0) return;
  d.s.scheduled = d.s.scheduled!.filter((e) => e.turn !== d.s.turn);
  for (const e of due) if (e.if === undefined || evaluate(d.s, e.if)) revealInjected(d, e.event, e.id);
}

function depth(c: Condition): number {
  if (c.kind === "not") return 1 + depth(c.of);
  if (c.kind === "all" || c.kind === "any") return 1 + Math.max(...c.of.map(depth));
  return 1;
}
