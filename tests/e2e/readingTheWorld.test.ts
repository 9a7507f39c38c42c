/**
 * Reading the world with the map hidden, and the words of the match screen: the relations and
 * trust table, the turn digest, the offers, chat groups, text limits and the debrief's record.
 * Two people play Russia and Ukraine (bots the rest); the host ends phases to move on.
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeSerious, screenshot, waitForPhase } from "../helpers/browser";
import { gameAndBrowser, startSlowTwoPlayerMatch } from "./helpers";

const suite = gameAndBrowser();
const pageErrors: string[] = [];

interface Table {
  host: Page;
  guest: Page;
}
let table: Table | null = null;

/** The match all the tests read: started once, the map hidden on both pages (software WebGL is slow). */
async function match(): Promise<Table> {
  if (table) return table;
  const { host, guest } = await startSlowTwoPlayerMatch(suite.browser, suite.server.url, pageErrors);
  for (const page of [host, guest]) {
    await page.locator("#map-toggle").click();
    await expect.poll(() => page.locator("#map-toggle").getAttribute("aria-pressed")).toBe("true");
  }
  table = { host, guest };
  return table;
}

/** The host ends phases until both pages show `phase` of `turn`. */
async function reach({ host, guest }: Table, phase: string, turn: number): Promise<void> {
  for (let i = 0; i < 12; i++) {
    const at = await host.evaluate(() => [window.__DETENTE__.phase, window.__DETENTE__.turn] as const);
    if (at[0] === phase && at[1] === turn) break;
    await host.locator("#end-phase-button").click();
    await host.waitForFunction((b) => `${window.__DETENTE__.phase}:${window.__DETENTE__.turn}` !== b, `${at[0]}:${at[1]}`, { timeout: 15_000 });
  }
  await waitForPhase(host, phase, turn);
  await waitForPhase(guest, phase, turn);
}

it("shows relations and trust with their trends in a table that reads without the map", async () => {
  const t = await match();
  await reach(t, "negotiation", 2);
  const { guest } = t;
  const mine = guest.locator("#relations-mine");
  await expect.poll(() => mine.locator("caption").textContent()).toBe("Ukraine and the other powers (change since turn 1 began)");
  expect(await mine.locator("thead th[scope=col]").allTextContents()).toEqual(["Power", "Relations", "Your trust in them", "Their trust in you"]);
  expect(await mine.locator("tbody th[scope=row]").allTextContents()).toEqual(["Russia", "China", "United States", "European Union"]);
  // Every change that moved has its arrow and its words; a screen reader hears the words, not the arrow.
  const changed = mine.locator('td:not([data-change="0"])');
  // The phase can show before the view patch that moves the table: wait for the table.
  await expect.poll(() => changed.count()).toBeGreaterThan(0);
  const first = changed.first();
  expect(await first.locator(".trend-words").textContent()).toMatch(/^(up|down) \d+$/);
  expect(await first.locator("[aria-hidden=true]").textContent()).toMatch(/^[\u25B2\u25BC] $/);
  // The other pairs fold away for a power and open by keyboard.
  await guest.locator(".relations-others summary").focus();
  await guest.keyboard.press("Enter");
  await expect.poll(() => guest.locator("#relations-others tbody tr").count()).toBe(6);
  expect(await axeSerious(guest), "axe: relations").toEqual([]);
  await screenshot(guest, "relations-table");
  expect(pageErrors).toEqual([]);
});

it("leads the news with a turn's three to five headlines, folds the rest, rounds the numbers and shows no internal id", async () => {
  const t = await match();
  await reach(t, "negotiation", 2);
  const { guest } = t;
  // The turn before folds whole; opened, it leads with its headlines and folds the rest again.
  const earlier = guest.locator('#news details.news-earlier[data-turn="1"]');
  expect(await earlier.getAttribute("open")).toBeNull();
  await earlier.locator(":scope > summary").click();
  const headlines = earlier.locator(".digest-headlines > li");
  const count = await headlines.count();
  expect(count).toBeGreaterThanOrEqual(3);
  expect(count).toBeLessThanOrEqual(5);
  const more = earlier.locator("details.news-more");
  expect(await more.locator("summary").textContent()).toMatch(/^\d+ more news items from turn 1$/);
  expect(await more.locator("li").count()).toBeGreaterThan(5);
  const effects = (await guest.locator("#news .effects").allTextContents()).join("\n");
  expect(effects).not.toMatch(/\d[.,]\d/);
  const page = (await guest.locator("body").textContent()) ?? "";
  expect(page).not.toMatch(/\b(cf|c|o|ev)\d+\b/);
  expect(await axeSerious(guest), "axe: news").toEqual([]);
  expect(pageErrors).toEqual([]);
});

