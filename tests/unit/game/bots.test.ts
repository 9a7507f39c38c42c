// The bots' casebook: they play legally, read only their own view, answer offers by their
// expected gain weighted by trust, break promises only when the lookahead says it pays, and
// replay exactly from their seed.
import { describe, expect, it } from "vitest";
import {
  POWERS,
  advancePhase,
  botAnswerOffer,
  botOrders,
  botProposals,
  createMatch,
  stateHash,
  validateOrders,
  victoryDay2025,
  viewFor,
  type MatchState,
  type Offer,
  type OfferAction,
  type PowerId,
  type Scenario,
} from "../../../shared/game/index";
import { powerUtility } from "../../../shared/game/botMind";
import { deedAgainst } from "../../../shared/game/sayDo";
import { BOTS, HUMANS, acceptances, advanceTo, atOrders, give, lastOfferId, newMatch, offer, patch, unwrap } from "./helpers";
import { applyOfferAction, resolveTurn } from "../../../shared/game/index";
import { english } from "../../helpers/texts";

const view = (s: MatchState, p: PowerId) => viewFor(s, { kind: "power", power: p });

/** Every orders phase of a few all-bot matches (bots' own play reaches ceasefires and deals). */
function ordersPhases(seeds: number): MatchState[] {
  const out: MatchState[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    let s = newMatch(seed, BOTS);
    while (s.phase !== "ended") {
      if (s.phase === "orders") out.push(s);
      s = advancePhase(s).state;
    }
  }
  return out;
}

describe("bots play by lookahead", () => {
  it("a bot never gives an illegal order, whatever the power, turn and seed", () => {
    const phases = ordersPhases(12);
    expect(phases.some((s) => s.ceasefires.some((c) => c.status === "active"))).toBe(true);
    expect(phases.some((s) => s.commitments.some((c) => c.status === "pending"))).toBe(true);
    for (const [i, s] of phases.entries()) {
      for (const p of POWERS) {
        const orders = botOrders(view(s, p), p, i * 7 + 1);
        const r = validateOrders(s, p, orders);
        expect(r.ok, `${p}, turn ${s.turn}: ${JSON.stringify(orders)} ${r.ok ? "" : english(r.text)}`).toBe(true);
      }
    }
  });

  it("a bot's choices read only its view: another power's secret objective and pending orders change nothing", () => {
    const base = give(atOrders(3, 5), { usa: [{ type: "sanction", target: "russia", sector: "energy", action: "ease" }] });
    const other = patch(base, (d) => {
      d.secretObjectives.china = victoryDay2025.powers.china.secretObjectives.find((o) => o.id !== base.secretObjectives.china)?.id ?? "";
      d.orders.usa = [{ type: "aid", to: "ukraine", kind: "military" }];
    });
    expect(other.secretObjectives.china).not.toBe(base.secretObjectives.china);
    for (const seed of [1, 2, 3]) {
      expect(botOrders(view(other, "russia"), "russia", seed)).toEqual(botOrders(view(base, "russia"), "russia", seed));
      expect(botProposals(view(other, "eu"), "eu", seed)).toEqual(botProposals(view(base, "eu"), "eu", seed));
    }
  });

  it("the utility counts only the secret objectives the state holds: a bot's imagined state holds its own alone", () => {
    const s = atOrders(2, 3);
    const blind = patch(s, (d) => {
      d.secretObjectives.russia = "";
    });
    expect(powerUtility(blind, "russia")).toBeLessThan(powerUtility(s, "russia"));
    expect(powerUtility(blind, "china")).toBe(powerUtility(s, "china"));
  });

  it("the same view and seed give the same orders, offers and answers, and a whole match replays from its seed", () => {
    const s = atOrders(2, 9, BOTS);
    for (const p of POWERS) {
      expect(botOrders(view(s, p), p, 42)).toEqual(botOrders(view(s, p), p, 42));
      expect(botProposals(view(s, p), p, 42)).toEqual(botProposals(view(s, p), p, 42));
    }
    const play = () => {
      let m = createMatch(victoryDay2025, { seed: 11, seats: BOTS });
      while (m.phase !== "ended") m = advancePhase(m).state;
      return stateHash(m);
    };
    expect(play()).toBe(play());
  });

  it("a belligerent's bot never arms its enemy (no military aid or dual-use goods to the other side)", () => {
    const armsToEnemy = ordersPhases(10).flatMap((s) =>
      (["russia", "ukraine"] as const).flatMap((p) => botOrders(view(s, p), p, s.turn * 13).filter((o) => o.type === "aid" && o.to === (p === "russia" ? "ukraine" : "russia") && o.kind !== "humanitarian" && o.kind !== "economic")),
    );
    expect(armsToEnemy).toEqual([]);
  });

  it("a bot rarely says one thing and does another in the same turn: only when its lookahead says the contradiction pays", () => {
    const turns = ordersPhases(10).flatMap((s) => POWERS.map((p) => ({ p, orders: botOrders(view(s, p), p, s.turn * 7) })));
    const contradicted = turns.filter(({ p, orders }) =>
      orders.some((o) => o.type === "statement" && deedAgainst(victoryDay2025, { power: p, tone: o.tone, topic: o.topic, audience: o.audience }, orders) !== null),
    );
    expect(turns.length).toBeGreaterThan(200);
    expect(contradicted.length / turns.length).toBeLessThan(0.005); // 0.0175 when orders were weighed one at a time
  });

  it("a belligerent's bot declares a unilateral truce in some matches, when its lookahead says it helps", () => {
    const declared = ordersPhases(10).flatMap((s) => POWERS.flatMap((p) => botOrders(view(s, p), p, s.turn)).filter((o) => o.type === "declareCeasefire"));
    expect(declared.length).toBeGreaterThan(0);
  });
});

