/**
 * An order or a chat message made while the server is unreachable is not sent and not kept for
 * later (an order is meant for the turn on screen): it is refused visibly beside its control,
 * the text typed stays, and it goes through when sent again once the connection is back.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchChromium, waitForPhase } from "../helpers/browser";
import { killServerProcesses, startServerProcess, type ServerProcess } from "../helpers/serverProcess";
import { setReady, startSlowTwoPlayerMatch } from "./helpers";

let server: ServerProcess;
let browser: Browser;
let dataDir: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "detente-e2e-offline-"));
  server = await startServerProcess({ dataDir, clientDir: "dist" });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  killServerProcesses();
  rmSync(dataDir, { recursive: true, force: true });
});

async function quickRetries(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __DETENTE_RETRY__: unknown }).__DETENTE_RETRY__ = { firstDelayMs: 50, maxDelayMs: 200 };
  });
}

it("an order and a chat message made while disconnected are refused beside their controls, keep their text, and go through once back", async () => {
  const { host, guest } = await startSlowTwoPlayerMatch(browser, server.url, pageErrors, quickRetries);
  await setReady(host);
  await setReady(guest);
  await waitForPhase(host, "negotiation", 1);

  await server.stop("SIGKILL");
  await host.locator("#connection-banner").waitFor({ state: "visible", timeout: 15_000 });

  await host.locator("#tab-orders").click();
  await host.locator("#order-type").selectOption("statement");
  await host.locator("#order-tone").selectOption("firm");
  await host.locator("#order-text").fill("Moscow waits for the line to come back.");
  await host.locator("#order-submit").click();
  await expect.poll(() => host.locator("#order-refusal").textContent()).toMatch(/Not connected/);
  expect(await host.locator("#order-text").inputValue()).toBe("Moscow waits for the line to come back.");

  await host.locator("#tab-chat").click();
  await host.locator("#chat-input").fill("Are you still there?");
  await host.locator("#chat-send").click();
  await expect.poll(() => host.locator("#chat-error").textContent()).toMatch(/Not connected/);
  expect(await host.locator("#chat-input").inputValue()).toBe("Are you still there?");

  await server.restart();
  await host.waitForFunction(() => window.__DETENTE__.connection === "connected", null, { timeout: 30_000 });
  await host.locator("#chat-send").click();
  await expect.poll(() => guest.locator("#chat-log").textContent(), { timeout: 30_000 }).toContain("Are you still there?");
  await host.locator("#tab-orders").click();
  await host.locator("#order-submit").click();
  await expect.poll(() => host.locator("#order-list").textContent(), { timeout: 10_000 }).toContain("Moscow waits for the line to come back.");
  expect(pageErrors).toEqual([]);
});
