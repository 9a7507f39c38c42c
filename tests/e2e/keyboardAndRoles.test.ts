/**
 * The boot screen; a keyboard-only pass through the title, the lobby and one order (added,
 * edited, removed); a reload in the lobby; the layout at three screen sizes; and a facilitator
 * who pauses, extends and injects an event while a spectator watches.
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeSerious, screenshot, tabTo, waitForPhase, waitForScreen } from "../helpers/browser";
import { createWithPassword, gameAndBrowser, joinMatch, networkValve, noHorizontalScroll, openGame, pickPower } from "./helpers";

const suite = gameAndBrowser();
const pageErrors: string[] = [];

it("shows a progress bar while the game loads", async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route("**/assets/index-*.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(suite.server.url, { waitUntil: "commit" });
  await page.locator("#boot-bar").waitFor();
  await expect.poll(() => page.locator("#boot-bar").getAttribute("role")).toBe("progressbar");
  // Before the code (and so the page's language) has loaded, the page says nothing in any one language: the name only.
  expect((await page.locator("#boot").innerText()).trim()).toBe("Détente");
  await screenshot(page, "boot");
  release();
  await waitForScreen(page, "title");
  await context.close();
});

it("a match with a password asks for it and says when it is wrong; a refused start is explained beside Start", async () => {
  const host = await openGame(suite.browser, suite.server.url, pageErrors);
  const code = await createWithPassword(host);
  const guest = await openGame(suite.browser, suite.server.url, pageErrors);
  expect(await axeSerious(guest), "axe: title").toEqual([]);
  expect(await guest.locator("#join-password").isVisible()).toBe(false);
  await guest.locator("#join-code").fill(code);
  await guest.locator("#join-name").fill("Gil");
  await guest.locator("#join-button").click();
  await expect.poll(() => guest.locator("#title-error").textContent()).toBe(`Match ${code} needs a password.`);
  await expect.poll(() => guest.evaluate(() => document.activeElement?.id)).toBe("join-password");
  await guest.locator("#join-password").fill("peace");
  await guest.locator("#join-button").click();
  await waitForScreen(guest, "lobby");
  await expect.poll(() => host.locator("#people").textContent()).toContain("Gil");
  // The server's refusal to start shows beside the Start button.
  await host.locator("#start-button").click();
  await expect.poll(() => host.locator("#host-error").textContent()).toContain("At least 2 powers must be played by people");
  await host.context().close();
  await guest.context().close();
});

it("a keyboard-only player creates a match, picks a power, starts, and adds, edits and removes an order", async () => {
  const kim = await openGame(suite.browser, suite.server.url, pageErrors);
  await tabTo(kim, "#create-name");
  await kim.keyboard.type("Kim");
  await tabTo(kim, "#create-button");
  await kim.keyboard.press("Enter");
  await waitForScreen(kim, "lobby");
  const code = (await kim.locator("#join-code-display").textContent()) ?? "";

  await tabTo(kim, '[data-power="ukraine"]');
  await kim.keyboard.press("Enter");
  await expect.poll(() => kim.locator(".power-card.mine").getAttribute("class")).toContain("power-ukraine");
  // A reload in the lobby comes back to the same seat.
  await kim.reload();
  await waitForScreen(kim, "lobby");
  await expect.poll(() => kim.locator(".power-card.mine").getAttribute("class")).toContain("power-ukraine");

  const valve = networkValve();
  const lev = await openGame(suite.browser, suite.server.url, pageErrors, undefined, (page) => valve.install(page));
  await joinMatch(lev, code, "Lev");
  await pickPower(lev, "russia");
  await noHorizontalScroll(kim);

  await tabTo(kim, "#start-button");
  await kim.keyboard.press("Enter");
  await waitForScreen(kim, "match");
  await waitForPhase(kim, "briefing", 1);
  await tabTo(kim, "#end-phase-button");
  await kim.keyboard.press("Enter");
  await waitForPhase(kim, "negotiation", 1);

  await tabTo(kim, "#order-text");
  await kim.keyboard.type("Thirty days of full ceasefire, now.");
  await kim.keyboard.press("Enter");
  await expect.poll(() => kim.locator("#order-list").textContent()).toContain("A conciliatory statement on the war to the world: \u201CThirty days of full ceasefire, now.\u201D");
  await expect.poll(() => kim.locator("#budget").textContent()).toContain("2 left");

  await tabTo(kim, '[data-key="edit-0"]');
  await kim.keyboard.press("Enter");
  await tabTo(kim, "#order-tone");
  await kim.keyboard.press("End");
  await tabTo(kim, "#order-submit");
  await kim.keyboard.press("Enter");
  await expect.poll(() => kim.locator("#order-list").textContent()).toContain("A threatening statement on the war");
  await noHorizontalScroll(kim);
  await kim.setViewportSize({ width: 1280, height: 720 });
  await screenshot(kim, "match-keyboard", false);
  expect(await axeSerious(kim), "axe: match, orders").toEqual([]);

  await tabTo(kim, '[data-key="remove-0"]');
  await kim.keyboard.press("Enter");
  await expect.poll(() => kim.locator("#order-list").textContent()).toContain("No orders yet");

  // Lev's order is held up on a slow network until the turn is resolving: the server's refusal shows beside it.
  await lev.locator("#order-text").fill("Moscow will talk.");
  await valve.hold();
  await lev.locator("#order-submit").click();
  await kim.locator("#end-phase-button").click();
  await waitForPhase(kim, "orders", 1);
  await kim.locator("#end-phase-button").click();
  await waitForPhase(lev, "resolution", 1);
  await valve.release();
  await expect.poll(() => lev.locator("#order-list .refused").textContent()).toContain("Moscow will talk.");
  await expect.poll(() => lev.locator("#order-list .refused .error").textContent()).toContain("Refused: Orders can be given only during negotiation and orders.");
  await screenshot(lev, "match-refusal", false);
  expect(pageErrors).toEqual([]);
  await kim.context().close();
  await lev.context().close();
});

