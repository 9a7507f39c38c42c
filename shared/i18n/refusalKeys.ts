/**
 * Every key of the refusals namespace as a type, from the English file: "CODE" or "CODE.reason",
 * plural forms named once (TOO_MANY_ORDERS for TOO_MANY_ORDERS_one/_other). `refuse` takes only
 * these, so a refusal without an English sentence does not compile.
 */
import type refusals from "./locales/en/refusals";

type Plural = "zero" | "one" | "two" | "few" | "many" | "other";
type Base<K extends string> = K extends `${infer B}_${Plural}` ? B : K;
type Leaves<T> = { [K in keyof T & string]: T[K] extends string ? Base<K> : `${K}.${Leaves<T[K]>}` }[keyof T & string];

export type RefusalKey = Leaves<typeof refusals>;
