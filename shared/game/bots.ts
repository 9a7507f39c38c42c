// Bots that play by lookahead over their goals. Each reads only its own view (MatchView, never
// the full state), imagines the turn from it (botMind.ts), and chooses what raises its own
// expected final score (powerUtility): orders greedily by gain per capital point, offers by
// their expected gain with the other side's part weighted by trust, promises and ceasefires
// kept unless breaking pays enough for its personality's treachery. The scenario's personality
// only breaks ties; a little seeded noise keeps bots from being predictable.
import { candidateOrders, type Candidate } from "./botCandidates";
import { imagine, lookahead, powerUtility } from "./botMind";
import { deedAgainst, type Words } from "./sayDo";
import { resolveCommitments } from "./commitments";
import { makeDraft } from "./draft";
import { applyCheckedOfferAction, MAX_PROPOSALS_PER_TURN, promiseTurns, validateTerms, type OfferAction } from "./offers";
import { MAX_ORDERS, orderKey, validateOrders, validateOrder, type Order } from "./orders";
import { nextFloat, nextNoise, type Rng } from "./rng";
import { capitalPledgedBy, violatesPledge } from "./pledges";
import { breachLoss, pledgeOutcome } from "./botPledges";
import { isBelligerent } from "./scenarioSchema";
import type { MatchView } from "./view";
import { POWERS, SECTORS, pairKey, sanctionKey, trustKey, type MatchState, type Offer, type OfferTerms, type PowerId } from "./types";

/** Width (in score points) of the seeded noise added to each choice. */
export const BOT_NOISE = 0.25;
/** Score points per unit of personality trait added to a candidate of that trait's kind (a tie-breaker). */
export const TASTE_WEIGHT = 0.15;
/** Least expected gain (score points) for an order to be worth giving. */
export const MIN_ORDER_GAIN = 0.05;
/** Gain (score points) a break must bring a bot with no treachery at all; treachery lowers it in proportion. */
export const BREAK_MARGIN = 4;
/** What a point of diplomatic capital pledged in a deal is worth to a bot (the orders it can no longer give). */
export const CAPITAL_VALUE = 1.2;
/** Least expected gain (score points) for a bot to accept an offer. */
export const ACCEPT_MARGIN = 0.2;
/** Least expected gain for a bot to propose an offer (the recipient's must be positive too). */
export const PROPOSE_MARGIN = 0.5;
/** How much more (or less) a bot likes a ceasefire than its lookahead says, per point of its `ceasefire` trait above 0.5. */
export const CEASEFIRE_TASTE = 3;
/** Least expected gain for a bot to propose a pledge: it costs no capital, so a smaller gain suffices. */
export const PLEDGE_PROPOSE_MARGIN = 0.2;
/** The lengths (turns) a bot weighs for a deal of its own idea: it proposes the one it gains most from that the others accept. */
export const DEAL_LENGTHS_WEIGHED = [1, 2, 3] as const;
/** Candidate offers a bot weighs in one negotiation phase. */
export const PROPOSALS_WEIGHED = 2;
/** Candidate orders a bot weighs in one turn (a seeded sample when there are more). */
export const ORDERS_WEIGHED = 18;
/** Candidate orders screened one after another on one copy of the resolved turn. */
export const STEPS_PER_COPY = 8;
/** Offers a bot makes at most in one turn. */
export const PROPOSALS_MADE = 2;

function rngFrom(seed: number): Rng {
  return { state: seed >>> 0 };
}

function trustOf(s: MatchState, from: PowerId, to: PowerId): number {
  return (s.trust[trustKey(from, to)] ?? 50) / 100;
}

/** The attack that breaking a ceasefire of this scope makes possible, if any is legal. */
function attackUnder(s: MatchState, me: PowerId, breaking: ReadonlySet<string>): Order | undefined {
  const tries: Order[] = [{ type: "posture", stance: "offensive" }, { type: "strike", target: "military" }, { type: "strike", target: "energy" }];
  return tries.find((o) => validateOrder(s, me, o, breaking).ok);
}

