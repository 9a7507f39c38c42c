/**
 * Every language has every key English has (no more, no fewer), each translation asks for the
 * same {{parameters}} as the English one, plural keys have every form the language needs, and
 * every key the client names literally exists, and so does every word of the scenario.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LANGS, loadResources, type Lang, type Resources } from "../../../shared/i18n";
import { POWERS, victoryDay2025, type Scenario } from "../../../shared/game";

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** "ns:a.b" → the string (plural forms kept under their own key). */
function flatten(resources: Resources): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (prefix: string, value: unknown) => {
    if (typeof value === "string") out.set(prefix, value);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(prefix.endsWith(":") ? `${prefix}${k}` : `${prefix}.${k}`, v);
    else throw new Error(`${prefix} is neither a string nor a group`);
  };
  for (const [ns, tree] of Object.entries(resources)) walk(`${ns}:`, tree);
  return out;
}

/** Base key (plural suffix removed) → the parameters its forms use. `count` is implicit in plural keys. */
function parameters(flat: Map<string, string>): Map<string, string> {
  const out = new Map<string, Set<string>>();
  for (const [key, value] of flat) {
    const base = key.replace(PLURAL, "");
    const set = out.get(base) ?? new Set<string>();
    for (const m of value.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)) set.add(m[1]!);
    if (base !== key) set.delete("count");
    out.set(base, set);
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort().join(",")]));
}

const loaded = Object.fromEntries(await Promise.all(LANGS.map(async (l) => [l, flatten(await loadResources(l))] as const))) as Record<Lang, Map<string, string>>;
const english = parameters(loaded.en);

describe.each(LANGS.filter((l) => l !== "en"))("the %s translation", (lang) => {
  const mine = parameters(loaded[lang]);

  it("has every English key and no key English lacks", () => {
    expect({ missing: [...english.keys()].filter((k) => !mine.has(k)), extra: [...mine.keys()].filter((k) => !english.has(k)) }).toEqual({ missing: [], extra: [] });
  });

  it("uses the same {{parameters}} as English in every string", () => {
    const differ = [...english].filter(([k, p]) => mine.has(k) && mine.get(k) !== p).map(([k, p]) => `${k}: English {${p}}, ${lang} {${mine.get(k)}}`);
    expect(differ).toEqual([]);
  });

  it("has every plural form the language's grammar needs", () => {
    const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const bases = new Set([...loaded[lang].keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, "")));
    const lacking = [...bases].flatMap((b) => forms.filter((f) => !loaded[lang].has(`${b}_${f}`)).map((f) => `${b}_${f}`));
    expect(lacking).toEqual([]);
  });
});

describe("the English strings", () => {
  it("has the plural forms English needs", () => {
    const bases = new Set([...loaded.en.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, "")));
    expect([...bases].flatMap((b) => ["one", "other"].filter((f) => !loaded.en.has(`${b}_${f}`)).map((f) => `${b}_${f}`))).toEqual([]);
  });

  it("has every key the client names literally in t(\"ns:key\")", () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(path.join(dir, f)).isDirectory() ? files(path.join(dir, f)) : /\.ts$/.test(f) ? [path.join(dir, f)] : []));
    const used = files("client/src").flatMap((f) => [...readFileSync(f, "utf8").matchAll(/\bt\("([a-z]\w*:[\w.]+)"/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(0);
    expect([...new Set(used)].filter((k) => !english.has(k))).toEqual([]);
  });
});

/** Every word of a scenario the screens show: each field holds a key of the `scenario` namespace. */
function scenarioWords(sc: Scenario): [string, string][] {
  const goals = POWERS.flatMap((p) => [...sc.powers[p].publicGoals, ...sc.powers[p].secretObjectives]);
  return [
    ["title", sc.title],
    ["summary", sc.summary],
    ...sc.turnLabels.map((l, i): [string, string] => [`turn ${i + 1}`, l]),
    ["shared goal", sc.sharedGoal.title],
    ["shared goal's text", sc.sharedGoal.text],
    ...POWERS.flatMap((p): [string, string][] => {
      const s = sc.powers[p];
      return [
        [`${p}'s leader`, s.leader],
        [`${p}'s briefing`, s.briefing],
        [`${p}'s own meter`, s.special.label],
        [`${p}'s own meter in a sentence`, s.special.inText],
        [`${p}'s own meter explained`, s.special.text],
        ...s.strengths.map((x, i): [string, string] => [`${p}'s strength ${i + 1}`, x]),
      ];
    }),
    ...goals.flatMap((g): [string, string][] => [[`${g.id}'s title`, g.title], [`${g.id}'s text`, g.text]]),
    ...sc.events.flatMap((e): [string, string][] => [[`${e.id}'s title`, e.title], [`${e.id}'s text`, e.text]]),
  ];
}

describe("the scenario's words", () => {
  it("are keys English has (and so, by the tests above, every language), for every word a screen shows", () => {
    const words = scenarioWords(victoryDay2025);
    expect(words.length).toBeGreaterThan(100);
    expect(words.filter(([, key]) => !english.has(key)).map(([what, key]) => `${what}: ${JSON.stringify(key)}`)).toEqual([]);
  });

  it.each(LANGS)("in %s, write a goal's numbers from its condition ({{limit}}, {{start}}), never their own", (lang) => {
    const goals = [...loaded[lang]].filter(([k]) => /^scenario:victoryDay2025\.(goal|sharedGoal)\./.test(k));
    expect(goals.length).toBeGreaterThan(50);
    expect(goals.filter(([, v]) => /\d/.test(v.replace(/\{\{[^}]*\}\}/g, ""))).map(([k, v]) => `${k}: ${v}`)).toEqual([]);
  });
});
