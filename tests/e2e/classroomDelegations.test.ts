/**
 * A class of delegations in real Chromium: the teacher chooses "Delegations" when creating the
 * class; Anna and Bogdan, in two browsers, end up in Russia's delegation (with four classmates
 * joining from scripts between them). Each sees the other's change of Russia's orders with who
 * made it, and reads the other's line in the delegation's own channel; the dashboard lists the
 * delegation's members. The screens are checked for sideways overflow at 390 and 1024 px.
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeSerious, screenshot, waitForPhase, waitForScreen } from "../helpers/browser";
import { ClassClient, leaveClass } from "../helpers/classroom";
import { gameAndBrowser, giveStatement, openGame } from "./helpers";

const suite = gameAndBrowser();
const pageErrors: string[] = [];

async function joinInBrowser(joinAddress: string, name: string): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(`${error.message}\n${error.stack ?? ""}`));
  await page.goto(joinAddress);
  await waitForScreen(page, "classJoin");
  await page.getByLabel("Your name").fill(name);
  await page.locator("#class-join-button").click();
  await waitForScreen(page, "classLobby");
  return page;
}

/** No sideways scroll on this page at a phone's width and a small laptop's. */
async function noOverflowAt390And1024(page: Page, what: string): Promise<void> {
  for (const width of [390, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    // On failure, name the widest elements: what to fix.
    const wide = overflow > 0 ? await page.evaluate(() => [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 8).map((e) => `${e.tagName.toLowerCase()}.${e.className}`)) : [];
    expect(overflow, `horizontal overflow of ${what} at ${width} px (${wide.join(", ")})`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

it("two students of one delegation each see the other's change of their power's orders, who made it, and the delegation's channel", async () => {
  const teacher = await openGame(suite.browser, suite.server.url, pageErrors);
  await teacher.locator("#run-class").click();
  await waitForScreen(teacher, "classCreate");
  await teacher.getByLabel("Class name").fill("Model UN 10A");
  await teacher.getByLabel("Grouping").selectOption("delegations");
  await noOverflowAt390And1024(teacher, "the class creation form");
  await teacher.locator("#class-create-button").click();
  await waitForScreen(teacher, "dashboard");
  const code = (await teacher.locator("#class-code-display").textContent()) ?? "";
  const joinAddress = (await teacher.locator("#class-join-address").textContent()) ?? "";

  // Powers are dealt in turn: the first and the sixth student make Russia's delegation.
  const anna = await joinInBrowser(joinAddress, "Anna");
  const others: ClassClient[] = [];
  for (const name of ["Chen", "Dara", "Emil", "Fay"]) others.push(await ClassClient.join(suite.server.url, code, { name }));
  const bogdan = await joinInBrowser(joinAddress, "Bogdan");
  await expect.poll(() => teacher.locator('#class-worlds [data-power="russia"]').textContent()).toBe("Russia: Anna, Bogdan");
  await noOverflowAt390And1024(teacher, "the dashboard before the start");
  await screenshot(teacher, "class-delegations-lobby");

  await teacher.locator("#start-all").click();
  for (const page of [anna, bogdan]) await waitForScreen(page, "match", 30_000);
  expect(await Promise.all([anna, bogdan].map((p) => p.evaluate(() => window.__DETENTE__.power)))).toEqual(["russia", "russia"]);
  await expect.poll(() => anna.locator(".match-me .who").textContent()).toBe("Russia (Anna, with Bogdan)");
  await expect.poll(() => teacher.locator('.delegation-row[data-power="russia"] .delegation-members').textContent()).toContain("Bogdan · online");

  // The teacher moves every room on to the orders phase.
  await teacher.locator("#end-phase-all").click();
  await waitForPhase(anna, "negotiation", 1);
  await teacher.locator("#end-phase-all").click();
  await waitForPhase(anna, "orders", 1);
  await waitForPhase(bogdan, "orders", 1);

  await giveStatement(anna, "Russia holds the line.");
  await bogdan.locator("#tab-orders").click();
  await expect.poll(() => bogdan.locator("#order-list").textContent()).toContain("Russia holds the line.");
  await expect.poll(() => bogdan.locator("#orders-changed-by").textContent()).toMatch(/^Orders: last changed by Anna, \d\d:\d\d$/);

  await giveStatement(bogdan, "Russia seeks talks.");
  await expect.poll(() => anna.locator("#order-list").textContent()).toContain("Russia seeks talks.");
  await expect.poll(() => anna.locator("#orders-changed-by").textContent()).toMatch(/^Orders: last changed by Bogdan, \d\d:\d\d$/);
  expect(await axeSerious(anna), "axe: a delegation's orders").toEqual([]);
  await screenshot(anna, "class-delegation-orders");
  await noOverflowAt390And1024(anna, "a delegation member's match");

  // The delegation's own channel.
  await anna.locator("#tab-chat").click();
  await anna.locator('[data-channel="delegation:russia"]').click();
  await anna.locator("#chat-input").fill("Shall we offer talks to Ukraine?");
  await anna.locator("#chat-send").click();
  await bogdan.locator("#tab-chat").click();
  await bogdan.locator('[data-channel="delegation:russia"]').click();
  await expect.poll(() => bogdan.locator("#chat-log").textContent()).toContain("Shall we offer talks to Ukraine?");
  expect(await bogdan.locator('[data-channel="delegation:russia"]').textContent()).toContain("My delegation");
  await screenshot(bogdan, "class-delegation-chat");

  await noOverflowAt390And1024(teacher, "the dashboard with a world of delegations");
  expect(await axeSerious(teacher), "axe: the dashboard with delegations").toEqual([]);
  await screenshot(teacher, "class-delegations-dashboard");
  expect(pageErrors).toEqual([]);
  await leaveClass(...others.map((o) => o.connection));
  for (const page of [anna, bogdan, teacher]) await page.context().close().catch(() => undefined);
});
