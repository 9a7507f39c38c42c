/**
 * Every refusal the code can make has its sentence in every shipped language. The list of keys is
 * read from the source (every string literal given to a refusal constructor in shared/, server/
 * and client/src), not kept by hand; and every key of the refusals namespace is one the code uses,
 * so a constructor this reading misses shows up as an unused key.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LANGS, loadResources, translatorFor, type Lang, type Resources } from "../../../shared/i18n";

/** The functions that take a refusal key (shared/game/types.ts refuse, server/refusals.ts, client/src/logic/refusals.ts, and their local wrappers). */
const CONSTRUCTORS = /\b(refuse|refusal|refusalOf|refusalText|localRefusal|joinError|tooMany)\(/g;
const KEY = /"([A-Z][A-Z0-9_]+(?:\.[a-z]\w*)?)"/g;
const PLURAL = /_(zero|one|two|few|many|other)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    if (statSync(full).isDirectory()) return f === "locales" || f === "node_modules" ? [] : files(full);
    return /\.ts$/.test(f) ? [full] : [];
  });
}

/** The argument list of each call to a refusal constructor (balanced parentheses), from one source file. */
function calls(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(CONSTRUCTORS)) {
    let depth = 0;
    let end = m.index + m[0].length - 1;
    for (; end < source.length; end++) {
      if (source[end] === "(") depth++;
      else if (source[end] === ")" && --depth === 0) break;
    }
    out.push(source.slice(m.index + m[0].length, end));
  }
  return out;
}

const used = new Map<string, string[]>();
for (const file of ["shared", "server", "client/src"].flatMap(files)) {
  for (const args of calls(readFileSync(file, "utf8"))) {
    for (const [, key] of args.matchAll(KEY)) used.set(key!, [...(used.get(key!) ?? []), file]);
  }
}

function lookup(resources: Resources, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), resources.refusals);
}

/** The key's sentence in this language: a string, or every plural form the language's grammar needs. */
function missingForms(resources: Resources, key: string, lang: Lang): string[] {
  if (typeof lookup(resources, key) === "string") return [];
  const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const lacking = forms.filter((f) => typeof lookup(resources, `${key}_${f}`) !== "string").map((f) => `${key}_${f}`);
  return lacking.length === forms.length ? [key] : lacking;
}

/** Every key of the English refusals namespace, plural forms named once; lower-case keys are helpers, not refusals. */
function englishKeys(tree: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => {
    if (typeof v === "string") return /^[a-z]/.test(k) && prefix === "" ? [] : [`${prefix}${k.replace(PLURAL, "")}`];
    return englishKeys(v as Record<string, unknown>, `${prefix}${k}.`);
  });
}

/** Sample values for a sentence's parameters, by name: ids where the sentence formats an id. */
const SAMPLE: Record<string, string | number> = { power: "usa", target: "ukraine", to: "eu", sector: "trade", type: "summit", phase: "negotiation", nowPhase: "orders", name: "Anna", code: "K7Q2XP" };

const resources = Object.fromEntries(await Promise.all(LANGS.map(async (l) => [l, await loadResources(l)] as const))) as Record<Lang, Resources>;
const translators = Object.fromEntries(await Promise.all(LANGS.map(async (l) => [l, await translatorFor(l)] as const)));

describe("the refusals the code makes", () => {
  it("are read from the source: the core's, the session's, the class's, the server's and the browser's own", () => {
    const codes = new Set([...used.keys()].map((k) => k.split(".")[0]));
    expect(used.size).toBeGreaterThan(150);
    for (const code of ["INVALID_TERMS", "NAME_TAKEN", "CLASS_FULL", "RATE_LIMITED", "UNKNOWN_MESSAGE", "TOO_MANY_TRIES", "BODY_TOO_LARGE", "NOT_CONNECTED"]) expect(codes, code).toContain(code);
  });

  it.each(LANGS)("each has its sentence in %s, with every plural form the language needs", (lang) => {
    const missing = [...used.keys()].flatMap((key) => missingForms(resources[lang], key, lang).map((k) => `refusals:${k} (used in ${used.get(key)![0]})`));
    expect(missing).toEqual([]);
  });

  it.each(LANGS)("each reads whole in %s: no key, no {{parameter}} and no nested key left in the sentence", (lang) => {
    const broken: string[] = [];
    for (const key of used.keys()) {
      const text = translators[lang]!.t(`refusals:${key}`, { count: 3, seconds: 12, turn: 2, now: 3, last: 4, world: 2, better: 4, cost: 5, left: 2, budget: 3, length: 300, taken: 1, ...SAMPLE });
      if (/\{\{|\$t\(|(refusals|common|match):\w|term\.|\b(usa|ukraine|eu)\b/.test(text) || text === key) broken.push(`${key} → ${text}`);
    }
    expect(broken).toEqual([]);
  });

  it("uses every refusal sentence there is (none is left over, none is named only where this test cannot see it)", () => {
    const unused = englishKeys(resources.en.refusals as Record<string, unknown>).filter((k) => !used.has(k));
    expect(unused).toEqual([]);
  });
});
