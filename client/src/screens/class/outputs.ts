/**
 * The dashboard's "After the lesson" section: the projector view, the class debrief, and the
 * exports (printable report, CSV, each world's JSON record) as buttons that download files.
 * Made once and kept across the dashboard's redraws, so a download in progress keeps its button.
 */
import { h } from "../../ui/dom";
import type { Dashboard } from "../../../../shared/classroom";

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
  private readonly projector = h("a", { class: "button-link", id: "open-projector", target: "_blank", rel: "noopener" }, "Projector view", h("span", { class: "sr-only" }, " (opens in a new tab)"));
  private shownRooms = "";

  constructor(private readonly actions: OutputActions) {
    this.element = h(
      "section",
      { class: "card", "aria-labelledby": "class-outputs-heading", id: "class-outputs", hidden: true },
      h("h2", { id: "class-outputs-heading" }, "Projector, debrief and exports"),
      h(
        "div",
        { class: "row" },
        this.projector,
        h("a", { class: "button-link", id: "open-class-debrief", href: actions.debriefLink, target: "_blank", rel: "noopener" }, "Class debrief", h("span", { class: "sr-only" }, " (opens in a new tab)")),
        h("button", { type: "button", id: "download-report-html", onclick: () => this.run(actions.downloadHtml(), "The report") }, "Download the report (HTML)"),
        h("button", { type: "button", id: "download-report-csv", onclick: () => this.run(actions.downloadCsv(), "The CSV") }, "Download the table (CSV)"),
      ),
      this.worlds,
      this.message,
    );
    actions.projectorLink.then(
      (link) => this.projector.setAttribute("href", link),
      () => (this.message.textContent = "The projector link could not be fetched: reload the dashboard."),
    );
  }

  update(d: Dashboard): void {
    this.element.hidden = !d.started;
    const rooms = d.rooms.map((r) => `${r.world}:${r.code}`).join();
    if (rooms === this.shownRooms) return;
    this.shownRooms = rooms;
    this.worlds.replaceChildren(
      ...d.rooms.map((r) =>
        h("button", { type: "button", id: `download-world-${r.world}`, onclick: () => this.run(this.actions.downloadWorld(r.world, r.code), `World ${r.world + 1}'s record`) }, `World ${r.world + 1} record (JSON)`),
      ),
    );
  }

  private run(download: Promise<void>, what: string): void {
    this.message.textContent = `${what}: preparing…`;
    download.then(
      () => (this.message.textContent = `${what} is in your downloads.`),
      (error: unknown) => (this.message.textContent = `${what} could not be made: ${error instanceof Error ? error.message : "unknown error"}`),
    );
  }
}
