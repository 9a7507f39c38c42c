/** Title: create a match (name, pace, optional password) or join one with its code. */
import { h, field, select } from "../ui/dom";
import { PRESETS, PRESET_IDS, playSeconds, presetTurns, turnSeconds, type PresetId } from "../../../shared/session";
import { victoryDay2025 } from "../../../shared/game/scenarios/victoryDay2025";
import { NAME_MAX_CHARS } from "../../../shared/session";
import { formatDuration } from "../logic/format";
import { lessonLinks } from "../pages/nav";

export interface TitleActions {
  /** Each resolves to an error message to show, or null once connected. */
  create(options: { name: string; preset: PresetId; password?: string }): Promise<string | null>;
  join(code: string, options: { name: string; password?: string }): Promise<string | null>;
}

const PRESET_TEXT: Record<PresetId, string> = {
  lesson: "Lesson (50 minutes)",
  classroom: "Classroom",
  evening: "Evening",
  slow: "Slow (over days)",
};

export function presetLabel(id: PresetId): string {
  const turn = turnSeconds(PRESETS[id]);
  const turns = presetTurns(id, victoryDay2025.turns);
  const short = turns < victoryDay2025.turns ? `, ${turns} turns, ${Math.round(playSeconds(id, victoryDay2025.turns) / 60)} minutes of play` : "";
  return `${PRESET_TEXT[id]}: about ${formatDuration(turn * 1000)} a turn${short}`;
}

export function titleScreen(actions: TitleActions, initial: { code?: string; message?: string } = {}): HTMLElement {
  const createName = h("input", { id: "create-name", autocomplete: "nickname", maxlength: NAME_MAX_CHARS, required: true });
  const preset = select({ id: "create-preset" }, PRESET_IDS.map((id) => [id, presetLabel(id)] as const), "classroom");
  const createPassword = h("input", { id: "create-password", type: "password", autocomplete: "new-password", maxlength: 200 });
  const createError = h("p", { id: "create-error", class: "error", role: "alert" });
  const createButton = h("button", { type: "submit", class: "primary", id: "create-button" }, "Create match");

  const joinCode = h("input", { id: "join-code", class: "code-input", autocomplete: "off", maxlength: 9, required: true, value: initial.code ?? "" });
  const joinName = h("input", { id: "join-name", autocomplete: "nickname", maxlength: NAME_MAX_CHARS, required: true });
  const joinPassword = h("input", { id: "join-password", type: "password", autocomplete: "current-password", maxlength: 200 });
  const passwordField = field("Password", joinPassword, "This match asks for one.");
  passwordField.hidden = true;
  const joinError = h("p", { id: "title-error", class: "error", role: "alert" }, initial.message ?? "");
  const joinButton = h("button", { type: "submit", class: "primary", id: "join-button" }, "Join match");

  const busy = (on: boolean) => {
    createButton.disabled = on;
    joinButton.disabled = on;
  };

  const createForm = h(
    "form",
    { class: "card", "aria-labelledby": "create-heading" },
    h("h2", { id: "create-heading" }, "Create a match"),
    field("Your display name", createName),
    field("Pace", preset, "The host can change every phase's length in the lobby."),
    field("Password (optional)", createPassword),
    createError,
    createButton,
  );
  createForm.addEventListener("submit", (event) => {
    event.preventDefault();
    busy(true);
    createError.textContent = "";
    const password = createPassword.value.trim();
    void actions.create({ name: createName.value, preset: preset.value as PresetId, ...(password ? { password } : {}) }).then((error) => {
      busy(false);
      if (error) createError.textContent = error;
    });
  });

  const joinForm = h(
    "form",
    { class: "card", "aria-labelledby": "join-heading" },
    h("h2", { id: "join-heading" }, "Join a match"),
    field("Join code", joinCode, "Six letters and digits, from the host's screen."),
    field("Your display name", joinName),
    passwordField,
    joinError,
    joinButton,
    h("p", { class: "hint" }, "Everyone joins as a spectator first, then picks a power or keeps watching."),
  );
  joinForm.addEventListener("submit", (event) => {
    event.preventDefault();
    busy(true);
    joinError.textContent = "";
    const password = joinPassword.value;
    void actions.join(joinCode.value, { name: joinName.value, ...(password ? { password } : {}) }).then((error) => {
      busy(false);
      if (!error) return;
      joinError.textContent = error;
      if (/password/i.test(error)) {
        passwordField.hidden = false;
        joinPassword.focus();
      }
    });
  });

  return h(
    "div",
    { class: "title-screen" },
    h("header", { class: "title-header" }, h("h1", {}, "Détente"), h("p", { class: "tagline" }, "Moscow, May 2025: five powers, one parade, a summer of diplomacy."),
      lessonLinks(["rules", "roleCards", "guide"], false, { rules: "How to play in five minutes", roleCards: "Role cards to print", guide: "Teacher's guide" }),
    ),
    h("div", { class: "title-forms" }, createForm, joinForm),
    h(
      "section",
      { class: "card title-class", "aria-labelledby": "class-heading" },
      h("h2", { id: "class-heading" }, "In a classroom"),
      h("p", {}, "A teacher runs the whole class from one dashboard: students join with a class code and their name, and play in worlds of five."),
      h("p", { class: "row" }, h("a", { href: "/class/new", class: "button-link primary", id: "run-class" }, "Run a class"), h("a", { href: "/class", class: "button-link", id: "join-class" }, "Join a class")),
    ),
  );
}
