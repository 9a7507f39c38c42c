/**
 * The language: taken from the browser's languages, forced by ?lang=, switched in the header of
 * the screen and remembered across visits; a switch in a match comes back to the same seat.
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeSerious, waitForScreen } from "../helpers/browser";
import { gameAndBrowser } from "./helpers";

const suite = gameAndBrowser();
const pageErrors: string[] = [];

async function open(locale: string, address = "/"): Promise<Page> {
  const context = await suite.browser.newContext({ locale, viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${suite.server.url}${address}`);
  await waitForScreen(page, "title");
  return page;
}

const heading = (page: Page) => page.locator("#create-heading").textContent();

it("the title follows the browser's language, and ?lang= forces another", async () => {
  const page = await open("uk-UA");
  expect(await heading(page)).toBe("Створити партію");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("uk");
  await page.goto(`${suite.server.url}/?lang=de`);
  await waitForScreen(page, "title");
  expect(await heading(page)).toBe("Eine Partie erstellen");
  expect(await page.locator("#language-select").inputValue()).toBe("de");
  await page.context().close();
});

it("the header's switch changes the screen's language and the choice is remembered on the next visit", async () => {
  const page = await open("en-US");
  expect(await heading(page)).toBe("Create a match");
  await page.getByRole("combobox", { name: "Language" }).selectOption("fr");
  await expect.poll(() => heading(page)).toBe("Créer une partie");
  expect(await page.evaluate(() => document.title)).toBe("Détente");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
  await page.goto(suite.server.url);
  await waitForScreen(page, "title");
  expect(await heading(page)).toBe("Créer une partie");
  expect(await page.locator("#language-select").inputValue()).toBe("fr");
  expect(await axeSerious(page), "axe: title in French").toEqual([]);
  await page.context().close();
  expect(pageErrors).toEqual([]);
});

it("a switch in the lobby of a match comes back to the same seat in the new language", async () => {
  const page = await open("en-US", "/?lang=de");
  await page.locator("#create-name").fill("Hana");
  await page.locator("#create-button").click();
  await waitForScreen(page, "lobby");
  const code = (await page.locator("#join-code-display").textContent()) ?? "";
  expect(await page.locator("#powers-heading").textContent()).toBe("Wähle eine Macht");
  expect(await page.evaluate(() => document.title)).toBe(`Détente – Lobby ${code}`);
  await page.getByRole("combobox", { name: "Sprache" }).selectOption("fr");
  await expect.poll(() => page.locator("#powers-heading").textContent(), { timeout: 15_000 }).toBe("Choisissez une puissance");
  await waitForScreen(page, "lobby");
  expect(await page.locator("#join-code-display").textContent()).toBe(code);
  expect(await page.locator(".person.me .person-name").textContent()).toBe("Hana");
  expect(await page.evaluate(() => document.title)).toBe(`Détente — Salon ${code}`);
  await page.context().close();
  expect(pageErrors).toEqual([]);
});
