/** The host's lobby controls: pace and phase lengths, missed orders, moving people, and Start. */
import { POWERS, type PowerId } from "../../../shared/game";
import { MIN_PHASE_SECONDS, MAX_PHASE_SECONDS, PRESET_IDS, TIMED_PHASES, type PresetId } from "../../../shared/session";
import { h, field, select } from "../ui/dom";
import { PHASE_LABELS } from "../logic/format";
import { presetLabel } from "./title";
import { lessonLinks } from "../pages/nav";
import type { AppContext } from "../app/context";
import { t } from "../../../shared/i18n";
import { powerName } from "../logic/format";

export function hostSettings(ctx: AppContext): HTMLElement[] {
  const s = ctx.board.settings;
  const preset = select({ id: "setting-preset", "data-key": "preset" }, PRESET_IDS.map((id) => [id, presetLabel(id)] as const), s.preset);
  const durations = TIMED_PHASES.map((phase) =>
    h("input", { id: `setting-${phase}`, "data-key": `d-${phase}`, type: "number", min: MIN_PHASE_SECONDS, max: MAX_PHASE_SECONDS, step: 1, value: s[phase], inputmode: "numeric" }),
  );
  const missed = select(
    { id: "setting-missed", "data-key": "missed" },
    [
      ["hold", t("lobby:missed.hold")],
      ["bot", t("lobby:missed.bot")],
    ],
    s.missedOrders,
  );
  const form = h(
    "form",
    { class: "settings", "aria-labelledby": "settings-heading" },
    h("h3", { id: "settings-heading" }, t("title:pace")),
    field(t("lobby:preset"), preset),
    h("fieldset", {}, h("legend", {}, t("lobby:phaseLengths")), ...TIMED_PHASES.map((phase, i) => field(PHASE_LABELS[phase], durations[i]!))),
    field(t("lobby:missedLabel"), missed),
    h("button", { type: "submit", id: "apply-settings", "data-key": "apply" }, t("lobby:apply")),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (preset.value !== s.preset) {
      ctx.send("configure", { preset: preset.value as PresetId, missedOrders: missed.value as "hold" | "bot" });
      return;
    }
    const changed = Object.fromEntries(TIMED_PHASES.map((phase, i) => [phase, Math.round(Number(durations[i]!.value))]));
    ctx.send("configure", { durations: changed, missedOrders: missed.value as "hold" | "bot" });
  });
  return [h("h2", { id: "host-heading" }, t("lobby:hostControls")), lessonLinks(["roleCards", "guide"], true, { roleCards: t("lobby:printCards") }), form];
}

export function startControls(ctx: AppContext, humans: number): HTMLElement[] {
  return [
    h("p", { class: "hint", id: "start-hint" }, humans < 2 ? t("lobby:startNeedsTwo") : t("lobby:startHumans", { count: humans })),
    h("button", { type: "button", class: "primary big", id: "start-button", "data-key": "start", onclick: () => ctx.send("start", {}) }, t("lobby:start")),
  ];
}

export function memberControls(ctx: AppContext, id: string, m: { name: string; role: string; power: string }): HTMLElement {
  const current = m.role === "power" ? m.power : "";
  const target = select(
    { id: `move-${id}`, "data-key": `move-${id}`, "aria-label": t("lobby:moveTo", { name: m.name }) },
    [["", t("lobby:spectators")], ...POWERS.map((p) => [p, powerName(p)] as const)],
    current,
  );
  return h(
    "div",
    { class: "member-controls" },
    target,
    h("button", { type: "button", "data-key": `move-btn-${id}`, onclick: () => ctx.send("moveMember", { memberId: id, power: (target.value || null) as PowerId | null }) }, t("lobby:move", { name: m.name })),
    h("button", { type: "button", "data-key": `host-${id}`, onclick: () => ctx.send("handHost", { memberId: id }) }, t("lobby:makeHost", { name: m.name })),
    h("button", { type: "button", class: "danger", "data-key": `remove-${id}`, onclick: () => ctx.send("removeMember", { memberId: id }) }, t("lobby:remove", { name: m.name })),
  );
}

/** The host's list of people removed from the match, each with a button to let them join again. */
export function barredControls(ctx: AppContext): HTMLElement | null {
  const barred = Object.entries(ctx.board.barred ?? {});
  if (!ctx.isHost || barred.length === 0) return null;
  return h(
    "div",
    { class: "barred", id: "barred-people" },
    h("p", { class: "hint" }, t("lobby:barred")),
    h(
      "ul",
      {},
      ...barred.map(([id, name]) =>
        h("li", {}, h("button", { type: "button", "data-key": `readmit-${id}`, onclick: () => ctx.send("readmit", { memberId: id }) }, t("lobby:readmit", { name }))),
      ),
    ),
  );
}
