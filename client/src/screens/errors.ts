import type { AppContext } from "../app/context";
import { describeRefusal } from "../logic/refusals";

/** The server's refusal of any of these message types, to show beside the controls that sent them. */
export function errorText(ctx: AppContext, types: readonly string[]): string {
  for (const t of types) {
    const e = ctx.errors.get(t);
    if (e) return describeRefusal(e);
  }
  return "";
}
