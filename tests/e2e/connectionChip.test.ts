/**
 * The connection's state stays on screen and covers nothing: at every common width (phones with
 * touch), with the statement composer open, the chip is inside the window wherever the page is
 * scrolled, and no control (button, field, select, link) brought into view overlaps it.
 */
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { screenshot, waitForPhase, waitForScreen } from "../helpers/browser";
import { createMatch, DESKTOPS, gameAndBrowser, joinMatch, openGame, openPhone, PHONES, pickPower } from "./helpers";

const suite = gameAndBrowser();
const pageErrors: string[] = [];

/**
 * Brings each visible control into view in turn (as scrolling or Tab would) and lists those the
 * chip then overlaps, and the scroll positions at which the chip was not wholly in the window.
 */
function coveredControls(page: Page): Promise<{ shown: boolean; covered: string[]; offScreen: number[] }> {
  return page.evaluate(() => {
    const chip = document.getElementById("connection-status")!;
    const inWindow = () => {
      const r = chip.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= document.documentElement.clientWidth;
    };
    const covered: string[] = [];
    const offScreen: number[] = [];
    const controls = [...document.querySelectorAll<HTMLElement>("button, select, input, textarea, a[href], summary")].filter((c) => c.getClientRects().length > 0 && !chip.contains(c));
    window.scrollTo(0, 0);
    const shown = inWindow() && !chip.hidden;
    for (const control of controls) {
      control.scrollIntoView({ block: "nearest", inline: "nearest" });
      if (!inWindow()) offScreen.push(Math.round(window.scrollY));
      const a = chip.getBoundingClientRect();
      const b = control.getBoundingClientRect();
      const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
      if (overlap) covered.push(`${control.tagName.toLowerCase()}${control.id ? `#${control.id}` : ""} at scroll ${Math.round(window.scrollY)}`);
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
    if (!inWindow()) offScreen.push(Math.round(window.scrollY));
    window.scrollTo(0, 0);
    return { shown, covered: covered.slice(0, 6), offScreen: offScreen.slice(0, 6) };
  });
}

async function checkSizes(page: Page, sizes: { width: number; height: number }[], name: string): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size);
    const { shown, covered, offScreen } = await coveredControls(page);
    expect.soft(shown, `${name} at ${size.width}px: the connection chip is on the first screen`).toBe(true);
    expect.soft(covered, `${name} at ${size.width}px: controls under the connection chip`).toEqual([]);
    expect.soft(offScreen, `${name} at ${size.width}px: scroll positions where the chip is out of the window`).toEqual([]);
    await screenshot(page, `chip-${name}-${size.width}`, false);
  }
}

/** Opens the statement composer (its tone select sat under the chip on a phone). */
async function openStatement(page: Page): Promise<void> {
  await page.locator("#tab-orders").click();
  await page.locator("#order-type").selectOption("statement");
  await expect.poll(() => page.locator("#order-tone").isVisible()).toBe(true);
}

it("the connection chip is always in the window and covers no control, 360 to 1920 px wide", async () => {
  const host = await openGame(suite.browser, suite.server.url, pageErrors, DESKTOPS[2]!);
  const phone = await openPhone(suite.browser, suite.server.url, pageErrors);
  // The map's software rendering would cost most of this test's time; its own controls are in the legend's test.
  for (const page of [host, phone]) await page.evaluate(() => localStorage.setItem("detente:mapHidden", "1"));
  const code = await createMatch(host, "Hana", "lesson");
  await joinMatch(phone, code, "Ivo");
  await pickPower(host, "russia");
  await pickPower(phone, "ukraine");
  await host.locator("#start-button").click();
  await waitForScreen(host, "match");
  await waitForScreen(phone, "match");
  for (const phase of ["negotiation", "orders"]) {
    await host.locator("#end-phase-button").click();
    await waitForPhase(host, phase, 1);
    await waitForPhase(phone, phase, 1);
  }
  await expect.poll(() => phone.evaluate(() => window.__DETENTE__.connection)).toBe("connected");
  for (const page of [host, phone]) await openStatement(page);
  await checkSizes(phone, PHONES, "orders-phone");
  await checkSizes(host, DESKTOPS, "orders");
  expect(pageErrors).toEqual([]);
});
