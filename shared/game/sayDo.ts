// Saying and doing: every statement that promises something by its tone is held against what
// its speaker does that turn and the next. A contradiction ("conciliatory on the war" while on
// the offensive; an empty threat of sanctions followed by easing them) is published and costs
// the speaker trust with every other power and standing in the world.
//
// Only deeds everyone can see count, so the record can be public: orders carried out this turn,
// and a ceasefire breach only when monitors named the breaker.
import { addMeter, addTally, addTrust, headline, text, type Draft } from "./draft";
import type { Order } from "./orders";
import type { Scenario } from "./scenarioSchema";
import { POWERS, type PowerId, type SayDoEntry, type Text, type Tone, type Topic } from "./types";

/** Trust every other power loses in a speaker whose deeds contradict its words. */
export const SAY_DO_TRUST_COST = 4;
/** Standing a contradicted statement costs its speaker. */
export const SAY_DO_STANDING_COST = 2;

type Audience = "world" | readonly PowerId[];

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

/** A contradicting deed as a Text of the `news` namespace: `deed.<kind>` with the power it was aimed at. */
function deed(kind: "offensive" | "strike" | "militaryAid" | "newSanctions" | "easing" | "breach", params?: { whom: PowerId; site?: string }): Text {
  return text(`news:deed.${kind}`, params);
}

/** The first of these orders (the speaker's, of one turn) that contradicts the words, as words for the reader, or null. */
export function deedAgainst(scenario: Scenario, w: Words, orders: readonly Order[]): Text | null {
  const named = (p: PowerId) => w.audience === "world" || w.audience.includes(p);
  for (const o of orders) {
    switch (promiseOf(w.tone, w.topic, w.audience)) {
      case "peace":
        // The side defending itself that fights on until a ceasefire is agreed says nothing false
        // (Jeddah, 11 March 2025: Kyiv accepted a 30-day ceasefire and its forces fought on); the
        // attacker's offensive or strike during its own words of peace is the contradiction
        // (24 April 2025, after the strike on Kyiv during the talks: "Vladimir, STOP!").
        if (scenario.powers[w.power].war === "defender") break;
        if (o.type === "posture" && o.stance === "offensive") return deed("offensive");
        if (o.type === "strike") return deed("strike", { whom: enemyOf(scenario, w.power), site: o.target });
        // Arming the side that attacks contradicts words of peace; arming the side that defends
        // itself does not (2025's "peace through strength": Washington and Europe called for a
        // ceasefire while Ukraine's arms kept flowing).
        if (o.type === "aid" && o.kind === "military" && scenario.powers[o.to].war === "attacker") return deed("militaryAid", { whom: o.to });
        break;
      case "noSanctions":
        if (o.type === "sanction" && (o.action === "impose" || o.action === "tighten") && named(o.target)) return deed("newSanctions", { whom: o.target });
        break;
      case "sanctions":
        if (o.type === "sanction" && (o.action === "ease" || o.action === "lift") && named(o.target)) return deed("easing", { whom: o.target });
        break;
      case null:
        return null;
    }
  }
  return null;
}

/** The deed of this turn that contradicts the entry: one of its speaker's orders, or a ceasefire breach monitors named. */
function contradiction(d: Draft, e: SayDoEntry, orders: readonly Order[]): Text | null {
  const against = deedAgainst(d.scenario, e, orders);
  if (against !== null || promiseOf(e.tone, e.topic, e.audience) !== "peace") return against;
  const broke = d.s.ceasefires.some((c) => c.record.some((r) => r.turn === d.s.turn && r.outcome === "breached" && r.namedBreakers.includes(e.power)));
  return broke ? deed("breach") : null;
}

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

/** The headline names the deed by its key's last part (`deed: "strike"`), which its sentence nests as `news:deed.<deed>`. */
function punish(d: Draft, e: SayDoEntry, deed: Text): void {
  const key = e.turn === d.s.turn ? "sayDo.contradicted" : "sayDo.contradictedLastTurn";
  headline(d, "statement", key, { power: e.power, tone: e.tone, topic: e.topic, deed: deed.key.slice("news:deed.".length), ...deed.params }, [...POWERS]);
  addMeter(d, e.power, "standing", -SAY_DO_STANDING_COST);
  for (const p of POWERS) addTrust(d, p, e.power, -SAY_DO_TRUST_COST);
  addTally(d, `contradictions.${e.power}`, 1);
}
