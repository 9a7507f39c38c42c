// Ceasefires between the warring sides: bilateral (through an accepted offer) or unilateral.
// Each turn in force, each bound side secretly keeps or breaks it. With monitors the breaker is
// named; without, both sides accuse each other and the views cannot tell who did it.
import { addMeter, addRelation, addTally, addTrust, addWorld, headline, newId, powerList, type Draft } from "./draft";
import { scopeCovers, type Order } from "./orders";
import { isBelligerent } from "./scenarioSchema";
import { POWERS, tallyKey, type Ceasefire, type CeasefireScope, type PowerId } from "./types";

/** Standing the broker of a lasting ceasefire gains (its points are in the score: BROKER_POINTS). */
export const BROKER_STANDING = 2;
/** Military strength the defender rebuilds in each turn a full bilateral ceasefire holds. */
export const REARM_PER_QUIET_TURN = 2;
/** Standing a unilateral truce earns its declarer, when declared and in each turn it holds. */
export const TRUCE_KEPT_STANDING = 1;

export function createCeasefire(
  d: Draft,
  parties: PowerId[],
  turns: number,
  scope: CeasefireScope,
  monitored: boolean,
  unilateral: boolean,
  offerId: string | null,
  startTurn: number = d.s.turn,
  broker?: PowerId,
): Ceasefire {
  // A bilateral agreement supersedes a unilateral truce.
  if (!unilateral) for (const c of d.s.ceasefires) if (c.status === "active" && c.unilateral) c.status = "expired";
  const c: Ceasefire = {
    id: newId(d, "cf"),
    parties: [...parties],
    unilateral,
    scope,
    monitored,
    startTurn,
    endTurn: startTurn + turns - 1,
    status: "active",
    keptTurns: 0,
    record: [],
    secretBreaches: [],
    offerId,
    ...(broker !== undefined ? { broker } : {}),
  };
  d.s.ceasefires.push(c);
  return c;
}

/** Whether this power's orders break the ceasefire, explicitly or by an attack it covers. */
export function breaks(c: Ceasefire, orders: readonly Order[]): boolean {
  return orders.some(
    (o) =>
      (o.type === "ceasefire" && o.ceasefireId === c.id && o.decision === "break") ||
      (o.type === "posture" && o.stance === "offensive" && scopeCovers(c.scope, null)) ||
      (o.type === "strike" && scopeCovers(c.scope, o.target)),
  );
}

export interface CeasefireOutcome {
  /** A full bilateral ceasefire held this turn: the front does not move. */
  frontFrozen: boolean;
  /** Ceasefires of any kind kept this turn (lower war intensity). */
  keptCount: number;
}

/** Step 3 of resolution: every ceasefire in force is kept or breached. */
export function resolveCeasefires(d: Draft, orders: Record<PowerId, readonly Order[]>): CeasefireOutcome {
  const out: CeasefireOutcome = { frontFrozen: false, keptCount: 0 };
  const turn = d.s.turn;
  for (const c of d.s.ceasefires) {
    if (c.status !== "active" || c.startTurn > turn) continue;
    const breakers = c.parties.filter((p) => breaks(c, orders[p]));
    const belligerents = POWERS.filter((p) => isBelligerent(d.scenario.powers[p]));
    if (breakers.length === 0) {
      c.keptTurns += 1;
      c.record.push({ turn, outcome: "kept", namedBreakers: [] });
      out.keptCount += 1;
      if (!c.unilateral && c.scope === "full") out.frontFrozen = true;
      if (c.unilateral) headline(d, "ceasefire", "ceasefire.truceHolds", { power: c.parties[0] ?? "russia" }, c.parties);
      else headline(d, "ceasefire", "ceasefire.holds", {}, c.parties);
      for (const p of c.parties) addMeter(d, p, "standing", c.unilateral ? TRUCE_KEPT_STANDING : 1);
      // Moscow's argument against a long ceasefire in 2025: a quiet front lets Ukraine rearm.
      if (!c.unilateral && c.scope === "full") for (const p of belligerents) if (d.scenario.powers[p].war === "defender") addMeter(d, p, "special", REARM_PER_QUIET_TURN);
      if (!c.unilateral) {
        const [a, b] = c.parties as [PowerId, PowerId];
        addTrust(d, a, b, 3);
        addTrust(d, b, a, 3);
        addRelation(d, a, b, 3);
      }
      addWorld(d, "globalTension", -2);
      const goal = d.scenario.sharedGoal;
      if (!c.unilateral && c.keptTurns >= goal.keptTurns && (d.s.tallies["lastingCeasefire"] ?? 0) === 0) {
        addTally(d, "lastingCeasefire", 1);
        if (c.broker !== undefined) {
          // Brokering a peace that holds is worth more than watching it: points and standing.
          addTally(d, tallyKey("broker", c.broker), 1);
          addMeter(d, c.broker, "standing", BROKER_STANDING);
        }
        headline(d, "ceasefire", "ceasefire.lasting", { count: c.keptTurns }, [...POWERS]);
      }
    } else {
      c.status = "collapsed";
      c.record.push({ turn, outcome: "breached", namedBreakers: c.monitored ? [...breakers] : [] });
      c.secretBreaches.push({ turn, breakers: [...breakers] });
      addTally(d, "ceasefireBreaches", 1);
      const promised = c.offerId !== null;
      if (c.monitored) {
        headline(d, "ceasefire", "ceasefire.monitorsName", { breakers: powerList(breakers), count: breakers.length }, breakers);
        for (const b of breakers) {
          addMeter(d, b, "standing", -6);
          for (const p of POWERS) addTrust(d, p, b, promised ? -15 : -10);
        }
      } else {
        // Unmonitored: the same accusations and the same costs for both sides, whoever broke it,
        // so that nothing public reveals the breaker.
        const accused = belligerents.length >= 2 ? belligerents : c.parties;
        headline(d, "ceasefire", "ceasefire.accusations", { accused: powerList(accused) }, accused);
        for (const a of accused) {
          addMeter(d, a, "standing", -2);
          for (const p of POWERS) if (!accused.includes(p)) addTrust(d, p, a, promised ? -5 : -3);
          for (const b of accused) addTrust(d, a, b, -6);
        }
      }
      addWorld(d, "warIntensity", 5);
      addWorld(d, "globalTension", 2);
    }
  }
  return out;
}

/** Step 11: ceasefires whose last turn has passed end. */
export function expireCeasefires(d: Draft): void {
  for (const c of d.s.ceasefires) if (c.status === "active" && c.endTurn <= d.s.turn) c.status = "expired";
}

/** A unilateral truce declared by order starts next turn. */
export function declareCeasefires(d: Draft, orders: Record<PowerId, readonly Order[]>): void {
  for (const p of POWERS) {
    for (const o of orders[p]) {
      if (o.type !== "declareCeasefire") continue;
      createCeasefire(d, [p], o.turns, o.scope, false, true, null, d.s.turn + 1);
      headline(d, "ceasefire", `ceasefire.declared.${o.scope}`, { power: p, count: o.turns }, [p]);
      addMeter(d, p, "standing", TRUCE_KEPT_STANDING);
      addWorld(d, "globalTension", -1);
    }
  }
}
