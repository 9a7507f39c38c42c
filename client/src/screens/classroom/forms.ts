/** The class's two forms: a teacher creates a class; a student joins one with its code and a name. */
import { h, field, select } from "../../ui/dom";
import { PRESET_IDS, type PresetId } from "../../../../shared/session";
import { CLASS_CODE_LENGTH, type Grouping } from "../../../../shared/classroom";
import { presetLabel } from "../title";
import { t } from "../../../../shared/i18n";

/** Each action resolves to an error message to show, or null once connected. */
export type Submit<T> = (value: T) => Promise<string | null>;

export function createClassForm(create: Submit<{ className: string; preset: PresetId; teacherReadsChat: boolean; grouping: Grouping }>): HTMLElement {
  // No maxlength: a name over the limit is refused with the limit stated, never cut as it is typed or pasted.
  const name = h("input", { id: "class-name", required: true, autocomplete: "off" });
  const preset = select({ id: "class-preset" }, PRESET_IDS.map((id) => [id, presetLabel(id)] as const), "lesson");
  const grouping = select(
    { id: "class-grouping", "aria-describedby": "class-grouping-hint" },
    [
      ["fives", t("classroom:fives")],
      ["delegations", t("classroom:delegations")],
    ],
    "fives",
  );
  const readsChat = h("input", { type: "checkbox", id: "class-reads-chat" });
  const error = h("p", { id: "class-create-error", class: "error", role: "alert" });
  const button = h("button", { type: "submit", class: "primary", id: "class-create-button" }, t("classroom:create"));
  const form = h(
    "form",
    { class: "card", "aria-labelledby": "class-create-heading" },
    h("h1", { id: "class-create-heading" }, t("title:runClass")),
    field(t("classroom:className"), name, t("classroom:classNameHint")),
    field(t("title:pace"), preset),
    field(t("classroom:grouping"), grouping),
    h("p", { class: "hint", id: "class-grouping-hint" }, t("classroom:groupingHint")),
    h(
      "p",
      {},
      h("label", { class: "check", for: "class-reads-chat" }, readsChat, t("classroom:readsChat")),
      h("span", { class: "hint", id: "class-reads-chat-hint" }, t("classroom:readsChatHint")),
    ),
    error,
    button,
    h("p", { class: "hint" }, t("classroom:createHint")),
    h("p", {}, h("a", { href: "/" }, t("classroom:backToTitle"))),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    button.disabled = true;
    error.textContent = "";
    void create({ className: name.value, preset: preset.value as PresetId, teacherReadsChat: readsChat.checked, grouping: grouping.value as Grouping }).then((message) => {
      button.disabled = false;
      if (message) error.textContent = message;
    });
  });
  return h("div", { class: "title-screen" }, form);
}

export function joinClassForm(join: Submit<{ code: string; name: string }>, initial: { code?: string; message?: string } = {}): HTMLElement {
  const code = h("input", { id: "class-code", class: "code-input", autocomplete: "off", maxlength: CLASS_CODE_LENGTH + 3, required: true, value: initial.code ?? "" });
  const name = h("input", { id: "class-student-name", autocomplete: "nickname", required: true });
  const error = h("p", { id: "class-join-error", class: "error", role: "alert" }, initial.message ?? "");
  const button = h("button", { type: "submit", class: "primary", id: "class-join-button" }, t("classroom:join"));
  const form = h(
    "form",
    { class: "card", "aria-labelledby": "class-join-heading" },
    h("h1", { id: "class-join-heading" }, t("title:joinClass")),
    field(t("classroom:classCode"), code, t("classroom:classCodeHint", { n: CLASS_CODE_LENGTH })),
    field(t("classroom:yourName"), name, t("classroom:yourNameHint")),
    error,
    button,
    h("p", {}, h("a", { href: "/" }, t("classroom:backToTitle"))),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    button.disabled = true;
    error.textContent = "";
    void join({ code: code.value, name: name.value }).then((message) => {
      button.disabled = false;
      if (message) error.textContent = message;
    });
  });
  return h("div", { class: "title-screen" }, form);
}

/** A student in the class lobby: their name, and the wait for the teacher to start. */
export function classLobby(view: { className: string; name: string; started: boolean }): HTMLElement {
  return h(
    "div",
    { class: "title-screen" },
    h(
      "section",
      { class: "card", id: "class-lobby", "aria-labelledby": "class-lobby-heading" },
      h("h1", { id: "class-lobby-heading" }, view.className),
      h("p", {}, t("classroom:youAre"), h("strong", { id: "class-you" }, view.name), t("classroom:youAreEnd")),
      h("p", { role: "status", id: "class-wait" }, view.started ? t("classroom:started") : t("classroom:wait")),
    ),
  );
}
