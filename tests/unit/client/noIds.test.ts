// Internal ids ("cf18", "c10", "o12") never reach the screen: orders name their ceasefire or commitment.
import { describe, expect, it } from "vitest";
import { advancePhase, viewFor, type MatchState } from "../../../shared/game";
import { timeline } from "../../../client/src/logic/timeline";
import { atOrders, lastOfferId, offer, resolveWith } from "../game/helpers";

const AN_ID = /\b(cf|c|o|ev)\d+\b/;

function withKeptAndBroken(): MatchState {
  let s = atOrders(1);
  s = advancePhase(s).state;
  while (!(s.phase === "negotiation" && s.turn === 2)) s = advancePhase(s).state;
  s = offer(s, "usa", { action: "propose", to: ["ukraine"], terms: { kind: "deal", turns: 2, items: [{ from: "usa", to: "ukraine", item: "humanitarianAid" }] } });
  s = offer(s, "ukraine", { action: "accept", offerId: lastOfferId(s) });
  s = offer(s, "russia", { action: "propose", to: ["ukraine"], terms: { kind: "ceasefire", turns: 2, scope: "full", monitored: true } });
  s = offer(s, "ukraine", { action: "accept", offerId: lastOfferId(s) });
  while (s.phase !== "orders") s = advancePhase(s).state;
  const deal = s.commitments.find((c) => c.terms.kind === "deal")!;
  const truce = s.ceasefires.find((c) => c.status === "active" && !c.unilateral)!;
  expect(AN_ID.test(deal.id) && AN_ID.test(truce.id)).toBe(true);
  s = resolveWith(s, {
    usa: [{ type: "commitment", commitmentId: deal.id, decision: "keep" }],
    russia: [{ type: "ceasefire", ceasefireId: truce.id, decision: "break" }],
  });
  while (s.phase !== "ended") s = advancePhase(s).state;
  return s;
}

describe("no internal id on screen", () => {
  it("the debrief's record of orders that keep or break a ceasefire or a commitment", () => {
    const view = viewFor(withKeptAndBroken(), { kind: "spectator" });
    const orders = timeline(view).flatMap((t) => t.items.filter((i) => i.kind === "order"));
    const text = orders.map((i) => i.text).join("\n");
    expect(text).toMatch(/Keep the commitment/);
    expect(text).toMatch(/Break /);
    expect(text).not.toMatch(AN_ID);
  });

});
