/** Title: create a match (name, pace, optional password) or join one with its code. */
import { h, field, select } from "../ui/dom";
import { PRESETS, PRESET_IDS, playSeconds, presetTurns, turnSeconds, type PresetId } from "../../../shared/session";
import { victoryDay2025 } from "../../../shared/game/scenarios/victoryDay2025";
import { formatDuration } from "../logic/format";
import { lessonLinks } from "../pages/nav";
import { t } from "../../../shared/i18n";

export interface TitleActions {
  /** Each resolves to an error message to show, or null once connected. */
  create(options: { name: string; preset: PresetId; password?: string }): Promise<string | null>;
  join(code: string, options: { name: string; password?: string }): Promise<JoinRefused | null>;
}

/** Why a join failed, in the page's language, and whether the refusal asks for the match's password (then its field opens). */
export interface JoinRefused {
  message: string;
  asksPassword: boolean;
}

export function presetLabel(id: PresetId): string {
  const turn = turnSeconds(PRESETS[id]);
  const turns = presetTurns(id, victoryDay2025.turns);
  const params = { preset: t(`title:preset.${id}`), turn: formatDuration(turn * 1000) };
  if (turns >= victoryDay2025.turns) return t("title:presetLabel", params);
  return t("title:presetShort", { ...params, turns, minutes: Math.round(playSeconds(id, victoryDay2025.turns) / 60) });
}

export function titleScreen(actions: TitleActions, initial: { code?: string; message?: string } = {}): HTMLElement {
  const createName = h("input", { id: "create-name", autocomplete: "nickname", required: true });
  const preset = select({ id: "create-preset" }, PRESET_IDS.map((id) => [id, presetLabel(id)] as const), "classroom");
  const createPassword = h("input", { id: "create-password", type: "password", autocomplete: "new-password", maxlength: 200 });
  const createError = h("p", { id: "create-error", class: "error", role: "alert" });
  const createButton = h("button", { type: "submit", class: "primary", id: "create-button" }, t("title:create"));

  const joinCode = h("input", { id: "join-code", class: "code-input", autocomplete: "off", maxlength: 9, required: true, value: initial.code ?? "" });
  const joinName = h("input", { id: "join-name", autocomplete: "nickname", required: true });
  const joinPassword = h("input", { id: "join-password", type: "password", autocomplete: "current-password", maxlength: 200 });
  const passwordField = field(t("title:password"), joinPassword, t("title:passwordHint"));
  passwordField.hidden = true;
  const joinError = h("p", { id: "title-error", class: "error", role: "alert" }, initial.message ?? "");
  const joinButton = h("button", { type: "submit", class: "primary", id: "join-button" }, t("title:join"));

  const busy = (on: boolean) => {
    createButton.disabled = on;
    joinButton.disabled = on;
  };

  const createForm = h(
    "form",
    { class: "card", "aria-labelledby": "create-heading" },
    h("h2", { id: "create-heading" }, t("title:createHeading")),
    field(t("title:yourName"), createName),
    field(t("title:pace"), preset, t("title:paceHint")),
    field(t("title:passwordOptional"), createPassword),
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
    h("h2", { id: "join-heading" }, t("title:joinHeading")),
    field(t("title:joinCode"), joinCode, t("title:joinCodeHint")),
    field(t("title:yourName"), joinName),
    passwordField,
    joinError,
    joinButton,
    h("p", { class: "hint" }, t("title:joinHint")),
  );
  joinForm.addEventListener("submit", (event) => {
    event.preventDefault();
    busy(true);
    joinError.textContent = "";
    const password = joinPassword.value;
    void actions.join(joinCode.value, { name: joinName.value, ...(password ? { password } : {}) }).then((error) => {
      busy(false);
      if (!error) return;
      joinError.textContent = error.message;
      if (error.asksPassword) {
        passwordField.hidden = false;
        joinPassword.focus();
      }
    });
  });

  return h(
    "div",
    { class: "title-screen" },
    h("header", { class: "title-header" }, h("h1", {}, t("common:game")), h("p", { class: "tagline" }, t("title:tagline")),
      lessonLinks(["rules", "roleCards", "guide"], false, { rules: t("title:linkRules"), roleCards: t("title:linkRoleCards"), guide: t("title:linkGuide") }),
    ),
    h("div", { class: "title-forms" }, createForm, joinForm),
    h(
      "section",
      { class: "card title-class", "aria-labelledby": "class-heading" },
      h("h2", { id: "class-heading" }, t("title:classHeading")),
      h("p", {}, t("title:classText")),
      h("p", { class: "row" }, h("a", { href: "/class/new", class: "button-link primary", id: "run-class" }, t("title:runClass")), h("a", { href: "/class", class: "button-link", id: "join-class" }, t("title:joinClass"))),
    ),
  );
}
