// Rule-based bots. Each reads only its own view (MatchView, never the full state) and acts
// after the personality the scenario gives its power.
import type { OfferAction } from "./offers";
import type { Order } from "./orders";
import { MAX_ORDERS, orderCost, orderKey, scopeCovers } from "./orders";
import { nextFloat, pick, type Rng } from "./rng";
import type { BotPersonality, Condition } from "./scenarioSchema";
import type { MatchView } from "./view";
import { POWERS, SECTORS, pairKey, sanctionKey, type Offer, type PowerId, type Sector } from "./types";

function rel(v: MatchView, a: PowerId, b: PowerId): number {
  return a === b ? 100 : v.relations[pairKey(a, b)];
}

function level(v: MatchView, imposer: PowerId, target: PowerId, sector: Sector): number {
  return v.sanctions[sanctionKey(imposer, target, sector)] ?? 0;
}

function enemyOf(v: MatchView, p: PowerId): PowerId | undefined {
  const side = v.scenario.powers[p].war;
  if (side === "none") return undefined;
  return POWERS.find((q) => v.scenario.powers[q].war === (side === "defender" ? "attacker" : "defender"));
}

interface Candidate {
  order: Order;
  value: number;
}

/** The orders a bot gives this turn, within its budget. */
export function botOrders(view: MatchView, power: PowerId, seed: number): Order[] {
  const rng: Rng = { state: seed >>> 0 };
  const me = view.scenario.powers[power];
  const bot = me.bot;
  const orders: Order[] = [];
  const roll = () => nextFloat(rng);

  // Secret decisions first: they cost nothing.
  const breaking = new Set<string>();
  for (const c of view.ceasefires) {
    if (c.status !== "active" || c.startTurn > view.turn || !c.parties.includes(power)) continue;
    const temptation = bot.treachery * (c.monitored ? 0.3 : 1) * (c.unilateral ? 0.5 : 1);
    // Keeping is the default, so only a break needs an order.
    if (roll() < temptation * 0.5) {
      breaking.add(c.id);
      orders.push({ type: "ceasefire", ceasefireId: c.id, decision: "break" });
    }
  }
  for (const c of view.commitments) {
    if (c.status !== "pending" || !c.parties.includes(power)) continue;
    if (roll() < bot.treachery * 0.25 && orders.length < MAX_ORDERS - 3) orders.push({ type: "commitment", commitmentId: c.id, decision: "break" });
  }
  const bound = (target: "energy" | "airports" | "military" | null) =>
    view.ceasefires.some(
      (c) => c.status === "active" && c.startTurn <= view.turn && c.parties.includes(power) && scopeCovers(c.scope, target) && !breaking.has(c.id),
    );

  const cands: Candidate[] = [];
  const noise = () => roll() * 0.6;
  const enemy = enemyOf(view, power);
  if (enemy) {
    const mil = view.powers[power].meters.special;
    const enemyMil = view.powers[enemy].meters.special;
    if (!bound(null) && mil > enemyMil * 0.8 && roll() < bot.aggression) {
      cands.push({ order: { type: "posture", stance: "offensive" }, value: 1 + bot.aggression + noise() });
    } else if (mil < 45) {
      cands.push({ order: { type: "posture", stance: "fortify" }, value: 0.7 + noise() });
    }
    const target = pick(rng, ["energy", "airports", "military"] as const) ?? "military";
    if (!bound(target) && roll() < bot.aggression * 0.8) cands.push({ order: { type: "strike", target }, value: 0.6 + bot.aggression + noise() });
  }

  // Sanctions: tighten on rivals, ease on friends.
  for (const t of POWERS) {
    if (t === power) continue;
    const r = rel(view, power, t);
    for (const sector of SECTORS) {
      const lv = level(view, power, t, sector);
      if (r <= -40 && lv < 3 && roll() < bot.sanctions * 0.35) {
        cands.push({ order: { type: "sanction", target: t, sector, action: lv === 0 ? "impose" : "tighten" }, value: 0.5 + bot.sanctions + noise() });
      } else if (r >= 0 && lv > 0 && roll() < bot.conciliation * 0.4) {
        cands.push({ order: { type: "sanction", target: t, sector, action: "ease" }, value: 0.4 + bot.conciliation + noise() });
      }
    }
  }

  // Aid to friends.
  for (const t of POWERS) {
    if (t === power) continue;
    const r = rel(view, power, t);
    if (r < 40) continue;
    const atWar = view.scenario.powers[t].war !== "none";
    if (atWar && roll() < bot.generosity * 0.6) cands.push({ order: { type: "aid", to: t, kind: "military" }, value: 0.8 + bot.generosity + noise() });
    if (view.powers[t].meters.economy < 50 && roll() < bot.generosity * 0.5) {
      cands.push({ order: { type: "aid", to: t, kind: "economic" }, value: 0.5 + bot.generosity + noise() });
    }
    if (atWar && view.scenario.powers[t].war === "defender" && roll() < bot.generosity * 0.3) {
      cands.push({ order: { type: "aid", to: t, kind: "humanitarian" }, value: 0.4 + bot.generosity + noise() });
    }
  }

  // Statements.
  const claimant = view.scenario.claimant;
  if (roll() < bot.conciliation) {
    cands.push({ order: { type: "statement", audience: "world", tone: "conciliatory", topic: "war", text: "" }, value: 0.5 + bot.conciliation + noise() });
  }
  if (power !== claimant && rel(view, power, claimant) > 10 && roll() < 0.6) {
    cands.push({ order: { type: "statement", audience: [claimant], tone: "conciliatory", topic: "taiwan", text: "" }, value: 0.7 + noise() });
  }
  if (power === claimant && roll() < bot.aggression) {
    cands.push({ order: { type: "statement", audience: "world", tone: "firm", topic: "taiwan", text: "" }, value: 0.5 + noise() });
  }
  const rival = POWERS.filter((t) => t !== power).sort((a, b) => rel(view, power, a) - rel(view, power, b))[0];
  if (rival && roll() < 1 - bot.conciliation) {
    cands.push({ order: { type: "statement", audience: [rival], tone: roll() < bot.aggression ? "threatening" : "firm", topic: "sanctions", text: "" }, value: 0.4 + noise() });
  }

  // A summit with the friendliest power not yet at 80, or a thaw with a cool one.
  const partners = POWERS.filter((t) => t !== power && rel(view, power, t) > -40 && rel(view, power, t) < 80);
  const partner = pick(rng, partners);
  if (partner && roll() < bot.conciliation * 0.8) cands.push({ order: { type: "summit", with: partner }, value: 0.6 + bot.conciliation + noise() });

  cands.push(...goalCandidates(view, power, noise));

  let left = (view.budget ?? 3) - orders.reduce((a, o) => a + orderCost(o), 0);
  const used = new Set<string>(orders.map(orderKey));
  for (const c of cands.sort((a, b) => b.value - a.value)) {
    const cost = orderCost(c.order);
    const key = orderKey(c.order);
    if (orders.length >= MAX_ORDERS) break;
    if (cost > left || used.has(key)) continue;
    used.add(key);
    orders.push(c.order);
    left -= cost;
  }
  return orders;
}

