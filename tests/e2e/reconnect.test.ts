/**
 * A real outage seen from real browsers: the server process is killed mid-match, the pages say
 * "Reconnecting…" and keep trying well past the point where they used to give up, one of them
 * is reloaded while the server is still down, and once the server is started again on the same
 * data folder and port both come back by themselves to the same match screen and seat.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchChromium, screenshot } from "../helpers/browser";
import { killServerProcesses, startServerProcess, type ServerProcess } from "../helpers/serverProcess";
import { startSlowTwoPlayerMatch } from "./helpers";

let server: ServerProcess;
let browser: Browser;
let dataDir: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "detente-e2e-outage-"));
  server = await startServerProcess({ dataDir, clientDir: "dist" });
  // A page fulfilled by the test (see quickRetries) has no address of its own, and Chromium's
  // local network access checks would then block its socket to 127.0.0.1.
  browser = await launchChromium(["--disable-features=LocalNetworkAccessChecks"]);
});
afterAll(async () => {
  await browser?.close();
  killServerProcesses();
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * Retries every 50 ms doubling to 200 ms, so the test passes the old give-up point (20 tries) in
 * seconds. The page itself comes from the built files, as from the browser's cache or a static
 * host in front of the game server: with the server down, a reload still loads the app, and only
 * the game's own requests (matchmaking, sockets) meet the outage.
 */
async function quickRetries(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __DETENTE_RETRY__: unknown }).__DETENTE_RETRY__ = { firstDelayMs: 50, maxDelayMs: 200 };
  });
  await page.route(`${server.url}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname.startsWith("/matchmake") || pathname.startsWith("/api")) return route.continue();
    const file = path.join("dist", pathname);
    await route.fulfill({ path: pathname !== "/" && existsSync(file) && statSync(file).isFile() ? file : path.join("dist", "index.html") });
  });
}

const attempts = (page: Page) => page.evaluate(() => window.__DETENTE__.attempts);

async function seesBanner(page: Page): Promise<void> {
  const banner = page.locator("#connection-banner");
  await banner.waitFor({ state: "visible", timeout: 15_000 });
  expect(await banner.getAttribute("role")).toBe("status");
  expect(await banner.textContent()).toMatch(/^Reconnecting…/);
}

it("through a server outage and a reload while it is down, the pages say Reconnecting…, keep trying, and come back to the same match", async () => {
  const { host, guest, code } = await startSlowTwoPlayerMatch(browser, server.url, pageErrors, quickRetries);

  await server.stop("SIGKILL");
  await seesBanner(host);
  await expect.poll(() => host.locator("#clock-text").textContent()).toBe("Paused while reconnecting");
  // The corner chip says so too, and the people list no longer claims anyone is online.
  await expect.poll(() => host.locator("#connection-status").textContent()).toBe("Reconnecting… countdown paused");
  await expect.poll(() => host.locator("#people-panel summary").textContent()).toBe("People: 2 (who is online is not known while reconnecting)");
  await screenshot(host, "reconnecting");
  // The old client gave up after 20 tries: this one goes on.
  await host.waitForFunction(() => window.__DETENTE__.attempts > 25, null, { timeout: 30_000 });
  expect(await host.evaluate(() => window.__DETENTE__.screen)).toBe("match");

  // A reload while the server is down keeps the seat and the match, and keeps trying.
  await guest.reload();
  await seesBanner(guest);
  await guest.waitForFunction(() => window.__DETENTE__.attempts > 25, null, { timeout: 30_000 });
  expect(await guest.evaluate((c) => [localStorage.getItem("detente:lastCode"), localStorage.getItem(`detente:seat:${c}`) !== null], code)).toEqual([code, true]);
  expect(await attempts(host)).toBeGreaterThan(25);

  await server.restart();
  for (const [page, power] of [[host, "russia"], [guest, "ukraine"]] as const) {
    await page.waitForFunction(() => window.__DETENTE__.connection === "connected" && window.__DETENTE__.screen === "match", null, { timeout: 30_000 });
    // The seat (and so the power) follows the connection by a message: wait for it.
    await expect.poll(() => page.evaluate(() => [window.__DETENTE__.code, window.__DETENTE__.power])).toEqual([code, power]);
    await page.locator("#connection-banner").waitFor({ state: "hidden" });
    await expect.poll(() => page.locator("#connection-status").textContent()).toBe("Online");
  }
  expect(pageErrors).toEqual([]);
});
