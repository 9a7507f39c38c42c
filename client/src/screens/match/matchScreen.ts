/** Match: the map, the phase with its countdown, the powers' meters, the news, and the tabs to act. */
import { h, memo, replaceKeepingFocus } from "../../ui/dom";
import type { AppContext, Screen } from "../../app/context";
import type { TestHook } from "../../app/hook";
import { countdown, estimateSkew, urgency } from "../../logic/countdown";
import { PHASE_LABELS, POWERS, listWords, powerName } from "../../logic/format";
import { errorText } from "../errors";
import { MetersPanel } from "./meters";
import { NewsPanel } from "./news";
import { ChatPanel } from "./chat";
import { OffersPanel } from "./offers";
import { OrdersPanel } from "./orders";
import { FacilitatorPanel } from "./facilitator";
import { MapHost } from "./mapHost";
import { Tabs } from "./tabs";
import { PeoplePanel } from "./people";
import { SituationPanel } from "./situation";
import { GoalsPanel } from "./goals";
import { RelationsPanel } from "./relations";
import { lessonLinks } from "../../pages/nav";
import { ExportPanel } from "../exportPanel";
import type { SessionPhase, TimedPhase } from "../../../../shared/session";
import { t } from "../../../../shared/i18n";


export class MatchScreen implements Screen {
  readonly element: HTMLElement;
  private readonly heading = h("h1", { id: "turn-heading" });
  private readonly turnLabel = h("p", { class: "turn-label" });
  private readonly phase = h("p", { id: "phase-name", class: "phase-name", "aria-live": "polite" });
  private readonly bar = h("div", { class: "countdown", id: "countdown", role: "progressbar", "aria-label": t("match:timeLeft"), "aria-valuemin": 0, "aria-valuemax": 100 }, h("span"));
  private readonly clockText = h("p", { class: "clock-text", id: "clock-text" });
  private readonly ready = h("button", { type: "button", id: "ready-button", class: "primary" }, t("common:ready"));
  private readonly whoAmI = h("p", { class: "who" });
  private readonly hostBar = h("div", { class: "host-bar", role: "group", "aria-label": t("lobby:hostControls") });
  private readonly hostError = h("p", { class: "error", role: "alert", id: "host-error" });
  private readonly readyError = h("p", { class: "error", role: "alert", id: "ready-error" });
  private readonly map: MapHost;
  private readonly meters = new MetersPanel();
  private readonly news = new NewsPanel();
  private readonly chat = new ChatPanel();
  private readonly offers = new OffersPanel();
  private readonly orders = new OrdersPanel();
  private readonly facilitator = new FacilitatorPanel();
  private readonly people = new PeoplePanel();
  private readonly situation = new SituationPanel();
  private readonly goals = new GoalsPanel();
  private readonly relations = new RelationsPanel();
  private readonly readyList = h("p", { class: "ready-list", id: "ready-list" });
  /** In a class's world: whether the teacher reads private and group chat, always in view. */
  private readonly chatBanner = h("p", { class: "teacher-reads", id: "teacher-reads-banner", role: "note", hidden: true });
  private readonly tabs: Tabs;
  private readonly drawHost = memo();
  private ctx: AppContext | null = null;
  private phaseKey: string | null = null;
  /** Server clock minus this computer's (school laptops are not always on time). */
  private skew = Number(sessionStorage.getItem("detente:skew") ?? 0) || 0;
  private readonly timer: ReturnType<typeof setInterval>;

  private readonly exports: ExportPanel;

