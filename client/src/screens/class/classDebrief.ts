/**
 * The class debrief: the worlds side by side, who kept their word, each world's turning points
 * every student's contribution and questions for the class, drawn from the server's class report (the teacher's, with
 * chat as counts only). The same body is the printable HTML report: the page's own elements,
 * serialised with a print stylesheet, so the file and the screen can never say different things.
 */
import { h } from "../../ui/dom";
import { PHASE_LABELS, formatNumber, powerName } from "../../logic/format";
import { classQuestions } from "../../logic/discussion";
import { REFLECTION_PROMPT } from "../../logic/lessonPlan";
import type { ClassReport, RoomReport } from "../../../../shared/classroom/report";
import { MAX_TURNING_POINTS } from "../../../../shared/classroom/report";

export interface ClassDebriefActions {
  refresh(): void;
  downloadHtml(): void;
  downloadCsv(): void;
  downloadWorld(room: RoomReport): void;
}

export class ClassDebriefScreen {
  readonly element: HTMLElement;
  private readonly body = h("div", { id: "class-debrief-body" });
  private readonly status = h("p", { id: "class-debrief-status", role: "status" });
  private readonly worldButtons = h("div", { class: "row", id: "class-debrief-worlds" });
  private report: ClassReport;

  constructor(private readonly actions: ClassDebriefActions, report: ClassReport) {
    this.report = report;
    this.element = h(
      "div",
      { class: "class-debrief" },
      h(
        "div",
        { class: "row no-print", role: "group", "aria-label": "Print and download" },
        h("button", { type: "button", id: "class-debrief-print", onclick: () => window.print() }, "Print"),
        h("button", { type: "button", id: "class-debrief-html", onclick: () => actions.downloadHtml() }, "Download the report (HTML)"),
        h("button", { type: "button", id: "class-debrief-csv", onclick: () => actions.downloadCsv() }, "Download the table (CSV)"),
        h("button", { type: "button", id: "class-debrief-refresh", onclick: () => actions.refresh() }, "Refresh"),
      ),
      this.worldButtons,
      this.status,
      this.body,
    );
    this.update(report);
  }

  update(report: ClassReport): void {
    this.report = report;
    this.body.replaceChildren(...classDebriefSections(report));
    this.worldButtons.replaceChildren(
      ...report.rooms.map((r) => h("button", { type: "button", id: `class-debrief-world-${r.world}`, onclick: () => this.actions.downloadWorld(r) }, `World ${r.world + 1} record (JSON)`)),
    );
  }

  setStatus(text: string): void {
    this.status.textContent = text;
  }

  /** The printable report: this page's body as a document of its own. */
  document(): string {
    return reportDocument(this.report, this.body);
  }
}

export function classDebriefSections(report: ClassReport): HTMLElement[] {
  const worlds = report.rooms.length;
  return [
    h("h1", { id: "class-debrief-heading" }, `Class debrief: ${report.name}`),
    h(
      "p",
      { class: "lead", id: "class-debrief-state" },
      `${worlds} world${worlds === 1 ? "" : "s"}, ${report.students.length} students, class code ${report.code}. `,
      report.ended ? "Every world has ended." : "The worlds are still playing: this is what has happened so far.",
    ),
    sideBySide(report),
    keptWord(report),
    turningPoints(report),
    contributions(report),
    talkAboutIt(report),
  ];
}

/** Questions from the class's own worlds, side by side, and the students' reflection prompt (see the teacher's guide). */
function talkAboutIt(report: ClassReport): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": "class-questions-heading" },
    h("h2", { id: "class-questions-heading" }, "Talk about it"),
    h("ol", { id: "class-questions" }, ...classQuestions(report).map((q) => h("li", {}, q))),
    h("h3", {}, "Reflection prompt for students"),
    h("p", { id: "class-reflection" }, REFLECTION_PROMPT),
  );
}

function status(r: RoomReport): string {
  return r.phase === "ended" ? `Ended after turn ${r.lastTurn}` : `${PHASE_LABELS[r.phase]}, turn ${r.turn} of ${r.lastTurn}`;
}

function list(items: string[], empty: string): HTMLElement {
  return items.length === 0 ? h("span", {}, empty) : h("ul", {}, ...items.map((i) => h("li", {}, i)));
}

function playerOf(p: RoomReport["powers"][number]): string {
  return p.players.length > 0 ? p.players.join(", ") : p.bot ? "bot" : "nobody";
}

function sideBySide(report: ClassReport): HTMLElement {
  const row = (label: string, cell: (r: RoomReport) => HTMLElement | string) => h("tr", {}, h("th", { scope: "row" }, label), ...report.rooms.map((r) => h("td", {}, cell(r))));
  return h(
    "section",
    { "aria-labelledby": "class-worlds-heading", id: "class-worlds-compared" },
    h("h2", { id: "class-worlds-heading" }, "How each world ended"),
    h(
      "div",
      { class: "table-scroll" },
      h(
        "table",
        { class: "scores compare" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "World"), ...report.rooms.map((r) => h("th", { scope: "col" }, `World ${r.world + 1} (${r.code})`)))),
        h(
          "tbody",
          {},
          row("State", status),
          row("Front line (Ukraine holds %)", (r) => formatNumber(r.meters.frontLine)),
          row("War intensity", (r) => formatNumber(r.meters.warIntensity)),
          row("Global tension", (r) => formatNumber(r.meters.globalTension)),
          row("Ceasefires", (r) => list(r.ceasefires.map((c) => `${c.text}: ${c.outcome}`), "none")),
          row("Sanctions in force", (r) => list(r.sanctions, "none")),
          row("Scores", (r) =>
            r.powers[0]!.score === null
              ? "when the world ends"
              : list(
                  [...r.powers].sort((a, b) => b.score! - a.score!).map((p) => `${powerName(p.power)} (${playerOf(p)}): ${formatNumber(p.score!)}`),
                  "",
                ),
          ),
        ),
      ),
    ),
  );
}

