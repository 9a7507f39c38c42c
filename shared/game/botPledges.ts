// How a bot weighs a pledge. A pledge changes nothing in the turn it is made unless its pledger
// would otherwise have done the deed it forbids, so the bot imagines that deed (the pledger's
// personality gives its chance) and what it does to everyone, once with the pledge kept and once
// broken by it. The other parties count on it as far as they trust the pledger; the pledger
// counts the trust it earns by keeping it against the deed it gives up.
import { CANDIDATE_KINDS } from "./botCandidates";
import { lookahead, powerUtility } from "./botMind";
import { resolveCommitments } from "./commitments";
import { makeDraft } from "./draft";
import { validateOrder, type Order } from "./orders";
import { sanctionLevel } from "./sanctions";
import type { BotPersonality } from "./scenarioSchema";
import { SANCTION_MAX_LEVEL, SECTORS, type Commitment, type MatchState, type PledgePromise, type PledgeTerms, type PowerId } from "./types";

const nobody = (): Record<PowerId, Order[]> => ({ russia: [], china: [], usa: [], ukraine: [], eu: [] });

/** The chance a bot gives that a power would do, this turn and without a pledge, the deed the promise forbids: its taste for it. */
export function deedChance(bot: BotPersonality, promise: PledgePromise): number {
  switch (promise) {
    case "noOffensive":
    case "noStrikes":
      return bot.aggression;
    case "noNewSanctions":
      return bot.sanctions;
    case "noMilitaryAidTo":
      return bot.generosity;
  }
}

/** The deed a pledge forbids, as its pledger could order it now (undefined when no such order is legal). */
export function forbiddenDeed(s: MatchState, t: PledgeTerms): Order | undefined {
  let o: Order | undefined;
  switch (t.promise) {
    case "noOffensive":
      o = { type: "posture", stance: "offensive" };
      break;
    case "noStrikes":
      o = { type: "strike", target: "energy" };
      break;
    case "noNewSanctions": {
      const target = t.target;
      if (!target) return undefined;
      const light = SECTORS.map((sector) => ({ sector, lv: sanctionLevel(s, t.by, target, sector) })).filter((x) => x.lv < SANCTION_MAX_LEVEL).sort((a, b) => a.lv - b.lv)[0];
      if (light) o = { type: "sanction", target, sector: light.sector, action: light.lv === 0 ? "impose" : "tighten" };
      break;
    }
    case "noMilitaryAidTo":
      if (t.target) o = { type: "aid", to: t.target, kind: "military" };
      break;
  }
  return o && validateOrder(s, t.by, o, new Set()).ok ? o : undefined;
}

/** What the deed alone does to each power's utility: by its own resolution step, or by resolving the whole turn with it. */
function deedEffect(base: MatchState, by: PowerId, deed: Order): (p: PowerId) => number {
  const kind = deed.type === "ceasefire" || deed.type === "commitment" ? undefined : CANDIDATE_KINDS[deed.type];
  if (kind?.step) {
    const d = makeDraft(base);
    kind.step(d, by, deed);
    return (p) => powerUtility(d.s, p) - powerUtility(base, p);
  }
  const done = lookahead(base, { [by]: [deed] });
  const held = lookahead(base, {});
  return (p) => powerUtility(done, p) - powerUtility(held, p);
}

/**
 * Each party's expected utility with the pledge `c` agreed, judged against `base` (the turn as it
 * stands), per turn of the pledge times `span` turns. `trust(p, q)` is p's trust in q, 0..1.
 */
export function pledgeOutcome(base: MatchState, c: Commitment, t: PledgeTerms, span: number, trust: (p: PowerId, q: PowerId) => number): (p: PowerId) => number {
  // The pledge played out by its own step, as if this were its last turn (so keeping earns its trust).
  const carry = (orders: Order[]) => {
    const d = makeDraft(base);
    d.s.commitments = [{ ...c, endTurn: base.turn, parties: [...c.parties], breakers: [] }];
    resolveCommitments(d, { ...nobody(), [t.by]: orders });
    return d.s;
  };
  const kept = carry([]);
  const deed = forbiddenDeed(base, t);
  const chance = deed ? deedChance(base.scenario.powers[t.by].bot, t.promise) : 0;
  const broken = deed ? carry([deed]) : kept;
  const effect = deed ? deedEffect(base, t.by, deed) : () => 0;
  return (p) => {
    const u0 = powerUtility(base, p);
    const uk = powerUtility(kept, p);
    const dd = effect(p);
    const ub = powerUtility(broken, p) + dd;
    let gain: number;
    if (p === t.by) {
      // The pledger decides later: it keeps, or breaks where breaking pays; without the pledge it does the deed only if the deed pays.
      gain = chance * Math.max(uk, ub) + (1 - chance) * uk - (u0 + chance * Math.max(dd, 0));
    } else {
      // The deed still comes where the pledger would have done it and does not keep its word.
      const lapse = chance * (1 - trust(p, t.by));
      gain = lapse * ub + (1 - lapse) * uk - (u0 + chance * dd);
    }
    return u0 + span * gain;
  };
}

/** What breaking its own pledge `c` by `deed` costs `me` this turn (trust, standing, the kept pledge's reward lost). */
export function breachLoss(hyp: MatchState, c: Commitment, me: PowerId, deed: Order): number {
  const carry = (orders: Order[]) => {
    const d = makeDraft(hyp);
    d.s.commitments = [{ ...c, parties: [...c.parties], breakers: [] }];
    resolveCommitments(d, { ...nobody(), [me]: orders });
    return powerUtility(d.s, me);
  };
  return carry([]) - carry([deed]);
}
