/** The offer form's choices as plain strings, turned into the core's offer terms and back. */
import type { DealItemKind, OfferTerms, PledgePromise, PowerId, Sector } from "../../../shared/game";
import { labels } from "../../../shared/i18n";

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
      const item = (v.item ?? "economicAid") as DealItemKind;
      const sector = item === "easeSanctions" ? { sector: (v.sector ?? "energy") as Sector } : {};
      const turns = Number(v.length ?? 1);
      return { kind, items: [{ from: v.from as PowerId, to: v.to as PowerId, item, ...sector }], ...(turns > 1 ? { turns } : {}) };
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
      const first = t.items[0];
      const length = { length: String(t.turns ?? 1) };
      return first ? { from: first.from, to: first.to, item: first.item, ...(first.sector ? { sector: first.sector } : {}), ...length } : length;
    }
    case "pledge":
      return { by: t.by, promise: t.promise, length: String(t.turns), ...(t.target ? { target: t.target } : {}) };
  }
}
