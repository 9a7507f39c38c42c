/** Debian's Chromium driven by playwright-core (no downloaded browsers on this machine). */
import { chromium, type Browser, type Page } from "playwright-core";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";

export const SCREENSHOT_DIR = "test-results";

/** `extraArgs`: more command-line switches, for a test that needs one. */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
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
      ...extraArgs,
    ],
  });
}

/** A full-page screenshot, or what the viewport shows from the top of the page. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  if (!fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage });
}

/** Waits on the page's own test hook rather than on time. */
export async function waitForScreen(page: Page, screen: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction((s) => window.__DETENTE__?.screen === s, screen, { timeout });
}

/** Waits until the page shows this phase of this turn. */
export async function waitForPhase(page: Page, phase: string, turn: number, timeout = 15_000): Promise<void> {
  await page.waitForFunction(([p, t]) => window.__DETENTE__?.phase === p && window.__DETENTE__?.turn === t, [phase, turn] as const, { timeout });
}

/** Presses Tab (at most `max` times) until the focused element matches `selector`: how a keyboard user gets there. */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let axeSource: string | null = null;

/** Runs axe-core in the page and returns its serious and critical violations. */
export async function axeSerious(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  // Evaluated rather than added as an inline <script>, which the page's Content-Security-Policy refuses.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
