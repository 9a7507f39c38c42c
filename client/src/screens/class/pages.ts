/**
 * The two class pages opened from the dashboard: the projector view (with its read-only key,
 * polling the public boards) and the class debrief (with the teacher's token), and the
 * downloads they and the dashboard share.
 */
import { hook, type ScreenName } from "../../app/hook";
import { OutputError, downloadExport, exportLanguage, fetchProjector, fetchReport, saveFile } from "../../classOutputs";
import { joinAddress } from "../../logic/classRoute";
import { h } from "../../ui/dom";
import { t } from "../../../../shared/i18n";
import { ClassDebriefScreen, classDebriefSections, reportDocument } from "./classDebrief";
import { PROJECTOR_POLL_MS, ProjectorScreen } from "./projector";

type Show = (name: ScreenName, element: HTMLElement) => void;

export async function runProjector(serverUrl: string, code: string, key: string, show: Show): Promise<void> {
  let screen: ProjectorScreen;
  try {
    screen = new ProjectorScreen(await fetchProjector(serverUrl, code, key), joinAddress(location.origin, code));
  } catch (error) {
    show("projector", failure(t("classroom:outputs.projector"), error));
    return;
  }
  show("projector", screen.element);
  // One request at a time: the next is asked for once the last has answered.
  const poll = async () => {
    try {
      screen.update(await fetchProjector(serverUrl, code, key));
    } catch (error) {
      screen.stale(error instanceof OutputError ? error.message : t("classroom:projector.noAnswer"));
    }
    setTimeout(() => void poll(), PROJECTOR_POLL_MS);
  };
  setTimeout(() => void poll(), PROJECTOR_POLL_MS);
}

export async function runDebrief(serverUrl: string, code: string, token: string, show: Show): Promise<void> {
  let screen: ClassDebriefScreen;
  const act = (what: string, work: () => Promise<void>) =>
    void work().then(
      () => screen.setStatus(t("classroom:debrief.done", { what })),
      (error: unknown) => screen.setStatus(t("classroom:debrief.failed", { what, reason: error instanceof Error ? error.message : t("classroom:unknownError") })),
    );
  try {
    screen = new ClassDebriefScreen(
      {
        refresh: () => act(t("classroom:debrief.what.refresh"), async () => screen.update(await fetchReport(serverUrl, code, token))),
        downloadHtml: () => act(t("classroom:debrief.what.report"), async () => saveHtml(code, screen.document())),
        downloadCsv: () => act(t("classroom:debrief.what.csv"), () => downloadCsv(serverUrl, code, token)),
        downloadWorld: (room) => act(t("classroom:debrief.what.world", { n: room.world + 1 }), () => downloadWorld(serverUrl, code, token, room.world, room.code)),
      },
      await fetchReport(serverUrl, code, token),
    );
  } catch (error) {
    show("classDebrief", failure(t("classroom:outputs.debrief"), error));
    return;
  }
  show("classDebrief", screen.element);
  hook.code = code;
}

/** The printable report, made from the report as the class debrief draws it. */
export async function downloadReportHtml(serverUrl: string, code: string, token: string): Promise<void> {
  const report = await fetchReport(serverUrl, code, token);
  saveHtml(code, reportDocument(report, h("div", {}, ...classDebriefSections(report))));
}

export function downloadCsv(serverUrl: string, code: string, token: string): Promise<void> {
  // Its column headers and power names in the page's language (the server refuses a language it does not ship).
  return downloadExport(serverUrl, `${code}/report.csv?lang=${exportLanguage()}`, token, `class-${code}.csv`);
}

export function downloadWorld(serverUrl: string, code: string, token: string, world: number, match: string): Promise<void> {
  return downloadExport(serverUrl, `${code}/matches/${match}/export`, token, `class-${code}-world-${world + 1}-${match}.json`);
}

function saveHtml(code: string, html: string): void {
  saveFile(new Blob([html], { type: "text/html;charset=utf-8" }), `class-${code}-report.html`);
}

function failure(title: string, error: unknown): HTMLElement {
  const message = error instanceof OutputError ? error.message : t("classroom:somethingWrong");
  return h("div", { class: "class-page" }, h("h1", {}, title), h("p", { class: "error", role: "alert" }, message), h("p", {}, h("a", { href: "/class" }, t("classroom:backToClass"))));
}
