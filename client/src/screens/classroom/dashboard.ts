/**
 * The teacher's dashboard: one live screen for the whole class. Before the start, the students
 * as they arrive and the world each is in (a select per student, and names to drag between
 * worlds or move by a world's number key); after
 * it, a card per room and the class-wide clock controls. It decides nothing: it shows the
 * server's dashboard and forwards the teacher's commands.
 */
import { h, replaceKeepingFocus, select } from "../../ui/dom";
import { PHASE_LABELS, formatDuration, powerName } from "../../logic/format";
import { SEAT_ORDER, seatStudents, type ClassMessage, type ClassMessageType, type Dashboard, type DashboardRoom, type PowerSummary } from "../../../../shared/classroom";
import { MAX_DELEGATION } from "../../../../shared/session";
import type { ErrorReply } from "../../../../shared/protocol";
import type { InjectedEvent, PowerId } from "../../../../shared/game";
import { EventForm } from "../events/eventForm";
import { ClassOutputs, type OutputActions } from "../class/outputs";
import { qrSvg } from "../../ui/qr";
import { scrollBox } from "../../ui/scrollBox";
import { formatDate, t, translate } from "../../../../shared/i18n";
import { describeRefusal } from "../../logic/refusals";

export interface DashboardActions {
  send<T extends ClassMessageType>(type: T, message: ClassMessage<T>): void;
  /** Opens a room in a new tab as its facilitator. */
  openRoom(room: DashboardRoom): void;
  joinAddress: string;
  teacherLink: string;
  /** The projector view, the class debrief and the exports. */
  outputs: OutputActions;
}

export class DashboardScreen {
  readonly element: HTMLElement;
  private readonly body = h("div", { id: "dashboard-body" });
  private readonly error = h("p", { id: "dashboard-error", class: "error", role: "alert" });
  private readonly clock: ReturnType<typeof setInterval>;
  private readonly outputs: ClassOutputs;
  private controls: HTMLElement | null = null;
  /** The server's clock minus this browser's, from the last dashboard. */
  private offset = 0;
  /** The class-wide event: built once, so the dashboard's redraws keep what the teacher typed and ticked. */
  private readonly worldChoice = h("fieldset", { id: "class-event-worlds", class: "event-worlds" });
  private readonly eventForm = new EventForm("class-event", (event) => this.sendEvent(event), this.worldChoice);
  private worldsShown = -1;
  /** Built once: the dashboard's redraws must not wipe the code the teacher is typing. */
  private readonly deleteCode = h("input", { id: "delete-class-code", autocomplete: "off", maxlength: 8, size: 8, "aria-describedby": "delete-class-hint" });
  private readonly deleteRow = h(
    "div",
    { class: "row" },
    h("label", { for: "delete-class-code" }, t("classroom:dashboard.deleteLabel")),
    this.deleteCode,
    h("button", { type: "button", id: "delete-class", class: "danger", onclick: () => this.actions.send("deleteClass", { confirmCode: this.deleteCode.value }) }, t("classroom:dashboard.deleteButton")),
  );

  constructor(private readonly actions: DashboardActions, dashboard: Dashboard) {
    this.outputs = new ClassOutputs(actions.outputs);
    this.element = h(
      "main",
      { class: "dashboard" },
      h(
        "header",
        { class: "lobby-header" },
        h(
          "div",
          {},
          h("p", { class: "code-label" }, t("classroom:dashboard.classCode")),
          h("p", { class: "join-code", id: "class-code-display" }, dashboard.code),
          h("figure", { class: "class-qr", id: "class-qr" }, qrSvg(actions.joinAddress, t("classroom:qrOf", { address: actions.joinAddress })), h("figcaption", { class: "hint" }, t("classroom:scanToJoin"))),
        ),
        h(
          "div",
          {},
          h("h1", { id: "dashboard-heading" }, dashboard.name),
          h("p", {}, t("classroom:dashboard.joinAt"), h("strong", { id: "class-join-address" }, actions.joinAddress), t("classroom:dashboard.joinAtEnd")),
          h("p", { id: "class-chat-setting" }, t(dashboard.teacherReadsChat ? "classroom:dashboard.readsAll" : "classroom:dashboard.readsPublic")),
          h(
            "p",
            { class: "hint" },
            h("label", { for: "teacher-link" }, t("classroom:dashboard.teacherLink")),
          ),
          h("input", { id: "teacher-link", readonly: true, value: actions.teacherLink, size: 60 }),
        ),
      ),
      this.error,
      this.body,
      this.outputs.element,
    );
    this.clock = setInterval(() => this.tick(), 1000);
    this.update(dashboard, null);
  }