it("a facilitating host moves people, pauses, extends, adds an event, removes a spectator and hands the host role on", async () => {
  const fay = await openGame(suite.browser, suite.server.url, pageErrors);
  await fay.locator("#create-name").fill("Ms Fay");
  await fay.locator("#create-button").click();
  await waitForScreen(fay, "lobby");
  const code = (await fay.locator("#join-code-display").textContent()) ?? "";
  await fay.locator("#facilitate-button").click();
  await expect.poll(() => fay.locator("#people").textContent()).toContain("Ms Fay facilitator");

  const [ana, bo, sam] = await Promise.all(["Ana", "Bo", "Sam"].map(async (name) => {
    const page = await openGame(suite.browser, suite.server.url, pageErrors);
    await joinMatch(page, code, name);
    return page;
  })) as [Page, Page, Page];
  await pickPower(ana, "china");
  await pickPower(bo, "usa");
  await fay.locator('[data-bot="russia"]').click();
  await expect.poll(() => sam.locator("#power-cards").textContent()).toContain("Played by a bot");
  // The host moves a spectator onto a power and back.
  const samId = await fay.evaluate(() => [...document.querySelectorAll<HTMLSelectElement>("[id^=move-]")].find((s) => s.getAttribute("aria-label") === "Move Sam to")?.id.slice(5) ?? "");
  await fay.locator(`#move-${samId}`).selectOption("eu");
  await fay.locator(`[data-key="move-btn-${samId}"]`).click();
  await expect.poll(() => sam.locator(".power-card.mine").getAttribute("class")).toContain("power-eu");
  await fay.locator(`#move-${samId}`).selectOption("");
  await fay.locator(`[data-key="move-btn-${samId}"]`).click();
  await expect.poll(() => sam.locator(".power-card.mine").count()).toBe(0);
  await fay.locator("#start-button").click();
  await Promise.all([fay, ana, bo, sam].map((p) => waitForScreen(p, "match")));

  await expect.poll(() => fay.locator("#goals .secret").count()).toBe(5);
  await fay.locator("#pause-button").click();
  await expect.poll(() => ana.locator("#clock-text").textContent()).toMatch(/^Paused, /);
  await fay.locator("#resume-button").click();
  await expect.poll(() => ana.locator("#clock-text").textContent()).not.toMatch(/^Paused/);
  const before = await fay.evaluate(() => Number(document.querySelector("#countdown")?.getAttribute("aria-valuenow")));
  await fay.locator("#extend-button").click();
  await expect.poll(async () => ((await bo.locator("#clock-text").textContent()) ?? "").split(":")[0]).toBe("1");
  expect(before).toBeGreaterThan(0);

  await fay.locator("#tab-events").click();
  await fay.locator("#event-title").fill("A grain convoy is stopped in the Black Sea");
  await fay.locator("#event-text").fill("Insurers suspend cover; prices rise in Cairo.");
  await fay.locator("#event-submit").click();
  await expect.poll(() => ana.locator("#news").textContent()).toContain("A grain convoy is stopped in the Black Sea");
  await screenshot(fay, "match-facilitator", false);
  expect(await axeSerious(fay), "axe: facilitator's match").toEqual([]);

  await sam.locator("#tab-chat").click();
  expect(await sam.locator("#chat-input").isVisible()).toBe(false);
  await expect.poll(() => sam.locator("#chat-error").textContent()).toContain("Spectators read the public channel");
  expect(await sam.locator("#tab-orders").isVisible()).toBe(false);
  expect(await axeSerious(sam), "axe: spectator's match").toEqual([]);

  // The facilitator removes the spectator, then hands the host role to a player.
  await fay.locator("#people-panel summary").click();
  await fay.locator(`[data-key="remove-${samId}"]`).click();
  await waitForScreen(sam, "title");
  await expect.poll(() => sam.locator("#title-error").textContent()).toContain("removed you");
  // The host sees whom they removed and can let them back in.
  await fay.locator(`[data-key="readmit-${samId}"]`).click();
  await expect.poll(() => fay.locator(`[data-key="readmit-${samId}"]`).count()).toBe(0);
  expect(await ana.locator("#end-phase-button").count()).toBe(0);
  const anaId = await fay.evaluate(() => [...document.querySelectorAll<HTMLSelectElement>("[id^=move-]")].find((s) => s.getAttribute("aria-label") === "Move Ana to")?.id.slice(5) ?? "");
  await fay.locator(`[data-key="host-${anaId}"]`).click();
  await expect.poll(() => ana.locator("#end-phase-button").count()).toBe(1);
  expect(pageErrors).toEqual([]);
});