describe("bots bargain by their expected gain, weighted by trust", () => {
  it("a bot accepts a deal from a proposer it trusts at 20 less than half as often as from one it trusts at 80", () => {
    const items = [
      { from: "eu" as const, to: "china" as const, item: "economicAid" as const },
      { from: "china" as const, to: "eu" as const, item: "tradeAccess" as const },
    ];
    const low = acceptances(20, "eu", "china", { kind: "deal", items });
    const high = acceptances(80, "eu", "china", { kind: "deal", items });
    expect(high).toBeGreaterThan(10);
    expect(low).toBeLessThan(high / 2);
  });

  it("the US bot does not give Russia sanctions relief for nothing", () => {
    const answers: OfferAction[] = [];
    for (let seed = 1; seed <= 10; seed++) {
      const s = offer(advanceTo(newMatch(seed), "negotiation", 2 + (seed % 6)), "russia", {
        action: "propose",
        to: ["usa"],
        terms: { kind: "deal", items: [{ from: "usa", to: "russia", item: "easeSanctions", sector: "finance" }] },
      });
      answers.push(botAnswerOffer(view(s, "usa"), "usa", s.offers[s.offers.length - 1] as Offer, seed));
    }
    expect(answers.filter((a) => a.action === "accept").length).toBeLessThanOrEqual(1);
  });
});

/** The scenario with one power's bot made fully treacherous (or fully loyal). */
function withTreachery(p: PowerId, treachery: number): Scenario {
  const spec = victoryDay2025.powers[p];
  return { ...victoryDay2025, powers: { ...victoryDay2025.powers, [p]: { ...spec, bot: { ...spec.bot, treachery } } } };
}

/** The last turn's orders phase, with an accepted deal in which `giver` gives `items` and gets nothing. */
/** A scenario in which `power` has more capital a turn, enough to pledge a costly deal. */
function withCapital(scenario: Scenario, power: PowerId, base: number): Scenario {
  const spec = scenario.powers[power];
  return { ...scenario, powers: { ...scenario.powers, [power]: { ...spec, budget: { ...spec.budget, base } } } };
}

function lastTurnPromise(scenario: Scenario, seed: number, giver: PowerId, taker: PowerId, items: Extract<Offer["terms"], { kind: "deal" }>["items"]): MatchState {
  let s = createMatch(scenario, { seed, seats: HUMANS });
  s = advanceTo(s, "negotiation", scenario.turns);
  s = offer(s, taker, { action: "propose", to: [giver], terms: { kind: "deal", items } });
  s = unwrap(applyOfferAction(s, giver, { action: "accept", offerId: lastOfferId(s) }));
  return advanceTo(s, "orders", scenario.turns);
}

const breaks = (s: MatchState, p: PowerId, seed: number) => botOrders(view(s, p), p, seed).some((o) => o.type === "commitment" && o.decision === "break");

describe("bots propose the ceasefire that serves them", () => {
  it("a bot whose goals ask for a monitored ceasefire (Ukraine's, the US's) proposes its ceasefires monitored", () => {
    const proposed: Offer["terms"][] = [];
    for (let seed = 1; seed <= 12; seed++) {
      for (let turn = 2; turn <= 6; turn++) {
        const s = advanceTo(newMatch(seed), "negotiation", turn);
        for (const p of ["ukraine", "usa"] as const) {
          for (let k = 0; k < 8; k++) {
            for (const a of botProposals(view(s, p), p, seed * 1000 + turn * 10 + k)) if (a.action === "propose" && a.terms.kind === "ceasefire") proposed.push(a.terms);
          }
        }
      }
    }
    expect(proposed.length).toBeGreaterThan(10);
    expect(proposed.filter((t) => t.kind === "ceasefire" && !t.monitored)).toEqual([]);
  });
});

describe("bots keep their word unless breaking it pays", () => {
  // Arms for the attacker cost the EU at home and with Ukraine's friends.
  const costly = [
    { from: "eu" as const, to: "russia" as const, item: "militaryAid" as const },
    { from: "eu" as const, to: "russia" as const, item: "militaryAid" as const },
    { from: "eu" as const, to: "russia" as const, item: "militaryAid" as const },
  ];

  it("a treacherous bot breaks, in the last turn, a promise that costs it more than the broken trust", () => {
    let broken = 0;
    for (let seed = 1; seed <= 6; seed++) if (breaks(lastTurnPromise(withCapital(withTreachery("eu", 1), "eu", 6), seed, "eu", "russia", costly), "eu", seed)) broken++;
    expect(broken).toBeGreaterThanOrEqual(5);
  });

  it("a loyal bot keeps the same promise: the gain is below what its loyalty asks", () => {
    let broken = 0;
    for (let seed = 1; seed <= 6; seed++) if (breaks(lastTurnPromise(withCapital(withTreachery("eu", 0), "eu", 6), seed, "eu", "russia", costly), "eu", seed)) broken++;
    expect(broken).toBe(0);
  });

  it("no bot breaks a promise in which it only receives", () => {
    const receiving = [{ from: "ukraine" as const, to: "usa" as const, item: "tradeAccess" as const }];
    for (let seed = 1; seed <= 6; seed++) {
      const s = lastTurnPromise(withTreachery("usa", 1), seed, "usa", "ukraine", receiving);
      expect(breaks(s, "usa", seed)).toBe(false);
    }
  });

  it("an all-bot match resolves with the bots' orders in force (resolveTurn fills them in)", () => {
    const s = resolveTurn(atOrders(2, 1, BOTS)).state;
    expect(s.orderHistory.filter((h) => h.turn === 2).length).toBeGreaterThan(0);
  });
});
