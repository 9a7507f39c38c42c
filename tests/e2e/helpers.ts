/** Steps of the browser tests, in the words a player would use. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { axeSerious, launchChromium, screenshot, waitForScreen } from "../helpers/browser";
import { LANGS, translatorFor, type Translator } from "../../shared/i18n";
import { ClassConnection } from "../../client/src/classNet";

export interface Player {
  name: string;
  page: Page;
}

export async function openGame(browser: Browser, url: string, errors: string[], viewport = { width: 1280, height: 720 }, prepare?: (page: Page) => Promise<void>): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await prepare?.(page);
  page.on("pageerror", (error) => errors.push(`${error.message}\n${error.stack ?? ""}`));
  // Whatever the Content-Security-Policy blocks is an error of the page, not a detail of the console.
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  await page.goto(url);
  await waitForScreen(page, "title");
  return page;
}

export async function createMatch(page: Page, name: string, preset = "classroom"): Promise<string> {
  await page.getByLabel("Your display name").first().fill(name);
  await page.locator("#create-preset").selectOption(preset);
  await page.getByRole("button", { name: "Create match" }).click();
  await waitForScreen(page, "lobby");
  const code = (await page.locator("#join-code-display").textContent()) ?? "";
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  return code;
}

export async function joinMatch(page: Page, code: string, name: string): Promise<void> {
  await page.locator("#join-code").fill(code);
  await page.locator("#join-name").fill(name);
  await page.getByRole("button", { name: "Join match" }).click();
  await waitForScreen(page, "lobby");
}

export async function pickPower(page: Page, power: string): Promise<void> {
  await page.locator(`[data-power="${power}"]`).click();
  await expect.poll(() => page.locator(".power-card.mine").getAttribute("class")).toContain(`power-${power}`);
}

/** Gives a statement through the composer and waits until the server holds it. */
export async function giveStatement(page: Page, text: string, tone = "firm", audience: string[] = []): Promise<void> {
  await page.locator("#tab-orders").click();
  await page.locator("#order-type").selectOption("statement");
  for (const power of audience) await page.locator(`#order-to-${power}`).check();
  await page.locator("#order-tone").selectOption(tone);
  await page.locator("#order-text").fill(text);
  await page.locator("#order-submit").click();
  await expect.poll(() => page.locator("#order-list").textContent(), { timeout: 10_000 }).toContain(text);
}

/** Says Ready; the server confirms it (or, for the last power to be ready, ends the phase). */
export async function setReady(page: Page): Promise<void> {
  const before = await page.evaluate(() => `${window.__DETENTE__.phase}:${window.__DETENTE__.turn}`);
  await page.locator("#ready-button").click();
  await page.waitForFunction(
    (b) => document.querySelector("#ready-button")?.getAttribute("aria-pressed") === "true" || `${window.__DETENTE__.phase}:${window.__DETENTE__.turn}` !== b,
    before,
    { timeout: 10_000 },
  );
}

/** Holds back what a page sends to the server until released, as a slow network would. */
export function networkValve(): { install(page: Page): Promise<void>; hold(): Promise<void>; release(): Promise<void> } {
  let target: Page | null = null;
  return {
    async install(page) {
      target = page;
      await page.addInitScript(() => {
        const w = window as unknown as { __valve: { holding: boolean; held: [WebSocket, unknown][] } };
        w.__valve = { holding: false, held: [] };
        const send = WebSocket.prototype.send;
        WebSocket.prototype.send = function (data) {
          if (w.__valve.holding) w.__valve.held.push([this, data]);
          else send.call(this, data);
        };
        (window as unknown as { __release(): void }).__release = () => {
          w.__valve.holding = false;
          for (const [ws, data] of w.__valve.held.splice(0)) send.call(ws, data as string);
        };
      });
    },
    async hold() {
      await target?.evaluate(() => ((window as unknown as { __valve: { holding: boolean } }).__valve.holding = true));
    },
    async release() {
      await target?.evaluate(() => (window as unknown as { __release(): void }).__release());
    },
  };
}

/** The page never scrolls sideways at the classroom's common screen sizes. */
export async function noHorizontalScroll(page: Page): Promise<void> {
  for (const size of [{ width: 1024, height: 768 }, { width: 1280, height: 720 }, { width: 1366, height: 768 }]) {
    await page.setViewportSize(size);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow at ${size.width}×${size.height} on ${await page.evaluate(() => window.__DETENTE__.screen)}`).toBeLessThanOrEqual(0);
  }
}

/** The elements that reach past the right edge of a `width`-px-wide window (none: no sideways scrolling). */
export async function overflowAt(page: Page, width: number): Promise<string[]> {
  await page.setViewportSize({ width, height: 900 });
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= edge) return [];
    return [...document.querySelectorAll<HTMLElement>("#app *")]
      .filter((el) => el.getBoundingClientRect().right > edge + 0.5 && !el.closest(".table-scroll"))
      .map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className}: right ${Math.round(el.getBoundingClientRect().right)}`)
      .slice(0, 8);
  });
}

/** The real server (built client, its own data folder) and Chromium, started once for a test file. */
export function gameAndBrowser(): { readonly server: RunningServer; readonly browser: Browser } {
  const suite = {} as { server: RunningServer; browser: Browser; dataDir: string };
  beforeAll(async () => {
    suite.dataDir = mkdtempSync(path.join(tmpdir(), "detente-e2e-"));
    suite.server = await startServer({ port: 0, host: "127.0.0.1", dataDir: suite.dataDir, clientDir: "dist", creationsPerMinute: 1000 });
    suite.browser = await launchChromium();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
    rmSync(suite.dataDir, { recursive: true, force: true });
  });
  return suite;
}

