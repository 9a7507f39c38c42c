/** A room's card on the teacher's dashboard: who plays, who is there, and the alerts. */
import { describe, expect, it } from "vitest";
import { STUCK_AFTER_MS, summarize } from "../../../shared/classroom";
import type { Ceasefire } from "../../../shared/game";
import type { Session } from "../../../shared/session";
import type { RoomAlert } from "../../../shared/classroom/protocol";
import { translatorFor } from "../../../shared/i18n";
import { T0, act, expire, lobby, now, started } from "../session/fixtures";

const english = await translatorFor("en");
const german = await translatorFor("de");
/** The alerts as the dashboard reads them: keys and parameters, translated on the teacher's page. */
const read = (alerts: RoomAlert[], tr = english) => alerts.map((a) => ({ kind: a.kind, text: tr.translate(a.text) }));

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

  it("in the orders phase, tells which played powers have given orders and which still hold", () => {
    let s = started({ a: "russia", b: "ukraine" });
    expect(summarize(s, () => "online").powers.map((p) => p.orders)).toEqual([null, null, null, null, null]);
    while (s.phase !== "orders") s = expire(s);
    s = act(s, "a", { type: "orders", turn: s.match!.turn, orders: [{ type: "statement", audience: "world", tone: "firm", topic: "war", text: "We hold." }] });
    expect(summarize(s, () => "online").powers.map((p) => [p.power, p.orders])).toEqual([
      ["russia", "given"],
      ["ukraine", "none"],
      ["usa", null],
      ["eu", null],
      ["china", null],
    ]);
  });

  it("alerts on a player who is not connected while the match runs, not in the lobby", () => {
    const presence = (id: string): "offline" | "online" => (id === "b" ? "offline" : "online");
    expect(read(summarize(started(), presence).alerts)).toEqual([{ kind: "playerGone", text: "Player b (Ukraine) is not connected" }]);
    expect(summarize(lobby(), presence).alerts).toEqual([]);
  });

  it("alerts on every turn a ceasefire was breached", () => {
    const s = started();
    const ceasefire = { id: "c1", parties: ["russia", "ukraine"], record: [{ turn: 2, outcome: "kept", namedBreakers: [] }, { turn: 3, outcome: "breached", namedBreakers: [] }] } as unknown as Ceasefire;
    const card = summarize({ ...s, match: { ...s.match!, ceasefires: [ceasefire] } }, () => "online");
    expect(read(card.alerts)).toEqual([{ kind: "ceasefireBroken", text: "A ceasefire (Russia and Ukraine) was breached in turn 3" }]);
  });
});

describe("a room that needs a look", () => {
  const online = () => "online" as const;

  it("alerts that a room is stuck when no player has acted and no phase has changed for five minutes, running or paused", () => {
    const s = started({ a: "china", b: "eu" });
    expect(summarize(s, online, { now: T0 + STUCK_AFTER_MS - 1, lastActivityAt: T0 }).alerts).toEqual([]);
    expect(read(summarize(s, online, { now: T0 + STUCK_AFTER_MS, lastActivityAt: T0 }).alerts)).toEqual([{ kind: "roomStuck", text: "Nobody has acted for 5 minutes" }]);
    const paused = act(s, "h", { type: "pause", ...now(s) });
    expect(read(summarize(paused, online, { now: T0 + 12 * 60_000, lastActivityAt: T0 }).alerts)).toEqual([{ kind: "roomStuck", text: "Nobody has acted for 12 minutes (the clock is paused)" }]);
  });

  it("never calls a room in the lobby or an ended match stuck", () => {
    expect(summarize(lobby(), online, { now: T0 + 60 * 60_000, lastActivityAt: T0 }).alerts).toEqual([]);
  });

  const near = (s: Session) => summarize(s, online).alerts.filter((a) => a.kind === "nearThreshold");
  const at = (s: Session, turn: number, frontLine: number): Session => ({ ...s, match: { ...s.match!, turn, world: { ...s.match!.world, frontLine } } });

  it("alerts in the last two turns when the front line is within one turn's reach of a power's public goal, on either side", () => {
    const s = started();
    const last = s.match!.lastTurn;
    // Russia's public goal "Gain ground": the front line at 80.5 or less (81 at the start).
    expect(read(near(at(s, last - 1, 81)))).toEqual([{ kind: "nearThreshold", text: "Front line 81, 0.5 short of Russia's goal “Gain ground” (80.5 or less)" }]);
    expect(read(near(at(s, last, 80.2)))).toEqual([{ kind: "nearThreshold", text: "Front line 80.2, 0.3 inside Russia's goal “Gain ground” (80.5 or less)" }]);
  });

  it("reads in the teacher's language, numbers written the language's way", () => {
    const s = started();
    expect(read(near(at(s, s.match!.lastTurn, 80.2)), german)).toEqual([{ kind: "nearThreshold", text: "Frontlinie 80,2, 0,3 innerhalb des Ziels „Boden gewinnen“ Russlands (80,5 oder weniger)" }]);
    expect(read(summarize(started(), (id) => (id === "b" ? "offline" : "online")).alerts, german)).toEqual([{ kind: "playerGone", text: "Player b (Ukraine) ist nicht verbunden" }]);
  });

  it("does not alert earlier in the match, on a world value far from every public goal, nor once the last turn is resolved", () => {
    const s = started();
    const last = s.match!.lastTurn;
    expect(near(at(s, last - 2, 81))).toEqual([]);
    expect(near(at(s, last, 90))).toEqual([]);
    expect(near({ ...at(s, last, 81), match: { ...at(s, last, 81).match!, phase: "resolution" } })).toEqual([]);
  });
});
