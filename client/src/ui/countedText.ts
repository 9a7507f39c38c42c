/**
 * A text box that counts as the person types ("42 of 280 characters") and says by how much it
 * is over, instead of a maxlength that cuts pasted words silently. The rules refuse what is
 * over the limit, with the limit stated; this only tells it first. Enter sends the form, as in a
 * one-line field (a keyboard player's way to give the order); Shift+Enter starts a new line.
 */
import { t } from "../../../shared/i18n";
import { textLength } from "../../../shared/text";
import { h } from "./dom";

export interface CountedText {
  field: HTMLTextAreaElement;
  count: HTMLElement;
  /** Whether the text is within the limit. */
  fits(): boolean;
}

export function countedText(id: string, max: number, value: string, onInput: (text: string) => void, rows = 3): CountedText {
  const count = h("span", { class: "char-count", id: `${id}-count`, "aria-live": "polite" });
  const field = h("textarea", { id, "data-key": id, rows, "aria-describedby": `${id}-count` });
  field.value = value;
  const show = () => {
    const n = textLength(field.value);
    count.textContent = n > max ? t("world:text.over", { n, max, over: n - max }) : t("world:text.count", { n, max });
    count.classList.toggle("over", n > max);
  };
  field.addEventListener("input", () => {
    show();
    onInput(field.value);
  });
  field.addEventListener("keydown", (e) => {
    if (e.key !== "Enter" || e.shiftKey || e.isComposing) return;
    e.preventDefault();
    field.form?.requestSubmit();
  });
  show();
  return { field, count, fits: () => textLength(field.value) <= max };
}