/** Every simple test inside a condition (through "all" and "any"). */
function leaves(c: Condition): Condition[] {
  return c.kind === "all" || c.kind === "any" ? c.of.flatMap(leaves) : [c];
}

/** Orders that work toward the bot's own goals, public and secret, as far as its view shows them
 *  to be within reach: warming or cooling a relation, tightening a sanction, rebuilding an army. */
function goalCandidates(view: MatchView, power: PowerId, noise: () => number): Candidate[] {
  const goals = [...view.scenario.powers[power].publicGoals, ...(view.secretObjectives[power] ? [view.secretObjectives[power]] : [])];
  const out: Candidate[] = [];
  for (const g of goals) {
    for (const c of leaves(g.condition)) {
      if (c.kind === "relation" && (c.a === power || c.b === power)) {
        const other = c.a === power ? c.b : c.a;
        const r = rel(view, power, other);
        if (c.atLeast !== undefined && r < c.atLeast + 5) {
          out.push({ order: { type: "statement", audience: [other], tone: "conciliatory", topic: "trade", text: "" }, value: 0.9 + noise() });
          if (r > -30) out.push({ order: { type: "summit", with: other }, value: 0.8 + noise() });
        }
        if (c.atMost !== undefined && r > c.atMost - 5) {
          out.push({ order: { type: "statement", audience: [other], tone: "firm", topic: "history", text: "" }, value: 0.8 + noise() });
        }
      } else if (c.kind === "sanctionLevel" && c.imposer === power && c.atLeast !== undefined) {
        const sector = SECTORS.find((s) => level(view, power, c.target, s) < 3);
        if (sector) {
          const lv = level(view, power, c.target, sector);
          out.push({ order: { type: "sanction", target: c.target, sector, action: lv === 0 ? "impose" : "tighten" }, value: 0.9 + noise() });
        }
      } else if (c.kind === "meter" && c.power === power && c.meter === "special" && c.atLeast !== undefined) {
        if (view.scenario.powers[power].special.kind === "military" && view.powers[power].meters.special < c.atLeast + 5) {
          out.push({ order: { type: "posture", stance: "fortify" }, value: 0.85 + noise() });
        }
      }
    }
  }
  return out;
}

