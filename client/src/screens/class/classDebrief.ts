/**
 * The class debrief: the worlds side by side, who kept their word, each world's turning points
 * every student's contribution and questions for the class, drawn from the server's class report (the teacher's, with
 * chat as counts only). The same body is the printable HTML report: the page's own elements,
 * serialised with a print stylesheet, so the file and the screen can never say different things.
 */
import { h } from "../../ui/dom";
import { scrollBox } from "../../ui/scrollBox";
import { PHASE_LABELS, WORLD_LABELS, formatNumber, powerName } from "../../logic/format";
import { classQuestions } from "../../logic/discussion";
import { reflectionPrompt } from "../../logic/lessonPlan";
import type { ClassReport, RoomReport } from "../../../../shared/classroom/report";
import { MAX_TURNING_POINTS } from "../../../../shared/classroom/report";
import { currentLanguage, t } from "../../../../shared/i18n";

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
        { class: "row no-print", role: "group", "aria-label": t("classroom:debrief.actions") },
        h("button", { type: "button", id: "class-debrief-print", onclick: () => window.print() }, t("classroom:debrief.print")),
        h("button", { type: "button", id: "class-debrief-html", onclick: () => actions.downloadHtml() }, t("classroom:outputs.downloadHtml")),
        h("button", { type: "button", id: "class-debrief-csv", onclick: () => actions.downloadCsv() }, t("classroom:outputs.downloadCsv")),
        h("button", { type: "button", id: "class-debrief-refresh", onclick: () => actions.refresh() }, t("classroom:debrief.refresh")),
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
      ...report.rooms.map((r) => h("button", { type: "button", id: `class-debrief-world-${r.world}`, onclick: () => this.actions.downloadWorld(r) }, t("classroom:outputs.worldRecord", { n: r.world + 1 }))),
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
    h("h1", { id: "class-debrief-heading" }, t("classroom:debrief.title", { name: report.name })),
    h(
      "p",
      { class: "lead", id: "class-debrief-state" },
      t("classroom:debrief.state", { count: worlds, students: report.students.length, code: report.code }),
      t(report.ended ? "classroom:debrief.allEnded" : "classroom:debrief.stillPlaying"),
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
    h("h2", { id: "class-questions-heading" }, t("classroom:debrief.questionsHeading")),
    h("ol", { id: "class-questions" }, ...classQuestions(report).map((q) => h("li", {}, q))),
    h("h3", {}, t("classroom:debrief.reflectionHeading")),
    h("p", { id: "class-reflection" }, reflectionPrompt()),
  );
}

function status(r: RoomReport): string {
  return r.phase === "ended" ? t("classroom:debrief.endedAfter", { turn: r.lastTurn }) : t("classroom:debrief.status", { phase: PHASE_LABELS[r.phase], turn: r.turn, last: r.lastTurn });
}

/** Sentences the server wrote in the report's language (it asks for the page's: see exportLanguage). */
const SERVER_WORDS = "server-words";

function list(items: string[], empty: string): HTMLElement {
  return items.length === 0 ? h("span", {}, empty) : h("ul", {}, ...items.map((i) => h("li", { class: SERVER_WORDS }, i)));
}

function playerOf(p: RoomReport["powers"][number]): string {
  return p.players.length > 0 ? p.players.join(", ") : t(p.bot ? "classroom:debrief.bot" : "classroom:debrief.nobody");
}

