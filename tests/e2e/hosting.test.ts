/**
 * Hosting a match in a room, from a projector-sized page: the lobby shows the join address with
 * a QR code beside the code, the connection's state is always on screen, the map's key explains
 * its icons without a hover, the host exports the match from buttons (only when the rules allow
 * it), and the debrief prints on A4 and Letter within the page's width, without its buttons.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { screenshot, waitForPhase, waitForScreen } from "../helpers/browser";
import { createMatch, gameAndBrowser, joinMatch, openGame, pickPower } from "./helpers";

const suite = gameAndBrowser();
const pageErrors: string[] = [];
const PROJECTOR = { width: 1920, height: 1080 };

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(button).click()]);
  return readFileSync((await file.path())!, "utf8");
}

/** Printed at a paper's width between its margins (1.5 cm each side), nothing is wider than the page. */
async function printsWithin(page: Page, paper: string, widthPx: number): Promise<void> {
  await page.setViewportSize({ width: widthPx, height: 1000 });
  await page.emulateMedia({ media: "print" });
  const wide = await page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page ${document.documentElement.scrollWidth}px`);
    // A table cut off inside a scrolling box is lost on paper just as one off the page.
    for (const box of document.querySelectorAll<HTMLElement>(".table-scroll")) if (box.scrollWidth > box.clientWidth + 1) out.push(`${box.getAttribute("aria-label")} ${box.scrollWidth}px in ${box.clientWidth}px`);
    return out;
  });
  expect(wide, `${paper}: wider than the page`).toEqual([]);
  for (const chrome of ["#leave-button", "#export-panel", "#language-select", "#connection-status"]) {
    expect(await page.locator(chrome).isVisible(), `${paper}: ${chrome} is printed`).toBe(false);
  }
  await page.emulateMedia({ media: "screen" });
}

it("the lobby shows the join address and a QR code, the host exports and prints the match once the rules allow", async () => {
  const host = await openGame(suite.browser, suite.server.url, pageErrors, PROJECTOR);
  // The map (software-rendered here, so slow) is hidden on every page but the phone's.
  await host.evaluate(() => localStorage.setItem("detente:mapHidden", "1"));
  const code = await createMatch(host, "Hana", "lesson");
  // The join address and its QR code, beside the code, large enough to scan from a projector.
  await expect.poll(() => host.locator("#join-address").textContent()).toBe(`${suite.server.url}/m/${code}`);
  const qr = host.locator("#join-qr svg");
  await qr.waitFor();
  expect(await qr.getAttribute("aria-label")).toContain(`${suite.server.url}/m/${code}`);
  expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(200);
  const [codeBox, qrBox] = [await host.locator("#join-code-display").boundingBox(), await qr.boundingBox()];
  expect(qrBox!.y, "the QR code sits beside the code, not below the fold").toBeLessThan(codeBox!.y + codeBox!.height);
  // Served on loopback (as in this test), the lobby says that others cannot use the address.
  expect(await host.locator("#join-loopback").isVisible()).toBe(true);
  await screenshot(host, "hosting-lobby-projector", false);
  await expect.poll(() => host.locator("#connection-status").textContent()).toBe("Online");

  const guest = await openGame(suite.browser, suite.server.url, pageErrors);
  await joinMatch(guest, code, "Ivo");
  await host.locator("#facilitate-button").click();
  await pickPower(guest, "ukraine");
  // Two powers must be played by people: a second guest, on a small laptop.
  const second = await openGame(suite.browser, suite.server.url, pageErrors, { width: 1024, height: 768 });
  await second.evaluate(() => localStorage.setItem("detente:mapHidden", "1"));
  await joinMatch(second, code, "Noor");
  await pickPower(second, "russia");
  await host.locator("#start-button").click();
  await waitForScreen(host, "match");
  await waitForScreen(guest, "match");

  // The map's key is in words, open without a hover.
  await guest.setViewportSize({ width: 390, height: 844 });
  expect(await guest.locator("#map-key").getAttribute("open")).not.toBeNull();
  expect(await guest.locator("#map-key").textContent()).toContain("sanctions or tariffs");
  expect(await guest.locator("#connection-status").textContent()).toBe("Online");
  await guest.locator("#map-toggle").click();

  // A facilitating host may export while the match runs; a player never sees the button.
  const record = JSON.parse(await download(host, "#export-json")) as { code: string; log: unknown[] };
  expect(record.code).toBe(code);
  expect(record.log.length).toBeGreaterThan(0);
  expect(await guest.locator("#export-json").count()).toBe(0);

  const lastTurn = await host.evaluate(() => Number(/of (\d+)/.exec(document.querySelector("#turn-heading")?.textContent ?? "")?.[1]));
  for (let turn = 1; turn <= lastTurn; turn++) {
    for (const phase of ["negotiation", "orders", "resolution", turn < lastTurn ? "briefing" : "ended"]) {
      await host.locator("#end-phase-button").click();
      if (phase === "ended") await waitForScreen(host, "debrief");
      else await waitForPhase(host, phase, phase === "briefing" ? turn + 1 : turn);
    }
  }
  await waitForScreen(guest, "debrief");
  await expect.poll(() => host.locator("#scores tbody tr").count()).toBe(5);

  const summary = await download(host, "#export-html");
  expect(summary).toMatch(new RegExp(`<h1>[^<]*${code}[^<]*summary</h1>`));
  expect(summary).toContain('id="scores"');
  expect(summary).not.toContain("<script");
  expect(await guest.locator("#export-html").count()).toBe(0);

  await printsWithin(host, "A4", 680);
  await printsWithin(host, "Letter", 703);
  const pdf = await host.pdf({ format: "A4", printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pageErrors).toEqual([]);
});
