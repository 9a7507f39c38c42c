/**
 * The server's refusals in the one form every client gets: the code, the Text a browser renders
 * in its reader's language, and the English sentence for logs and for clients without the
 * translations. A join refused inside the matchmaker can only carry a code and a message, so
 * there the whole body travels as the message, as JSON (shared/protocol.ts readRefusal reads it).
 */
import { ServerError } from "@colyseus/core";
import { createTranslator, type Params } from "../shared/i18n";
import en from "../shared/i18n/locales/en/index";
import { refuse, type Refusal, type RefusalKey } from "../shared/result";
import type { RefusalBody } from "../shared/protocol";

const english = createTranslator("en", en);

/** A refusal of the rules, or of the server itself (`key` as for refuse), as clients receive it. */
export function explain(refusal: Pick<Refusal, "code" | "text">): RefusalBody {
  return { code: refusal.code, text: refusal.text, message: english.translate(refusal.text) };
}

export function refusal(key: RefusalKey, params?: Params): RefusalBody {
  return explain(refuse(key, params) as Refusal);
}

/** A join refused with this close/join code (JOIN_REFUSED, SEAT_REFUSED, TOO_MANY_TRIES): the body rides in the message. */
export function joinError(status: number, reason: RefusalKey | Refusal, params?: Params): ServerError {
  const body = typeof reason === "string" ? refusal(reason, params) : explain(reason);
  return new ServerError(status, JSON.stringify(body));
}