  update(d: Dashboard, error: ErrorReply | null): void {
    this.offset = d.serverNow - Date.now();
    this.error.textContent = error ? describeRefusal(error) : "";
    replaceKeepingFocus(this.body, ...(d.started ? this.rooms(d) : this.grouping(d)), this.keeping(d));
    this.outputs.update(d);
    this.tick();
  }

  destroy(): void {
    clearInterval(this.clock);
  }

  private grouping(d: Dashboard): HTMLElement[] {
    const byId = new Map(d.students.map((s) => [s.id, s]));
    const worldOptions = [...d.worlds.map((_, i) => [String(i), t("classroom:world", { n: i + 1 })] as const), [String(d.worlds.length), t("classroom:dashboard.newWorld")] as const];
    // The powers the start will give, world by world, so "automatic" can say which one it means.
    const planned = new Map(d.worlds.flatMap((w) => seatStudents(d.grouping, w, d.chosen).map((seat) => [seat.student, seat.power] as const)));
    const rows = d.students.map((s) => {
      const choose = select({ id: `world-${s.id}`, "data-key": `world-${s.id}`, "aria-label": t("classroom:dashboard.worldFor", { name: s.name }) }, worldOptions, String(s.world ?? 0));
      choose.addEventListener("change", () => this.actions.send("moveStudent", { studentId: s.id, world: Number(choose.value) }));
      const plan = planned.get(s.id);
      const powerOptions = [["", plan && !d.chosen[s.id] ? t("classroom:dashboard.automaticPlan", { power: powerName(plan) }) : t("classroom:dashboard.automatic")] as const, ...SEAT_ORDER.map((p) => [p, powerName(p)] as const)];
      const power = select({ id: `power-${s.id}`, "data-key": `power-${s.id}`, "aria-label": t("classroom:dashboard.powerFor", { name: s.name }) }, powerOptions, d.chosen[s.id] ?? "");
      power.addEventListener("change", () => this.actions.send("choosePower", { studentId: s.id, power: power.value === "" ? null : (power.value as PowerId) }));
      // A choice the seating could not honour (the power taken in that world) says where the student goes instead.
      const overruled = d.chosen[s.id] && plan && plan !== d.chosen[s.id] ? h("span", { class: "hint" }, t("classroom:dashboard.taken", { power: powerName(plan) })) : null;
      return h("tr", {}, h("td", {}, s.name), h("td", {}, t(s.online ? "classroom:dashboard.online" : "classroom:dashboard.offline")), h("td", {}, choose), h("td", {}, power, overruled));
    });
    return [
      h(
        "section",
        { class: "card", "aria-labelledby": "students-heading" },
        h("h2", { id: "students-heading" }, t("classroom:dashboard.students", { count: d.students.length })),
        d.students.length === 0
          ? h("p", { role: "status" }, t("classroom:dashboard.nobody"))
          : // Four columns of names and menus are wider than a phone: the table scrolls in its own box, not the page.
            scrollBox(t("classroom:dashboard.studentsTable"), h("table", { id: "class-students" }, h("thead", {}, h("tr", {}, h("th", {}, t("classroom:dashboard.column.name")), h("th", {}, t("classroom:dashboard.column.status")), h("th", {}, t("classroom:dashboard.column.world")), h("th", {}, t(d.grouping === "delegations" ? "classroom:dashboard.column.delegation" : "classroom:dashboard.column.power")))), h("tbody", {}, ...rows))),
      ),
      h(
        "section",
        { class: "card", "aria-labelledby": "worlds-heading" },
        h("h2", { id: "worlds-heading" }, t("classroom:dashboard.worlds", { count: d.worlds.length })),
        h("p", { class: "hint", id: "worlds-hint" }, t("classroom:dashboard.worldsHint")),
        h(
          "ul",
          { id: "class-worlds", class: "world-list" },
          ...d.worlds.map((w, i) => {
            // The powers as the start will seat them: one student each, or delegations.
            const seats = seatStudents(d.grouping, w, d.chosen);
            const bots = SEAT_ORDER.length - new Set(seats.map((s) => s.power)).size;
            const botText = bots > 0 ? h("span", { class: "hint" }, t("classroom:dashboard.bots", { count: bots })) : null;
            const chip = (id: string) => this.nameChip(id, byId.get(id)?.name ?? "?", i, d.worlds.length);
            const zone = h("li", { class: "world-drop", "data-world": i });
            if (d.grouping === "fives") return this.dropZone(i, zone, h("strong", {}, t("classroom:dashboard.worldColon", { n: i + 1 })), ...w.flatMap((id, k) => [k > 0 ? ", " : null, chip(id)]), botText);
            return this.dropZone(
              i,
              zone,
              h("strong", {}, t("classroom:world", { n: i + 1 })),
              botText,
              h(
                "ul",
                { class: "delegations" },
                ...SEAT_ORDER.filter((p) => seats.some((s) => s.power === p)).map((p) =>
                  h("li", { "data-power": p }, h("strong", {}, t("classroom:dashboard.powerColon", { power: powerName(p) })), ...seats.filter((s) => s.power === p).flatMap((s, k) => [k > 0 ? ", " : null, chip(s.student)])),
                ),
              ),
            );
          }),
        ),
        this.dropZone(d.worlds.length, h("div", { class: "world-drop world-new", id: "world-new-drop", "data-world": d.worlds.length }), t("classroom:dashboard.dropNew")),
        h("button", { type: "button", class: "primary big", id: "start-all", onclick: () => this.actions.send("startAll", {}) }, t("classroom:dashboard.startAll")),
      ),
    ];
  }