  constructor(hook: TestHook, serverUrl = location.origin) {
    this.exports = new ExportPanel(serverUrl);
    this.map = new MapHost(hook);
    this.tabs = new Tabs([
      { id: "orders", label: t("match:tab.orders"), panel: this.orders.element },
      { id: "offers", label: t("match:tab.offers"), panel: this.offers.element },
      { id: "chat", label: t("match:tab.chat"), panel: this.chat.element },
      { id: "events", label: t("match:tab.events"), panel: this.facilitator.element },
    ], () => this.ctx && this.update(this.ctx));
    this.ready.addEventListener("click", () => this.toggleReady());
    // On a phone the meters' table may scroll sideways in its box: a keyboard must reach it.
    this.meters.element.tabIndex = 0;
    this.element = h(
      "div",
      { class: "match" },
      h(
        "header",
        { class: "match-header" },
        h("div", { class: "match-title" }, this.heading, this.turnLabel, lessonLinks(["rules"], true)),
        h("div", { class: "match-phase" }, this.phase, this.bar, h("div", { class: "row spread" }, this.clockText, this.readyList)),
        h("div", { class: "match-me" }, this.whoAmI, this.ready, this.readyError),
      ),
      h("div", { class: "match-bar" }, this.hostBar, this.exports.element, this.people.element),
      this.chatBanner,
      this.hostError,
      h(
        "div",
        { class: "match-grid" },
        // The actions come first in the page, so on a phone they sit above the map and the news
        // (which grows every turn); from tablet width up the grid puts them in the right column.
        h("div", { class: "match-actions" }, this.tabs.element),
        h("div", { class: "match-world" }, this.map.element, this.goals.element, this.meters.element, this.relations.element, this.situation.element, this.news.element),
      ),
    );
    this.timer = setInterval(() => this.tick(), 1000);
  }

  update(ctx: AppContext): void {
    this.ctx = ctx;
    const view = ctx.view.match;
    if (!view) return;
    const { board } = ctx;
    this.measureSkew(ctx);
    this.heading.textContent = t("match:turnOf", { turn: board.turn, last: board.lastTurn });
    const label = view.scenario.turnLabels[board.turn - 1];
    this.turnLabel.textContent = label ? t(label) : "";
    this.phase.textContent = PHASE_LABELS[board.phase];
    const me = board.members[ctx.memberId];
    this.whoAmI.textContent = ctx.power ? `${powerName(ctx.power)} (${delegationNames(ctx, me?.name ?? "")})` : me?.role === "facilitator" ? t("match:facilitatorName", { name: me.name }) : t("match:watchingName", { name: me?.name ?? "" });
    const amReady = ctx.power !== null && board.ready.includes(ctx.power);
    this.ready.hidden = ctx.power === null;
    this.ready.textContent = amReady ? t("match:readyTakeBack") : board.phase === "orders" ? (ctx.view.delegation ? t("match:readyOurs") : t("match:readyMine")) : t("match:readyNext");
    this.ready.setAttribute("aria-pressed", amReady ? "true" : "false");
    this.readyError.textContent = errorText(ctx, ["ready"]);
    this.hostError.textContent = errorText(ctx, ["pause", "resume", "extend", "endPhase"]);
    const reads = ctx.board.settings.teacherReads;
    this.chatBanner.hidden = reads !== "public" && reads !== "all";
    this.chatBanner.textContent = teacherReadsText(reads, ctx.board.members[ctx.memberId]?.role === "facilitator");
    this.drawHost(JSON.stringify([ctx.isHost, board.clock.paused]), () => this.renderHost(ctx));
    this.tick();
    this.map.update(ctx);
    this.meters.update(ctx);
    this.news.update(ctx);
    this.chat.update(ctx);
    this.offers.update(ctx);
    this.orders.update(ctx);
    this.facilitator.update(ctx);
    this.people.update(ctx);
    this.exports.update(ctx);
    this.situation.update(ctx);
    this.goals.update(ctx);
    this.relations.update(ctx);
    const humans = POWERS.filter((p) => view.seats[p] === "human");
    this.readyList.textContent = humans.length ? t("match:readyList", { who: board.ready.length ? board.ready.map(powerName).join(t("common:listSeparator")) : t("match:nobodyYet"), n: board.ready.length, of: humans.length }) : "";
    this.tabs.setVisible("events", me?.role === "facilitator");
    this.tabs.setVisible("orders", ctx.power !== null);
    this.tabs.setVisible("offers", ctx.power !== null || me?.role === "facilitator");
    this.tabs.setBadge("chat", this.chat.unreadTotal);
    this.tabs.setBadge("offers", this.offers.openForMe);
  }

