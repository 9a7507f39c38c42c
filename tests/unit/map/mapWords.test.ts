// Every word the map shows (its icons' meanings, the front line's state, a relation's mood) comes
// through the translation layer: in the pseudo-language, where every string of the layer is
// wrapped in ⟦ ⟧, no letter may stand outside the marks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PSEUDO, createTranslator, setTranslator, translatorFor } from "../../../shared/i18n";
import { pseudoResources } from "../../../shared/i18n/pseudo";
import { placeIcons } from "../../../client/src/map/icons";
import { ceasefireStyle, relationWords } from "../../../client/src/map/styles";
import { SAMPLE_MAP_MODEL, type CeasefireStatus } from "../../../client/src/map/model";
import { WORLD } from "./worldMap";

/** The letters left once every ⟦…⟧ (innermost first) is taken out. */
function unmarked(text: string): string {
  let s = text;
  while (/\u27E6[^\u27E6\u27E7]*\u27E7/.test(s)) s = s.replace(/\u27E6[^\u27E6\u27E7]*\u27E7/g, " ");
  return [...s.matchAll(/\p{L}+/gu)].map((m) => m[0]).join(" ");
}

describe("the map's words", () => {
  beforeAll(() => setTranslator(createTranslator(PSEUDO, pseudoResources)));
  afterAll(async () => setTranslator(await translatorFor("en")));

  it("names every icon (sanctions of one or several sectors, each kind of aid, a summit) through the layer", () => {
    const model = {
      ...SAMPLE_MAP_MODEL,
      aid: (["military", "economic", "humanitarian", "dualUse"] as const).map((kind, i) => ({ from: (["usa", "eu", "china", "russia"] as const)[i]!, to: "ukraine" as const, kind })),
    };
    const icons = placeIcons(WORLD.capitals, model);
    expect(icons.length).toBeGreaterThan(6);
    expect(icons.map((i) => `${i.label} → ${unmarked(i.label)}`).filter((s) => !s.endsWith("→ "))).toEqual([]);
  });

  it("words the front line's state and every relation's mood through the layer", () => {
    const fronts = (["none", "in-force", "breached", "accusations"] as CeasefireStatus[]).map((s) => ceasefireStyle(s).label);
    const moods = [-90, -30, 0, 30, 90].map(relationWords);
    expect([...fronts, ...moods].filter((w) => unmarked(w) !== "")).toEqual([]);
  });
});