  /** A student's name in the worlds list: dragged to a world, or moved by a world's number key. */
  private nameChip(studentId: string, name: string, world: number, worlds: number): HTMLElement {
    const move = (to: number) => {
      if (to !== world) this.actions.send("moveStudent", { studentId, world: to });
    };
    const chip = h(
      "button",
      { type: "button", class: "name-chip", draggable: "true", "data-key": `chip-${studentId}`, "data-student": studentId, "aria-label": t("classroom:dashboard.chip", { name, n: world + 1 }), "aria-describedby": "worlds-hint", "aria-keyshortcuts": "1 2 3 4 5 6 7 8 9 N" },
      name,
    );
    chip.addEventListener("dragstart", (e) => {
      e.dataTransfer?.setData("text/plain", studentId);
      if (e.dataTransfer) e.dataTransfer.effectAllowed = "move";
    });
    chip.addEventListener("keydown", (e) => {
      const to = e.key === "n" || e.key === "N" ? worlds : /^[1-9]$/.test(e.key) ? Number(e.key) - 1 : -1;
      if (to < 0 || to > worlds) return;
      e.preventDefault();
      move(to);
    });
    return chip;
  }

  /** A world (or "a new world") that takes a dragged name. */
  private dropZone(world: number, zone: HTMLElement, ...children: (HTMLElement | string | null)[]): HTMLElement {
    zone.append(...children.filter((c): c is HTMLElement | string => c !== null));
    // A drop zone is for the mouse; the keyboard moves a focused name by a world's number.
    zone.addEventListener("dragover", (e) => {
      e.preventDefault();
      zone.classList.add("drop-target");
    });
    zone.addEventListener("dragleave", () => zone.classList.remove("drop-target"));
    zone.addEventListener("drop", (e) => {
      e.preventDefault();
      zone.classList.remove("drop-target");
      const studentId = e.dataTransfer?.getData("text/plain");
      if (studentId) this.actions.send("moveStudent", { studentId, world });
    });
    return zone;
  }

  private rooms(d: Dashboard): HTMLElement[] {
    const names = new Map(d.students.map((s) => [s.id, s.name]));
    // Made once and moved back in on every redraw: a click that spans a dashboard update lands on the same button.
    this.controls ??= this.classControls();
    const sections = [this.controls, this.eventSection(d)];
    if (d.waiting.length > 0) sections.push(this.waiting(d, names));
    sections.push(h("div", { class: "cards room-cards", id: "room-cards" }, ...d.rooms.map((r) => this.card(r))));
    return sections;
  }

