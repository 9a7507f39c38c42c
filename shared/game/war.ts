// The war: military posture, long-range strikes, the front line and war intensity.
import { addMeter, addTally, addWorld, headline, type Draft } from "./draft";
import { nextNoise } from "./rng";
import type { Order, StrikeOrder } from "./orders";
import { POWERS, type PowerId } from "./types";
import type { CeasefireOutcome } from "./ceasefires";

type Stance = "offensive" | "hold" | "fortify";
const ATTACK: Record<Stance, number> = { offensive: 1, hold: 0.25, fortify: 0 };
const DEFENCE: Record<Stance, number> = { offensive: 0.85, hold: 1, fortify: 1.3 };
/** Front-line points (share of territory, %) per point of military advantage: 2025 saw about a
 *  point in four months, so an offensive at the opening strengths takes under a point in a turn. */
export const FRONT_PER_ADVANTAGE = 0.035;
/** Support a long-range strike earns its striker at home: hitting back plays well (2025's drone and missile war). */
export const STRIKE_RALLY = 1;
/** The front's random swing per turn at war intensity 100 (scaled down as intensity falls). */
export const FRONT_NOISE = 0.3;

/**
 * The defender's offensive is a local counter-attack (2025: Russia held the initiative all year;
 * Ukraine's offensives were local, in Sumy region in June and near Dobropillia in August): it
 * costs the defender this share of an offensive's strength and adds this share of an
 * offensive's war intensity. The attacker's general offensive costs in full.
 */
export const COUNTERATTACK_SHARE = 0.25;

export function stanceOf(orders: readonly Order[]): Stance {
  for (const o of orders) if (o.type === "posture") return o.stance;
  return "hold";
}

function sides(d: Draft): { defender: PowerId; attacker: PowerId } {
  const defender = POWERS.find((p) => d.scenario.powers[p].war === "defender") ?? "ukraine";
  const attacker = POWERS.find((p) => d.scenario.powers[p].war === "attacker") ?? "russia";
  return { defender, attacker };
}

/** Step 9a: long-range strikes on the enemy's energy grid, airports or forces. */
export function applyStrike(d: Draft, striker: PowerId, o: StrikeOrder): void {
  const { defender, attacker } = sides(d);
  const target = striker === defender ? attacker : defender;
  switch (o.target) {
    case "energy":
      headline(d, "strike", "strike.energy", { striker, target }, [striker, target]);
      addMeter(d, target, "economy", -3);
      addMeter(d, target, "support", 0.5);
      addMeter(d, striker, "standing", -0.5);
      addMeter(d, striker, "support", STRIKE_RALLY);
      break;
    case "airports":
      headline(d, "strike", "strike.airports", { striker, target }, [striker, target]);
      addMeter(d, target, "economy", -1.5);
      addMeter(d, target, "support", -1.5);
      addMeter(d, target, "standing", -1);
      addMeter(d, striker, "support", STRIKE_RALLY);
      addTally(d, "airportsClosed", 1);
      break;
    case "military":
      headline(d, "strike", "strike.military", { striker, target }, [striker, target]);
      addMeter(d, target, "special", -3);
      addMeter(d, striker, "support", STRIKE_RALLY);
      break;
  }
  addWorld(d, "warIntensity", 2);
  addWorld(d, "globalTension", 1);
}

/** Step 9b: postures meet at the front; offensives cost men and equipment; intensity follows. */
export function resolveFront(d: Draft, orders: Record<PowerId, readonly Order[]>, cf: CeasefireOutcome): void {
  const { defender, attacker } = sides(d);
  const sd = stanceOf(orders[defender]);
  const sa = stanceOf(orders[attacker]);
  const md = d.s.powers[defender].meters.special;
  const ma = d.s.powers[attacker].meters.special;
  const pushD = Math.max(0, md * ATTACK[sd] - 0.75 * ma * DEFENCE[sa]);
  const pushA = Math.max(0, ma * ATTACK[sa] - 0.75 * md * DEFENCE[sd]);
  // Noise is drawn every turn, frozen or not, so that the generator advances the same way.
  const noise = nextNoise(d.rng) * FRONT_NOISE * (d.s.world.warIntensity / 100);
  const delta = cf.frontFrozen ? 0 : (pushD - pushA) * FRONT_PER_ADVANTAGE + noise;
  const offensives = (sa === "offensive" ? 1 : 0) + (sd === "offensive" ? COUNTERATTACK_SHARE : 0);
  const strikes = [defender, attacker].reduce((n, p) => n + orders[p].filter((o) => o.type === "strike").length, 0);

  const moved = Math.abs(delta) >= 0.5;
  const key = cf.frontFrozen ? "front.silent" : !moved ? "front.still" : delta > 0 ? "front.pushedBack" : "front.advance";
  headline(d, "front", key, { defender, attacker }, [defender, attacker]);
  const gained = addWorld(d, "frontLine", delta);
  // Backers of a side win or lose with it, in proportion to the ground that changed hands.
  for (const st of d.scenario.frontStakes ?? []) addMeter(d, st.power, st.meter, st.perPoint * gained);
  if (moved) {
    const gainer = delta > 0 ? defender : attacker;
    const loser = delta > 0 ? attacker : defender;
    addMeter(d, gainer, "support", Math.abs(delta) * 1.5);
    addMeter(d, loser, "support", -Math.abs(delta));
  }
  for (const [p, s] of [[defender, sd], [attacker, sa]] as const) {
    if (s === "offensive") addMeter(d, p, "special", p === defender ? -COUNTERATTACK_SHARE : -1);
    else if (s === "fortify") addMeter(d, p, "special", 1.5);
    else addMeter(d, p, "special", 1);
  }
  if (sa === "offensive") addMeter(d, defender, "special", -2);
  if (sd === "offensive") addMeter(d, attacker, "special", -2);

  const target = Math.max(5, 25 + 25 * offensives + 6 * strikes - 20 * cf.keptCount - (cf.frontFrozen ? 15 : 0));
  addWorld(d, "warIntensity", (target - d.s.world.warIntensity) * 0.5);
}

/** Step 10b: the war's running cost to both belligerents and to world tension. */
export function applyWarCosts(d: Draft): void {
  const { defender, attacker } = sides(d);
  const w = d.s.world.warIntensity;
  headline(d, "economy", w >= 50 ? "economy.warDrains" : "economy.warQuieter", {}, [defender, attacker]);
  addMeter(d, attacker, "economy", -w * 0.02);
  addMeter(d, defender, "economy", -w * 0.03);
  addMeter(d, defender, "support", -(w - 50) * 0.02);
  addWorld(d, "globalTension", (w - 50) * 0.03);
}
