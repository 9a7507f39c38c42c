/**
 * A refusal reaches the player in the page's language: the server sends its key and parameters
 * over the real socket (or, for a join, in the matchmaker's answer) and the browser renders them,
 * never the English sentence that travels beside them.
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { waitForScreen } from "../helpers/browser";
import { gameAndBrowser } from "./helpers";

const suite = gameAndBrowser();
const pageErrors: string[] = [];

async function openGerman(): Promise<Page> {
  const context = await suite.browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${suite.server.url}/?lang=de`);
  await waitForScreen(page, "title");
  return page;
}

it("a German page shows the server's refusals in German: a taken name at the join, a start with too few powers in the lobby", async () => {
  const host = await openGerman();
  await host.locator("#create-name").fill("Hana");
  await host.locator("#create-button").click();
  await waitForScreen(host, "lobby");
  const code = (await host.locator("#join-code-display").textContent()) ?? "";

  const guest = await openGerman();
  await guest.locator("#join-code").fill(code);
  await guest.locator("#join-name").fill("HANA");
  await guest.locator("#join-button").click();
  await expect.poll(() => guest.locator("#title-error").textContent()).toBe("In dieser Partie heißt schon jemand HANA: Bitte wähle einen anderen Namen.");

  await host.locator('[data-power="russia"]').click();
  await expect.poll(() => host.locator('[data-power="russia"]').isDisabled()).toBe(true);
  await host.locator("#start-button").click();
  await expect.poll(() => host.locator("#host-error").textContent()).toBe("Mindestens 2 Mächte müssen von Personen gespielt werden, bevor die Partie beginnen kann.");
  await host.context().close();
  await guest.context().close();
  expect(pageErrors).toEqual([]);
});
