// How a power under test plays. Every policy negotiates like the power's own bot unless it says
// otherwise; a policy changes one thing (its orders, its proposals, or whether it keeps its word)
// so that comparing it with the plain bot on the same seeds measures that one thing.
import {
  POWERS,
  botAnswerOffer,
  botOrders,
  botProposals,
  isBelligerent,
  pairKey,
  type MatchState,
  type MatchView,
  type Offer,
  type OfferAction,
  type OfferTerms,
  type Order,
  type PowerId,
} from "../../shared/game/index";
import { lookahead, powerUtility } from "../../shared/game/botMind";
import { violatesPledge } from "../../shared/game/pledges";
import { deedAgainst } from "../../shared/game/sayDo";
import { fitOrders, orderOfTemplate, orderOfType, typeKey } from "./orders";

/** One order of a fixed routine: a type (aimed by relations), a template (type and target), or a literal order. */
export type RoutineStep = { type: string } | { template: string } | { order: Order };

/** A policy as plain data, so it can cross to a worker thread. */
export type PolicySpec =
  | { kind: "bot" } // the power's bot, driven by the harness (the reference for every comparison)
  | { kind: "hold" } // negotiates like its bot, gives no orders
  | { kind: "orderType"; type: string } // one order of this type every turn, nothing else
  | { kind: "routine"; steps: RoutineStep[] } // the same orders every turn, nothing else
  | { kind: "mediator" } // its bot, plus a monitored ceasefire proposal every turn none is in force
  | { kind: "noMediation" } // its bot, never proposing a ceasefire
  | { kind: "keepAll" } // its bot, never breaking a commitment or a ceasefire
  | { kind: "lastBreak" } // keepAll, except one break in the last turn (of a deal it takes then for the purpose), if one pays
  | { kind: "breakAll" } // its bot, breaking every commitment and ceasefire it is party to
  | { kind: "farm" }; // its bot, but its offers are three "you give me aid, I give you market access" deals

export interface Seeded {
  view: MatchView;
  state: MatchState;
  power: PowerId;
  seed: number;
}

/** What the harness asks of a power's player at each step of a turn. */
export interface Driver {
  proposals(x: Seeded): OfferAction[];
  answer(x: Seeded, offer: Offer): OfferAction;
  orders(x: Seeded): Order[];
}

const isBreak = (o: Order) => (o.type === "ceasefire" || o.type === "commitment") && o.decision === "break";

/** The power's own bot, in every step. */
export const botDriver: Driver = {
  proposals: (x) => botProposals(x.view, x.power, x.seed),
  answer: (x, offer) => botAnswerOffer(x.view, x.power, offer, x.seed),
  orders: (x) => botOrders(x.view, x.power, x.seed),
};
const bot = botDriver;

function activeCeasefires(s: MatchState, power: PowerId) {
  return s.ceasefires.filter((c) => c.status === "active" && c.startTurn <= s.turn && c.parties.includes(power));
}

/** Commitments due this turn that bind the power (a deal may run several turns; a break ends it). */
function pendingCommitments(s: MatchState, power: PowerId) {
  return s.commitments.filter((c) => c.status === "pending" && c.turn <= s.turn && c.parties.includes(power));
}

/** The orders with every break left out: explicit break orders, and deeds a pledge of this power forbids. */
function keeping(x: Seeded, orders: Order[]): Order[] {
  const pledges = pendingCommitments(x.state, x.power).flatMap((c) => (c.terms.kind === "pledge" && c.terms.by === x.power ? [c.terms] : []));
  return orders.filter((o) => !isBreak(o) && !pledges.some((t) => violatesPledge(t, o)));
}

