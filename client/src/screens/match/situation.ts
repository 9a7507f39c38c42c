/** The situation in words: ceasefires, commitments and sanctions in force (what the map draws, for everyone). */
import { POWERS, SECTORS, type MatchView, type PowerId } from "../../../../shared/game";
import { h, memo } from "../../ui/dom";
import { commitmentProgress, describeTerms, listPowers, powerName } from "../../logic/format";
import { sanctionsInForce } from "../../logic/mapModel";
import type { AppContext } from "../../app/context";
import { t } from "../../../../shared/i18n";


export class SituationPanel {
  readonly element = h("section", { class: "situation", "aria-labelledby": "situation-heading" });
  private readonly draw = memo();

  update(ctx: AppContext): void {
    const view = ctx.view.match;
    if (!view) return;
    this.draw(JSON.stringify([view.ceasefires, view.commitments, view.sanctions]), () => {
      this.element.replaceChildren(h("h2", { id: "situation-heading" }, t("world:situation")), ceasefires(view), commitments(view), sanctions(view));
    });
  }
}

function ceasefires(view: MatchView): HTMLElement {
  const shown = view.ceasefires.filter((c) => c.status === "active" || c.endTurn >= view.turn - 1);
  const items = shown.map((c) => {
    const last = c.record.at(-1);
    const record = last ? (last.outcome === "kept" ? t("world:record.kept", { turn: last.turn }) : last.namedBreakers.length ? t("world:record.broken", { turn: last.turn, powers: listPowers(last.namedBreakers) }) : t("world:record.breached", { turn: last.turn })) : t("world:record.untested");
    const params = { parties: inOrder(c.parties), scope: t(`match:scope.${c.scope}`), from: c.startTurn, to: c.endTurn, monitored: c.monitored ? t("world:monitored") : "", status: t(`world:ceasefireStatus.${c.status}`), record };
    return h("li", {}, t(c.unilateral ? "world:ceasefireUnilateral" : "world:ceasefire", params));
  });
  return h("div", {}, h("h3", {}, t("world:ceasefires")), items.length ? h("ul", {}, ...items) : h("p", { class: "hint" }, t("world:noCeasefire")));
}

function inOrder(ps: readonly PowerId[]): string {
  return listPowers(POWERS.filter((p) => ps.includes(p)));
}

function commitments(view: MatchView): HTMLElement {
  const items = view.commitments.map((c) =>
    h("li", {}, t("world:commitment", { terms: describeTerms(c.terms), parties: inOrder(c.parties), turn: c.turn, progress: commitmentProgress(c) })),
  );
  return h("div", {}, h("h3", {}, t("world:commitments")), items.length ? h("ul", {}, ...items) : h("p", { class: "hint" }, t("world:noCommitment")));
}

function sanctions(view: MatchView): HTMLElement {
  const all = sanctionsInForce(view);
  const pairs = [...new Set(all.map((s) => `${s.from}>${s.to}`))];
  const items = pairs.map((pair) => {
    const [from = "", to = ""] = pair.split(">");
    const sectors = SECTORS.flatMap((sector) => {
      const level = view.sanctions[`${from}>${to}:${sector}` as keyof MatchView["sanctions"]] ?? 0;
      return level > 0 ? [t("world:sectorLevel", { sector: t(`match:sector.${sector}`), level: t(`world:level.${Math.min(level, 3)}`) })] : [];
    });
    return h("li", {}, t("world:sanctionPair", { from: powerName(from), to: powerName(to), sectors: sectors.join(t("common:listSeparator")) }));
  });
  return h("details", {}, h("summary", {}, t("world:sanctionsInForce", { n: all.length })), h("ul", {}, ...items));
}
