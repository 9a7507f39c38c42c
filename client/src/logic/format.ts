/** Words and numbers as the screens show them: pure, so the tests read them without a DOM. */
import { POWER_NAMES, POWERS, type PowerId } from "../../../shared/powers";
import type { Commitment, MeterId, NewsEffect, Order, OfferTerms, WorldKey } from "../../../shared/game";
import type { SessionPhase } from "../../../shared/session";
import { formatNumber as localNumber, labels, t } from "../../../shared/i18n";

export { POWER_NAMES, POWERS, type PowerId };

export const PHASE_LABELS: Record<SessionPhase, string> = labels("common:phase", ["lobby", "briefing", "negotiation", "orders", "resolution", "ended"]);

export const METER_LABELS: Record<Exclude<MeterId, "special">, string> = labels("common:meter", ["economy", "support", "standing"]);

export const WORLD_LABELS: Record<WorldKey, string> = labels("common:world", ["frontLine", "warIntensity", "globalTension", "taiwanTension"]);

/** A power's name in the page's language (an unknown id is shown as sent). */
const METERS_MID = ["economy", "support", "standing"];

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
  if (kind === "relation") return t("world:effect.relations", { pair: rest.split("|").map(powerName).join("–") });
  if (kind === "trust") {
    const [a = "", b = ""] = rest.split(">");
    return t("world:effect.trust", { a: powerName(a), b: powerName(b) });
  }
  if ((POWERS as readonly string[]).includes(kind)) {
    // The meters' names as they read inside a sentence (German keeps its capitals).
    const meter = rest === "special" ? (specialLabels[kind as PowerId]?.toLocaleLowerCase() ?? t("world:effect.ownMeter")) : METERS_MID.includes(rest) ? t(`world:effect.meterName.${rest}`) : rest;
    return t("world:effect.meter", { power: powerName(kind), meter });
  }
  return target;
}

export function describeEffect(e: NewsEffect, specialLabels: Partial<Record<PowerId, string>> = {}): string {
  return `${effectLabel(e.target, specialLabels)} ${formatDelta(e.delta)}`;
}

export const TOPICS: Record<string, string> = labels("match:topic", ["war", "taiwan", "trade", "sanctions", "history"]);

/** Typed words in quotes after a colon, or nothing. */
function quoted(text: string): string {
  return text.trim() ? t("match:quoted", { text: text.trim() }) : "";
}

/** One order in a sentence, as its author reads it in the composer and the debrief. */
export function describeOrder(o: Order, ceasefireLabel: (id: string) => string = () => t("match:ceasefireUnknown")): string {
  switch (o.type) {
    case "statement": {
      const to = o.audience === "world" ? t("match:theWorld") : listPowers(o.audience);
      const key = o.topic === "taiwan" && o.stance === "principle" ? "match:describe.statementPrinciple" : "match:describe.statement";
      return t(key, { tone: t(`match:tone.${o.tone}`), topic: t(`match:topic.${o.topic}`), to, words: quoted(o.text) });
    }
    case "sanction":
      return t(`match:describe.sanction.${o.action}`, { sector: t(`match:sector.${o.sector}`), target: powerName(o.target) });
    case "aid":
      return t(`match:describe.aid.${o.kind}`, { to: powerName(o.to) });
    case "posture":
      return t("match:describe.posture", { stance: t(`match:stance.${o.stance}`) });
    case "strike":
      return t("match:describe.strike", { target: t(`match:strikeTarget.${o.target}`) });
    case "summit":
      return t("match:describe.summit", { with: powerName(o.with) });
    case "ceasefire":
      return t(`match:describe.ceasefire.${o.decision}`, { ceasefire: ceasefireLabel(o.ceasefireId) });
    case "declareCeasefire":
      return t("match:describe.declareCeasefire", { count: o.turns, scope: t(`match:scope.${o.scope}`) });
    case "commitment":
      return t(`match:describe.commitment.${o.decision}`);
    case "lifeline":
      return t(o.open ? "match:describe.lifelineOpen" : "match:describe.lifelineHold", { to: powerName(o.to) });
  }
}

/** An offer's terms in a sentence. */
export function describeTerms(terms: OfferTerms): string {
  switch (terms.kind) {
    case "ceasefire":
      return t(terms.monitored ? "match:terms.ceasefireMonitored" : "match:terms.ceasefire", { count: terms.turns, scope: t(`match:scope.${terms.scope}`) });
    case "jointStatement":
      return t("match:terms.jointStatement", { tone: t(`match:tone.${terms.tone}`), topic: t(`match:topic.${terms.topic}`), words: quoted(terms.text) });
    case "coordinatedSanctions":
      return t("match:terms.coordinatedSanctions", { sector: t(`match:sector.${terms.sector}`), target: powerName(terms.target) });
    case "pledge":
      return t("match:terms.pledge", { by: powerName(terms.by), what: t(`match:pledgeWords.${terms.promise}`, terms.target ? { target: terms.target } : {}), count: terms.turns });
    case "deal": {
      const items = terms.items.map((i) => t(i.sector ? "match:terms.dealItemSector" : "match:terms.dealItem", { from: powerName(i.from), to: powerName(i.to), item: t(`match:dealItem.${i.item}`), sector: i.sector ? t(`match:sector.${i.sector}`) : "" }));
      return t((terms.turns ?? 1) > 1 ? "match:terms.dealTurns" : "match:terms.deal", { count: terms.turns ?? 1, items: items.join("; ") });
    }
  }
}

/** Where a commitment stands: "kept", "broken by Russia", "in force to turn 5 (1 of 3 turns kept)". */
export function commitmentProgress(c: Pick<Commitment, "status" | "breakers" | "turn" | "endTurn" | "turnsKept">): string {
  if (c.status === "broken") return t("match:progress.brokenBy", { powers: listPowers(c.breakers) });
  if (c.status === "kept") return t("match:progress.kept");
  const total = c.endTurn - c.turn + 1;
  return total > 1 ? t("match:progress.inForce", { end: c.endTurn, kept: c.turnsKept, count: total }) : t("match:progress.pending");
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A sentence of terms set inside another: "A deal: …" → "a deal: …"; one that starts with a power's name keeps it. */
export function midSentence(s: string): string {
  if (POWERS.some((p) => s.startsWith(powerName(p)))) return s;
  return s.charAt(0).toLocaleLowerCase() + s.slice(1);
}
