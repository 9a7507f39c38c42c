// The formats that turn the game core's ids into words inside a sentence, so that a Text keeps
// only ids and numbers and each language chooses the word's form:
//   {{a, power}}                 a power's name (nominative)
//   {{a, power(form: gen)}}      another grammatical form: nom, gen, dat, acc, ins, loc
//   {{a, power(cap: true)}}      with a capital first letter (a sentence's start, in French "La Russie")
//   {{ps, powers(form: gen)}}    several powers ("russia,ukraine"), listed the language's way
//   {{x, term(of: sector)}}      any other id, looked up under news:term.<of>.<id>
//   {{a, agree(sg: schickt; pl: schicken)}}  the word that agrees in number with the power(s) named
//                                by `a` (news:term.number.<id>; several powers are plural)
import type { i18n as I18n } from "i18next";

type Options = { form?: unknown; cap?: unknown; of?: unknown; sg?: unknown; pl?: unknown };

const FORMS = new Set(["nom", "gen", "dat", "acc", "ins", "loc"]);

function capitalise(s: string, lng: string): string {
  return s.length === 0 ? s : s.charAt(0).toLocaleUpperCase(lng) + s.slice(1);
}

/** Adds `power`, `powers` and `term` to this instance's formatter (once per instance, after init). */
export function addGameFormats(i18n: I18n): void {
  const formatter = i18n.services.formatter;
  if (!formatter) throw new Error("i18next has no formatter: call addGameFormats after init()");
  const powerName = (id: unknown, lng: string, o: Options): string => {
    const form = typeof o.form === "string" && FORMS.has(o.form) ? o.form : "nom";
    return i18n.t(`news:term.power.${String(id)}.${form}`, { lng });
  };
  formatter.add("power", (value: unknown, lng: string | undefined, o: Options) => {
    const name = powerName(value, lng ?? "en", o);
    return o.cap === true ? capitalise(name, lng ?? "en") : name;
  });
  formatter.add("powers", (value: unknown, lng: string | undefined, o: Options) => {
    const ids = String(value).split(",").filter((s) => s.length > 0);
    const names = ids.map((id) => powerName(id, lng ?? "en", o));
    const list = new Intl.ListFormat(lng ?? "en", { style: "long", type: "conjunction" }).format(names);
    return o.cap === true ? capitalise(list, lng ?? "en") : list;
  });
  formatter.add("agree", (value: unknown, lng: string | undefined, o: Options) => {
    const ids = String(value).split(",").filter((s) => s.length > 0);
    const plural = ids.length > 1 || i18n.t(`news:term.number.${ids[0] ?? ""}`, { lng }) === "pl";
    return String((plural ? o.pl : o.sg) ?? "");
  });
  formatter.add("term", (value: unknown, lng: string | undefined, o: Options) => {
    const word = i18n.t(`news:term.${String(o.of)}.${String(value)}`, { lng });
    return o.cap === true ? capitalise(word, lng ?? "en") : word;
  });
}
