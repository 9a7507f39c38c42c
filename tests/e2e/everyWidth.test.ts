/**
 * Every screen at every common width, phones with touch: the page never scrolls sideways, the
 * current phase's main actions (the tabs to act and Ready) sit within the first screen however
 * long the news has grown, and axe finds nothing serious. One server, one browser: a host on a
 * laptop-sized page resized through the desktop widths, a guest on a phone-sized touch page.
 */
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { axeSerious, screenshot, waitForPhase, waitForScreen } from "../helpers/browser";
import { createMatch, DESKTOPS, gameAndBrowser, joinMatch, openGame, openPhone, PHONES, pickPower } from "./helpers";

const suite = gameAndBrowser();
const pageErrors: string[] = [];

/** How far the page is wider than the screen, and the elements that stick out furthest (for the failure message). */
async function overflow(page: Page, width: number): Promise<{ px: number; widest: string[] }> {
  // A phone browser widens its layout to the content and zooms out, so innerWidth grows with the
  // overflow too: measure against the screen's own width.
  return page.evaluate((screenWidth) => {
    const px = Math.max(document.documentElement.scrollWidth, window.innerWidth) - screenWidth;
    const widest = [...document.querySelectorAll("body *")]
      .map((e) => ({ e, right: e.getBoundingClientRect().right }))
      .filter((x) => x.right > screenWidth + 0.5)
      .sort((a, b) => b.right - a.right)
      .slice(0, 4)
      .map(({ e, right }) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${e.className && typeof e.className === "string" ? `.${e.className.split(" ").join(".")}` : ""} (${Math.round(right)})`);
    return { px, widest };
  }, width);
}

/**
 * How far down the first screen (page scrolled to the top) an element ends, or null if it is not
 * shown: a button must be there whole, a panel with its first 120 px (a heading and a field).
 */
async function bottomOnFirstScreen(page: Page, selector: string): Promise<{ bottom: number; screen: number } | null> {
  return page.evaluate((s) => {
    window.scrollTo(0, 0);
    const e = document.querySelector(s);
    if (!e || !(e as HTMLElement).offsetParent) return null;
    const box = e.getBoundingClientRect();
    return { bottom: Math.min(box.bottom, box.top + 120) + window.scrollY, screen: window.innerHeight };
  }, selector);
}

/** At every size: no sideways scroll, the actions (if any) on the first screen, a screenshot. */
async function checkSizes(page: Page, sizes: { width: number; height: number }[], name: string, actions: string[]): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size);
    const { px, widest } = await overflow(page, size.width);
    expect.soft(px, `${name} at ${size.width}px is ${px}px wider than the screen: ${widest.join(", ")}`).toBeLessThanOrEqual(0);
    for (const selector of actions) {
      const box = await bottomOnFirstScreen(page, selector);
      expect.soft(box, `${name} at ${size.width}px shows ${selector}`).not.toBeNull();
      if (box) expect.soft(box.bottom, `${name} at ${size.width}px: ${selector} ends ${Math.round(box.bottom)}px down, the screen is ${box.screen}px`).toBeLessThanOrEqual(box.screen);
    }
    await screenshot(page, `width-${name}-${size.width}`, false);
  }
}

async function axeClean(page: Page, name: string): Promise<void> {
  const found = await axeSerious(page);
  expect.soft(found, `axe: ${name} at ${page.viewportSize()?.width}px: ${JSON.stringify(found)}`).toEqual([]);
}

/** The host ends the phase and both pages see the next one. */
async function endPhase(host: Page, guest: Page, phase: string, turn: number): Promise<void> {
  await host.locator("#end-phase-button").click();
  await waitForPhase(host, phase, turn);
  await waitForPhase(guest, phase, turn);
}

it("the title, lobby, match and debrief fit 360 to 1920 px wide, with the phase's actions on the first screen", async () => {
  const host = await openGame(suite.browser, suite.server.url, pageErrors, DESKTOPS[2]!);
  const guest = await openPhone(suite.browser, suite.server.url, pageErrors);
  // The map is hidden (its own width is checked by the legend's test): its software rendering
  // would cost this test most of its time on a busy machine.
  for (const page of [host, guest]) await page.evaluate(() => localStorage.setItem("detente:mapHidden", "1"));
  await checkSizes(guest, PHONES, "title", []);
  await axeClean(guest, "title");

  const code = await createMatch(host, "Hana", "lesson");
  await joinMatch(guest, code, "Ivo");
  await pickPower(host, "russia");
  await pickPower(guest, "ukraine");
  await checkSizes(guest, PHONES, "lobby", []);
  await checkSizes(host, DESKTOPS, "lobby", []);
  await axeClean(guest, "lobby");
  await host.setViewportSize(DESKTOPS[2]!);
  await host.locator("#start-button").click();
  await waitForScreen(host, "match");
  await waitForScreen(guest, "match");

  // Two turns of news pile up before the screens are measured.
  for (let turn = 1; turn <= 2; turn++) {
    for (const phase of ["negotiation", "orders", "resolution"]) await endPhase(host, guest, phase, turn);
    await endPhase(host, guest, "briefing", turn + 1);
  }
  await expect.poll(() => guest.locator("#news .news-item").count()).toBeGreaterThan(5);
  await checkSizes(guest, PHONES, "match-briefing", ["#ready-button"]);
  await endPhase(host, guest, "negotiation", 3);
  await checkSizes(guest, PHONES, "match-negotiation", ["#tab-offers", "#tab-chat", "#ready-button"]);
  for (const tab of ["offers", "chat"]) {
    await guest.locator(`#tab-${tab}`).click();
    await checkSizes(guest, PHONES, `match-${tab}`, [`#panel-${tab}`]);
  }
  await checkSizes(host, DESKTOPS, "match-negotiation", ["#tab-offers", "#tab-chat", "#ready-button"]);
  await axeClean(guest, "match (negotiation)");
  await endPhase(host, guest, "orders", 3);
  await guest.locator("#tab-orders").click();
  await checkSizes(guest, PHONES, "match-orders", ["#tab-orders", "#ready-button"]);
  await checkSizes(host, DESKTOPS, "match-orders", ["#tab-orders", "#ready-button"]);
  await host.setViewportSize(DESKTOPS[2]!);
  await axeClean(host, "match (orders)");

  const lastTurn = await host.evaluate(() => Number(/of (\d+)/.exec(document.querySelector("#turn-heading")?.textContent ?? "")?.[1]));
  await endPhase(host, guest, "resolution", 3);
  for (let turn = 4; turn <= lastTurn; turn++) {
    for (const phase of ["briefing", "negotiation", "orders", "resolution"]) await endPhase(host, guest, phase, turn);
  }
  await host.locator("#end-phase-button").click();
  await waitForScreen(host, "debrief");
  await waitForScreen(guest, "debrief");
  await checkSizes(guest, PHONES, "debrief", []);
  await checkSizes(host, DESKTOPS, "debrief", []);
  await axeClean(guest, "debrief");
  expect(pageErrors).toEqual([]);
});
