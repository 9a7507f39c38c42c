/** The debrief's discussion questions name what happened in this match: its ceasefires and broken promises. */
import { describe, expect, it } from "vitest";
import type { Ceasefire, Commitment, MatchState } from "../../../shared/game";
import { matchQuestions } from "../../../client/src/logic/discussion";
import { matchAt, viewOf } from "./fixtures";

const ended = matchAt("ended", 8);

function ceasefire(over: Partial<Ceasefire>): Ceasefire {
  return {
    id: "c1", parties: ["russia", "ukraine"], unilateral: false, scope: "full", monitored: true, startTurn: 3, endTurn: 6,
    status: "active", keptTurns: 0, record: [], secretBreaches: [], offerId: "o1", ...over,
  };
}

function commitment(over: Partial<Commitment>): Commitment {
  return {
    id: "m1", offerId: "o2", turn: 4, parties: ["usa", "china"], visibility: "private", status: "kept", breakers: [], endTurn: 4, turnsKept: 1,
    terms: { kind: "deal", items: [{ from: "usa", to: "china", item: "easeSanctions", sector: "trade" }] }, ...over,
  };
}

function withRecord(ceasefires: Ceasefire[], commitments: Commitment[]): MatchState {
  return { ...ended, ceasefires, commitments };
}

describe("discussion questions from the match's own record", () => {
  it("a broken ceasefire is named with its turn and its breaker", () => {
    const cf = ceasefire({ status: "collapsed", keptTurns: 1, record: [{ turn: 3, outcome: "kept", namedBreakers: [] }, { turn: 4, outcome: "breached", namedBreakers: ["russia"] }] });
    const q = matchQuestions(viewOf(withRecord([cf], []), "ukraine"));
    expect(q[0]).toBe("On turn 4, the full ceasefire agreed for turn 3 was broken by Russia. What did breaking it gain, and what did it cost?");
  });

  it("an unmonitored breach says who really broke it once the match is over", () => {
    const cf = ceasefire({ monitored: false, status: "collapsed", record: [{ turn: 5, outcome: "breached", namedBreakers: [] }], secretBreaches: [{ turn: 5, breakers: ["ukraine"] }] });
    expect(matchQuestions(viewOf(withRecord([cf], []), "eu"))[0]).toContain("was broken by Ukraine");
  });

  it("a ceasefire kept is asked about, and a world without one is asked why", () => {
    expect(matchQuestions(viewOf(withRecord([ceasefire({ keptTurns: 3, status: "expired" })], []), "eu"))[0]).toBe(
      "The full ceasefire agreed for turn 3 held for 3 turns. What made both sides keep it?",
    );
    expect(matchQuestions(viewOf(withRecord([], []), "eu"))[0]).toBe("No ceasefire was agreed between Russia and Ukraine. What stood in the way, and who could have brought them to one?");
  });

  it("a broken promise is named with its terms, its breaker and the other side", () => {
    const q = matchQuestions(viewOf(withRecord([], [commitment({ status: "broken", breakers: ["usa"] })]), "china"));
    expect(q).toContain("On turn 4, United States broke a promise made to China (a deal: United States gives China eased sanctions (trade)). Why, and did China trust United States again?");
  });

  it("the unilateral parade truce is no agreement, and at most five questions are asked", () => {
    const truce = ceasefire({ id: "t", parties: ["russia"], unilateral: true, offerId: null });
    const many = Array.from({ length: 8 }, (_, i) => commitment({ id: `m${i}`, status: "broken", breakers: ["usa"] }));
    const q = matchQuestions(viewOf(withRecord([truce], many), "eu"));
    expect(q[0]).toContain("No ceasefire was agreed");
    expect(q.length).toBeLessThanOrEqual(5);
  });
});
