// Sanctions and tariffs: levels 1..3 held by one imposer on one target in one sector.
// They bite every turn; coalitions bite harder; a warm partner's lifeline, when it chooses to
// keep it open, blunts them; they cost the imposer too.
import { addMeter, addRelation, addTally, headline, relation, type Draft } from "./draft";
import type { Order, SanctionOrder } from "./orders";
import { SANCTION_MAX_LEVEL, SECTORS, POWERS, sanctionKey, tallyKey, type MatchState, type PowerId, type Sector } from "./types";

/** How much each sector hurts the target's economy, and what it costs the imposer, per level. */
export const SECTOR_WEIGHT: Record<Sector, { bite: number; cost: number }> = {
  energy: { bite: 1.2, cost: 0.12 },
  finance: { bite: 1.0, cost: 0.05 },
  technology: { bite: 0.8, cost: 0.06 },
  trade: { bite: 1.0, cost: 0.1 },
};
/** Support a power gains at home for raising sanctions on a power that sanctions it. */
export const COUNTER_SANCTION_RALLY = 0.5;
/** Economy points lost per point of sanction pressure per turn. */
export const BITE_PER_PRESSURE = 0.12;
/**
 * Unity the EU's union loses for easing a sanction alone: none. Its sanctions are renewed every
 * six months by all members, and easing is what its holdouts ask (the delistings of March 2025
 * bought Hungary's renewal); tightening alone is the fight (−½).
 */
export const EU_EASE_UNITY = 0;
/** Each extra imposer in a sector multiplies the pressure by this much more. */
export const COALITION_BONUS = 0.2;

export function sanctionLevel(s: MatchState, imposer: PowerId, target: PowerId, sector: Sector): number {
  return s.sanctions[sanctionKey(imposer, target, sector)] ?? 0;
}

/** Total sanction levels on a target (by one imposer if given). */
export function totalSanctions(s: MatchState, target: PowerId, imposer?: PowerId): number {
  let sum = 0;
  for (const i of POWERS) {
    if (imposer !== undefined && i !== imposer) continue;
    for (const sec of SECTORS) sum += sanctionLevel(s, i, target, sec);
  }
  return sum;
}

/** EU-style unions act with less force when divided: 0.5 at unity 30 or below, 1.2 at 72 and above. */
export function unityFactor(s: MatchState, p: PowerId): number {
  if (s.scenario.powers[p].special.kind !== "unity") return 1;
  return Math.min(1.2, Math.max(0.5, s.powers[p].meters.special / 60));
}

function setLevel(d: Draft, imposer: PowerId, target: PowerId, sector: Sector, level: number): void {
  const k = sanctionKey(imposer, target, sector);
  if (level <= 0) delete d.s.sanctions[k];
  else d.s.sanctions[k] = Math.min(SANCTION_MAX_LEVEL, level);
}

/** Step 5: sanction orders change levels, with their immediate political effects. */
export function applySanctionOrder(d: Draft, imposer: PowerId, o: SanctionOrder, coordinated = false): void {
  const before = sanctionLevel(d.s, imposer, o.target, o.sector);
  const after = o.action === "impose" ? Math.max(1, before) : o.action === "tighten" ? before + 1 : o.action === "ease" ? before - 1 : 0;
  if (after === before && o.action !== "impose") return;
  setLevel(d, imposer, o.target, o.sector, after);
  const special = d.scenario.powers[imposer].special.kind;
  const harder = o.action === "impose" || o.action === "tighten";
  const key = `sanction.${o.action}${harder && coordinated ? "Joint" : ""}`;
  headline(d, "sanction", key, { power: imposer, target: o.target, sector: o.sector }, [imposer, o.target]);
  if (harder) {
    addRelation(d, imposer, o.target, -5);
    addMeter(d, o.target, "support", 0.5); // rally round the flag
    // Counter-sanctions on a power that sanctions you rally your own side too (2025's tit-for-tat tariffs).
    if (totalSanctions(d.s, imposer, o.target) > 0) addMeter(d, imposer, "support", COUNTER_SANCTION_RALLY);
    if (special === "unity") addMeter(d, imposer, "special", coordinated ? 1 : -0.5);
    // Being tough pays at home only against a rival; sanctioning a friend costs instead.
    if (special === "politicalCapital") addMeter(d, imposer, "special", relation(d.s, imposer, o.target) < 0 ? 0.5 : -2);
  } else {
    addRelation(d, imposer, o.target, o.action === "lift" ? 6 : 4);
    // Breaking ranks with the other sanctioning powers.
    for (const p of POWERS) if (p !== imposer && p !== o.target && sanctionLevel(d.s, p, o.target, o.sector) > 0) addRelation(d, imposer, p, -2);
    if (special === "unity" && EU_EASE_UNITY !== 0) addMeter(d, imposer, "special", EU_EASE_UNITY);
    if (special === "politicalCapital") addMeter(d, imposer, "special", -1);
  }
}