function sideBySide(report: ClassReport): HTMLElement {
  const row = (label: string, cell: (r: RoomReport) => HTMLElement | string) => h("tr", {}, h("th", { scope: "row" }, label), ...report.rooms.map((r) => h("td", {}, cell(r))));
  return h(
    "section",
    { "aria-labelledby": "class-worlds-heading", id: "class-worlds-compared" },
    h("h2", { id: "class-worlds-heading" }, t("classroom:debrief.worldsHeading")),
    scrollBox(
      t("classroom:debrief.worldsHeading"),
      h(
        "table",
        { class: "scores compare" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("classroom:debrief.row.world")), ...report.rooms.map((r) => h("th", { scope: "col" }, t("classroom:debrief.worldWithCode", { n: r.world + 1, code: r.code }))))),
        h(
          "tbody",
          {},
          row(t("classroom:debrief.row.state"), status),
          row(WORLD_LABELS.frontLine, (r) => formatNumber(r.meters.frontLine)),
          row(WORLD_LABELS.warIntensity, (r) => formatNumber(r.meters.warIntensity)),
          row(WORLD_LABELS.globalTension, (r) => formatNumber(r.meters.globalTension)),
          row(t("classroom:debrief.row.ceasefires"), (r) => list(r.ceasefires.map((c) => t("classroom:debrief.ceasefireOutcome", { text: c.text, outcome: t(`classroom:report.outcome.${c.outcome}`) })), t("classroom:debrief.none"))),
          row(t("classroom:debrief.row.sanctions"), (r) => list(r.sanctions, t("classroom:debrief.none"))),
          row(t("classroom:debrief.row.scores"), (r) =>
            r.powers[0]!.score === null
              ? t("classroom:debrief.whenEnded")
              : list(
                  [...r.powers].sort((a, b) => b.score! - a.score!).map((p) => t("classroom:debrief.scoreLine", { power: powerName(p.power), players: playerOf(p), score: formatNumber(p.score!) })),
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
    h("h2", { id: "class-kept-heading" }, t("classroom:debrief.keptHeading")),
    h(
      "p",
      { class: "hint" },
      t("classroom:debrief.keptHint"),
    ),
    ...report.rooms.map((r) =>
      h(
        "section",
        { "aria-labelledby": `kept-${r.world}` },
        h("h3", { id: `kept-${r.world}` }, t("classroom:world", { n: r.world + 1 })),
        scrollBox(
          t("classroom:debrief.keptTable", { n: r.world + 1 }),
          h(
            "table",
            { class: "scores" },
            h("thead", {}, h("tr", {}, ...["power", "playedBy", "kept", "broken", "borne", "contradicted"].map((c) => h("th", { scope: "col" }, t(`classroom:debrief.keptColumn.${c}`))))),
            h(
              "tbody",
              {},
              ...r.powers.map((p) =>
                h(
                  "tr",
                  { class: `power-row power-${p.power}` },
                  h("th", { scope: "row" }, powerName(p.power)),
                  h("td", {}, playerOf(p)),
                  ...[p.word.promisesKept, p.word.promisesBroken, p.word.wordsConsistent, p.word.wordsContradicted].map((n) => h("td", {}, formatNumber(n))),
                ),
              ),
            ),
          ),
        ),
        r.promises.length === 0
          ? h("p", {}, t("classroom:debrief.noPromise"))
          : h("ul", { class: "promises" }, ...r.promises.map((p) => h("li", {}, h("strong", {}, t("classroom:debrief.turnColon", { turn: p.turn })), h("span", { class: SERVER_WORDS }, t("classroom:debrief.promise", { text: p.text, outcome: p.outcome }))))),
      ),
    ),
  );
}

function turningPoints(report: ClassReport): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": "class-turning-heading", id: "class-turning-points" },
    h("h2", { id: "class-turning-heading" }, t("classroom:debrief.turningHeading")),
    h(
      "p",
      { class: "hint" },
      t("classroom:debrief.turningHint", { max: MAX_TURNING_POINTS }),
    ),
    ...report.rooms.map((r) =>
      h(
        "section",
        { "aria-labelledby": `turning-${r.world}` },
        h("h3", { id: `turning-${r.world}` }, t("classroom:world", { n: r.world + 1 })),
        r.turningPoints.length === 0 ? h("p", {}, t("classroom:debrief.noneYet")) : h("ol", {}, ...r.turningPoints.map((p) => h("li", { class: SERVER_WORDS }, t("classroom:debrief.turningPoint", { turn: p.turn, text: p.text })))),
      ),
    ),
  );
}

function contributions(report: ClassReport): HTMLElement {
  const dash = (n: number | null) => (n === null ? "–" : formatNumber(n));
  return h(
    "section",
    { "aria-labelledby": "class-students-heading", id: "class-contributions" },
    h("h2", { id: "class-students-heading" }, t("classroom:debrief.studentsHeading")),
    h(
      "p",
      { class: "hint" },
      t("classroom:debrief.studentsHint"),
    ),
    scrollBox(
      t("classroom:debrief.studentsHeading"),
      h(
        "table",
        { class: "scores", id: "class-students-table" },
        h(
          "thead",
          {},
          h("tr", {}, ...["student", "world", "power", "score", "objectives", "kept", "broken", "orders", "offers", "messages"].map((c) => h("th", { scope: "col" }, t(`classroom:debrief.studentColumn.${c}`)))),
        ),
        h(
          "tbody",
          {},
          ...report.students.map((s) =>
            h(
              "tr",
              {},
              h("th", { scope: "row" }, s.name),
              h("td", {}, s.world === null ? t("classroom:debrief.notPlaced") : formatNumber(s.world)),
              h("td", {}, s.power ? powerName(s.power) : "–"),
              h("td", {}, dash(s.score)),
              h("td", {}, s.objectivesMet === null ? "–" : t("classroom:debrief.objectivesOf", { met: s.objectivesMet, total: s.objectivesTotal ?? 0 })),
              ...[s.promisesKept, s.promisesBroken, s.orders, s.offers, s.messages].map((n) => h("td", {}, formatNumber(n))),
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
  title.textContent = t("classroom:debrief.title", { name: report.name });
  return `<!doctype html>\n<html lang="${currentLanguage()}"><head><meta charset="utf-8">${title.outerHTML}<style>${REPORT_CSS}</style></head><body><main>${body.innerHTML}</main></body></html>\n`;
}
