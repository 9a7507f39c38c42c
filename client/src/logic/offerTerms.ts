/** The offer form's choices as plain strings, turned into the core's offer terms and back. */
import type { DealItem, DealItemKind, OfferTerms, PledgePromise, PowerId, Sector } from "../../../shared/game";
import { labels } from "../../../shared/i18n";
import { MAX_DEAL_ITEMS } from "../../../shared/game/offers";

export { MAX_DEAL_ITEMS };

/** The form's key for a field of a deal's item `i` (0-based): "from", "from2", "from3"… */
export function itemKey(field: "from" | "to" | "item" | "sector", i: number): string {
  return i === 0 ? field : `${field}${i + 1}`;
}

/** How many items the deal in the form holds: one to the engine's limit. */
export function dealItemCount(v: Record<string, string>): number {
  const n = Math.floor(Number(v.items ?? 1));
  return Number.isFinite(n) ? Math.min(MAX_DEAL_ITEMS, Math.max(1, n)) : 1;
}

export type OfferKind = OfferTerms["kind"];

export const OFFER_KIND_LABELS: Record<OfferKind, string> = labels("offers:kind", ["ceasefire", "jointStatement", "coordinatedSanctions", "deal", "pledge"]);

/** The promises that protect a named power (the others cover the whole war). */
export const TARGETED_PROMISES: readonly PledgePromise[] = ["noNewSanctions", "noMilitaryAidTo"];

export const OFFER_FIELDS: Record<OfferKind, string[]> = {
  ceasefire: ["turns", "scope", "monitored"],
  jointStatement: ["topic", "tone", "text"],
  coordinatedSanctions: ["target", "sector"],
  deal: ["from", "to", "item", "sector", "length"],
  pledge: ["by", "promise", "target", "length"],
};

export const OFFER_OPTIONS: Record<string, readonly string[]> = {
  turns: ["1", "2", "3", "4", "5", "6"],
  scope: ["full", "energy", "air"],
  monitored: ["yes", "no"],
  topic: ["war", "taiwan", "trade", "sanctions", "history"],
  tone: ["conciliatory", "neutral", "firm", "threatening"],
  sector: ["energy", "finance", "technology", "trade"],
  item: ["militaryAid", "economicAid", "humanitarianAid", "tradeAccess", "easeSanctions"],
  length: ["1", "2", "3", "4"],
  promise: ["noStrikes", "noOffensive", "noNewSanctions", "noMilitaryAidTo"],
};

/** Builds terms from the form's values; parties of a deal must be chosen among `parties`. */
export function buildTerms(kind: OfferKind, v: Record<string, string>): OfferTerms {
  switch (kind) {
    case "ceasefire":
      return { kind, turns: Number(v.turns ?? 1), scope: (v.scope ?? "full") as "full", monitored: v.monitored !== "no" };
    case "jointStatement":
      return { kind, topic: (v.topic ?? "war") as "war", tone: (v.tone ?? "conciliatory") as "conciliatory", text: v.text ?? "" };
    case "coordinatedSanctions":
      return { kind, target: (v.target ?? "russia") as PowerId, sector: (v.sector ?? "energy") as "energy" };
    case "deal": {
      const items: DealItem[] = [];
      for (let i = 0; i < dealItemCount(v); i++) {
        const item = (v[itemKey("item", i)] ?? "economicAid") as DealItemKind;
        const sector = item === "easeSanctions" ? { sector: (v[itemKey("sector", i)] ?? "energy") as Sector } : {};
        items.push({ from: v[itemKey("from", i)] as PowerId, to: v[itemKey("to", i)] as PowerId, item, ...sector });
      }
      const turns = Number(v.length ?? 1);
      return { kind, items, ...(turns > 1 ? { turns } : {}) };
    }
    case "pledge": {
      const promise = (v.promise ?? "noStrikes") as PledgePromise;
      const target = TARGETED_PROMISES.includes(promise) && v.target ? { target: v.target as PowerId } : {};
      return { kind, by: v.by as PowerId, promise, turns: Number(v.length ?? 1), ...target };
    }
  }
}

/** The form's values for existing terms (to counter an offer starting from its terms). */
export function termsValues(t: OfferTerms): Record<string, string> {
  switch (t.kind) {
    case "ceasefire":
      return { turns: String(t.turns), scope: t.scope, monitored: t.monitored ? "yes" : "no" };
    case "jointStatement":
      return { topic: t.topic, tone: t.tone, text: t.text };
    case "coordinatedSanctions":
      return { target: t.target, sector: t.sector };
    case "deal": {
      const out: Record<string, string> = { length: String(t.turns ?? 1), items: String(Math.max(1, t.items.length)) };
      t.items.forEach((it, i) => {
        out[itemKey("from", i)] = it.from;
        out[itemKey("to", i)] = it.to;
        out[itemKey("item", i)] = it.item;
        if (it.sector) out[itemKey("sector", i)] = it.sector;
      });
      return out;
    }
    case "pledge":
      return { by: t.by, promise: t.promise, length: String(t.turns), ...(t.target ? { target: t.target } : {}) };
  }
}
