/**
 * The debrief as players read it at the end, on a phone (390 px, touch) and on a Chromebook
 * (1024 px): each promise with what became of it, relations and trust charts that describe
 * their values, the turns a bot played, and no serious axe violation in any shipped language.
 * Russia's host and Ukraine's guest never give orders, so their bots stand in every turn; China
 * is a bot's seat from the start.
 */
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { LANGS } from "../../shared/i18n";
import { axeSerious, screenshot, waitForPhase, waitForScreen } from "../helpers/browser";
import { gameAndBrowser, hostAndPhoneGuest } from "./helpers";

const suite = gameAndBrowser();
const pageErrors: string[] = [];
const PHONE = { width: 390, height: 844 };

async function playToTheEnd(host: Page): Promise<void> {
  await host.locator("#start-button").click();
  await waitForScreen(host, "match");
  const lastTurn = await host.evaluate(() => Number(/of (\d+)/.exec(document.querySelector("#turn-heading")?.textContent ?? "")?.[1]));
  expect(lastTurn).toBeGreaterThan(1);
  for (let turn = 1; turn <= lastTurn; turn++) {
    for (const phase of ["negotiation", "orders", "resolution", turn < lastTurn ? "briefing" : "ended"]) {
      await host.locator("#end-phase-button").click();
      if (phase === "ended") await waitForScreen(host, "debrief");
      else await waitForPhase(host, phase, phase === "briefing" ? turn + 1 : turn);
    }
  }
}

it("shows what became of each promise, relations and trust charts and the bots' turns, at 390 and 1024 px, in every language", async () => {
  const { host, guest, code } = await hostAndPhoneGuest(suite.browser, suite.server.url, pageErrors, PHONE, { width: 1024, height: 768 });
  await host.locator("#setting-missed").selectOption("bot");
  await host.locator("#apply-settings").click();
  await host.locator('[data-bot="china"]').click();
  await expect.poll(() => host.locator('[data-bot="china"]').getAttribute("aria-pressed")).toBe("true");
  await playToTheEnd(host);
  await waitForScreen(guest, "debrief");

  for (const page of [host, guest]) {
    // Every power has its list; every promise says what happened after it, in words.
    await expect.poll(() => page.locator("[data-promises]").count()).toBe(5);
    const after = await page.locator(".promise-lists li[data-after]").allTextContents();
    expect(after.length).toBeGreaterThan(0);
    for (const line of after) expect(line, line).toMatch(/ — (kept through turn|broken in turn|still running|still to begin|borne out|contradicted|not yet judged)/);
    // Ten relations and trust charts, each with a description of its values turn by turn.
    expect(await page.locator("#relation-charts svg.chart").count()).toBe(10);
    const desc = await page.locator("#relation-charts svg.chart desc").first().textContent();
    expect(desc).toMatch(/^Turn by turn from the start — /);
    // China was a bot's seat; Russia's and Ukraine's bots stood in for players who never acted.
    expect(await page.locator('[data-bot-turns="china"]').textContent()).toMatch(/^China: played by its bot in turns 1, 2/);
    expect(await page.locator('[data-stand-in-turns="ukraine"]').textContent()).toMatch(/^Ukraine: its bot stood in for its player/);
    expect(await page.locator("#timeline").textContent()).toContain("China (played by its bot)");
  }
  const overflow = await guest.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "the debrief scrolls sideways on a 390-px phone").toBeLessThanOrEqual(0);
  await screenshot(guest, "debrief-390");
  await screenshot(host, "debrief-1024");

  for (const lang of LANGS) {
    await guest.goto(`${suite.server.url}/m/${code}?lang=${lang}`);
    await waitForScreen(guest, "debrief");
    expect(await guest.evaluate(() => document.documentElement.lang)).toBe(lang);
    await expect.poll(() => guest.locator("#relation-charts svg.chart").count()).toBe(10);
    const found = await axeSerious(guest);
    expect.soft(found, `axe: debrief in ${lang}: ${JSON.stringify(found)}`).toEqual([]);
    await screenshot(guest, `debrief-390-${lang}`, false);
  }
  expect(pageErrors).toEqual([]);
});
