// Commitments: accepted offers (other than ceasefires), carried out at resolution unless a party
// secretly breaks its word; a deal may run several turns, a pledge is checked against its
// pledger's orders. Keeping builds trust; breaking costs it, with every power, and is published.
import { addMeter, addRelation, addTally, addTrust, headline, powerList, type Draft } from "./draft";
import { applyAid, applyStatement } from "./actions";
import { applySanctionOrder, sanctionLevel } from "./sanctions";
import type { Order } from "./orders";
import { violatesPledge } from "./pledges";
import { POWERS, SANCTION_MAX_LEVEL, tallyKey, type Commitment, type DealItem, type PowerId } from "./types";

/** What opening its market costs the giver's economy (the receiver gains 2). */
export const TRADE_ACCESS_GIVER_ECONOMY = -0.5;

/** Trust each other party loses in a power that breaks a commitment. */
export const BREACH_TRUST_COST = 12;
/** Trust every power outside a broken commitment loses in the breaker (the break is published). */
export const NONPARTY_BREACH_TRUST_COST = 2;
/** Trust the parties gain in each other (in the pledger, for a pledge) once a commitment is kept to its end. */
export const KEPT_TRUST_GAIN = 3;
/** Standing a breaker loses. */
export const BREACH_STANDING_COST = 2;
/** Relation each other party loses with a breaker. */
export const BREACH_RELATION_COST = 4;
/** Share of a break's trust cost added for each commitment the breaker broke before (a serial breaker is believed less and less). */
export const REPEAT_BREACH_TRUST = 0.5;
/**
 * Share of a broken commitment's costs (standing, trust, relations) that lands when it is broken
 * in the last turn: none. A deal broken is found out when the goods fail to arrive, after the
 * match has ended, so no one is left to punish the breaker: the shadow of the future is what
 * makes a promise worth keeping, and a well-timed betrayal pays (issue 9). A ceasefire breach is
 * seen on the front at once and costs in full whenever it happens (ceasefires.ts).
 */
export const LAST_TURN_BREACH_COST = 0;

/** The share of a broken commitment's costs that lands in this turn. */
export function breachCostShare(s: { turn: number; lastTurn: number }): number {
  return s.turn >= s.lastTurn ? LAST_TURN_BREACH_COST : 1;
}

/** The parties that break `c` this turn: by a secret order, or, for a pledge, by a deed it forbids. */
export function commitmentBreakers(c: Commitment, orders: Record<PowerId, readonly Order[]>): PowerId[] {
  const t = c.terms;
  const ordered = (p: PowerId) => orders[p].some((o) => o.type === "commitment" && o.commitmentId === c.id && o.decision === "break");
  // A pledge binds its pledger alone: the other parties have nothing to break.
  if (t.kind === "pledge") return ordered(t.by) || orders[t.by].some((o) => violatesPledge(t, o)) ? [t.by] : [];
  return c.parties.filter(ordered);
}

/**
 * Step 4: every commitment due this turn is carried out or broken. One that runs several turns
 * stays pending until its last turn is kept; a break ends it at once.
 */
export function resolveCommitments(d: Draft, orders: Record<PowerId, readonly Order[]>): void {
  for (const c of d.s.commitments) {
    if (c.status !== "pending" || c.turn > d.s.turn) continue;
    const breakers = commitmentBreakers(c, orders);
    const keepers = c.parties.filter((p) => !breakers.includes(p));
    const done = breakers.length > 0 || d.s.turn >= c.endTurn;
    c.breakers = breakers;
    if (breakers.length > 0) {
      c.status = "broken";
      publishBreak(d, c, breakers, keepers);
    } else {
      c.turnsKept += 1;
      if (done) c.status = "kept";
      publishKept(d, c, keepers);
    }
    // A pledge binds its pledger alone: only it has kept its word.
    const bound = c.terms.kind === "pledge" ? [c.terms.by] : c.parties;
    if (done) for (const k of keepers) if (bound.includes(k)) addTally(d, `commitmentsKept.${k}`, 1);
    execute(d, c, keepers, breakers);
    if (c.status === "kept") {
      const trusted = c.terms.kind === "pledge" ? [c.terms.by] : c.parties;
      for (const a of c.parties) for (const b of trusted) addTrust(d, a, b, KEPT_TRUST_GAIN);
    }
  }
}