  private classControls(): HTMLElement {
    return h(
      "section",
      { class: "card", "aria-labelledby": "controls-heading" },
      h("h2", { id: "controls-heading" }, t("classroom:dashboard.everyRoom")),
      h(
        "div",
        { class: "row" },
        h("button", { type: "button", id: "pause-all", onclick: () => this.actions.send("pauseAll", {}) }, t("classroom:dashboard.pauseAll")),
        h("button", { type: "button", id: "resume-all", onclick: () => this.actions.send("resumeAll", {}) }, t("classroom:dashboard.resumeAll")),
        h("button", { type: "button", id: "extend-all", onclick: () => this.actions.send("extendAll", { seconds: 60 }) }, t("classroom:dashboard.extendAll")),
        h("button", { type: "button", id: "end-phase-all", onclick: () => this.actions.send("endPhaseAll", {}) }, t("classroom:dashboard.endPhaseAll")),
      ),
    );
  }

  private eventSection(d: Dashboard): HTMLElement {
    const running = d.rooms.map((r) => r.summary).filter((s) => s !== null && s.phase !== "ended");
    const turn = running.length > 0 ? Math.min(...running.map((s) => s!.turn)) : 1;
    const lastTurn = running.length > 0 ? Math.max(...running.map((s) => s!.lastTurn)) : 1;
    this.eventForm.setTurns(turn, lastTurn);
    if (this.worldsShown !== d.rooms.length) {
      this.worldsShown = d.rooms.length;
      this.worldChoice.replaceChildren(
        h("legend", {}, t("classroom:dashboard.eventRooms")),
        ...d.rooms.map((r) => h("label", { class: "check" }, h("input", { type: "checkbox", name: "class-event-world", value: String(r.world), id: `class-event-world-${r.world}` }), " ", t("classroom:world", { n: r.world + 1 }))),
      );
    }
    return h("section", { class: "card", "aria-labelledby": "class-event-heading" }, h("h2", { id: "class-event-heading" }, t("classroom:dashboard.eventHeading")), this.eventForm.element);
  }

  private sendEvent(event: InjectedEvent): void {
    const worlds = [...this.worldChoice.querySelectorAll<HTMLInputElement>("input:checked")].map((i) => Number(i.value));
    this.actions.send("injectEvent", worlds.length > 0 ? { event, worlds } : { event });
  }

  /** How long the class is kept, what is kept, and deleting it now (the class code typed to confirm). */
  private keeping(d: Dashboard): HTMLElement {
    const until = formatDate(d.keptUntil, { year: "numeric", month: "long", day: "numeric" });
    const days = Math.max(0, Math.ceil((d.keptUntil - d.serverNow) / 86_400_000));
    return h(
      "section",
      { class: "card", "aria-labelledby": "keeping-heading" },
      h("h2", { id: "keeping-heading" }, t("classroom:dashboard.keepingHeading")),
      h("p", { id: "class-kept-until" }, t("classroom:dashboard.keptUntil", { date: until, count: days })),
      this.deleteRow,
      h("p", { class: "hint", id: "delete-class-hint" }, t("classroom:dashboard.deleteHint")),
    );
  }

  private waiting(d: Dashboard, names: Map<string, string>): HTMLElement {
    // Rooms of five: a bot's seat; delegations: any delegation with room, or a bot's power.
    const open = (p: PowerSummary) => (d.grouping === "delegations" ? p.members.length < MAX_DELEGATION : p.player === null);
    const seatLabel = (p: PowerSummary) => (p.members.length > 0 ? t("classroom:dashboard.delegationOf", { count: p.members.length }) : t(p.bot ? "classroom:dashboard.bot" : "classroom:dashboard.empty"));
    const seats = d.rooms.flatMap((r) => (r.summary?.powers ?? []).filter(open).map((p) => [`${r.world}:${p.power}`, t("classroom:dashboard.seatOption", { n: r.world + 1, power: powerName(p.power), seat: seatLabel(p) })] as const));
    return h(
      "section",
      { class: "card", "aria-labelledby": "waiting-heading" },
      h("h2", { id: "waiting-heading" }, t("classroom:dashboard.lateHeading")),
      ...d.waiting.map((id) => {
        const seat = select({ id: `place-${id}`, "data-key": `place-${id}`, "aria-label": t("classroom:dashboard.seatFor", { name: names.get(id) ?? "?" }) }, seats);
        const place = () => {
          const [world, power] = seat.value.split(":");
          this.actions.send("placeLate", { studentId: id, world: Number(world), power: power as ClassMessage<"placeLate">["power"] });
        };
        return h("div", { class: "row" }, h("span", {}, names.get(id) ?? "?"), seat, h("button", { type: "button", id: `place-button-${id}`, onclick: place, disabled: seats.length === 0 }, t("classroom:dashboard.place")));
      }),
    );
  }