function keptWord(report: ClassReport): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": "class-kept-heading", id: "class-kept-word" },
    h("h2", { id: "class-kept-heading" }, "Who kept their word"),
    h(
      "p",
      { class: "hint" },
      "A promise is an agreement a power accepted (an offer that became a commitment), a ceasefire it entered, or a statement that promised something by its tone; each is held against what the power did after.",
    ),
    ...report.rooms.map((r) =>
      h(
        "section",
        { "aria-labelledby": `kept-${r.world}` },
        h("h3", { id: `kept-${r.world}` }, `World ${r.world + 1}`),
        h(
          "div",
          { class: "table-scroll" },
          h(
            "table",
            { class: "scores" },
            h("thead", {}, h("tr", {}, ...["Power", "Played by", "Promises kept", "Promises broken", "Words borne out", "Words contradicted"].map((t) => h("th", { scope: "col" }, t)))),
            h(
              "tbody",
              {},
              ...r.powers.map((p) =>
                h(
                  "tr",
                  { class: `power-row power-${p.power}` },
                  h("th", { scope: "row" }, powerName(p.power)),
                  h("td", {}, playerOf(p)),
                  ...[p.word.promisesKept, p.word.promisesBroken, p.word.wordsConsistent, p.word.wordsContradicted].map((n) => h("td", {}, String(n))),
                ),
              ),
            ),
          ),
        ),
        r.promises.length === 0
          ? h("p", {}, "No promise was made in this world.")
          : h("ul", { class: "promises" }, ...r.promises.map((p) => h("li", {}, h("strong", {}, `Turn ${p.turn}: `), `${p.text} — ${p.outcome}.`))),
      ),
    ),
  );
}

function turningPoints(report: ClassReport): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": "class-turning-heading", id: "class-turning-points" },
    h("h2", { id: "class-turning-heading" }, "Turning points"),
    h(
      "p",
      { class: "hint" },
      `A turning point is a turn in which a ceasefire began or was breached, a promise was broken, or the front line made its largest move of the match (at most ${MAX_TURNING_POINTS} per world, the earliest first).`,
    ),
    ...report.rooms.map((r) =>
      h(
        "section",
        { "aria-labelledby": `turning-${r.world}` },
        h("h3", { id: `turning-${r.world}` }, `World ${r.world + 1}`),
        r.turningPoints.length === 0 ? h("p", {}, "None yet.") : h("ol", {}, ...r.turningPoints.map((t) => h("li", {}, `Turn ${t.turn}: ${t.text}.`))),
      ),
    ),
  );
}

function contributions(report: ClassReport): HTMLElement {
  const dash = (n: number | null) => (n === null ? "–" : formatNumber(n));
  return h(
    "section",
    { "aria-labelledby": "class-students-heading", id: "class-contributions" },
    h("h2", { id: "class-students-heading" }, "Every student's contribution"),
    h(
      "p",
      { class: "hint" },
      "Orders and offers are those of the student's power. Messages counts every chat message the student sent, private ones included; what anyone wrote in chat is never part of this report.",
    ),
    h(
      "div",
      { class: "table-scroll" },
      h(
        "table",
        { class: "scores", id: "class-students-table" },
        h(
          "thead",
          {},
          h("tr", {}, ...["Student", "World", "Power", "Score", "Objectives met", "Promises kept", "Promises broken", "Orders", "Offers", "Messages"].map((t) => h("th", { scope: "col" }, t))),
        ),
        h(
          "tbody",
          {},
          ...report.students.map((s) =>
            h(
              "tr",
              {},
              h("th", { scope: "row" }, s.name),
              h("td", {}, s.world === null ? "not placed" : String(s.world)),
              h("td", {}, s.power ? powerName(s.power) : "–"),
              h("td", {}, dash(s.score)),
              h("td", {}, s.objectivesMet === null ? "–" : `${s.objectivesMet} of ${s.objectivesTotal}`),
              ...[s.promisesKept, s.promisesBroken, s.orders, s.offers, s.messages].map((n) => h("td", {}, String(n))),
            ),
          ),
        ),
      ),
    ),
  );
}

/** A light, printable stylesheet for the downloaded report (the app's own is dark and screen-first). */
const REPORT_CSS = `
body { font: 11pt/1.4 system-ui, sans-serif; color: #111; background: #fff; margin: 1.5cm; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 1.2em; border-bottom: 1px solid #999; } h3 { font-size: 12pt; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0; } th, td { border: 1px solid #bbb; padding: 0.2em 0.4em; text-align: left; vertical-align: top; }
ul, ol { margin: 0.2em 0; padding-left: 1.2em; } .hint { color: #444; }
section { break-inside: auto; } tr, li { break-inside: avoid; }
`;

/** The report as a document of its own: the debrief's elements (text nodes only, so escaped by the serialiser) and a print stylesheet. */
export function reportDocument(report: ClassReport, body: HTMLElement): string {
  const title = document.createElement("title");
  title.textContent = `Class debrief: ${report.name}`;
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">${title.outerHTML}<style>${REPORT_CSS}</style></head><body><main>${body.innerHTML}</main></body></html>\n`;
}