it("puts an incoming offer above the form, heads a counter-offer with whom it goes to, and sends a deal of four items both ways", async () => {
  const t = await match();
  await reach(t, "negotiation", 2);
  const { host, guest } = t;
  await host.locator("#tab-offers").click();
  await host.locator("#offer-kind").selectOption("deal");
  await host.locator("#offer-to-ukraine").check();
  for (let n = 2; n <= 4; n++) await host.locator("#deal-add-item").click();
  await expect.poll(() => host.locator(".deal-item").count()).toBe(4);
  expect(await host.locator("#deal-add-item").count()).toBe(0);
  await host.locator("#offer-item").selectOption("economicAid");
  await host.locator("#offer-item2").selectOption("tradeAccess");
  await host.locator("#offer-item3").selectOption("humanitarianAid");
  await host.locator("#offer-from4").selectOption("ukraine");
  await host.locator("#offer-to4").selectOption("russia");
  await host.locator("#offer-item4").selectOption("easeSanctions");
  await host.locator("#offer-sector4").selectOption("finance");
  expect(await host.locator("#offer-check").count(), await host.evaluate(() => JSON.stringify([...document.querySelectorAll("#offer-form select")].map((s) => [s.id, (s as HTMLSelectElement).value])))).toBe(0);
  await host.locator("#offer-submit").click();

  await guest.locator("#tab-offers").click();
  const incoming = guest.locator("#offer-list > li").first();
  await expect.poll(() => incoming.locator(".offer-terms").textContent()).toBe(
    "A deal: Russia gives Ukraine economic aid; Ukraine gives Russia trade access; Russia gives Ukraine humanitarian aid; Ukraine gives Russia eased sanctions (finance)",
  );
  // The inbox comes before the form in the page, so a reader reaches the offer to answer first.
  expect(await guest.evaluate(() => Boolean(document.querySelector("#offer-list")!.compareDocumentPosition(document.querySelector("#offer-form")!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
  await incoming.locator('[data-choice="counter"]').click();
  await expect.poll(() => guest.locator("#offer-form-heading").textContent()).toBe("Counter-offer to Russia");
  await expect.poll(() => guest.locator(".deal-item").count()).toBe(4);
  await guest.locator('[data-key="offer-cancel"]').click();
  await incoming.locator('[data-choice="accept"]').click();
  await expect.poll(() => host.locator("#offer-list").textContent()).toContain("Status: Accepted");
  expect(pageErrors).toEqual([]);
});

it("opening a group switches the composer to it and closes the form, so the next message goes to the group", async () => {
  const t = await match();
  const { host, guest } = t;
  await host.locator("#tab-chat").click();
  await host.locator('[data-channel="pair:russia|ukraine"]').click();
  await expect.poll(() => host.locator("label[for=chat-input]").textContent()).toBe("Message to Ukraine");
  await host.locator(".new-group summary").click();
  await host.locator("#group-name").fill("Grain talks");
  await host.locator('input[name=group-power][value="ukraine"]').check();
  await host.locator('input[name=group-power][value="eu"]').check();
  await host.locator("#group-create").click();
  await expect.poll(() => host.locator("label[for=chat-input]").textContent()).toBe("Message to Grain talks");
  expect(await host.locator(".new-group").getAttribute("open")).toBeNull();
  expect(await host.locator('[data-channel^="group:"]').getAttribute("aria-pressed")).toBe("true");
  await host.locator("#chat-input").fill("Corridors first.");
  await host.locator("#chat-send").click();
  await guest.locator("#tab-chat").click();
  await guest.locator('[data-channel^="group:"]').click();
  await expect.poll(() => guest.locator("#chat-log").textContent()).toContain("Corridors first.");
  await guest.locator('[data-channel="pair:russia|ukraine"]').click();
  expect(await guest.locator("#chat-log").textContent()).not.toContain("Corridors first.");
  expect(pageErrors).toEqual([]);
});

it("a statement is written in a multi-line box that counts its characters, and one too long is refused with the limit, not cut", async () => {
  const t = await match();
  await reach(t, "negotiation", 2);
  const { guest } = t;
  await guest.locator("#tab-orders").click();
  await guest.locator("#order-type").selectOption("statement");
  const box = guest.locator("textarea#order-text");
  await box.fill("Grain must move.\nPorts stay open.");
  expect(await guest.locator("#order-text-count").textContent()).toBe("33 of 280 characters");
  const long = "x".repeat(300);
  await box.fill(long);
  expect(await guest.locator("#order-text-count").textContent()).toBe("300 of 280 characters: 20 too many");
  expect(await box.inputValue()).toBe(long);
  // The rules refuse it, with the limit stated.
  await guest.locator("#order-submit").click();
  await expect.poll(() => guest.locator("#panel-orders").textContent()).toContain("A statement has at most 280 characters; this one has 300.");
  // The refused words stay in the box to be shortened, even when the form is drawn again.
  expect(await box.inputValue()).toBe(long);
  await guest.locator("#order-tone").selectOption("firm");
  expect(await guest.locator("textarea#order-text").inputValue()).toBe(long);
  // Words the server accepts leave the box empty for the next statement.
  await guest.locator("textarea#order-text").fill("Ports stay open.");
  await guest.locator("#order-submit").click();
  await expect.poll(() => guest.locator("#order-list").textContent()).toContain("Ports stay open.");
  // (Taken off again, so the form offers a statement whatever points the earlier tests spent.)
  await guest.locator('[data-key="remove-0"]').click();
  await expect.poll(() => guest.locator("#order-list").textContent()).not.toContain("Ports stay open.");
  await guest.locator("#order-type").selectOption("statement");
  expect(await guest.locator("textarea#order-text").inputValue()).toBe("");
  expect(pageErrors).toEqual([]);
});