/** A commitment's headline: `<pledge|deal|…>.<what happened>`, its promise (for a pledge) and the powers by id. */
function publishBreak(d: Draft, c: Commitment, breakers: PowerId[], keepers: PowerId[]): void {
  const people = { breakers: powerList(breakers), keepers: powerList(keepers), count: breakers.length };
  const label = labelOf(c);
  if (c.terms.kind === "pledge") headline(d, "commitment", `pledge.broken.${c.terms.promise}`, { ...people, ...(c.terms.target ? { target: c.terms.target } : {}) }, c.parties);
  else headline(d, "commitment", `commitment.broken.${label}`, { ...people, ...(label === "longDeal" ? { turns: c.endTurn - c.turn + 1 } : {}) }, c.parties);
  const share = breachCostShare(d.s);
  for (const b of breakers) {
    // Its earlier breaks, all published: the more a power has broken its word, the less it is believed.
    const believed = share * (1 + REPEAT_BREACH_TRUST * (d.s.tallies[tallyKey("commitmentsBroken", b)] ?? 0));
    addTally(d, tallyKey("commitmentsBroken", b), 1);
    if (share === 0) continue;
    addMeter(d, b, "standing", -BREACH_STANDING_COST * share);
    for (const k of keepers) {
      addTrust(d, k, b, -BREACH_TRUST_COST * believed);
      addRelation(d, k, b, -BREACH_RELATION_COST * share);
    }
    // Every commitment's break is news: the powers outside it trust the breaker a little less too.
    for (const q of POWERS) if (!c.parties.includes(q)) addTrust(d, q, b, -NONPARTY_BREACH_TRUST_COST * believed);
  }
}

function publishKept(d: Draft, c: Commitment, keepers: PowerId[]): void {
  const t = c.terms;
  if (t.kind === "jointStatement") return; // (A joint statement opens its own headline when it is issued.)
  if (t.kind === "pledge") {
    // A pledge is news when it has been kept to its end; until then nothing happens by design.
    if (c.status === "kept") headline(d, "commitment", `pledge.kept.${t.promise}`, { power: t.by, count: c.turnsKept, ...(t.target ? { target: t.target } : {}) }, c.parties);
    return;
  }
  // Only deals and pledges last several turns; a long deal says which of its turns this was.
  const total = c.endTurn - c.turn + 1;
  headline(d, "commitment", `commitment.carriedOut.${labelOf(c)}`, { keepers: powerList(keepers), ...(total > 1 ? { turn: c.turnsKept, turns: total } : {}) }, c.parties);
}

/** Which sentence names the commitment: a deal of several turns says how many. */
function labelOf(c: Commitment): "jointStatement" | "coordinatedSanctions" | "deal" | "longDeal" | "pledge" | "ceasefire" {
  return c.terms.kind === "deal" && c.endTurn - c.turn + 1 > 1 ? "longDeal" : c.terms.kind;
}

function execute(d: Draft, c: Commitment, keepers: PowerId[], breakers: PowerId[]): void {
  const t = c.terms;
  switch (t.kind) {
    case "jointStatement": {
      if (breakers.length > 0) return; // a joint statement needs every signature
      const words = t.text.trim();
      headline(d, "statement", `jointStatement${words.length > 0 ? "Words" : ""}`, { powers: powerList(keepers), tone: t.tone, topic: t.topic, ...(words.length > 0 ? { words } : {}) }, keepers);
      for (const p of keepers) {
        applyStatement(d, p, { audience: "world", tone: t.tone, topic: t.topic, text: t.text }, 1.5, true);
        addMeter(d, p, "standing", 1);
        if (d.scenario.powers[p].special.kind === "unity") addMeter(d, p, "special", 2);
      }
      for (const a of keepers) for (const b of keepers) if (a < b) addRelation(d, a, b, 5);
      addTally(d, "jointStatements", 1);
      return;
    }
    case "coordinatedSanctions":
      for (const p of keepers) {
        const level = sanctionLevel(d.s, p, t.target, t.sector);
        if (level >= SANCTION_MAX_LEVEL) continue;
        applySanctionOrder(d, p, { type: "sanction", target: t.target, sector: t.sector, action: level === 0 ? "impose" : "tighten" }, true);
      }
      for (const a of keepers) for (const b of keepers) if (a < b) addRelation(d, a, b, 3);
      return;
    case "deal":
      for (const it of t.items) if (!breakers.includes(it.from)) executeItem(d, it);
      return;
    case "pledge":
      return; // a pledge is kept by not doing something
    case "ceasefire":
      return; // ceasefires are kept in their own record
  }
}

function executeItem(d: Draft, it: DealItem): void {
  switch (it.item) {
    case "militaryAid":
      return applyAid(d, it.from, { to: it.to, kind: "military" }, true);
    case "economicAid":
      return applyAid(d, it.from, { to: it.to, kind: "economic" }, true);
    case "humanitarianAid":
      return applyAid(d, it.from, { to: it.to, kind: "humanitarian" }, true);
    case "tradeAccess": {
      headline(d, "aid", "aid.tradeAccess", { donor: it.from, to: it.to }, [it.from, it.to]);
      addMeter(d, it.to, "economy", 2);
      addMeter(d, it.from, "economy", TRADE_ACCESS_GIVER_ECONOMY); // imports compete with home industry
      addRelation(d, it.from, it.to, 4);
      // New markets make an exposed economy less dependent on a hostile one.
      if (d.scenario.powers[it.to].special.kind === "tradeExposure") addMeter(d, it.to, "special", -3);
      return;
    }
    case "easeSanctions": {
      const sector = it.sector ?? "trade";
      const level = sanctionLevel(d.s, it.from, it.to, sector);
      if (level > 0) applySanctionOrder(d, it.from, { type: "sanction", target: it.to, sector, action: "ease" });
      return;
    }
  }
}
