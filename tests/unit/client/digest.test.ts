// The turn digest: the three to five news items that matter most lead; the rest fold away.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyLogEntry, createMatch, victoryDay2025, type MatchState, type NewsItem } from "../../../shared/game";
import { newsScore, readableEffects, turnDigest } from "../../../client/src/logic/digest";
import { GOLDEN_DIR, type GoldenReplay } from "../game/golden";

function item(kind: NewsItem["kind"], powers: NewsItem["powers"], effects: NewsItem["effects"] = []): NewsItem {
  return { turn: 1, kind, headline: { key: "news:test", params: { kind, powers: powers.join(",") } }, powers, effects };
}

function playedMatch(): MatchState {
  const golden = JSON.parse(readFileSync(join(GOLDEN_DIR, "mixed-seed-2025.json"), "utf8")) as GoldenReplay;
  let s = createMatch(victoryDay2025, { seed: golden.seed, seats: golden.seats });
  for (const e of golden.log) {
    const r = applyLogEntry(s, e);
    if (r.ok) s = r.value;
  }
  return s;
}

describe("turn digest", () => {
  it("leads with the ceasefire and the scripted events, not the home-front drift with its 26 small changes", () => {
    const s = playedMatch();
    const drift = (n: NewsItem) => n.kind === "economy" && n.powers.length === 0;
    for (const turn of [1, 3]) {
      const news = s.news.filter((n) => n.turn === turn);
      expect(news.length).toBeGreaterThan(15);
      const { headlines, rest } = turnDigest(news, "russia");
      expect(headlines.length).toBeGreaterThanOrEqual(3);
      expect(headlines.length).toBeLessThanOrEqual(5);
      expect(headlines.length + rest.length).toBe(news.length);
      expect(headlines.some(drift)).toBe(false);
      const major = (n: NewsItem) => n.kind === "event" || n.kind === "ceasefire";
      if (news.some(major)) expect(headlines.some(major)).toBe(true);
    }
  });

  it("ranks what touches this power above the same news about others", () => {
    const aidToMe = item("aid", ["usa", "ukraine"], [{ target: "ukraine.economy", delta: 4 }]);
    const aidToOther = item("aid", ["usa", "eu"], [{ target: "eu.economy", delta: 4 }]);
    expect(newsScore(aidToMe, "ukraine")).toBeGreaterThan(newsScore(aidToOther, "ukraine"));
    expect(turnDigest([aidToOther, item("statement", ["china"]), aidToMe, item("economy", [])], "ukraine").headlines[0]).toBe(aidToMe);
  });

  it("ranks what moves the world for a spectator, and keeps the rest in the order it happened", () => {
    const news = [item("statement", ["china"]), item("economy", []), item("front", ["russia", "ukraine"], [{ target: "world.frontLine", delta: -3 }]), item("aid", ["eu"]), item("statement", ["usa"]), item("summit", ["usa", "china"])];
    const { headlines, rest } = turnDigest(news, null);
    expect(headlines[0]).toBe(news[2]);
    expect(headlines).toContain(news[5]);
    expect(rest).toEqual(news.filter((n) => !headlines.includes(n)));
  });

  it("shows every item of a short turn as a headline", () => {
    const news = [item("statement", ["china"]), item("economy", [])];
    expect(turnDigest(news, "eu")).toEqual({ headlines: [news[0], news[1]], rest: [] });
  });
});

describe("effects as people read them", () => {
  it("rounds to whole numbers, leaves out what rounds to nothing, puts this power's first and counts the others", () => {
    const { shown, more } = readableEffects(
      [
        { target: "usa.economy", delta: 0.4 },
        { target: "china.support", delta: -6.6 },
        { target: "world.globalTension", delta: 2.4 },
        { target: "trust.china>eu", delta: 1.2 },
        { target: "eu.standing", delta: -1.6 },
        { target: "relation.russia|usa", delta: 3.1 },
        { target: "china.economy", delta: 2 },
      ],
      "eu",
    );
    expect(shown).toEqual([
      { target: "eu.standing", delta: -2 },
      { target: "trust.china>eu", delta: 1 },
      { target: "china.support", delta: -7 },
      { target: "relation.russia|usa", delta: 3 },
    ]);
    expect(more).toBe(2);
  });
});
