/**
 * The map speaks the page's language and explains itself on a touch screen: in the test-only
 * pseudo-language (every string of the layer wrapped in ⟦ ⟧) no word on the map, in its key or
 * in its labels for screen readers stands outside the marks; and on a phone the key opens and
 * closes with a tap and lists, in words, what every icon on the map stands for now.
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot, waitForScreen } from "../helpers/browser";
import { createMatch, gameAndBrowser, openGame, pickPower } from "./helpers";

const suite = gameAndBrowser();
const pageErrors: string[] = [];

/** Visible text and labels (aria-label, title) inside `root` with letters outside ⟦ ⟧, other than `data`. */
function unmarked(page: Page, root: string, data: string[]): Promise<string[]> {
  return page.evaluate(
    ([selector, allowed]) => {
      const strip = (text: string) => {
        let s = text;
        for (const d of allowed) s = s.split(d).join(" ");
        while (/\u27E6[^\u27E6\u27E7]*\u27E7/.test(s)) s = s.replace(/\u27E6[^\u27E6\u27E7]*\u27E7/g, " ");
        return s;
      };
      const bad: string[] = [];
      const scope = document.querySelector(selector)!;
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest("[translate='no']")) continue;
        // Screen-reader-only words count as much as visible ones.
        if (el.getClientRects().length === 0 && !el.closest(".map-sr")) continue;
        if (/\p{L}/u.test(strip(n.textContent ?? ""))) bad.push(`${el.tagName.toLowerCase()}.${el.className}: "${(n.textContent ?? "").trim().slice(0, 80)}"`);
      }
      for (const el of scope.querySelectorAll("[aria-label], [title]")) {
        for (const name of ["aria-label", "title"]) {
          const value = el.getAttribute(name);
          if (value && /\p{L}/u.test(strip(value))) bad.push(`${el.tagName.toLowerCase()}[${name}]: "${value.slice(0, 80)}"`);
        }
      }
      return bad;
    },
    [root, data] as const,
  );
}

it("every word of the map and its key comes through the layer, and the key works by touch", async () => {
  const host = await openGame(suite.browser, suite.server.url, pageErrors);
  const code = await createMatch(host, "Hana", "lesson");
  const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await context.addInitScript(() => ((window as { __DETENTE_PSEUDO__?: boolean }).__DETENTE_PSEUDO__ = true));
  const phone = await context.newPage();
  phone.on("pageerror", (error) => pageErrors.push(error.message));
  await phone.goto(`${suite.server.url}/?lang=en-XA`);
  await waitForScreen(phone, "title");
  await phone.locator("#join-code").fill(code);
  await phone.locator("#join-name").fill("Ivo");
  await phone.locator("#join-button").click();
  await waitForScreen(phone, "lobby");
  await pickPower(host, "russia");
  await phone.locator('[data-power="ukraine"]').click();
  await expect.poll(() => host.locator("#start-hint").textContent()).toContain("2");
  await host.locator("#start-button").click();
  await waitForScreen(phone, "match");
  await phone.waitForFunction(() => window.__DETENTE__.mapReady, null, { timeout: 30_000 });
  await expect.poll(() => phone.locator(".map-icon").count(), { timeout: 10_000 }).toBeGreaterThan(0);

  // The key lists one sentence per icon on the map, visible without hovering anything.
  const icons = await phone.locator(".map-icon .map-sr").allTextContents();
  await expect.poll(() => phone.locator("#map-key-now li").allTextContents()).toEqual(icons);
  await expect(phone.locator("#map-key-now li").first().isVisible()).resolves.toBe(true);

  // A tap on a power's name opens its card (meters and relations): no hover needed.
  await phone.locator('[data-map-power="russia"]').tap();
  await expect.poll(() => phone.locator(".map-info").isVisible()).toBe(true);
  await expect.poll(() => phone.locator(".map-info .map-relation-mood").count()).toBe(4);
  await screenshot(phone, "map-words-pseudo-390", false);
  expect(await unmarked(phone, ".map-host", ["Hana", "Ivo", code])).toEqual([]);

  // The key folds and unfolds with a tap on its heading.
  const open = () => phone.locator("#map-key").evaluate((d) => (d as HTMLDetailsElement).open);
  expect(await open()).toBe(true);
  await phone.locator("#map-key summary").tap();
  await expect.poll(open).toBe(false);
  await phone.locator("#map-key summary").tap();
  await expect.poll(open).toBe(true);
  expect(pageErrors).toEqual([]);
});