/** Up to `n` of the items, drawn without replacement (all of them, shuffled, when there are fewer). */
function sample<T>(rng: Rng, items: T[], n: number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(nextFloat(rng) * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out.slice(0, n);
}

/** The orders a bot gives this turn, within its budget. */
export function botOrders(view: MatchView, power: PowerId, seed: number): Order[] {
  const rng = rngFrom(seed);
  const hyp = imagine(view, power, seed >>> 0);
  const bot = view.scenario.powers[power].bot;
  const u = (s: MatchState) => powerUtility(s, power);
  const decided: Order[] = [];
  const breaking = new Set<string>();
  const breakBar = () => (1 - bot.treachery) * BREAK_MARGIN + nextNoise(rng) * BOT_NOISE;

  // Secret decisions first: keeping is the default, so only a break needs an order.
  let base = lookahead(hyp, { [power]: decided });
  let u0 = u(base);
  for (const c of hyp.ceasefires) {
    if (c.status !== "active" || c.startTurn > hyp.turn || !c.parties.includes(power)) continue;
    const trial = new Set([...breaking, c.id]);
    const attack = attackUnder(hyp, power, trial);
    const brk: Order[] = [{ type: "ceasefire", ceasefireId: c.id, decision: "break" }, ...(attack ? [attack] : [])];
    const broken = u(lookahead(hyp, { [power]: [...decided, ...brk] }));
    if (broken - u0 > breakBar()) {
      breaking.add(c.id);
      decided.push(brk[0] as Order); // the attack itself competes with the other candidates
      base = lookahead(hyp, { [power]: decided });
      u0 = u(base);
    }
  }
  for (const c of hyp.commitments) {
    // A joint statement withholds nothing worth breaking it for: only what a bot gives is weighed.
    // A pledge is broken by the deed it forbids, weighed among the orders below.
    if (c.status !== "pending" || !c.parties.includes(power) || c.terms.kind === "jointStatement" || c.terms.kind === "pledge") continue;
    // A commitment plays out in its own resolution step: carried out, or broken by this bot.
    const carry = (brk: boolean) => {
      const d = makeDraft(hyp);
      d.s.commitments = [{ ...c, parties: [...c.parties], breakers: [] }];
      resolveCommitments(d, { russia: [], china: [], usa: [], ukraine: [], eu: [], ...(brk ? { [power]: [{ type: "commitment", commitmentId: c.id, decision: "break" }] } : {}) });
      return u(d.s);
    };
    if (carry(true) - carry(false) > breakBar()) decided.push({ type: "commitment", commitmentId: c.id, decision: "break" });
  }
  if (decided.some((o) => o.type === "commitment")) {
    base = lookahead(hyp, { [power]: decided });
    u0 = u(base);
  }
  const scored: { c: Candidate; gain: number; value: number }[] = [];
  // Orders screened by their own step run one after another on a few copies of the resolved
  // turn, each gain measured from the state just before it: a copy per candidate would cost
  // more than the steps themselves.
  let d = makeDraft(base);
  let stepped = 0;
  let before = u0;
  const pledges = hyp.commitments.filter((c) => c.status === "pending" && c.terms.kind === "pledge" && c.terms.by === power);
  for (const c of candidateOrders(hyp, power, breaking, ORDERS_WEIGHED, () => nextFloat(rng))) {
    let gain: number;
    if (c.kind.step) {
      if (stepped > 0 && stepped % STEPS_PER_COPY === 0) {
        d = makeDraft(base);
        before = u0;
      }
      stepped += 1;
      c.kind.step(d, power, c.order);
      const after = u(d.s);
      gain = after - before;
      before = after;
    } else {
      gain = u(lookahead(hyp, { [power]: [...decided, c.order] })) - u0;
    }
    const pledge = pledges.find((x) => x.terms.kind === "pledge" && violatesPledge(x.terms, c.order));
    if (pledge) {
      // The deed breaks a pledge of this bot's: its step alone misses the break's cost (a whole
      // turn resolved counts it already), and a break must pay as much as any other.
      if (c.kind.step) gain -= breachLoss(hyp, pledge, power, c.order);
      if (gain <= breakBar()) continue;
    }
    scored.push({ c, gain, value: gain / Math.max(c.cost, 1) + c.kind.taste(c.order, bot) * TASTE_WEIGHT + nextNoise(rng) * BOT_NOISE });
  }
  scored.sort((a, b) => b.value - a.value);

  const orders = [...decided];
  const used = new Set(orders.map(orderKey));
  let left = (view.budget ?? 0) - orders.reduce((a, o) => a + (o.type === "ceasefire" || o.type === "commitment" ? 0 : 1), 0);
  for (const { c, gain } of scored) {
    if (orders.length >= MAX_ORDERS || left <= 0) break;
    const key = orderKey(c.order);
    if (gain <= MIN_ORDER_GAIN || c.cost > left || used.has(key)) continue;
    used.add(key);
    orders.push(c.order);
    left -= c.cost;
  }
  // A set of single orders can still clash (a strike a ceasefire forbids once another breaks):
  // drop from the end until the whole set is legal.
  while (orders.length > 0 && !validateOrders(hyp, power, orders).ok) orders.pop();
  return keepWordsAndDeeds(hyp, power, orders, u);
}

/**
 * Orders weighed one at a time miss that words and deeds chosen together can contradict each
 * other (conciliatory words on the war, then an offensive), or last turn's words. When they do,
 * the whole turn decides: as chosen, without the contradicted words, or without the deeds.
 */
function keepWordsAndDeeds(hyp: MatchState, power: PowerId, orders: Order[], u: (s: MatchState) => number): Order[] {
  const words: Words[] = [
    ...hyp.sayDo.filter((e) => e.power === power && e.verdict === "pending"),
    ...orders.flatMap((o) => (o.type === "statement" ? [{ power, tone: o.tone, topic: o.topic, audience: o.audience }] : [])),
  ];
  const deeds = orders.filter((o) => o.type !== "statement" && words.some((w) => deedAgainst(hyp.scenario, w, [o]) !== null));
  if (deeds.length === 0) return orders;
  const unsaid = orders.filter((o) => o.type !== "statement" || deeds.every((deed) => deedAgainst(hyp.scenario, { power, tone: o.tone, topic: o.topic, audience: o.audience }, [deed]) === null));
  const undone = orders.filter((o) => !deeds.includes(o));
  let best = orders;
  let bestValue = u(lookahead(hyp, { [power]: orders }));
  for (const option of [unsaid, undone]) {
    const value = u(lookahead(hyp, { [power]: option }));
    if (value > bestValue) [best, bestValue] = [option, value];
  }
  return best;
}

/** Capital a party pledges in these terms (what the deal's items would cost as orders). */
function pledged(terms: OfferTerms, p: PowerId): number {
  return capitalPledgedBy(terms, p);
}

/** The imagined state in which every recipient accepted this offer (undefined if the engine refuses). */
function withAccepted(hyp: MatchState, offer: Offer): MatchState | undefined {
  let s = hyp;
  for (const p of offer.to) {
    if (s.offers.find((o) => o.id === offer.id)?.acceptedBy.includes(p)) continue;
    const r = applyCheckedOfferAction(s, p, { action: "accept", offerId: offer.id });
    if (!r.ok) return undefined;
    s = r.value;
  }
  return s;
}

/**
 * What each party expects from an agreed offer: its utility after the turn with the offer
 * carried out, less, for every other party, that party's part times the chance (what it does
 * not trust) that the party fails it.
 */
type OfferOutcome = (p: PowerId, turns?: number) => number;

/** Turns of a deal another party is expected to deliver, trusted at `trust`: trust + trust² + … over `turns`. */
function delivered(trust: number, turns: number): number {
  let sum = 0;
  for (let k = 1, t = trust; k <= turns; k++, t *= trust) sum += t;
  return sum;
}

/**
 * The offer's outcome, judged against `base`. A ceasefire plays out through the front, so its
 * turn is resolved whole (if the other side breaks it at once, the turn goes much as without
 * it: `base` stands for that case). A deal is carried out by its own resolution step, one
 * giver's items after another on one copy of `base`, so each giver's part is the change it
 * made. Other commitments are carried out once kept and once broken by each party.
 */
function offerOutcome(hyp: MatchState, base: MatchState, offer: Offer, agreedAlready?: MatchState): OfferOutcome | undefined {
  const agreed = agreedAlready ?? withAccepted(hyp, offer);
  if (!agreed) return undefined;
  const others = (p: PowerId) => [offer.from, ...offer.to].filter((q) => q !== p);
  const doubt = (p: PowerId, q: PowerId) => 1 - trustOf(base, p, q);
  if (offer.terms.kind === "ceasefire") {
    const kept = lookahead(agreed, {});
    // Only the warring sides can break a ceasefire; trust is read once a turn of it has held.
    return (p) => {
      const k = powerUtility(kept, p);
      const b = powerUtility(base, p);
      return others(p).reduce((ev, q) => ev + (isBelligerent(base.scenario.powers[q]) ? (1 - trustOf(kept, p, q)) * (b - k) : 0), k);
    };
  }
  const c = agreed.commitments.find((x) => x.offerId === offer.id);
  if (!c) return undefined;
  const none = (): Record<PowerId, Order[]> => ({ russia: [], china: [], usa: [], ukraine: [], eu: [] });
  const t = c.terms;
  const span = spanOf(base, t);
  if (t.kind === "pledge") return pledgeOutcome(base, c, t, span, (p, q) => trustOf(base, p, q));
  if (t.kind === "deal") {
    const d = makeDraft(base);
    const parties = c.parties;
    const part = new Map<PowerId, Map<PowerId, number>>(); // giver → party → change
    let before = new Map(parties.map((p) => [p, powerUtility(base, p)]));
    for (const giver of parties) {
      const items = t.items.filter((it) => it.from === giver);
      if (items.length === 0) continue;
      d.s.commitments = [{ ...c, id: `${c.id}:${giver}`, terms: { ...t, items }, parties: [...c.parties], breakers: [] }];
      resolveCommitments(d, none());
      const after = new Map(parties.map((p) => [p, powerUtility(d.s, p)]));
      part.set(giver, new Map(parties.map((p) => [p, (after.get(p) ?? 0) - (before.get(p) ?? 0)])));
      before = after;
    }
    // Each turn of the deal is carried out alike; another party's part still comes at its k-th
    // turn as far as it is trusted to the k-th power, so a long deal with a doubtful partner is worth less.
    return (p, turns = span) => {
      const u0 = powerUtility(base, p);
      return others(p).reduce((ev, q) => ev - (turns - delivered(trustOf(base, p, q), turns)) * (part.get(q)?.get(p) ?? 0), u0 + turns * ((before.get(p) ?? u0) - u0));
    };
  }
  const carry = (breaker?: PowerId) => {
    const d = makeDraft(base);
    d.s.commitments = [{ ...c, parties: [...c.parties], breakers: [] }];
    resolveCommitments(d, breaker ? { ...none(), [breaker]: [{ type: "commitment", commitmentId: c.id, decision: "break" }] } : none());
    return d.s;
  };
  const kept = carry();
  const broken = new Map<PowerId, MatchState>();
  return (p) => {
    const k = powerUtility(kept, p);
    return others(p).reduce((ev, q) => {
      let b = broken.get(q);
      if (!b) {
        b = carry(q);
        broken.set(q, b);
      }
      return ev + doubt(p, q) * (powerUtility(b, p) - k);
    }, k);
  };
}

/** The deal's terms run for `turns` turns (a one-turn deal leaves the length out, as offers usually do). */
function withTurns(t: Extract<OfferTerms, { kind: "deal" }>, turns: number): OfferTerms {
  const { turns: _old, ...rest } = t;
  return turns > 1 ? { ...rest, turns } : rest;
}

/** The turns a deal or pledge made now would run, as far as the match goes. */
function spanOf(s: Pick<MatchState, "turn" | "lastTurn">, terms: OfferTerms): number {
  return Math.max(1, Math.min(promiseTurns(terms), s.lastTurn - s.turn + 1));
}

/** What `p` expects to gain from the offer, over `base`, less the capital it pledges (in every turn of a deal, run `turns` turns). */
function expectedGain(outcome: OfferOutcome, base: MatchState, offer: Offer, p: PowerId, turns = spanOf(base, offer.terms)): number {
  return outcome(p, turns) - powerUtility(base, p) - pledged(offer.terms, p) * CAPITAL_VALUE * turns;
}

function ceasefireTaste(s: MatchState, offer: Offer, p: PowerId): number {
  if (offer.terms.kind !== "ceasefire" || !isBelligerent(s.scenario.powers[p])) return 0;
  return (s.scenario.powers[p].bot.ceasefire - 0.5) * CEASEFIRE_TASTE;
}

/**
 * The state an offer is judged against: a ceasefire against the turn resolved without it; a
 * commitment, carried out by its own step, against the turn as it stands (cheaper, and the
 * difference is the commitment alone).
 */
function baseFor(hyp: MatchState, offer: Pick<Offer, "terms">): MatchState {
  return offer.terms.kind === "ceasefire" ? lookahead(hyp, {}) : hyp;
}

/** A bot's answer to an offer made to it: accept when its expected gain is worth it. */
export function botAnswerOffer(view: MatchView, power: PowerId, offer: Offer, seed: number): OfferAction {
  const rng = rngFrom(seed);
  const hyp = imagine(view, power, seed >>> 0);
  if (!hyp.offers.some((o) => o.id === offer.id)) hyp.offers = [...hyp.offers, offer];
  const base = baseFor(hyp, offer);
  const outcome = offerOutcome(hyp, base, offer);
  const reject: OfferAction = { action: "reject", offerId: offer.id };
  if (!outcome) return reject;
  const gain = expectedGain(outcome, base, offer, power) + ceasefireTaste(hyp, offer, power);
  return gain > ACCEPT_MARGIN + nextNoise(rng) * BOT_NOISE ? { action: "accept", offerId: offer.id } : reject;
}

/** The offers a bot might make this turn, before weighing them. */
function offerIdeas(s: MatchState, me: PowerId): { to: PowerId[]; terms: OfferTerms }[] {
  const out: { to: PowerId[]; terms: OfferTerms }[] = [];
  const rel = (a: PowerId, b: PowerId) => s.relations[pairKey(a, b)];
  const ceasefireInForce = s.ceasefires.some((c) => c.status === "active" && !c.unilateral);
  const belligerents = POWERS.filter((p) => isBelligerent(s.scenario.powers[p]));
  if (!ceasefireInForce) {
    const to = belligerents.filter((p) => p !== me && s.seats[p] !== "absent");
    if (to.length === belligerents.filter((p) => p !== me).length) {
      for (const monitored of [true, false]) out.push({ to, terms: { kind: "ceasefire", turns: 3, scope: "full", monitored } });
    }
  }
  for (const q of POWERS) {
    if (q === me || s.seats[q] === "absent") continue;
    out.push({ to: [q], terms: { kind: "deal", items: [{ from: me, to: q, item: "tradeAccess" }, { from: q, to: me, item: "tradeAccess" }] } });
    out.push({ to: [q], terms: { kind: "deal", items: [{ from: q, to: me, item: "economicAid" }, { from: me, to: q, item: "tradeAccess" }] } });
    const heavy = SECTORS.map((sector) => ({ sector, lv: s.sanctions[sanctionKey(q, me, sector)] ?? 0 })).sort((a, b) => b.lv - a.lv)[0];
    if (heavy && heavy.lv > 0) {
      out.push({ to: [q], terms: { kind: "deal", items: [{ from: q, to: me, item: "easeSanctions", sector: heavy.sector }, { from: me, to: q, item: "tradeAccess" }] } });
    }
    out.push({ to: [q], terms: { kind: "jointStatement", topic: "war", tone: "conciliatory", text: "" } });
    const rival = POWERS.filter((t) => t !== me && t !== q).sort((a, b) => rel(me, a) - rel(me, b))[0];
    if (rival && rel(me, rival) < 0) {
      const sector = SECTORS.find((x) => (s.sanctions[sanctionKey(me, rival, x)] ?? 0) < 3) ?? "finance";
      out.push({ to: [q], terms: { kind: "coordinatedSanctions", target: rival, sector } });
    }
    out.push(...promiseIdeas(s, me, q, heavy !== undefined && heavy.lv > 0));
  }
  return out;
}

/**
 * Promises that last, one or two per partner (more would crowd out the other ideas): a power
 * at war asks a power outside it for three turns of arms for its market and pledges no strikes;
 * a mediator asks a power at war to pledge no strikes; a sanctioned power asks its sanctioner
 * for two turns without new sanctions.
 */
function promiseIdeas(s: MatchState, me: PowerId, q: PowerId, sanctionedByQ: boolean): { to: PowerId[]; terms: OfferTerms }[] {
  const sc = s.scenario.powers;
  const out: { to: PowerId[]; terms: OfferTerms }[] = [];
  if (isBelligerent(sc[me])) {
    if (!isBelligerent(sc[q]) && sc[q].lethalAid !== false) {
      out.push({ to: [q], terms: { kind: "deal", turns: 3, items: [{ from: q, to: me, item: "militaryAid" }, { from: me, to: q, item: "tradeAccess" }] } });
    }
    out.push({ to: [q], terms: { kind: "pledge", by: me, promise: "noStrikes", turns: 2 } });
  } else if (isBelligerent(sc[q])) {
    out.push({ to: [q], terms: { kind: "pledge", by: q, promise: "noStrikes", turns: 2 } });
  }
  if (sanctionedByQ) out.push({ to: [q], terms: { kind: "pledge", by: q, promise: "noNewSanctions", target: me, turns: 2 } });
  return out;
}

/** Offers a bot makes during negotiation: those it expects to gain from and the others to accept. */
export function botProposals(view: MatchView, power: PowerId, seed: number): OfferAction[] {
  const rng = rngFrom(seed);
  const hyp = imagine(view, power, seed >>> 0);
  const made = hyp.offers.filter((o) => o.turn === hyp.turn && o.from === power).length;
  const room = Math.min(PROPOSALS_MADE, MAX_PROPOSALS_PER_TURN - made);
  if (room <= 0) return [];
  // Weigh a seeded sample of the ideas: variety from turn to turn, and a bounded cost.
  const ideas = sample(rng, offerIdeas(hyp, power), PROPOSALS_WEIGHED);
  let resolved: MatchState | undefined;
  const good: { action: OfferAction; value: number }[] = [];
  for (const idea of ideas) {
    const visibility = idea.terms.kind === "ceasefire" ? "public" : "private";
    if (!validateTerms(hyp, power, idea.to, idea.terms).ok) continue;
    // The offer is put in the imagined state directly (the engine's proposal parses the message
    // again, which is the costliest part of weighing it); the recipients accept it through the engine.
    const offer: Offer = { id: "o-idea", turn: hyp.turn, from: power, to: idea.to, terms: idea.terms, visibility, status: "proposed", acceptedBy: [], counterOf: null };
    const proposed: MatchState = { ...hyp, offers: [...hyp.offers, offer] };
    const base = idea.terms.kind === "ceasefire" ? (resolved ??= lookahead(hyp, {})) : hyp;
    // A commitment of the bot's own idea is written in directly (the engine's acceptance parses
    // each answer again); a ceasefire is agreed through the engine, which sets it up.
    const agreed: MatchState | undefined =
      idea.terms.kind === "ceasefire"
        ? undefined
        : { ...proposed, commitments: [...proposed.commitments, { id: "c-idea", offerId: offer.id, turn: hyp.turn, parties: [power, ...idea.to], terms: idea.terms, visibility, status: "pending", breakers: [], endTurn: Math.min(hyp.turn + promiseTurns(idea.terms) - 1, hyp.lastTurn), turnsKept: 0 }] };
    const noise = nextNoise(rng) * BOT_NOISE;
    const margin = idea.terms.kind === "pledge" ? PLEDGE_PROPOSE_MARGIN : PROPOSE_MARGIN;
    // A deal is weighed at a few lengths at once: each turn's parts are the same, only trust
    // differs. A ceasefire is weighed with and without monitors (Kyiv and Washington asked for
    // a monitored one in 2025): each form is agreed in its own imagined turn. The first form,
    // the idea's own, is kept on a tie.
    const forms: { terms: OfferTerms; turns: number }[] =
      idea.terms.kind === "deal"
        ? DEAL_LENGTHS_WEIGHED.filter((n) => n <= hyp.lastTurn - hyp.turn + 1).map((n) => ({ terms: withTurns(idea.terms as Extract<OfferTerms, { kind: "deal" }>, n), turns: n }))
        : idea.terms.kind === "ceasefire"
          ? [idea.terms, { ...idea.terms, monitored: !idea.terms.monitored }].map((terms) => ({ terms, turns: spanOf(base, terms) }))
          : [{ terms: idea.terms, turns: spanOf(base, idea.terms) }];
    const ceasefire = idea.terms.kind === "ceasefire";
    const same = ceasefire ? undefined : offerOutcome(proposed, base, offer, agreed);
    if (!ceasefire && !same) continue;
    let best: { terms: OfferTerms; value: number } | undefined;
    for (const { terms, turns: n } of forms) {
      const weighed = { ...offer, terms };
      const outcome = ceasefire ? offerOutcome({ ...hyp, offers: [...hyp.offers, weighed] }, base, weighed) : same;
      if (!outcome) continue;
      const value = expectedGain(outcome, base, weighed, power, n) + noise;
      if (value <= margin || (best && value <= best.value)) continue; // (the recipients' side is weighed only when it matters)
      const theirs = Math.min(...idea.to.map((q) => expectedGain(outcome, base, weighed, q, n) + ceasefireTaste(hyp, weighed, q)));
      if (theirs > 0) best = { terms, value };
    }
    // (Both ceasefire ideas may end in the same form: it is proposed once.)
    const chosen = best;
    if (chosen && !good.some((g) => g.action.action === "propose" && JSON.stringify(g.action.terms) === JSON.stringify(chosen.terms))) {
      good.push({ action: { action: "propose", to: idea.to, terms: chosen.terms, visibility }, value: chosen.value });
    }
  }
  return good
    .sort((a, b) => b.value - a.value)
    .slice(0, room)
    .map((g) => g.action);
}