/** What keeping a lifeline open brings the provider each turn (discounted energy, sales). */
export const LIFELINE_PROVIDER_ECONOMY = 0.5;
/** Warmth between provider and partner each turn the lifeline stays open. */
export const LIFELINE_RELATION = 3;
/** Each power sanctioning the partner resents the provider that props it up, each turn. */
export const LIFELINE_RESENTMENT = -2;
/** Secondary-sanctions risk: the provider's trade exposure grows each turn it stays open (2025: US penalty tariffs on buyers of Russian oil). */
export const LIFELINE_EXPOSURE = 1;
/** The partner's disappointment each turn the provider withholds it. */
export const LIFELINE_WITHHELD_RELATION = -2;

/** The providers whose lifeline to each partner is open this turn (by their own order). */
export type OpenLifelines = ReadonlySet<`${PowerId}>${PowerId}`>;

export function openLifelines(orders: Record<PowerId, readonly Order[]>): OpenLifelines {
  const open = new Set<`${PowerId}>${PowerId}`>();
  for (const p of POWERS) for (const o of orders[p]) if (o.type === "lifeline" && o.open) open.add(`${p}>${o.to}`);
  return open;
}

/** Step 5b: each scenario lifeline is opened or withheld by its provider's order this turn. */
export function applyLifelines(d: Draft, open: OpenLifelines): void {
  for (const l of d.scenario.lifelines) {
    if (open.has(`${l.provider}>${l.to}`)) {
      headline(d, "economy", "economy.lifelineOpen", { provider: l.provider, partner: l.to }, [l.provider, l.to]);
      addMeter(d, l.provider, "economy", LIFELINE_PROVIDER_ECONOMY);
      addRelation(d, l.provider, l.to, LIFELINE_RELATION);
      for (const p of POWERS) if (p !== l.provider && p !== l.to && totalSanctions(d.s, l.to, p) > 0) addRelation(d, p, l.provider, LIFELINE_RESENTMENT);
      if (d.scenario.powers[l.provider].special.kind === "tradeExposure") addMeter(d, l.provider, "special", LIFELINE_EXPOSURE);
      addTally(d, tallyKey("lifelineOpen", l.provider, l.to), 1);
    } else {
      headline(d, "economy", "economy.lifelineWithheld", { provider: l.provider, partner: l.to }, [l.provider, l.to]);
      addRelation(d, l.to, l.provider, LIFELINE_WITHHELD_RELATION);
    }
  }
}

/** Share of sanction pressure a warm partner with an open lifeline absorbs for `target` (0 .. 0.6). */
export function lifelineShare(s: MatchState, target: PowerId, open: OpenLifelines): number {
  let share = 0;
  for (const l of s.scenario.lifelines) {
    if (l.to !== target || !open.has(`${l.provider}>${l.to}`)) continue;
    if (totalSanctions(s, target, l.provider) > 0) continue;
    const warmth = relation(s, l.provider, target);
    if (warmth >= 40) share += l.strength * (warmth / 100);
  }
  return Math.min(0.6, share);
}

function atWarWith(d: Draft, a: PowerId, b: PowerId): boolean {
  const wa = d.scenario.powers[a].war;
  const wb = d.scenario.powers[b].war;
  return wa !== "none" && wb !== "none" && wa !== wb;
}

/** Step 10: standing sanctions bite every target and cost every imposer (but the target's enemy at war). */
export function resolveSanctionPressure(d: Draft, open: OpenLifelines): void {
  // Group the standing sanctions by target and sector in one pass over the record.
  const byTarget = new Map<PowerId, Map<Sector, { imposer: PowerId; level: number }[]>>();
  for (const [key, level] of Object.entries(d.s.sanctions)) {
    if (!level) continue;
    const [imposer, rest] = key.split(">") as [PowerId, string];
    const [target, sector] = rest.split(":") as [PowerId, Sector];
    const sectors = byTarget.get(target) ?? new Map<Sector, { imposer: PowerId; level: number }[]>();
    byTarget.set(target, sectors);
    const list = sectors.get(sector) ?? [];
    sectors.set(sector, list);
    list.push({ imposer, level });
  }
  for (const target of POWERS) {
    const sectors = byTarget.get(target);
    if (!sectors) continue;
    let pressure = 0;
    const costs: Partial<Record<PowerId, number>> = {};
    for (const [sector, held] of sectors) {
      let levels = 0;
      for (const { imposer, level } of held) {
        levels += level * unityFactor(d.s, imposer);
        // The two sides of the war stopped trading when it began: sanctioning the enemy costs nothing.
        if (!atWarWith(d, imposer, target)) costs[imposer] = (costs[imposer] ?? 0) + level * SECTOR_WEIGHT[sector].cost;
      }
      const exposed = d.scenario.powers[target].special.kind === "tradeExposure" && (sector === "trade" || sector === "technology");
      const exposure = exposed ? d.s.powers[target].meters.special / 50 : 1;
      pressure += levels * SECTOR_WEIGHT[sector].bite * (1 + COALITION_BONUS * (held.length - 1)) * exposure;
    }
    const blunt = lifelineShare(d.s, target, open);
    headline(d, "economy", blunt > 0 ? "economy.sanctionsSoftened" : "economy.sanctionsWeigh", { power: target }, [target]);
    addMeter(d, target, "economy", -pressure * BITE_PER_PRESSURE * (1 - blunt));
    if (blunt > 0) addTally(d, tallyKey("lifeline", target), 1);
    for (const p of POWERS) {
      const c = costs[p];
      if (c !== undefined) addMeter(d, p, "economy", -c);
    }
  }
}
