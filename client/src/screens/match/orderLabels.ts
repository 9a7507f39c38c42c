/** Labels for the order composer's choices, in the game's own words. */
import type { MatchView } from "../../../../shared/game";
import { capitalize, describeTerms, listPowers, powerName } from "../../logic/format";

const FIELD_LABELS: Record<string, string> = {
  audience: "To",
  tone: "Tone",
  topic: "Topic",
  text: "Your words (optional)",
  target: "Target",
  sector: "Sector",
  action: "Action",
  to: "To",
  kind: "Kind",
  stance: "Stance",
  with: "With",
  ceasefireId: "Ceasefire",
  decision: "Decision",
  turns: "Length (turns)",
  scope: "Scope",
  commitmentId: "Commitment",
  open: "Lifeline",
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? capitalize(field);
}

export function ceasefireLabel(view: MatchView, id: string): string {
  const c = view.ceasefires.find((x) => x.id === id);
  if (!c) return `ceasefire ${id}`;
  const who = c.unilateral ? `${listPowers(c.parties)}'s unilateral` : "the";
  return `${who} ${c.scope} ceasefire (turns ${c.startTurn}–${c.endTurn})`;
}

export function optionLabel(view: MatchView, field: string, value: string): string {
  if (field === "target" && ["energy", "airports", "military"].includes(value)) return value === "military" ? "Military targets" : capitalize(value);
  if (["target", "to", "with"].includes(field)) return powerName(value);
  if (field === "audience") return value === "world" ? "The world" : listPowers(value.split(","));
  if (field === "ceasefireId") return capitalize(ceasefireLabel(view, value));
  if (field === "commitmentId") {
    const c = view.commitments.find((x) => x.id === value);
    return c ? `${describeTerms(c.terms)} (turn ${c.turn}, with ${listPowers(c.parties)})` : value;
  }
  if (field === "scope") return value === "full" ? "Full" : value === "energy" ? "Energy infrastructure only" : "Air strikes only";
  if (field === "kind" && value === "dualUse") return "Dual-use goods (sold, not weapons)";
  if (field === "stance" && value === "principle") return "Back the one-China principle (an endorsement)";
  if (field === "stance" && value === "policy") return "Affirm a one-China policy (no endorsement)";
  if (field === "open") return value === "true" ? "Keep it open" : "Hold it back";
  if (field === "kind" || field === "stance" || field === "tone" || field === "sector" || field === "action" || field === "decision") return capitalize(value);
  if (field === "topic") return value === "war" ? "The war" : capitalize(value);
  return value;
}
