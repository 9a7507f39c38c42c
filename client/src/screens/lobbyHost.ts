/** The host's lobby controls: pace and phase lengths, missed orders, moving people, and Start. */
import { POWERS, victoryDay2025, type PowerId } from "../../../shared/game";
import { MIN_PHASE_SECONDS, MAX_PHASE_SECONDS, PRESET_IDS, TIMED_PHASES, type PresetId } from "../../../shared/session";
import { h, field, select } from "../ui/dom";
import { PHASE_LABELS } from "../logic/format";
import { presetLabel } from "./title";
import { lessonLinks } from "../pages/nav";
import type { AppContext } from "../app/context";

export function hostSettings(ctx: AppContext): HTMLElement[] {
  const s = ctx.board.settings;
  const preset = select({ id: "setting-preset", "data-key": "preset" }, PRESET_IDS.map((id) => [id, presetLabel(id)] as const), s.preset);
  const durations = TIMED_PHASES.map((phase) =>
    h("input", { id: `setting-${phase}`, "data-key": `d-${phase}`, type: "number", min: MIN_PHASE_SECONDS, max: MAX_PHASE_SECONDS, step: 1, value: s[phase], inputmode: "numeric" }),
  );
  const missed = select(
    { id: "setting-missed", "data-key": "missed" },
    [
      ["hold", "The power holds (no orders)"],
      ["bot", "Its bot plays the turn"],
    ],
    s.missedOrders,
  );
  const form = h(
    "form",
    { class: "settings", "aria-labelledby": "settings-heading" },
    h("h3", { id: "settings-heading" }, "Pace"),
    field("Preset", preset),
    h("fieldset", {}, h("legend", {}, "Phase lengths in seconds"), ...TIMED_PHASES.map((phase, i) => field(PHASE_LABELS[phase], durations[i]!))),
    field("A power that misses the orders deadline", missed),
    h("button", { type: "submit", id: "apply-settings", "data-key": "apply" }, "Apply settings"),
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
  return [h("h2", { id: "host-heading" }, "Host controls"), lessonLinks(["roleCards", "guide"], true, { roleCards: "Print the role cards" }), form];
}

export function startControls(ctx: AppContext, humans: number): HTMLElement[] {
  return [
    h("p", { class: "hint", id: "start-hint" }, humans < 2 ? "At least two powers must be played by people to start." : `${humans} powers are played by people; the others are bots or hold.`),
    h("button", { type: "button", class: "primary big", id: "start-button", "data-key": "start", onclick: () => ctx.send("start", {}) }, "Start the match"),
  ];
}

export function memberControls(ctx: AppContext, id: string, m: { name: string; role: string; power: string }): HTMLElement {
  const current = m.role === "power" ? m.power : "";
  const target = select(
    { id: `move-${id}`, "data-key": `move-${id}`, "aria-label": `Move ${m.name} to` },
    [["", "Spectators"], ...POWERS.map((p) => [p, victoryDay2025.powers[p].name] as const)],
    current,
  );
  return h(
    "div",
    { class: "member-controls" },
    target,
    h("button", { type: "button", "data-key": `move-btn-${id}`, onclick: () => ctx.send("moveMember", { memberId: id, power: (target.value || null) as PowerId | null }) }, `Move ${m.name}`),
    h("button", { type: "button", "data-key": `host-${id}`, onclick: () => ctx.send("handHost", { memberId: id }) }, `Make ${m.name} host`),
    h("button", { type: "button", class: "danger", "data-key": `remove-${id}`, onclick: () => ctx.send("removeMember", { memberId: id }) }, `Remove ${m.name}`),
  );
}

/** The host's list of people removed from the match, each with a button to let them join again. */
export function barredControls(ctx: AppContext): HTMLElement | null {
  const barred = Object.entries(ctx.board.barred ?? {});
  if (!ctx.isHost || barred.length === 0) return null;
  return h(
    "div",
    { class: "barred", id: "barred-people" },
    h("p", { class: "hint" }, "Removed: they cannot join again until you let them back in."),
    h(
      "ul",
      {},
      ...barred.map(([id, name]) =>
        h("li", {}, h("button", { type: "button", "data-key": `readmit-${id}`, onclick: () => ctx.send("readmit", { memberId: id }) }, `Let ${name} back in`)),
      ),
    ),
  );
}
