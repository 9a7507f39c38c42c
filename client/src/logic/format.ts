/** Words and numbers as the screens show them: pure, so the tests read them without a DOM. */
import { POWER_NAMES, POWERS, type PowerId } from "../../../shared/powers";
import type { Commitment, MeterId, NewsEffect, Order, OfferTerms, WorldKey } from "../../../shared/game";
import type { SessionPhase } from "../../../shared/session";
import { pledgeWords } from "../../../shared/game/pledges";
import { formatNumber as localNumber, labels, t } from "../../../shared/i18n";

export { POWER_NAMES, POWERS, type PowerId };

export const PHASE_LABELS: Record<SessionPhase, string> = labels("common:phase", ["lobby", "briefing", "negotiation", "orders", "resolution", "ended"]);

export const METER_LABELS: Record<Exclude<MeterId, "special">, string> = labels("common:meter", ["economy", "support", "standing"]);

export const WORLD_LABELS: Record<WorldKey, string> = labels("common:world", ["frontLine", "warIntensity", "globalTension", "taiwanTension"]);

/** A power's name in the page's language (an unknown id is shown as sent). */
export function powerName(p: string): string {
  return p in POWER_NAMES ? t(`common:power.${p}`) : p;
}

export function listPowers(ps: readonly string[]): string {
  return listWords(ps.map(powerName));
}

/** "A", "A and B", "A, B and C" in the page's language. */
export function listWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return t("common:list", { first: names.slice(0, -1).join(t("common:listSeparator")), last: names.at(-1)! });
}

/** "4:05", "1:02:03", or "2 d 3 h" for slow matches; never negative. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (days > 0) return t("common:duration.days", { d: days, h: hours });
  const ss = String(seconds).padStart(2, "0");
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, "0")}:${ss}`;
  return `${minutes}:${ss}`;
}

/** A change with its sign, in the page's language: "+2", "−1.5" (a true minus sign), "0"; "−1,5" in German. */
export function formatDelta(n: number): string {
  const r = Math.round(n * 10) / 10;
  if (r === 0) return "0";
  return localNumber(r, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
}

/** A number with a true minus sign when negative: "−5.1", "9"; "−5,1" in German. */
export function formatNumber(n: number): string {
  const r = Math.round(n * 10) / 10;
  return localNumber(r, { maximumFractionDigits: 1 });
}

/** A trend as an arrow and words, so it reads without colour: "▲ +2", "▼ −1", "■ steady". */
export function formatTrend(n: number): string {
  const r = Math.round(n * 10) / 10;
  if (r === 0) return t("common:steady");
  return `${r > 0 ? "\u25B2" : "\u25BC"} ${formatDelta(r)}`;
}

/** What a news effect's target means: "russia.economy" → "Russia economy". */
export function effectLabel(target: string, specialLabels: Partial<Record<PowerId, string>> = {}): string {
  const [kind, rest = ""] = target.split(".", 2) as [string, string?];
  if (kind === "world") return WORLD_LABELS[rest as WorldKey] ?? rest;
  if (kind === "relation") return `Relations ${rest.split("|").map(powerName).join("–")}`;
  if (kind === "trust") {
    const [a = "", b = ""] = rest.split(">");
    return `${powerName(a)}'s trust in ${powerName(b)}`;
  }
  if ((POWERS as readonly string[]).includes(kind)) {
    const meter = rest === "special" ? (specialLabels[kind as PowerId] ?? "own meter") : (METER_LABELS[rest as Exclude<MeterId, "special">] ?? rest);
    return `${powerName(kind)}: ${meter.toLowerCase()}`;
  }
  return target;
}

export function describeEffect(e: NewsEffect, specialLabels: Partial<Record<PowerId, string>> = {}): string {
  return `${effectLabel(e.target, specialLabels)} ${formatDelta(e.delta)}`;
}

export const TOPICS: Record<string, string> = { war: "the war", taiwan: "Taiwan", trade: "trade", sanctions: "sanctions", history: "history" };
const AID: Record<string, string> = { militaryAid: "military aid", economicAid: "economic aid", humanitarianAid: "humanitarian aid", tradeAccess: "trade access", easeSanctions: "eased sanctions" };

/** One order in a sentence, as its author reads it in the composer and the debrief. */
export function describeOrder(o: Order, ceasefireLabel: (id: string) => string = (id) => `ceasefire ${id}`): string {
  switch (o.type) {
    case "statement": {
      const to = o.audience === "world" ? "the world" : listPowers(o.audience);
      const words = o.text.trim() ? `: \u201C${o.text.trim()}\u201D` : "";
      const stance = o.topic === "taiwan" && o.stance === "principle" ? " backing the one-China principle" : "";
      return `A ${o.tone} statement on ${TOPICS[o.topic]}${stance} to ${to}${words}`;
    }
    case "sanction":
      return `${capitalize(o.action)} ${o.sector} sanctions on ${powerName(o.target)}`;
    case "aid":
      return o.kind === "dualUse" ? `Sell dual-use goods to ${powerName(o.to)}` : `Send ${o.kind} aid to ${powerName(o.to)}`;
    case "posture":
      return `Military posture: ${o.stance}`;
    case "strike":
      return `Long-range strike on ${o.target === "military" ? "military targets" : o.target}`;
    case "summit":
      return `Summit with ${powerName(o.with)}`;
    case "ceasefire":
      return `${o.decision === "keep" ? "Keep" : "Break"} ${ceasefireLabel(o.ceasefireId)}`;
    case "declareCeasefire":
      return `Declare a ${o.turns}-turn ${o.scope} ceasefire`;
    case "commitment":
      return `${o.decision === "keep" ? "Keep" : "Break"} commitment ${o.commitmentId}`;
    case "lifeline":
      return o.open ? `Keep the economic lifeline to ${powerName(o.to)} open` : `Hold back the economic lifeline to ${powerName(o.to)}`;
  }
}

/** An offer's terms in a sentence. */
export function describeTerms(t: OfferTerms): string {
  switch (t.kind) {
    case "ceasefire":
      return `A ${t.turns}-turn ${t.scope} ceasefire${t.monitored ? " with international monitors" : " without monitors"}`;
    case "jointStatement":
      return `A joint ${t.tone} statement on ${TOPICS[t.topic]}${t.text.trim() ? `: \u201C${t.text.trim()}\u201D` : ""}`;
    case "coordinatedSanctions":
      return `Coordinated ${t.sector} sanctions on ${powerName(t.target)}`;
    case "pledge":
      return `${powerName(t.by)} promises ${pledgeWords(t, powerName)} for ${t.turns} turn${t.turns === 1 ? "" : "s"}`;
    case "deal":
      return `A ${(t.turns ?? 1) > 1 ? `${t.turns}-turn ` : ""}deal: ${t.items.map((i) => `${powerName(i.from)} gives ${powerName(i.to)} ${AID[i.item] ?? i.item}${i.sector ? ` (${i.sector})` : ""}`).join("; ")}`;
  }
}

/** Where a commitment stands: "kept", "broken by Russia", "in force to turn 5 (1 of 3 turns kept)". */
export function commitmentProgress(c: Pick<Commitment, "status" | "breakers" | "turn" | "endTurn" | "turnsKept">): string {
  if (c.status === "broken") return `broken by ${listPowers(c.breakers)}`;
  if (c.status === "kept") return "kept";
  const total = c.endTurn - c.turn + 1;
  return total > 1 ? `in force to turn ${c.endTurn} (${c.turnsKept} of ${total} turns kept)` : "pending";
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
