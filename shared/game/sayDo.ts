// Saying and doing: every statement that promises something by its tone is held against what
// its speaker does that turn and the next. A contradiction ("conciliatory on the war" while on
// the offensive; an empty threat of sanctions followed by easing them) is published and costs
// the speaker trust with every other power and standing in the world.
//
// Only deeds everyone can see count, so the record can be public: orders carried out this turn,
// and a ceasefire breach only when monitors named the breaker.
import { addMeter, addTally, addTrust, headline, type Draft } from "./draft";
import type { Order } from "./orders";
import type { Scenario } from "./scenarioSchema";
import { POWERS, type PowerId, type SayDoEntry, type Tone, type Topic } from "./types";

/** Trust every other power loses in a speaker whose deeds contradict its words. */
export const SAY_DO_TRUST_COST = 4;
/** Standing a contradicted statement costs its speaker. */
export const SAY_DO_STANDING_COST = 2;

type Audience = "world" | readonly PowerId[];

export const TOPIC_WORD: Record<Topic, string> = { war: "the war", taiwan: "Taiwan", trade: "trade", sanctions: "sanctions", history: "history" };

/** What kind of deed would contradict words of this tone on this topic, if any. */
function promiseOf(tone: Tone, topic: Topic, audience: Audience): "peace" | "noSanctions" | "sanctions" | null {
  if (tone === "conciliatory" && topic === "war") return "peace";
  if (tone === "conciliatory" && (topic === "trade" || topic === "sanctions")) return "noSanctions";
  // A threat has to name whom it threatens to be empty.
  if ((tone === "firm" || tone === "threatening") && topic === "sanctions" && audience !== "world") return "sanctions";
  return null;
}

/**
 * Opens an entry for a statement that commits its speaker to something (called as each
 * statement is made, joint statements included as each signer's words to the world).
 */
export function noteStatement(d: Draft, speaker: PowerId, tone: Tone, topic: Topic, audience: Audience): void {
  if (promiseOf(tone, topic, audience) === null) return;
  const entry: SayDoEntry = { turn: d.s.turn, power: speaker, tone, topic, audience: audience === "world" ? "world" : [...audience], verdict: "pending" };
  d.s.sayDo = [...d.s.sayDo, entry];
}

/** What a statement commits its speaker to: the part of an entry that orders are judged against. */
export type Words = Pick<SayDoEntry, "power" | "tone" | "topic" | "audience">;

/** The first of these orders (the speaker's, of one turn) that contradicts the words, in plain words, or null. */
export function deedAgainst(scenario: Scenario, w: Words, orders: readonly Order[]): string | null {
  const name = (p: PowerId) => scenario.powers[p].name;
  const named = (p: PowerId) => w.audience === "world" || w.audience.includes(p);
  for (const o of orders) {
    switch (promiseOf(w.tone, w.topic, w.audience)) {
      case "peace":
        if (o.type === "posture" && o.stance === "offensive") return "an offensive";
        if (o.type === "strike") return `a strike on ${name(enemyOf(scenario, w.power))}'s ${STRIKE_WORD[o.target]}`;
        // Arming the side that attacks contradicts words of peace; arming the side that defends
        // itself does not (2025's "peace through strength": Washington and Europe called for a
        // ceasefire while Ukraine's arms kept flowing).
        if (o.type === "aid" && o.kind === "military" && scenario.powers[o.to].war === "attacker") return `military aid to ${name(o.to)}`;
        break;
      case "noSanctions":
        if (o.type === "sanction" && (o.action === "impose" || o.action === "tighten") && named(o.target)) return `new sanctions on ${name(o.target)}`;
        break;
      case "sanctions":
        if (o.type === "sanction" && (o.action === "ease" || o.action === "lift") && named(o.target)) return `easing sanctions on ${name(o.target)}`;
        break;
      case null:
        return null;
    }
  }
  return null;
}

/** The deed of this turn that contradicts the entry: one of its speaker's orders, or a ceasefire breach monitors named. */
function contradiction(d: Draft, e: SayDoEntry, orders: readonly Order[]): string | null {
  const deed = deedAgainst(d.scenario, e, orders);
  if (deed !== null || promiseOf(e.tone, e.topic, e.audience) !== "peace") return deed;
  const broke = d.s.ceasefires.some((c) => c.record.some((r) => r.turn === d.s.turn && r.outcome === "breached" && r.namedBreakers.includes(e.power)));
  return broke ? "breaking the ceasefire" : null;
}

const STRIKE_WORD = { energy: "energy grid", airports: "airports", military: "depots" } as const;

/** Whom a strike by this power hits: the other side of the war. */
function enemyOf(scenario: Scenario, striker: PowerId): PowerId {
  const side = scenario.powers[striker].war === "defender" ? "attacker" : "defender";
  return POWERS.find((p) => scenario.powers[p].war === side) ?? striker;
}

/**
 * Judges every open entry (this turn's and last turn's) against this turn's deeds. Last turn's
 * entries that survive are settled as consistent; so are this turn's at the match's end.
 */
export function judgeSayDo(d: Draft, orders: Record<PowerId, readonly Order[]>): void {
  if (!d.s.sayDo.some((e) => e.verdict === "pending")) return;
  const turn = d.s.turn;
  d.s.sayDo = d.s.sayDo.map((e) => {
    if (e.verdict !== "pending") return e;
    const deed = contradiction(d, e, orders[e.power]);
    if (deed !== null) {
      punish(d, e, deed);
      return { ...e, verdict: "contradicted", deedTurn: turn, deed };
    }
    return e.turn < turn || turn >= d.s.lastTurn ? { ...e, verdict: "consistent" } : e;
  });
}

function punish(d: Draft, e: SayDoEntry, deed: string): void {
  const name = d.scenario.powers[e.power].name;
  const when = e.turn === d.s.turn ? "" : " last turn";
  headline(d, "statement", `${name} says one thing and does another: ${e.tone} words on ${TOPIC_WORD[e.topic]}${when}, then ${deed}.`, [...POWERS]);
  addMeter(d, e.power, "standing", -SAY_DO_STANDING_COST);
  for (const p of POWERS) addTrust(d, p, e.power, -SAY_DO_TRUST_COST);
  addTally(d, `contradictions.${e.power}`, 1);
}
