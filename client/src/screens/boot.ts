/** Boot: the progress bar index.html shows while the code loads, moved on (and named, in the page's language) by each start-up step. */
import { t } from "../../../shared/i18n";

export function bootProgress(done: number, total: number, label: string): void {
  const bar = document.getElementById("boot-bar");
  const text = document.getElementById("boot-step");
  const value = Math.round((100 * done) / Math.max(1, total));
  if (bar) {
    bar.setAttribute("aria-valuenow", String(value));
    bar.setAttribute("aria-label", t("common:loading"));
    bar.style.setProperty("--progress", `${value}%`);
  }
  if (text) text.textContent = label;
}

export function bootElement(): HTMLElement | null {
  return document.getElementById("boot");
}
