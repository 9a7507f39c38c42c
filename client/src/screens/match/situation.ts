/** The situation in words: ceasefires, commitments and sanctions in force (what the map draws, for everyone). */
import { POWERS, SECTORS, type MatchView, type PowerId } from "../../../../shared/game";
import { h, memo } from "../../ui/dom";
import { commitmentProgress, describeTerms, listPowers, powerName } from "../../logic/format";
import { sanctionsInForce } from "../../logic/mapModel";
import type { AppContext } from "../../app/context";

const LEVEL = ["", "light", "heavy", "severe"];

export class SituationPanel {
  readonly element = h("section", { class: "situation", "aria-labelledby": "situation-heading" });
  private readonly draw = memo();

  update(ctx: AppContext): void {
    const view = ctx.view.match;
    if (!view) return;
    this.draw(JSON.stringify([view.ceasefires, view.commitments, view.sanctions]), () => {
      this.element.replaceChildren(h("h2", { id: "situation-heading" }, "Ceasefires, commitments and sanctions"), ceasefires(view), commitments(view), sanctions(view));
    });
  }
}

function ceasefires(view: MatchView): HTMLElement {
  const shown = view.ceasefires.filter((c) => c.status === "active" || c.endTurn >= view.turn - 1);
  const items = shown.map((c) => {
    const last = c.record.at(-1);
    const record = last ? (last.outcome === "kept" ? `kept in turn ${last.turn}` : last.namedBreakers.length ? `broken in turn ${last.turn} by ${listPowers(last.namedBreakers)}` : `breached in turn ${last.turn}; each side accuses the other`) : "not tested yet";
    const parties = inOrder(c.parties);
    const who = c.unilateral ? `${parties}'s unilateral` : `${parties}:`;
    return h("li", {}, `${who} ${c.scope} ceasefire, turns ${c.startTurn}–${c.endTurn}${c.monitored ? ", monitored" : ""} — ${c.status === "active" ? "in force" : c.status}, ${record}.`);
  });
  return h("div", {}, h("h3", {}, "Ceasefires"), items.length ? h("ul", {}, ...items) : h("p", { class: "hint" }, "No ceasefire in force."));
}

function inOrder(ps: readonly PowerId[]): string {
  return listPowers(POWERS.filter((p) => ps.includes(p)));
}

function commitments(view: MatchView): HTMLElement {
  const items = view.commitments.map((c) =>
    h("li", {}, `${describeTerms(c.terms)} — ${inOrder(c.parties)}, turn ${c.turn}: ${commitmentProgress(c)}.`),
  );
  return h("div", {}, h("h3", {}, "Commitments you can see"), items.length ? h("ul", {}, ...items) : h("p", { class: "hint" }, "None yet: an accepted offer becomes a commitment."));
}

function sanctions(view: MatchView): HTMLElement {
  const all = sanctionsInForce(view);
  const pairs = [...new Set(all.map((s) => `${s.from}>${s.to}`))];
  const items = pairs.map((pair) => {
    const [from = "", to = ""] = pair.split(">");
    const sectors = SECTORS.flatMap((sector) => {
      const level = view.sanctions[`${from}>${to}:${sector}` as keyof MatchView["sanctions"]] ?? 0;
      return level > 0 ? [`${sector} (${LEVEL[level] ?? level})`] : [];
    });
    return h("li", {}, `${powerName(from)} on ${powerName(to)}: ${sectors.join(", ")}`);
  });
  return h("details", {}, h("summary", {}, `Sanctions and tariffs in force (${all.length})`), h("ul", {}, ...items));
}