/** Hana (Russia, host) and Ivo (Ukraine) start a match whose phases last 15 minutes, so no deadline moves it on during a test. */
export async function startSlowTwoPlayerMatch(browser: Browser, url: string, errors: string[], prepare?: (page: Page) => Promise<void>): Promise<{ host: Page; guest: Page; code: string }> {
  const host = await openGame(browser, url, errors, undefined, prepare);
  const code = await createMatch(host, "Hana");
  const guest = await openGame(browser, url, errors, undefined, prepare);
  await joinMatch(guest, code, "Ivo");
  await pickPower(host, "russia");
  await pickPower(guest, "ukraine");
  for (const phase of ["briefing", "negotiation", "orders", "resolution"]) await host.locator(`#setting-${phase}`).fill("900");
  await host.locator("#apply-settings").click();
  await expect.poll(() => host.locator("#setting-orders").inputValue()).toBe("900");
  await host.locator("#start-button").click();
  await waitForScreen(host, "match");
  await waitForScreen(guest, "match");
  return { host, guest, code };
}

/**
 * Hana (Russia, host) on `hostViewport` and Ivo (Ukraine) on a touch phone of `phone` size, both
 * with the map hidden, in the lobby of a lesson-preset match; the caller starts it.
 */
export async function hostAndPhoneGuest(browser: Browser, url: string, errors: string[], phone: { width: number; height: number }, hostViewport?: { width: number; height: number }): Promise<{ host: Page; guest: Page; code: string }> {
  const host = await openGame(browser, url, errors, hostViewport);
  const context = await browser.newContext({ viewport: phone, hasTouch: true, isMobile: true });
  const guest = await context.newPage();
  guest.on("pageerror", (error) => errors.push(error.message));
  await guest.goto(url);
  await waitForScreen(guest, "title");
  for (const page of [host, guest]) await page.evaluate(() => localStorage.setItem("detente:mapHidden", "1"));
  const code = await createMatch(host, "Hana", "lesson");
  await joinMatch(guest, code, "Ivo");
  await pickPower(host, "russia");
  await pickPower(guest, "ukraine");
  return { host, guest, code };
}

/** The phones get touch emulation; the rest are tablets, Chromebooks, laptops and a projector. */
export const PHONES = [{ width: 360, height: 740 }, { width: 390, height: 844 }];
export const DESKTOPS = [{ width: 768, height: 1024 }, { width: 1024, height: 768 }, { width: 1280, height: 720 }, { width: 1920, height: 1080 }];

/** A 390-px touch phone on the title screen. */
export async function openPhone(browser: Browser, url: string, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONES[1]!, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(`${error.message}\n${error.stack ?? ""}`));
  await page.goto(url);
  await waitForScreen(page, "title");
  return page;
}

/** Hana creates a match with the password "peace" and waits in its lobby; returns its code. */
export async function createWithPassword(page: Page): Promise<string> {
  await page.locator("#create-name").fill("Hana");
  await page.locator("#create-password").fill("peace");
  await page.locator("#create-button").click();
  await waitForScreen(page, "lobby");
  return (await page.locator("#join-code-display").textContent()) ?? "";
}

/** A teacher creates a class in the browser at 1024×768 and `names` join it over the class protocol; ends on the dashboard. */
export async function classWithStudents(browser: Browser, url: string, errors: string[], names: string[]): Promise<{ teacher: Page; code: string; students: ClassConnection[] }> {
  const teacher = await openGame(browser, url, errors, { width: 1024, height: 768 });
  await teacher.locator("#run-class").click();
  await waitForScreen(teacher, "classCreate");
  await teacher.locator("#class-name").fill("Civics 10A");
  await teacher.locator("#class-create-button").click();
  await waitForScreen(teacher, "dashboard");
  const code = (await teacher.locator("#class-code-display").textContent()) ?? "";
  const students: ClassConnection[] = [];
  for (const name of names) students.push(await ClassConnection.join(url, code, { name }));
  await expect.poll(() => teacher.locator(".name-chip").count()).toBe(names.length);
  return { teacher, code, students };
}

/** `address` with `?lang=xx` before its #fragment (class pages carry their token in the fragment). */
export function inLanguage(address: string, lang: string): string {
  const url = new URL(address);
  url.searchParams.set("lang", lang);
  return url.href;
}

/**
 * Opens `address` in each shipped language and checks that `heading` reads as that language's
 * translator says, that nothing reaches past the right edge at a phone's, a laptop's and a
 * projector's width, and that axe finds no serious or critical violation at the widths of `axeAt`
 * (by default the phone's and the projector's; screenshots there).
 */
export async function everyLanguageAndWidth(page: Page, address: string, screen: string, heading: { selector: string; text: (tr: Translator) => string }, axeAt: readonly number[] = [390, 1920]): Promise<void> {
  for (const lang of LANGS) {
    const tr = await translatorFor(lang);
    await page.goto(inLanguage(address, lang));
    await waitForScreen(page, screen);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await expect.poll(() => page.locator(heading.selector).first().textContent(), { timeout: 15_000 }).toBe(heading.text(tr));
    for (const width of [390, 1024, 1920]) {
      expect.soft(await overflowAt(page, width), `${screen} in ${lang} at ${width} px`).toEqual([]);
      if (!axeAt.includes(width)) continue;
      const found = await axeSerious(page);
      expect.soft(found, `axe: ${screen} in ${lang} at ${width} px: ${JSON.stringify(found)}`).toEqual([]);
      await screenshot(page, `class-language-${screen}-${lang}-${width}`, false);
    }
  }
}
