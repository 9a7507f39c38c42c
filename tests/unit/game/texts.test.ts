// The game core keeps no English in its state: every headline, event and deed is a Text (a key
// and its ids and numbers), and each one reads as a whole sentence in every shipped language.
import { describe, expect, it } from "vitest";
import { POWERS, replay, victoryDay2025, type MatchState, type Text } from "../../../shared/game/index";
import { LANGS, translatorFor, type Lang, type Translator } from "../../../shared/i18n";
import { GOLDEN_MATCHES, recordMatch } from "./golden";

/** Parameters that carry a person's own words (a statement, a facilitator's headline), shown as typed. */
const OWN_WORDS = new Set(["words", "title", "text"]);
/** An id, or several joined by commas ("russia,ukraine"), or a number: never a phrase. */
const ID = /^[a-z][a-zA-Z0-9-]*(,[a-z][a-zA-Z0-9-]*)*$/;
/** Internal ids the engine makes (ceasefires cf12, commitments c10, offers o3, events ev4). */
const INTERNAL_ID = /\b(cf|c|o|ev)\d+\b/;

const translators = Object.fromEntries(await Promise.all(LANGS.map(async (l) => [l, await translatorFor(l)] as const))) as Record<Lang, Translator>;

const matches: [string, MatchState][] = GOLDEN_MATCHES.map((m) => {
  const recorded = recordMatch(m.seed, m.seats);
  return [m.file, replay(victoryDay2025, m.seed, m.seats, recorded.log)];
});

/** Every Text in a match's state: headlines, event titles and texts, deeds. */
function textsOf(s: MatchState): Text[] {
  return [...s.news.map((n) => n.headline), ...s.events.flatMap((e) => [e.title, e.text]), ...s.sayDo.flatMap((e) => (e.deed ? [e.deed] : []))];
}

describe.each(matches)("the state of a whole match (%s)", (_file, s) => {
  it("holds its headlines, events and deeds as keys with ids and numbers, not as sentences", () => {
    for (const t of textsOf(s)) {
      expect(typeof t, JSON.stringify(t)).toBe("object");
      expect(t.key, JSON.stringify(t)).toMatch(/^(news|scenario):[\w.-]+$/);
      for (const [name, value] of Object.entries(t.params ?? {})) {
        if (typeof value === "number" || OWN_WORDS.has(name)) continue;
        expect(value, `${t.key}: ${name}`).toMatch(ID);
      }
    }
  });

  // (tests/unit/i18n/locales.test.ts holds every language to English's keys; here, English's keys to the state.)
  it.each(LANGS)("reads whole in %s: every key is there, every parameter used, no id shown", (lng) => {
    for (const t of textsOf(s)) {
      const rendered = translators[lng].translate(t);
      const where = `${lng} ${JSON.stringify(t)} → ${rendered}`;
      expect(rendered, where).not.toBe(t.key.slice(t.key.indexOf(":") + 1));
      expect(rendered, where).not.toMatch(/\{\{|\$t\(|news:|scenario:|term\./);
      expect(rendered, where).not.toMatch(INTERNAL_ID);
      for (const p of POWERS) expect(rendered, where).not.toMatch(new RegExp(`\\b${p}\\b`));
    }
  });
});

describe("a replayed match", () => {
  it("reads in German: every headline but the facilitator's own words is German, not English", () => {
    const [, s] = matches[1]!;
    const ownWords = (t: Text) => t.key === "scenario:facilitator.title";
    const headlines = s.news.map((n) => n.headline).filter((t) => !ownWords(t));
    expect(headlines.length).toBeGreaterThan(50);
    for (const t of headlines) expect(translators.de.translate(t), JSON.stringify(t)).not.toBe(translators.en.translate(t));
    expect(headlines.map((t) => translators.de.translate(t)).join("\n")).toMatch(/Russland/);
  });
});
