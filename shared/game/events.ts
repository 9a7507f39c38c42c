// Events: the scenario's scripted timeline, a random deck, and events a facilitator injects.
import { z } from "zod";
import { addMeter, addRelation, addTally, addTrust, addWorld, finish, headline, makeDraft, newId, type Draft } from "./draft";
import { createCeasefire } from "./ceasefires";
import { EffectSchema, type Effect, type EventSpec } from "./scenarioSchema";
import { nextFloat, pickWeighted } from "./rng";
import { evaluate } from "./scoring";
import { ok, refuse, sanctionKey, type MatchState, type MatchEvent, type Result } from "./types";

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

/** Reveals one event: records it, publishes its headline and applies its effects. */
export function applyEvent(d: Draft, spec: Pick<EventSpec, "id" | "title" | "text" | "effects">, source: MatchEvent["source"]): void {
  d.s.events.push({ id: spec.id, turn: d.s.turn, source, title: spec.title, text: spec.text });
  headline(d, "event", spec.title, []);
  for (const e of spec.effects) applyEffect(d, e);
}

/** The briefing of a turn: its scripted events (those whose condition holds now), then perhaps
 *  one card from the deck. */
export function revealBriefingEvents(d: Draft): void {
  const turn = d.s.turn;
  const scripted = d.scenario.events.filter((e) => e.turn === turn && (e.if === undefined || evaluate(d.s, e.if)));
  for (const e of scripted) applyEvent(d, e, "scripted");
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
  applyEvent(d, card, "deck");
}

export const InjectedEventSchema = z.union([
  z.object({ ref: z.string().min(1).max(60) }),
  z.object({
    title: z.string().min(1).max(120),
    text: z.string().max(600),
    effects: z.array(EffectSchema).max(10),
  }),
]);
export type InjectedEvent = z.infer<typeof InjectedEventSchema>;

/** A facilitator's event: a card of the scenario (by id) or one of their own, applied at once. */
/** Facilitator events in one turn: enough for any lesson plan, and a match's record stays bounded. */
export const MAX_INJECTED_EVENTS_PER_TURN = 5;

export function injectEvent(state: MatchState, input: unknown): Result<MatchState> {
  if (state.phase === "ended") return refuse("MATCH_ENDED", "The match is over; no more events can happen.");
  const parsed = InjectedEventSchema.safeParse(input);
  if (!parsed.success) return refuse("INVALID_EVENT", `This event is malformed: ${parsed.error.issues[0]?.message ?? "unknown field"}.`);
  const ev = parsed.data;
  const injected = state.events.filter((e) => e.turn === state.turn && e.source === "facilitator").length;
  if (injected >= MAX_INJECTED_EVENTS_PER_TURN) {
    return refuse("TOO_MANY_EVENTS", `At most ${MAX_INJECTED_EVENTS_PER_TURN} events can be added in one turn.`);
  }
  const d = makeDraft(state);
  if ("ref" in ev) {
    const spec = state.scenario.events.find((e) => e.id === ev.ref);
    if (!spec) return refuse("UNKNOWN_EVENT", `The scenario has no event called "${ev.ref}".`);
    d.s.deck = d.s.deck.filter((id) => id !== spec.id);
    applyEvent(d, spec, "facilitator");
  } else {
    applyEvent(d, { id: newId(d, "ev"), title: ev.title, text: ev.text, effects: ev.effects }, "facilitator");
  }
  return ok(finish(d));
}
