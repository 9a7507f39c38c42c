// Statements, aid and summits: the diplomatic actions open to every power.
import { addMeter, addRelation, addTally, addTrust, addWorld, headline, powerList, relation, type Draft } from "./draft";
import { nextFloat } from "./rng";
import { noteStatement } from "./sayDo";
import { unityFactor } from "./sanctions";
import type { AidOrder, Order, StatementOrder } from "./orders";
import { POWERS, pairKey, tallyKey, type MatchState, type PowerId, type Tone } from "./types";

/** Standing a conciliatory statement to the world earns its speaker: words are cheap. */
export const PEACEFUL_WORDS_STANDING = 0.5;
/** Standing humanitarian aid earns its donor, when the recipient is in need (economy below IN_NEED_BELOW). */
export const HUMANITARIAN_STANDING = 1;
export const IN_NEED_BELOW = 40;

/** Relation a statement moves per point of tone: with each power it names, or with everyone. */
export const WORDS_TO_A_POWER = 3;
export const WORDS_TO_THE_WORLD = 1.5;

/**
 * Words and envoys wear thin: a statement on a topic its speaker already spoke on, or an envoy to
 * a power it already called on, in each of the two turns before counts this much less for each
 * (×0.5 once, ×0.25 twice). Saying the same thing every turn is not a policy.
 */
export const WORDS_WEAR_THIN = 0.5;
const WEAR_TURNS = 2;

/** How much a repeated action still counts: WORDS_WEAR_THIN for each of the last turns the power gave one like it. */
function wornBy(s: MatchState, power: PowerId, alike: (o: Order) => boolean): number {
  let repeats = 0;
  for (const h of s.orderHistory) {
    if (h.power === power && h.turn < s.turn && h.turn >= s.turn - WEAR_TURNS && h.orders.some(alike)) repeats += 1;
  }
  return WORDS_WEAR_THIN ** repeats;
}

export const TONE_VALUE: Record<Tone, number> = { conciliatory: 1, neutral: 0, firm: -0.5, threatening: -1 };

/** Economy a power whose arms are sold (scenario `armsSold`) earns from each turn's military aid. */
export const ARMS_SALE_ECONOMY = 0.5;

/** Chance that a turn's dual-use exports are exposed (parts shown in the recipient's weapons). */
export const DUAL_USE_EXPOSURE = 0.35;


