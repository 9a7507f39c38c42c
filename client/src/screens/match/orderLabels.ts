/** Labels for the order composer's choices, in the game's own words (and the page's language). */
import type { MatchView } from "../../../../shared/game";
import { t } from "../../../../shared/i18n";
import { capitalize, describeTerms, listPowers, powerName } from "../../logic/format";

const FIELDS = ["audience", "tone", "topic", "text", "target", "sector", "action", "to", "kind", "stance", "with", "ceasefireId", "decision", "turns", "scope", "commitmentId", "open"];

export function fieldLabel(field: string): string {
  return FIELDS.includes(field) ? t(`match:field.${field}`) : capitalize(field);
}

export function ceasefireLabel(view: MatchView, id: string): string {
  const c = view.ceasefires.find((x) => x.id === id);
  if (!c) return t("match:ceasefireUnknown");
  const params = { scope: t(`match:scope.${c.scope}`), from: c.startTurn, to: c.endTurn };
  return c.unilateral ? t("match:ceasefireUnilateral", { ...params, powers: listPowers(c.parties) }) : t("match:ceasefireLabel", params);
}

/** A value of the choices the engine has ("firm", "energy", "dualUse"), or an id mapped to its name. */
export function optionLabel(view: MatchView, field: string, value: string): string {
  if (field === "target" && ["energy", "airports", "military"].includes(value)) return capitalize(t(`match:strikeTarget.${value}`));
  if (["target", "to", "with"].includes(field)) return powerName(value);
  if (field === "audience") return value === "world" ? capitalize(t("match:theWorld")) : listPowers(value.split(","));
  if (field === "ceasefireId") return capitalize(ceasefireLabel(view, value));
  if (field === "commitmentId") {
    const c = view.commitments.find((x) => x.id === value);
    return c ? t("match:commitmentOption", { terms: describeTerms(c.terms), turn: c.turn, powers: listPowers(c.parties) }) : t("match:commitmentUnknown");
  }
  if (field === "scope") return t(`match:scopeOption.${value}`);
  if (field === "kind") return t(`match:aidOption.${value}`);
  if (field === "stance") return t(`match:stanceOption.${value}`);
  if (field === "open") return value === "true" ? t("match:lifelineOpen") : t("match:lifelineHold");
  if (field === "tone" || field === "sector" || field === "action" || field === "decision" || field === "topic") return capitalize(t(`match:${field}.${value}`));
  return value;
}
