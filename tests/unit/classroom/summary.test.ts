/** A room's card on the teacher's dashboard: who plays, who is there, and the alerts. */
import { describe, expect, it } from "vitest";
import { summarize } from "../../../shared/classroom";
import type { Ceasefire } from "../../../shared/game";
import { act, lobby, started } from "../session/fixtures";

describe("a room's card", () => {
  it("names each power's player, marks bots and ready powers, and shows the clock", () => {
    let s = act(started({ a: "russia", b: "ukraine" }), "h", { type: "setBot", power: "china", bot: true });
    s = act(s, "a", { type: "ready", phase: s.phase, turn: s.match!.turn, ready: true });
    const card = summarize(s, () => "online");
    expect(card.powers.map((p) => [p.power, p.player, p.bot, p.ready])).toEqual([
      ["russia", "Player a", false, true],
      ["ukraine", "Player b", false, false],
      ["usa", null, false, false],
      ["eu", null, false, false],
      ["china", null, true, false],
    ]);
    expect(card).toMatchObject({ phase: "briefing", turn: 1, clock: { paused: false } });
    expect(card.alerts).toEqual([]);
  });

  it("alerts on a player who is not connected while the match runs, not in the lobby", () => {
    const presence = (id: string): "offline" | "online" => (id === "b" ? "offline" : "online");
    expect(summarize(started(), presence).alerts).toEqual([{ kind: "playerGone", text: "Player b (ukraine) is not connected" }]);
    expect(summarize(lobby(), presence).alerts).toEqual([]);
  });

  it("alerts on every turn a ceasefire was breached", () => {
    const s = started();
    const ceasefire = { id: "c1", parties: ["russia", "ukraine"], record: [{ turn: 2, outcome: "kept", namedBreakers: [] }, { turn: 3, outcome: "breached", namedBreakers: [] }] } as unknown as Ceasefire;
    const card = summarize({ ...s, match: { ...s.match!, ceasefires: [ceasefire] } }, () => "online");
    expect(card.alerts).toEqual([{ kind: "ceasefireBroken", text: "A ceasefire (russia, ukraine) was breached in turn 3" }]);
  });
});
