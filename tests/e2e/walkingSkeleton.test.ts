/** Two people in two browser contexts play the whole walking skeleton through the UI. */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startServer, type RunningServer } from "../../server/app";
import { launchChromium, screenshot, waitForScreen } from "../helpers/browser";

let server: RunningServer;
let browser: Browser;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startServer({ port: 0, host: "127.0.0.1", clientDir: "dist" });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openGame(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(server.url);
  await waitForScreen(page, "title");
  return page;
}

it("two players create, join by code, pick powers and play three turns to the end", async () => {
  const anna = await openGame();
  await anna.getByLabel("Your display name").first().fill("Anna");
  await anna.getByRole("button", { name: "Create match" }).click();
  await waitForScreen(anna, "lobby");
  const code = (await anna.locator("#join-code-display").textContent()) ?? "";
  expect(code).toMatch(/^[A-Z0-9]{6}$/);

  const bogdan = await openGame();
  await bogdan.getByLabel("Join code").fill("ZZZZZZ");
  await bogdan.locator("#join-name").fill("Bogdan");
  await bogdan.getByRole("button", { name: "Join match" }).click();
  await expect.poll(() => bogdan.locator("#title-error").textContent()).toBe("No match with code ZZZZZZ");

  await bogdan.getByLabel("Join code").fill(code.toLowerCase());
  await bogdan.getByRole("button", { name: "Join match" }).click();
  await waitForScreen(bogdan, "lobby");

  await anna.locator('[data-power="russia"]').click();
  await bogdan.locator('[data-power="russia"]').waitFor({ state: "attached" });
  await expect.poll(() => bogdan.locator('[data-power="russia"]').isDisabled()).toBe(true);
  await bogdan.locator('[data-power="ukraine"]').click();
  await expect.poll(() => anna.locator("#start-button").isEnabled()).toBe(true);
  expect(await bogdan.locator("#start-button").count()).toBe(0);
  await screenshot(anna, "lobby");

  await anna.locator("#start-button").click();
  for (let turn = 1; turn <= 3; turn++) {
    for (const [page, text] of [[anna, `Moscow, turn ${turn}: talks are possible.`], [bogdan, `Kyiv, turn ${turn}: a monitored ceasefire first.`]] as const) {
      await waitForScreen(page, "turn");
      await expect.poll(() => page.locator("#turn-heading").textContent()).toContain(`Turn ${turn} of 3`);
      await page.locator("#statement-tone").selectOption("firm");
      await page.locator("#statement-text").fill(text);
      await page.locator("#statement-submit").click();
    }
    if (turn === 2) {
      await expect.poll(() => anna.locator("#news").textContent()).toContain("Kyiv, turn 2");
    }
    if (turn === 1) {
      await anna.waitForFunction(() => window.__DETENTE__.mapReady);
      await expect.poll(() => anna.locator("#news").textContent()).toContain("Kyiv, turn 1");
      await screenshot(anna, "turn");
    }
  }

  await waitForScreen(anna, "ended");
  await waitForScreen(bogdan, "ended");
  await expect.poll(() => bogdan.locator("#match-over").textContent()).toBe("Match over");
  const record = (await bogdan.locator(".news").textContent()) ?? "";
  for (let turn = 1; turn <= 3; turn++) {
    expect(record).toContain(`Moscow, turn ${turn}`);
    expect(record).toContain(`Kyiv, turn ${turn}`);
  }
  await screenshot(bogdan, "end");
  expect(pageErrors).toEqual([]);
});
