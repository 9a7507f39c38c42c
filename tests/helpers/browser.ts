/** Debian's Chromium driven by playwright-core (no downloaded browsers on this machine). */
import { chromium, type Browser, type Page } from "playwright-core";
import { mkdirSync } from "node:fs";

export const SCREENSHOT_DIR = "test-results";

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/** Waits on the page's own test hook rather than on time. */
export async function waitForScreen(page: Page, screen: string): Promise<void> {
  await page.waitForFunction((s) => window.__DETENTE__?.screen === s, screen);
}