/** Break orders for the given ceasefires and commitments, with an offensive when a ceasefire falls (a break without an attack gains nothing). */
function breaks(x: Seeded, ceasefires: string[], commitments: string[], rest: Order[]): Order[] {
  const out: Order[] = [
    ...ceasefires.map((id): Order => ({ type: "ceasefire", ceasefireId: id, decision: "break" })),
    ...commitments.map((id): Order => ({ type: "commitment", commitmentId: id, decision: "break" })),
  ];
  const attack = ceasefires.length > 0 && isBelligerent(x.state.scenario.powers[x.power]);
  const kept = rest.filter((o) => !isBreak(o) && !(attack && o.type === "posture"));
  return fitOrders(x.state, x.power, [...(attack ? [{ type: "posture", stance: "offensive" } as Order] : []), ...kept], out);
}

/**
 * The one break a shrewd power makes in the last turn: of the ceasefires and commitments that
 * bind it, the one whose break leaves it best off once the turn is resolved (its bot's own
 * lookahead), if that beats keeping them all. Breaking the ceasefire first, else the deal it gives
 * most in, whatever that cost, measured the harness: a defender whose offensive loses it points,
 * or a power withholding its signature from a joint statement that raises it, would not choose it.
 */
function lastTurnBreak(x: Seeded, rest: Order[]): Order[] {
  const options = [
    ...activeCeasefires(x.state, x.power).map((c) => breaks(x, [c.id], [], rest)),
    // A pledge is broken by the deed it forbids, not by an order: its bot weighs those deeds already.
    ...pendingCommitments(x.state, x.power)
      .filter((c) => c.terms.kind !== "pledge")
      .map((c) => breaks(x, [], [c.id], rest)),
  ];
  const value = (orders: Order[]) => powerUtility(lookahead(x.state, { [x.power]: orders }), x.power);
  let best = { orders: rest, value: value(rest) };
  for (const orders of options) {
    const v = value(orders);
    if (v > best.value) best = { orders, value: v };
  }
  return best.orders;
}

function stepOrder(x: Seeded, step: RoutineStep, intended = false): Order | undefined {
  if ("order" in step) return step.order;
  if ("type" in step) return orderOfType(x.state, x.power, step.type, intended);
  return orderOfTemplate(x.state, x.power, step.template, intended);
}

function stepName(step: RoutineStep): string {
  if ("order" in step) return typeKey(step.order);
  return "type" in step ? step.type : step.template;
}

const isLastTurn = (x: Seeded) => x.state.turn >= x.state.lastTurn;

/** The open deal offered to the power in which it receives the most items net of what it gives. */
function bestDealFor(x: Seeded): Offer | undefined {
  const net = (o: Offer) => (o.terms.kind === "deal" ? o.terms.items.reduce((a, i) => a + (i.to === x.power ? 1 : 0) - (i.from === x.power ? 1 : 0), 0) : -Infinity);
  return x.state.offers
    .filter((o) => o.status === "proposed" && o.to.includes(x.power) && o.terms.kind === "deal" && o.terms.items.some((i) => i.to === x.power))
    .sort((a, b) => net(b) - net(a))[0];
}

/** "You give me economic aid, I give you market access", to the `n` friendliest powers. */
function farmOffers(x: Seeded, n: number): OfferAction[] {
  return POWERS.filter((p) => p !== x.power)
    .sort((a, b) => x.state.relations[pairKey(x.power, b)] - x.state.relations[pairKey(x.power, a)])
    .slice(0, n)
    .map((p) => ({
      action: "propose",
      to: [p],
      terms: { kind: "deal", items: [{ from: p, to: x.power, item: "economicAid" }, { from: x.power, to: p, item: "tradeAccess" }] },
    }));
}

/**
 * Whether the power's own orders would go against these terms: words its deeds contradict (a
 * joint statement of peace, then an offensive) or a pledge of its own they break.
 */
function against(x: Seeded, terms: OfferTerms, orders: readonly Order[]): boolean {
  if (terms.kind === "jointStatement") return deedAgainst(x.state.scenario, { power: x.power, tone: terms.tone, topic: terms.topic, audience: "world" }, orders) !== null;
  if (terms.kind === "pledge" && terms.by === x.power) return orders.some((o) => violatesPledge(terms, o));
  return false;
}

