/** What a rule returns instead of throwing: the new value, or a typed reason a person can read. */
export { ok, refuse, type Refusal, type RefusalKey, type Result } from "./game/types";
