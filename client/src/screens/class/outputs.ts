/**
 * The dashboard's "After the lesson" section: the projector view, the class debrief, and the
 * exports (printable report, CSV, each world's JSON record) as buttons that download files.
 * Made once and kept across the dashboard's redraws, so a download in progress keeps its button.
 */
import { h } from "../../ui/dom";
import type { Dashboard } from "../../../../shared/classroom";
import { t } from "../../../../shared/i18n";

export interface OutputActions {
  /** The projector view's read-only link (never the teacher's), once the server has given its key. */
  projectorLink: Promise<string>;
  debriefLink: string;
  downloadHtml(): Promise<void>;
  downloadCsv(): Promise<void>;
  downloadWorld(world: number, code: string): Promise<void>;
}

export class ClassOutputs {
  readonly element: HTMLElement;
  private readonly worlds = h("div", { class: "row", id: "class-output-worlds" });
  private readonly message = h("p", { id: "class-output-message", role: "status" });
  private readonly projector = h("a", { class: "button-link", id: "open-projector", target: "_blank", rel: "noopener" }, t("classroom:outputs.projector"), h("span", { class: "sr-only" }, t("common:newTab")));
  private shownRooms = "";

  constructor(private readonly actions: OutputActions) {
    this.element = h(
      "section",
      { class: "card", "aria-labelledby": "class-outputs-heading", id: "class-outputs", hidden: true },
      h("h2", { id: "class-outputs-heading" }, t("classroom:outputs.heading")),
      h(
        "div",
        { class: "row" },
        this.projector,
        h("a", { class: "button-link", id: "open-class-debrief", href: actions.debriefLink, target: "_blank", rel: "noopener" }, t("classroom:outputs.debrief"), h("span", { class: "sr-only" }, t("common:newTab"))),
        h("button", { type: "button", id: "download-report-html", onclick: () => this.run(actions.downloadHtml(), t("classroom:debrief.what.report")) }, t("classroom:outputs.downloadHtml")),
        h("button", { type: "button", id: "download-report-csv", onclick: () => this.run(actions.downloadCsv(), t("classroom:debrief.what.csv")) }, t("classroom:outputs.downloadCsv")),
      ),
      this.worlds,
      this.message,
    );
    actions.projectorLink.then(
      (link) => this.projector.setAttribute("href", link),
      () => (this.message.textContent = t("classroom:outputs.projectorFailed")),
    );
  }

  update(d: Dashboard): void {
    this.element.hidden = !d.started;
    const rooms = d.rooms.map((r) => `${r.world}:${r.code}`).join();
    if (rooms === this.shownRooms) return;
    this.shownRooms = rooms;
    this.worlds.replaceChildren(
      ...d.rooms.map((r) =>
        h("button", { type: "button", id: `download-world-${r.world}`, onclick: () => this.run(this.actions.downloadWorld(r.world, r.code), t("classroom:debrief.what.world", { n: r.world + 1 })) }, t("classroom:outputs.worldRecord", { n: r.world + 1 })),
      ),
    );
  }

  private run(download: Promise<void>, what: string): void {
    this.message.textContent = t("classroom:outputs.preparing", { what });
    download.then(
      () => (this.message.textContent = t("classroom:outputs.saved", { what })),
      (error: unknown) => (this.message.textContent = t("classroom:outputs.failed", { what, reason: error instanceof Error ? error.message : t("classroom:unknownError") })),
    );
  }
}
