// Powers named inside the news read as each language writes them: with their article where the
// language uses one ("the United States", "die Ukraine", "l'Union européenne"), and with a
// capital letter when the name opens the sentence.
import { describe, expect, it } from "vitest";
import { LANGS, createTranslator, loadResources, type Resources } from "../../../shared/i18n";

const statementTo = { key: "news:statement.to", params: { power: "russia", tone: "conciliatory", topic: "war", to: "china,usa" } };

/** Every string of a namespace, with its dotted key. */
function leaves(tree: Record<string, unknown>, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v] as [string, string]] : typeof v === "object" && v !== null ? leaves(v as Record<string, unknown>, `${prefix}${k}.`) : []));
}

describe("powers named in the news", () => {
  it("in English take their article in a list: 'to China and the United States'", async () => {
    const en = createTranslator("en", await loadResources("en"));
    expect(en.translate(statementTo)).toBe("Russia makes a conciliatory statement on the war to China and the United States");
    expect(en.translate({ key: "news:aid.military", params: { donor: "eu", to: "ukraine" } })).toBe("The European Union sends military aid to Ukraine.");
  });

  it.each(LANGS)("in %s open a sentence with a capital letter, article included", async (lang) => {
    const resources: Resources = await loadResources(lang);
    const tr = createTranslator(lang, resources);
    const opening = leaves(resources.news as Record<string, unknown>).filter(([, text]) => /^\{\{\w+, powers?[}(]/.test(text));
    expect(opening.length).toBeGreaterThan(20);
    for (const [key, text] of opening) {
      const name = /^\{\{(\w+),/.exec(text)![1]!;
      for (const power of ["usa", "eu", "ukraine"]) {
        const line = tr.translate({ key: `news:${key}`, params: { [name]: power, count: 2 } });
        expect(line.charAt(0), `${lang} news:${key} with ${power}: "${line}"`).toBe(line.charAt(0).toLocaleUpperCase(lang));
      }
    }
  });
});