  destroy(): void {
    clearInterval(this.timer);
    this.map.destroy();
  }

  private tick(): void {
    const ctx = this.ctx;
    if (!ctx) return;
    const { board } = ctx;
    const seconds = board.phase in board.settings ? board.settings[board.phase as TimedPhase] : 0;
    const c = countdown(board.clock, seconds, Date.now() + this.skew);
    // Cut off from the server, this screen cannot know the clock: it stops and says so.
    if (!ctx.online) {
      this.bar.dataset.paused = "true";
      this.bar.setAttribute("aria-valuetext", t("match:pausedReconnecting"));
      this.clockText.textContent = t("match:pausedReconnecting");
      return;
    }
    delete this.bar.dataset.paused;
    const percent = Math.round(c.fraction * 100);
    this.bar.setAttribute("aria-valuenow", String(percent));
    this.bar.setAttribute("aria-valuetext", c.text);
    this.bar.style.setProperty("--progress", `${percent}%`);
    this.bar.dataset.urgency = urgency(c);
    this.clockText.textContent = c.text;
  }

  /** A phase seen to begin gives the server's time; a reload mid-phase keeps the last estimate. */
  private measureSkew(ctx: AppContext): void {
    const { board } = ctx;
    const key = `${board.phase}:${board.turn}`;
    const begun = this.phaseKey !== null && key !== this.phaseKey;
    this.phaseKey = key;
    if (!begun || board.clock.paused || board.clock.deadline <= 0 || !(board.phase in board.settings)) return;
    this.skew = estimateSkew(board.clock.deadline, board.settings[board.phase as TimedPhase], Date.now());
    sessionStorage.setItem("detente:skew", String(this.skew));
  }

  private toggleReady(): void {
    const ctx = this.ctx;
    if (!ctx?.power) return;
    const amReady = ctx.board.ready.includes(ctx.power);
    ctx.send("ready", { phase: ctx.board.phase, turn: ctx.board.turn, ready: !amReady });
  }

  /**
   * The phase on screen when the host clicks (read at the click, not when the bar was drawn):
   * the server refuses the command as stale if that phase is already over, so a double click
   * ends one phase, not two.
   */
  private meantFor(): { phase: SessionPhase; turn: number } {
    const board = this.ctx?.board;
    return { phase: board?.phase ?? "lobby", turn: board?.turn ?? 0 };
  }

  private renderHost(ctx: AppContext): void {
    this.hostBar.hidden = !ctx.isHost;
    if (!ctx.isHost) return;
    const paused = ctx.board.clock.paused;
    replaceKeepingFocus(
      this.hostBar,
      h("span", { class: "host-label" }, t("match:hostLabel")),
      paused
        ? h("button", { type: "button", id: "resume-button", "data-key": "pause-toggle", onclick: () => ctx.send("resume", this.meantFor()) }, t("match:resume"))
        : h("button", { type: "button", id: "pause-button", "data-key": "pause-toggle", onclick: () => ctx.send("pause", this.meantFor()) }, t("match:pause")),
      h("button", { type: "button", id: "extend-button", onclick: () => ctx.send("extend", { seconds: 60, ...this.meantFor() }) }, t("match:addMinute")),
      h("button", { type: "button", id: "end-phase-button", onclick: () => ctx.send("endPhase", this.meantFor()) }, t("match:endPhase")),
    );
  }
}

/** The class's chat setting in words, for the banner every student sees. */
export function teacherReadsText(reads: "" | "public" | "all", teacher = false): string {
  if (teacher && reads === "all") return t("match:reads.teacherAll");
  if (teacher && reads === "public") return t("match:reads.teacherPublic");
  if (reads === "all") return t("match:reads.all");
  if (reads === "public") return t("match:reads.public");
  return "";
}

/** "Mia" alone, or in a delegation "Mia, with Noor and Ola". */
function delegationNames(ctx: AppContext, mine: string): string {
  const others = (ctx.view.delegation?.members ?? []).filter((m) => m.id !== ctx.memberId).map((m) => m.name);
  if (others.length === 0) return mine;
  return t("match:withOthers", { name: mine, others: listWords(others) });
}
