/** A refusal from the server (or this client) in the reader's language, from its key, never from its English message. */
import { t, translate, type Params, type Text } from "../../../shared/i18n";
import type { RefusalBody } from "../../../shared/protocol";
import { refuse, type Refusal, type RefusalKey } from "../../../shared/result";

interface Shown {
  text?: Text;
  message?: string;
  details?: { world: number; text: Text }[];
}

/**
 * The refusal's sentence, then each refusing world's reason (a class-wide command). A reply
 * without a refusals key (an older server) falls back to the message it carries.
 */
export function describeRefusal(refusal: Shown): string {
  const text = refusal.text;
  if (!text || typeof text.key !== "string" || !text.key.startsWith("refusals:")) return typeof refusal.message === "string" ? refusal.message : "";
  const details = (refusal.details ?? []).filter((d) => d.text?.key?.startsWith("refusals:"));
  return [translate(text), ...details.map((d) => t("refusals:inWorld", { world: d.world, reason: translate(d.text) }))].join(" ");
}

/** A refusal this client makes itself (not connected, no such match), in the form the server sends. */
export function localRefusal(key: RefusalKey, params?: Params): RefusalBody {
  const r = refuse(key, params) as Refusal;
  return { code: r.code, text: r.text, message: translate(r.text) };
}
