/** The words the client's screens show, computed from the synced state. */
import { describe, expect, it } from "vitest";
import { newsByTurn, powerName, waitingFor } from "../../client/src/ui/format";
import type { SyncedMatch } from "../../client/src/net";

const state: SyncedMatch = {
  code: "K7Q2XP",
  phase: "statements",
  turn: 3,
  maxTurns: 3,
  hostId: "a",
  players: {
    a: { name: "Anna", power: "russia", present: true, submitted: true },
    b: { name: "Bogdan", power: "ukraine", present: true, submitted: false },
    c: { name: "Chen", power: "china", present: false, submitted: false },
    s: { name: "Sam", power: "", present: true, submitted: false },
  },
  news: [
    { turn: 1, power: "russia", tone: "firm", text: "R1" },
    { turn: 2, power: "ukraine", tone: "neutral", text: "U2" },
    { turn: 1, power: "ukraine", tone: "neutral", text: "U1" },
  ],
};

describe("client wording", () => {
  it("groups news by turn, newest turn first, keeping the order within a turn", () => {
    expect(newsByTurn(state).map(({ turn, items }) => [turn, items.map((n) => n.text)])).toEqual([
      [2, ["U2"]],
      [1, ["R1", "U1"]],
    ]);
  });

  it("waits only for present powers that have not spoken (not spectators, not players who left)", () => {
    expect(waitingFor(state)).toEqual(["Bogdan (Ukraine)"]);
  });

  it("names powers as the game does, and anyone without one as a spectator", () => {
    expect(powerName("eu")).toBe("European Union");
    expect(powerName("")).toBe("Spectator");
  });
});
