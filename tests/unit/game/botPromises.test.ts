// The bots' casebook for promises that last: they weigh a pledge by how far they trust its
// pledger, answer and propose deals of several turns and pledges, and keep a pledge unless
// breaking it pays.
import { describe, expect, it } from "vitest";
import { advancePhase, botOrders, createMatch, victoryDay2025, viewFor, type MatchState, type OfferTerms, type PowerId } from "../../../shared/game/index";
import { BOTS, HUMANS, acceptances, advanceTo, lastOfferId, newMatch, offer, unwrap } from "./helpers";
import { applyOfferAction } from "../../../shared/game/index";

const view = (s: MatchState, p: PowerId) => viewFor(s, { kind: "power", power: p });

const loyalRussia = { ...victoryDay2025, powers: { ...victoryDay2025.powers, russia: { ...victoryDay2025.powers.russia, bot: { ...victoryDay2025.powers.russia.bot, treachery: 0 } } } };

describe("bots and promises", () => {
  it("a bot accepts a favourable pledge from a proposer it trusts at 80 more than twice as often as from one it trusts at 20", () => {
    // Russia, sanctioned by the US, is offered two turns without new US sanctions.
    const spared: OfferTerms = { kind: "pledge", by: "usa", promise: "noNewSanctions", target: "russia", turns: 2 };
    const high = acceptances(80, "usa", "russia", spared);
    const low = acceptances(20, "usa", "russia", spared);
    expect(high).toBeGreaterThan(10);
    expect(low).toBeLessThan(high / 2);
  });

  it("Ukraine's bot takes three turns of US military aid for its market", () => {
    const terms: OfferTerms = { kind: "deal", turns: 3, items: [{ from: "usa", to: "ukraine", item: "militaryAid" }, { from: "ukraine", to: "usa", item: "tradeAccess" }] };
    expect(acceptances(70, "usa", "ukraine", terms)).toBeGreaterThan(50);
  });

  it("a loyal bot bound by a pledge of no strikes gives no strike (breaking would not pay it); unbound, it strikes in some turns", () => {
    let bound = 0;
    let free = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const loyal = advanceTo(createMatch(loyalRussia, { seed, seats: HUMANS }), "orders", 2 + (seed % 5));
      const pledged = (() => {
        let x = offer(loyal, "ukraine", { action: "propose", to: ["russia"], terms: { kind: "pledge", by: "russia", promise: "noStrikes", turns: 2 } });
        x = unwrap(applyOfferAction(x, "russia", { action: "accept", offerId: lastOfferId(x) }));
        return x;
      })();
      const strikes = (x: MatchState) => botOrders(view(x, "russia"), "russia", seed).filter((o) => o.type === "strike").length;
      free += strikes(loyal);
      bound += strikes(pledged);
    }
    expect(free).toBeGreaterThan(0);
    expect(bound).toBe(0);
  });

  it("bots propose pledges and deals of several turns in all-bot matches", () => {
    let pledges = 0;
    let longDeals = 0;
    for (let seed = 1; seed <= 8; seed++) {
      let s = newMatch(seed, BOTS);
      while (s.phase !== "ended") s = advancePhase(s).state;
      pledges += s.offers.filter((o) => o.terms.kind === "pledge").length;
      longDeals += s.offers.filter((o) => o.terms.kind === "deal" && (o.terms.turns ?? 1) > 1).length;
    }
    expect(pledges).toBeGreaterThan(0);
    expect(longDeals).toBeGreaterThan(0);
  });
});
