// The store reads sessions written by earlier versions of the server: a match saved before a
// field existed must come back usable, not crash the room that restores it.
import { describe, expect, it } from "vitest";
import { MatchStore } from "../../../server/persistence/MatchStore";
import { advancePhase, resolveTurn, submitOrders } from "../../../shared/game";
import { started } from "../session/fixtures";

describe("the match store", () => {
  it("restores a match saved before the say–do record existed with an empty record that resolution can use", () => {
    const store = new MatchStore(":memory:");
    const session = started();
    const { sayDo: _absent, ...older } = session.match!;
    store.createMatch(session.code, 0, null, { ...session, match: older as typeof session.match });
    let match = store.load(session.code)!.snapshot.match!;
    expect(match.sayDo).toEqual([]);
    while (match.phase !== "orders") match = advancePhase(match).state;
    const given = submitOrders(match, "russia", { turn: match.turn, orders: [{ type: "statement", audience: "world", tone: "conciliatory", topic: "war", text: "" }] });
    expect(given.ok).toBe(true);
    if (given.ok) expect(resolveTurn(given.value).state.sayDo.map((e) => e.power)).toEqual(["russia"]);
    store.close();
  });

  it("restores a commitment saved before deals could run several turns as a one-turn commitment, carried out and kept at its turn", () => {
    const store = new MatchStore(":memory:");
    const session = started();
    let match = session.match!;
    while (match.phase !== "orders") match = advancePhase(match).state;
    const older = {
      id: "c900", offerId: "o900", turn: match.turn, parties: ["usa", "ukraine"], visibility: "private", status: "pending", breakers: [],
      terms: { kind: "deal", items: [{ from: "usa", to: "ukraine", item: "economicAid" }] },
    };
    store.createMatch(session.code, 0, null, { ...session, match: { ...match, commitments: [older] } as unknown as typeof session.match });
    const restored = store.load(session.code)!.snapshot.match!;
    expect(restored.commitments[0]).toMatchObject({ endTurn: match.turn, turnsKept: 0 });
    expect(resolveTurn(restored).state.commitments[0]).toMatchObject({ status: "kept", turnsKept: 1 });
    store.close();
  });
});
