/**
 * The language of an export a request asks for with `?lang=xx`: one of the shipped languages,
 * English when none is asked for. Anything else is refused (400) rather than quietly answered in
 * English, so a wrong link is noticed; the client only ever sends the language it shows.
 */
import type { Request } from "express";
import { isLang, translatorFor, type Lang, type Translator } from "../shared/i18n";

export const BAD_LANGUAGE = { code: "BAD_LANGUAGE", message: "This export is not available in that language." };

const translators = new Map<Lang, Promise<Translator>>();

/** The translator for the request's `lang`, or null if it names no shipped language. */
export function exportTranslator(req: Request<unknown>): Promise<Translator> | null {
  const asked = req.query.lang;
  const lang = asked === undefined ? "en" : asked;
  if (!isLang(lang)) return null;
  let tr = translators.get(lang);
  if (!tr) translators.set(lang, (tr = translatorFor(lang)));
  return tr;
}
