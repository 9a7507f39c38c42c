/**
 * The projector view: each world's public board (from a spectator's view, narrowed on the
 * server), all worlds side by side or one of them, with its countdown and the latest turn's
 * headlines. Made to be read from the back of a classroom; nothing on it is private.
 */
import { qrSvg } from "../../ui/qr";
import { h, select } from "../../ui/dom";
import { PHASE_LABELS, formatDuration, formatNumber, powerName } from "../../logic/format";
import type { ProjectorRoom, ProjectorView } from "../../../../shared/classroom/projector";
import { t, translate } from "../../../../shared/i18n";

/**
 * The smallest text on the projector, in CSS pixels of a 1920×1080 page, for a reader 6 m away.
 * - Legible text needs a capital letter at least 16 minutes of arc high (ISO 9241-3 and
 *   ANSI/HFES 100 give 16′ as the minimum, 20–22′ preferred).
 * - At 6 m: 6000 mm × tan(16′) = 6000 × 0.004654 = 27.9 mm of capital height.
 * - A classroom projection of 2.4 m wide (about 108″ diagonal at 16:9) spreads 1920 px over
 *   2400 mm: 1.25 mm per px, so 27.9 mm is 22.3 px of capital height.
 * - Capitals of the usual sans-serif faces are 0.71 of the font size (Arial 0.716, Roboto
 *   0.711, DejaVu Sans 0.729): 22.3 / 0.71 = 31.4 px, rounded up to 32 px.
 * A smaller screen needs more (2 m wide: 38 px): the style sheet sets the projector's text to
 * max(32px, 1.667vw), which never falls below this and grows with a wider window.
 */
export const PROJECTOR_MIN_TEXT_PX = 32;

/** How often the projector asks for the boards (the countdown ticks every second between). */
export const PROJECTOR_POLL_MS = 2_000;

export class ProjectorScreen {
  readonly element: HTMLElement;
  private readonly boards = h("div", { class: "projector-boards", id: "projector-boards" });
  private readonly status = h("p", { class: "projector-status", role: "status" });
  private readonly choose: HTMLSelectElement;
  private readonly clock: ReturnType<typeof setInterval>;
  private view: ProjectorView;
  /** The server's clock minus this browser's. */
  private offset = 0;

  constructor(view: ProjectorView, joinAddress: string) {
    this.view = view;
    this.choose = select({ id: "projector-world", class: "projector-select" }, []);
    this.choose.addEventListener("change", () => this.render());
    this.element = h(
      "div",
      { class: "projector" },
      h(
        "header",
        { class: "projector-header" },
        h("h1", { id: "projector-heading" }, view.className),
        h("p", { class: "projector-join" }, t("classroom:projector.joinAt"), h("strong", {}, joinAddress), t("classroom:projector.withCode"), h("strong", { id: "projector-code" }, view.classCode)),
        // A late student scans the wall rather than copying the address.
        h("figure", { class: "projector-qr", id: "projector-qr" }, qrSvg(joinAddress, t("classroom:qrOf", { address: joinAddress })), h("figcaption", {}, t("classroom:scanToJoin"))),
        h("div", { class: "projector-choice" }, h("label", { for: "projector-world" }, t("classroom:projector.show")), this.choose),
      ),
      this.status,
      this.boards,
    );
    this.clock = setInterval(() => this.tick(), 1000);
    this.update(view);
  }

  update(view: ProjectorView): void {
    this.view = view;
    this.offset = view.serverNow - Date.now();
    const options: [string, string][] = [["all", t("classroom:projector.allWorlds")], ...view.rooms.map((r): [string, string] => [String(r.world), t("classroom:world", { n: r.world + 1 })])];
    if (this.choose.options.length !== options.length) {
      const chosen = this.choose.value || "all";
      this.choose.replaceChildren(...options.map(([value, label]) => h("option", { value }, label)));
      this.choose.value = options.some(([v]) => v === chosen) ? chosen : "all";
    }
    this.status.textContent = "";
    this.render();
  }

  /** A failed poll: the last boards stay up and the wall says the view is not live. */
  stale(message: string): void {
    this.status.textContent = t("classroom:projector.notUpToDate", { reason: message });
  }

  destroy(): void {
    clearInterval(this.clock);
  }

  private render(): void {
    const chosen = this.choose.value;
    const rooms = chosen === "all" || chosen === "" ? this.view.rooms : this.view.rooms.filter((r) => String(r.world) === chosen);
    this.boards.dataset.count = String(rooms.length);
    this.boards.replaceChildren(...(rooms.length === 0 ? [h("p", {}, t("classroom:projector.notStarted"))] : rooms.map((r) => board(r))));
    this.tick();
  }

  private tick(): void {
    for (const el of this.boards.querySelectorAll<HTMLElement>(".projector-countdown")) {
      const paused = el.dataset.paused === "true";
      if (el.dataset.deadline === "" && !paused) {
        el.textContent = "";
        continue;
      }
      const left = paused ? Number(el.dataset.remaining) : Number(el.dataset.deadline) - (Date.now() + this.offset);
      el.textContent = paused ? t("classroom:projector.paused", { time: formatDuration(Math.max(0, left)) }) : formatDuration(Math.max(0, left));
    }
  }
}

function board(r: ProjectorRoom): HTMLElement {
  const ended = r.phase === "ended";
  return h(
    "section",
    { class: "projector-board", "data-world": r.world, "data-phase": r.phase, "aria-labelledby": `projector-world-${r.world}` },
    h(
      "div",
      { class: "projector-top" },
      h("h2", { id: `projector-world-${r.world}` }, t("classroom:world", { n: r.world + 1 })),
      ended
        ? null
        : h("span", { class: "projector-countdown", "data-deadline": r.clock.deadline ?? "", "data-remaining": r.clock.remaining ?? "", "data-paused": String(r.clock.paused) }),
    ),
    h("p", { class: "projector-phase" }, ended ? t("classroom:projector.endedAfter", { turn: r.lastTurn }) : t("classroom:projector.phase", { phase: PHASE_LABELS[r.phase], turn: r.turn, last: r.lastTurn })),
    h("p", {}, t("classroom:projector.front", { value: formatNumber(r.meters.frontLine) })),
    h("p", {}, t("classroom:projector.intensity", { war: formatNumber(r.meters.warIntensity), tension: formatNumber(r.meters.globalTension) })),
    h("p", {}, r.ceasefires.length === 0 ? t("classroom:projector.noCeasefire") : r.ceasefires.map(translate).join("; ")),
    h("p", {}, t("classroom:projector.sanctions", { n: formatNumber(r.sanctionsInForce) })),
    r.scores
      ? h("ol", { class: "projector-scores" }, ...r.scores.map((s) => h("li", {}, t("classroom:projector.score", { power: powerName(s.power), total: formatNumber(s.total) }))))
      : r.headlines.length > 0
        ? h("ul", { class: "projector-news", "aria-label": t("classroom:projector.headlines", { n: r.world + 1 }) }, ...r.headlines.map((text) => h("li", {}, translate(text))))
        : null,
  );
}