/** A bot's answer to an offer made to it: accept or reject. */
export function botAnswerOffer(view: MatchView, power: PowerId, offer: Offer, seed: number): OfferAction {
  const rng: Rng = { state: seed >>> 0 };
  const bot = view.scenario.powers[power].bot;
  const t = offer.terms;
  const trust = view.trust[`${power}>${offer.from}`] ?? 50;
  let chance = 0;
  switch (t.kind) {
    case "ceasefire": {
      const enemy = enemyOf(view, power);
      const losing = enemy ? view.powers[enemy].meters.special > view.powers[power].meters.special : false;
      chance = bot.ceasefire * (t.monitored ? monitoredTaste(view, power) : 1) + (losing ? 0.2 : 0) + (trust - 50) / 200;
      break;
    }
    case "jointStatement":
      chance = (rel(view, power, offer.from) + 20) / 80;
      break;
    case "coordinatedSanctions":
      chance = rel(view, power, t.target) <= -30 ? 0.4 + bot.sanctions * 0.6 : 0.05;
      break;
    case "deal": {
      let net = 0;
      for (const it of t.items) {
        if (it.to === power) net += 1;
        if (it.from === power) net -= it.item === "militaryAid" ? 1.2 : 0.7;
      }
      chance = net >= 0 ? 0.85 : 0.3 + (rel(view, power, offer.from) / 200) + bot.generosity * 0.3;
      break;
    }
  }
  return nextFloat(rng) < chance ? { action: "accept", offerId: offer.id } : { action: "reject", offerId: offer.id };
}

/** The attacker dislikes monitors (they would name it); the defender wants them. */
function monitoredTaste(view: MatchView, power: PowerId): number {
  const side = view.scenario.powers[power].war;
  return side === "attacker" ? 0.6 : side === "defender" ? 1.3 : 1;
}

/** Offers a bot makes during negotiation, after its personality. */
export function botProposals(view: MatchView, power: PowerId, seed: number): OfferAction[] {
  const rng: Rng = { state: seed >>> 0 };
  const bot: BotPersonality = view.scenario.powers[power].bot;
  const out: OfferAction[] = [];
  const roll = () => nextFloat(rng);
  const ceasefireInForce = view.ceasefires.some((c) => c.status === "active" && !c.unilateral);
  const side = view.scenario.powers[power].war;
  const belligerents = POWERS.filter((p) => view.scenario.powers[p].war !== "none");

  if (!ceasefireInForce && roll() < bot.ceasefire * 0.25) {
    const to = side === "none" ? belligerents : belligerents.filter((p) => p !== power);
    const monitored = side === "attacker" ? roll() < 0.3 : true;
    const scope = side === "attacker" && roll() < 0.5 ? "air" : "full";
    out.push({ action: "propose", to, terms: { kind: "ceasefire", turns: 3, scope, monitored }, visibility: "public" });
  }
  const friends = POWERS.filter((p) => p !== power && rel(view, power, p) >= 40);
  const friend = pick(rng, friends);
  if (friend && roll() < 0.5) {
    out.push({ action: "propose", to: [friend], terms: { kind: "jointStatement", topic: "war", tone: bot.conciliation > 0.5 ? "conciliatory" : "firm", text: "" } });
  }
  const rival = POWERS.filter((p) => p !== power && rel(view, power, p) <= -40).sort((a, b) => rel(view, power, a) - rel(view, power, b))[0];
  const ally = friends.find((f) => rival !== undefined && rel(view, f, rival) <= -30);
  if (rival && ally && roll() < bot.sanctions * 0.4) {
    const sector = pick(rng, SECTORS) ?? "finance";
    out.push({ action: "propose", to: [ally], terms: { kind: "coordinatedSanctions", target: rival, sector } });
  }
  // Under sanctions: offer market access to an imposer not too hostile, for relief in its
  // heaviest sector.
  const relief = POWERS.filter((p) => p !== power && rel(view, power, p) > -40)
    .flatMap((p) => SECTORS.map((sector) => ({ p, sector, lv: level(view, p, power, sector) })))
    .filter((x) => x.lv > 0)
    .sort((a, b) => b.lv - a.lv)[0];
  if (relief && roll() < 0.4) {
    out.push({
      action: "propose",
      to: [relief.p],
      terms: { kind: "deal", items: [{ from: relief.p, to: power, item: "easeSanctions", sector: relief.sector }, { from: power, to: relief.p, item: "tradeAccess" }] },
    });
  }
  const partner = pick(rng, POWERS.filter((p) => p !== power && rel(view, power, p) > -20));
  if (partner && roll() < 0.35) {
    out.push({
      action: "propose",
      to: [partner],
      terms: { kind: "deal", items: [{ from: power, to: partner, item: "tradeAccess" }, { from: partner, to: power, item: "tradeAccess" }] },
    });
  }
  return out;
}