/** Step 6: a statement moves relations with its audience, tension, and its topic's own meters. */
export function applyStatement(d: Draft, speaker: PowerId, o: Omit<StatementOrder, "type">, weight = 1, quiet = false): void {
  const direct = o.audience !== "world";
  const audience = o.audience === "world" ? POWERS.filter((p) => p !== speaker) : o.audience;
  const tone = TONE_VALUE[o.tone];
  noteStatement(d, speaker, o.tone, o.topic, o.audience);
  // (A joint statement, quiet here, has its own headline and is not worn by the signers' own words.)
  if (!quiet) weight *= wornBy(d.s, speaker, (x) => x.type === "statement" && x.topic === o.topic);
  if (!quiet) {
    const words = o.text.trim();
    const key = `statement.${direct ? "to" : "world"}${words.length > 0 ? "Words" : ""}`;
    const params = { power: speaker, tone: o.tone, topic: o.topic, ...(direct ? { to: powerList(audience) } : {}), ...(words.length > 0 ? { words } : {}) };
    headline(d, "statement", key, params, [speaker, ...audience]);
  }
  for (const t of audience) addRelation(d, speaker, t, tone * (direct ? WORDS_TO_A_POWER : WORDS_TO_THE_WORLD) * weight);
  addWorld(d, "globalTension", -tone * weight);
  if (o.tone === "conciliatory" && !direct) addMeter(d, speaker, "standing", PEACEFUL_WORDS_STANDING * weight);
  if (o.tone === "threatening") {
    addMeter(d, speaker, "standing", -1 * weight);
    addMeter(d, speaker, "support", 1.5 * weight);
  }
  const claimant = d.scenario.claimant;
  switch (o.topic) {
    case "war":
      addWorld(d, "warIntensity", -tone * weight);
      break;
    case "taiwan":
      if (speaker !== claimant) {
        const toClaimant = !direct || audience.includes(claimant);
        if (o.tone === "conciliatory" && toClaimant && o.stance === "principle") {
          // Endorsing the claimant's one-China principle: the claim itself.
          addTally(d, tallyKey("endorsements", claimant), 1);
          addRelation(d, speaker, claimant, 2 * weight);
          addWorld(d, "taiwanTension", -2 * weight);
        } else if (o.tone === "conciliatory" && toClaimant) {
          // Affirming a one-China policy: reassurance without endorsing the claim.
          addRelation(d, speaker, claimant, 1 * weight);
          addWorld(d, "taiwanTension", -1 * weight);
        } else if (tone < 0) {
          addRelation(d, speaker, claimant, -3 * weight);
          addWorld(d, "taiwanTension", 3 * weight);
          addMeter(d, claimant, "support", 1);
        }
      } else if (tone < 0) {
        addWorld(d, "taiwanTension", 5 * weight * -tone);
        addMeter(d, speaker, "support", 2 * weight);
      } else if (tone > 0) {
        // The claimant's soft words on Taiwan still restate its claim: they calm the Strait a
        // little, but the world hears "reunification" and gives them no standing.
        addWorld(d, "taiwanTension", -1.5 * weight);
      }
      break;
    case "trade":
      for (const t of direct ? audience : []) addMeter(d, t, "economy", 0.25 * tone * weight);
      addMeter(d, speaker, "economy", 0.25 * tone * weight);
      break;
    case "sanctions":
      for (const t of direct ? audience : []) addMeter(d, t, "economy", 0.5 * tone * weight);
      break;
    case "history":
      if (tone < 0) addMeter(d, speaker, "support", 1 * weight);
      else for (const t of audience) addRelation(d, speaker, t, 1 * weight);
      break;
  }
}

/** Step 7: aid strengthens the recipient, costs the donor, and angers the recipient's enemies. */
export function applyAid(d: Draft, donor: PowerId, o: Omit<AidOrder, "type">, viaDeal = false): void {
  const uf = unityFactor(d.s, donor);
  const rec = d.scenario.powers[o.to];
  const donorSpecial = d.scenario.powers[donor].special.kind;
  headline(d, "aid", `aid.${o.kind}${viaDeal ? "Deal" : ""}`, { donor, to: o.to }, [donor, o.to]);
  switch (o.kind) {
    case "military": {
      if (rec.special.kind === "military") addMeter(d, o.to, "special", 6 * uf);
      addRelation(d, donor, o.to, 5);
      // Arms sold through allies who pay for them (2025's PURL: Europe buys US weapons for
      // Ukraine) earn the seller's industry and cost it no capital at home; given arms cost both.
      const sold = d.scenario.powers[donor].armsSold === true;
      addMeter(d, donor, "economy", sold ? ARMS_SALE_ECONOMY : -0.5);
      addWorld(d, "warIntensity", 1);
      const enemy = POWERS.find((p) => p !== o.to && d.scenario.powers[p].war !== "none");
      if (enemy && enemy !== donor) addRelation(d, donor, enemy, -3);
      if (donorSpecial === "politicalCapital" && !sold) addMeter(d, donor, "special", -1);
      if (donorSpecial === "unity") addMeter(d, donor, "special", -0.5);
      addTally(d, tallyKey("militaryAid", donor, o.to), 1);
      break;
    }
    case "economic":
      addMeter(d, o.to, "economy", 4 * uf);
      addMeter(d, donor, "economy", -0.5);
      addMeter(d, donor, "standing", 0.5);
      addRelation(d, donor, o.to, 4);
      addTally(d, tallyKey("economicAid", donor, o.to), 1);
      break;
    case "dualUse": {
      // Sold, not given: the donor earns, the buyer's army gains less than from weapons.
      if (rec.special.kind === "military") addMeter(d, o.to, "special", 3);
      addMeter(d, donor, "economy", 1);
      const enemy = enemyOf(d, o.to);
      if (enemy && enemy !== donor) addRelation(d, donor, enemy, -3);
      addTally(d, tallyKey("dualUse", donor, o.to), 1);
      if (nextFloat(d.rng) < DUAL_USE_EXPOSURE) exposeDualUse(d, donor, o.to, enemy);
      break;
    }
    case "humanitarian":
      addMeter(d, o.to, "support", 2 * uf);
      addMeter(d, o.to, "economy", 1 * uf);
      if (d.s.powers[o.to].meters.economy < IN_NEED_BELOW) addMeter(d, donor, "standing", HUMANITARIAN_STANDING);
      addMeter(d, donor, "economy", -0.5);
      addRelation(d, donor, o.to, 3);
      break;
  }
}