/**
 * A policy of fixed orders negotiates like its bot, except that it neither signs nor proposes
 * what its own orders would go against: the bot signs a joint statement of peace expecting to
 * act as a bot, and a player set on an offensive every turn would not sign one. Without this,
 * an order's value would measure the hypocrisy of the harness, not the order. Its orders are
 * read as it means them (`intended`), legal today or not: words are held against the next
 * turn's deeds too, so a strike a truce only postpones goes against words of peace all the same.
 */
function fixedOrders(orders: (x: Seeded) => Order[], intended: (x: Seeded) => Order[]): Driver {
  return {
    proposals: (x) => {
      const mine = intended(x);
      return bot.proposals(x).filter((a) => !(a.action === "propose" && against(x, a.terms, mine)));
    },
    answer: (x, offer) => (against(x, offer.terms, intended(x)) ? { action: "reject", offerId: offer.id } : bot.answer(x, offer)),
    orders,
  };
}

const given = (xs: (Order | undefined)[]): Order[] => xs.filter((o): o is Order => o !== undefined);

/** Its bot in negotiation, with other orders (the bot's own, filtered or added to). */
function withOrders(orders: (x: Seeded) => Order[]): Driver {
  return { ...bot, orders };
}

/** Builds the driver a policy describes. */
export function driverFor(spec: PolicySpec): Driver {
  switch (spec.kind) {
    case "bot":
      return bot;
    case "hold":
      return withOrders(() => []);
    case "orderType":
      return fixedOrders(
        (x) => fitOrders(x.state, x.power, [orderOfType(x.state, x.power, spec.type)]),
        (x) => given([orderOfType(x.state, x.power, spec.type, true)]),
      );
    case "routine":
      return fixedOrders(
        (x) => fitOrders(x.state, x.power, spec.steps.map((step) => stepOrder(x, step))),
        (x) => given(spec.steps.map((step) => stepOrder(x, step, true))),
      );
    case "noMediation":
      return { ...bot, proposals: (x) => bot.proposals(x).filter((a) => !(a.action === "propose" && a.terms.kind === "ceasefire")) };
    case "mediator":
      return {
        ...bot,
        proposals: (x) => {
          const own = bot.proposals(x).filter((a) => !(a.action === "propose" && a.terms.kind === "ceasefire"));
          const inForce = x.state.ceasefires.some((c) => c.status === "active" && !c.unilateral);
          const sides = POWERS.filter((p) => isBelligerent(x.state.scenario.powers[p]));
          if (inForce || sides.includes(x.power)) return own;
          return [{ action: "propose", to: sides, terms: { kind: "ceasefire", turns: 3, scope: "full", monitored: true }, visibility: "public" }, ...own];
        },
      };
    case "keepAll":
      return withOrders((x) => keeping(x, bot.orders(x)));
    case "lastBreak":
      return {
        ...bot,
        // In the last turn it offers its friendliest partner a deal, and takes the deal that gives it most, to break it.
        proposals: (x) => (isLastTurn(x) ? [...farmOffers(x, 1), ...bot.proposals(x)] : bot.proposals(x)),
        answer: (x, offer) => (isLastTurn(x) && bestDealFor(x)?.id === offer.id ? { action: "accept", offerId: offer.id } : bot.answer(x, offer)),
        orders: (x) => {
          const kept = keeping(x, bot.orders(x));
          return isLastTurn(x) ? lastTurnBreak(x, kept) : kept;
        },
      };
    case "breakAll":
      return withOrders((x) =>
        breaks(
          x,
          activeCeasefires(x.state, x.power).map((c) => c.id),
          pendingCommitments(x.state, x.power).map((c) => c.id),
          bot.orders(x),
        ),
      );
    case "farm":
      return { ...bot, proposals: (x) => farmOffers(x, 3) };
  }
}

export function policyName(spec: PolicySpec): string {
  switch (spec.kind) {
    case "orderType":
      return spec.type;
    case "routine":
      return spec.steps.length ? spec.steps.map(stepName).join(" + ") : "(hold)";
    default:
      return spec.kind;
  }
}
