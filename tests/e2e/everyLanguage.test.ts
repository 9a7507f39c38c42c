/**
 * axe finds no serious or critical violation on the lobby, the match and the debrief in every
 * shipped language (forced by `?lang=xx`), on a phone, where longer words also must not widen
 * the page. One match: a host on a laptop moves it on, a guest's phone page is reloaded in each
 * language at each stage (the seat comes back by its token).
 */
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { LANGS } from "../../shared/i18n";
import { axeSerious, screenshot, waitForPhase, waitForScreen } from "../helpers/browser";
import { gameAndBrowser, hostAndPhoneGuest } from "./helpers";

const suite = gameAndBrowser();
const pageErrors: string[] = [];
const PHONE = { width: 360, height: 740 };

async function inEveryLanguage(page: Page, code: string, screen: string): Promise<void> {
  for (const lang of LANGS) {
    await page.goto(`${suite.server.url}/m/${code}?lang=${lang}`);
    await waitForScreen(page, screen);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    const found = await axeSerious(page);
    expect.soft(found, `axe: ${screen} in ${lang}: ${JSON.stringify(found)}`).toEqual([]);
    const overflow = await page.evaluate((w) => Math.max(document.documentElement.scrollWidth, window.innerWidth) - w, PHONE.width);
    expect.soft(overflow, `${screen} in ${lang} is ${overflow}px wider than a 360-px phone`).toBeLessThanOrEqual(0);
    await screenshot(page, `language-${screen}-${lang}`, false);
  }
}

it("the lobby, the match and the debrief pass axe in English, Ukrainian, German and French on a phone", async () => {
  const { host, guest, code } = await hostAndPhoneGuest(suite.browser, suite.server.url, pageErrors, PHONE);
  await inEveryLanguage(guest, code, "lobby");

  await host.locator("#start-button").click();
  await waitForScreen(host, "match");
  await host.locator("#end-phase-button").click();
  await waitForPhase(host, "negotiation", 1);
  await inEveryLanguage(guest, code, "match");

  const lastTurn = await host.evaluate(() => Number(/of (\d+)/.exec(document.querySelector("#turn-heading")?.textContent ?? "")?.[1]));
  for (let turn = 1; turn <= lastTurn; turn++) {
    for (const phase of [...(turn > 1 ? ["negotiation"] : []), "orders", "resolution", turn < lastTurn ? "briefing" : "ended"]) {
      await host.locator("#end-phase-button").click();
      if (phase === "ended") await waitForScreen(host, "debrief");
      else await waitForPhase(host, phase, phase === "briefing" ? turn + 1 : turn);
    }
  }
  await inEveryLanguage(guest, code, "debrief");
  expect(pageErrors).toEqual([]);
});