function enemyOf(d: Draft, p: PowerId): PowerId | undefined {
  return POWERS.find((q) => q !== p && d.scenario.powers[q].war !== "none" && d.scenario.powers[p].war !== "none");
}

/** The buyer's enemy shows the donor's parts in the buyer's weapons: the world hears of it. */
function exposeDualUse(d: Draft, donor: PowerId, to: PowerId, enemy: PowerId | undefined): void {
  if (enemy) headline(d, "aid", "aid.dualUseShown", { enemy, donor, to }, [donor, to, enemy]);
  else headline(d, "aid", "aid.dualUseFound", { donor, to }, [donor, to]);
  addMeter(d, donor, "standing", -3);
  for (const p of POWERS) if (p !== donor && p !== to && p !== enemy) addRelation(d, p, donor, -4);
  addTally(d, tallyKey("dualUseExposed", donor), 1);
}

/** Step 8: summits. Both sides asking for one makes a state visit; a one-sided call is weaker and
 *  may be rebuffed. Powers close to the host but hostile to the visitor grow jealous. */
export function applySummits(d: Draft, summits: ReadonlyMap<PowerId, PowerId>): void {
  const done = new Set<string>();
  for (const [a, b] of summits) {
    const mutual = summits.get(b) === a;
    const key = pairKey(a, b);
    if (mutual && done.has(key)) continue;
    done.add(key);
    const worn = wornBy(d.s, a, (x) => x.type === "summit" && x.with === b);
    if (mutual) {
      headline(d, "summit", "summit.stateVisit", { a, b }, [a, b]);
      addRelation(d, a, b, 12 * worn);
      addTrust(d, a, b, 5);
      addTrust(d, b, a, 5);
      for (const p of [a, b]) {
        addMeter(d, p, "standing", 2);
        if (d.scenario.powers[p].special.kind === "politicalCapital") addMeter(d, p, "special", 3);
        if (d.scenario.powers[p].special.kind === "unity") addMeter(d, p, "special", 1);
      }
      addTally(d, `summits.${key}`, 1);
    } else if (relation(d.s, a, b) >= -30) {
      headline(d, "summit", "summit.envoy", { a, b }, [a, b]);
      addRelation(d, a, b, 4 * worn);
    } else {
      headline(d, "summit", "summit.rebuffed", { a, b }, [a, b]);
      addMeter(d, a, "support", -1);
      addMeter(d, a, "standing", -1);
      continue;
    }
    for (const [host, guest] of [[a, b], [b, a]] as const) {
      for (const c of POWERS) {
        if (c === a || c === b) continue;
        if (relation(d.s, c, host) >= 60 && relation(d.s, c, guest) < 0) addRelation(d, c, host, mutual ? -4 : -2);
      }
    }
  }
}
