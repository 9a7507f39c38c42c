/**
 * The host's export of the match, without developer tools: the record as JSON (the server's
 * GET /api/matches/CODE/export, which cuts it by the rules of the host's own views) and, on the
 * debrief, a printable HTML summary. Shown only when the rules allow it: to the host, once the
 * match has ended or while the host facilitates (shared/session/record.ts decides; the server
 * refuses anything else, and its refusal is shown).
 */
import { h, memo, replaceKeepingFocus } from "../ui/dom";
import { t } from "../../../shared/i18n";
import { saveFile } from "../classOutputs";
import { browserSeatStorage } from "../net";
import type { AppContext } from "../app/context";
import { printableDocument } from "./printable";
import { describeRefusal } from "../logic/refusals";

export function mayExport(ctx: Pick<AppContext, "isHost" | "board" | "memberId">): boolean {
  return ctx.isHost && (ctx.board.phase === "ended" || ctx.board.members[ctx.memberId]?.role === "facilitator");
}

export class ExportPanel {
  readonly element = h("div", { class: "export-panel no-print", id: "export-panel", role: "group", hidden: true });
  private readonly error = h("p", { class: "error", role: "alert", id: "export-error" });
  private readonly draw = memo();

  /** `summary`: the sections of the printable summary, or null where there is none (the match screen). */
  constructor(private readonly serverUrl: string, private readonly summary: (() => HTMLElement) | null = null) {}

  update(ctx: AppContext): void {
    const allowed = mayExport(ctx);
    this.element.hidden = !allowed;
    this.draw(JSON.stringify([allowed, ctx.board.code]), () => {
      if (!allowed) return void this.element.replaceChildren();
      const code = ctx.board.code;
      this.element.setAttribute("aria-label", t("ui:export.heading"));
      replaceKeepingFocus(
        this.element,
        h("button", { type: "button", id: "export-json", onclick: () => void this.downloadJson(code) }, t("ui:export.json")),
        this.summary ? h("button", { type: "button", id: "export-html", onclick: () => this.downloadHtml(code) }, t("ui:export.html")) : null,
        this.summary ? h("button", { type: "button", id: "print-debrief", onclick: () => window.print() }, t("ui:export.print")) : null,
        this.error,
      );
    });
  }

  private async downloadJson(code: string): Promise<void> {
    this.error.textContent = "";
    try {
      const response = await fetch(`${this.serverUrl}/api/matches/${encodeURIComponent(code)}/export`, {
        headers: { authorization: `Bearer ${browserSeatStorage().get(code) ?? ""}` },
        cache: "no-store",
      });
      if (!response.ok) {
        // The server's refusal, in this page's language from its key.
        const body = (await response.json().catch(() => null)) as Parameters<typeof describeRefusal>[0] | null;
        throw new Error((body && describeRefusal(body)) || String(response.status));
      }
      saveFile(await response.blob(), `detente-${code}.json`);
    } catch (error) {
      this.error.textContent = t("ui:export.failed", { reason: error instanceof Error ? error.message : String(error) });
    }
  }

  private downloadHtml(code: string): void {
    if (!this.summary) return;
    const html = printableDocument(t("ui:export.summaryTitle", { code }), this.summary());
    saveFile(new Blob([html], { type: "text/html;charset=utf-8" }), `detente-${code}-summary.html`);
  }
}