  private card(room: DashboardRoom): HTMLElement {
    const s = room.summary;
    const title = t("classroom:dashboard.roomTitle", { n: room.world + 1, code: room.code });
    if (!s) return h("article", { class: "card room-card", "data-code": room.code }, h("h2", {}, title), h("p", {}, t("classroom:dashboard.closed")));
    const status = s.phase === "ended" ? t("classroom:dashboard.ended") : t("classroom:dashboard.status", { phase: PHASE_LABELS[s.phase], turn: s.turn, last: s.lastTurn });
    return h(
      "article",
      { class: "card room-card", "data-code": room.code, "data-phase": s.phase, "aria-labelledby": `room-${room.code}` },
      h("h2", { id: `room-${room.code}` }, title),
      h("p", {}, h("span", { class: "room-status" }, status), " · ", h("span", { class: "countdown", "data-deadline": s.clock.deadline ?? "", "data-remaining": s.clock.remaining ?? "", "data-paused": String(s.clock.paused) })),
      h(
        "table",
        { class: "room-powers" },
        h("tbody", {}, ...s.powers.map((p) => (p.members.length > 1 ? this.delegationRow(p) : h("tr", {}, h("th", { scope: "row" }, powerName(p.power)), h("td", {}, p.player ?? t(p.bot ? "classroom:dashboard.bot" : "classroom:dashboard.empty")), h("td", {}, p.player && p.presence ? t(`classroom:dashboard.${p.presence}`) : ""), h("td", {}, readiness(p)))))),
      ),
      s.alerts.length > 0 ? h("ul", { class: "room-alerts error" }, ...s.alerts.map((a) => h("li", { "data-kind": a.kind }, translate(a.text)))) : null,
      h("div", { class: "card-actions" }, h("button", { type: "button", id: `open-room-${room.world}`, onclick: () => this.actions.openRoom(room) }, t("classroom:dashboard.openRoom"), h("span", { class: "sr-only" }, t("common:newTab")))),
    );
  }

  /** A delegation's row: each member with their own presence; Ready is the delegation's, set by any of them. */
  private delegationRow(p: PowerSummary): HTMLElement {
    const online = p.members.filter((m) => m.presence === "online").length;
    return h(
      "tr",
      { class: "delegation-row", "data-power": p.power },
      h("th", { scope: "row" }, powerName(p.power)),
      h(
        "td",
        { colspan: 2 },
        h("ul", { class: "delegation-members" }, ...p.members.map((m) => h("li", { "data-presence": m.presence }, t("classroom:dashboard.member", { name: m.name, presence: t(`classroom:dashboard.${m.presence}`) })))),
        h("span", { class: "hint" }, t("classroom:dashboard.membersOnline", { online, total: p.members.length })),
      ),
      h("td", {}, readiness(p)),
    );
  }

  /** The countdowns, by the server's clock. */
  private tick(): void {
    for (const el of this.body.querySelectorAll<HTMLElement>(".countdown")) {
      const paused = el.dataset.paused === "true";
      const left = paused ? Number(el.dataset.remaining) : Number(el.dataset.deadline) - (Date.now() + this.offset);
      el.textContent = el.dataset.deadline === "" && !paused ? "" : t(paused ? "classroom:dashboard.leftPaused" : "classroom:dashboard.left", { time: formatDuration(Math.max(0, left)) });
    }
  }
}

/** A power's state in its room's turn: ready, or in the orders phase whether it has given orders or still holds. */
function readiness(p: PowerSummary): string {
  if (p.ready) return t("classroom:dashboard.readiness.ready");
  return p.orders === "given" ? t("classroom:dashboard.readiness.given") : p.orders === "none" ? t("classroom:dashboard.readiness.none") : "";
}
