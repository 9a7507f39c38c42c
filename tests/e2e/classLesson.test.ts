/**
 * A lesson in real Chromium, from the class code to the class debrief: a teacher creates a class
 * with the lesson preset, ten students join (one browser, a context each) and start all puts
 * them in two worlds of five; the projector view (its own context at 1920×1080) shows both
 * worlds with their countdowns and no text under 32 px and no secret; the teacher ends the phase
 * everywhere until both worlds end, every student's page reaches its debrief, and the class
 * debrief and the three exports (HTML report, CSV, each world's JSON record) come from the
 * dashboard's buttons. Each new screen passes axe and is saved as a screenshot.
 */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import type { BrowserContext, Download, Page } from "playwright-core";
import { victoryDay2025 } from "../../shared/game";
import { axeSerious, screenshot, waitForScreen } from "../helpers/browser";
import { gameAndBrowser, openGame, overflowAt } from "./helpers";
import { PROJECTOR_MIN_TEXT_PX } from "../../client/src/screens/class/projector";
import { goalText } from "../../client/src/logic/scenarioWords";

const suite = gameAndBrowser();
const pageErrors: string[] = [];
const STUDENTS = ["Ada", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun"];
/** The machine may be busy: a state is waited for up to this long (never a fixed sleep). */
const POLL = { timeout: 30_000 };
/** The secret objectives as an English page words them (the scenario holds their keys). */
const SECRETS = Object.values(victoryDay2025.powers).flatMap((p) => p.secretObjectives.map((o) => goalText(victoryDay2025, o)));

async function newPage(viewport = { width: 1280, height: 720 }): Promise<Page> {
  const context: BrowserContext = await suite.browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(`${error.message}\n${error.stack ?? ""}`));
  return page;
}

/** Every element with text of its own whose computed font size is under `min` px. */
function smallText(page: Page, min: number): Promise<string[]> {
  return page.evaluate(
    (m) =>
      [...document.querySelectorAll<HTMLElement>("#app *")]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== ""))
        .filter((el) => el.getClientRects().length > 0 && parseFloat(getComputedStyle(el).fontSize) < m)
        .map((el) => `${el.tagName.toLowerCase()}: ${getComputedStyle(el).fontSize} "${(el.textContent ?? "").trim().slice(0, 40)}"`),
    min,
  );
}

async function saved(download: Promise<Download>): Promise<{ name: string; text: string }> {
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, "utf8") };
}

/** The teacher ends the phase everywhere and waits until every room card has moved on. */
async function endPhaseEverywhere(teacher: Page): Promise<void> {
  const states = () => teacher.locator(".room-card .room-status").allTextContents();
  const before = await states();
  await teacher.locator("#end-phase-all").click();
  await expect
    .poll(async () => {
      const now = await states();
      return now.every((s, i) => s !== before[i] || s === "Ended");
    }, POLL)
    .toBe(true);
}

it("a teacher runs a lesson for ten students in two worlds, from the class code to the projector, the class debrief and its exports", async () => {
  const teacher = await openGame(suite.browser, suite.server.url, pageErrors);
  await teacher.locator("#run-class").click();
  await waitForScreen(teacher, "classCreate");
  await teacher.getByLabel("Class name").fill("Lesson 7A");
  expect(await teacher.locator("#class-preset").inputValue()).toBe("lesson");
  await teacher.locator("#class-create-button").click();
  await waitForScreen(teacher, "dashboard");
  const joinAddress = (await teacher.locator("#class-join-address").textContent()) ?? "";

  const students = await Promise.all(
    STUDENTS.map(async (name) => {
      const page = await newPage();
      await page.goto(joinAddress);
      await waitForScreen(page, "classJoin", 60_000);
      await page.getByLabel("Your name").fill(name);
      await page.locator("#class-join-button").click();
      await waitForScreen(page, "classLobby", 60_000);
      return page;
    }),
  );
  await expect.poll(() => teacher.locator("#class-worlds li").count(), POLL).toBe(2);
  await teacher.locator("#start-all").click();
  await expect.poll(() => teacher.locator(".room-card").count(), POLL).toBe(2);
  for (const page of students) await waitForScreen(page, "match", 60_000);
  expect(await teacher.locator("#class-outputs").isVisible()).toBe(true);
  expect(await axeSerious(teacher), "axe: dashboard with its outputs").toEqual([]);
  await screenshot(teacher, "class-lesson-dashboard");

  // The projector: its own read-only link, on the classroom's computer at 1920×1080.
  await expect.poll(() => teacher.locator("#open-projector").getAttribute("href"), POLL).toMatch(/\/class\/[A-Z0-9]{5}\/projector#key=/);
  const projectorHref = (await teacher.locator("#open-projector").getAttribute("href"))!;
  expect(projectorHref).not.toContain("teacher=");
  const projector = await newPage({ width: 1920, height: 1080 });
  await projector.goto(projectorHref);
  await waitForScreen(projector, "projector", 60_000);
  await expect.poll(() => projector.locator(".projector-board").count(), POLL).toBe(2);
  await expect.poll(() => projector.locator(".projector-board .projector-countdown").first().textContent(), POLL).toMatch(/^\d+:\d\d/);
  expect(await smallText(projector, PROJECTOR_MIN_TEXT_PX), "text under the projector's minimum").toEqual([]);
  expect(await projector.locator("#projector-qr svg").getAttribute("aria-label")).toContain("/class/");
  expect(await projector.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  expect(await axeSerious(projector), "axe: projector").toEqual([]);
  await screenshot(projector, "class-lesson-projector", false);
  await projector.locator("#projector-world").selectOption({ label: "World 2" });
  await expect.poll(() => projector.locator(".projector-board").count(), POLL).toBe(1);
  expect(await projector.locator(".projector-board").getAttribute("data-world")).toBe("1");
  await projector.locator("#projector-world").selectOption({ label: "All worlds" });

  // The teacher moves every world on until both have ended; each student's page reaches its debrief.
  while ((await teacher.locator(".room-card .room-status").allTextContents()).some((s) => s !== "Ended")) await endPhaseEverywhere(teacher);
  for (const page of students) await waitForScreen(page, "debrief", 60_000);
  await expect.poll(() => projector.locator('.projector-board[data-phase="ended"]').count(), POLL).toBe(2);
  const wall = (await projector.locator(".projector").textContent()) ?? "";
  for (const secret of SECRETS) expect(wall).not.toContain(secret);
  expect(await smallText(projector, PROJECTOR_MIN_TEXT_PX), "text under the projector's minimum, after the end").toEqual([]);
  await screenshot(projector, "class-lesson-projector-ended", false);
  for (const width of [390, 1024]) expect(await overflowAt(projector, width), `projector at ${width} px`).toEqual([]);

  // The class debrief, from the dashboard.
  const [debrief] = await Promise.all([teacher.context().waitForEvent("page"), teacher.locator("#open-class-debrief").click()]);
  await waitForScreen(debrief, "classDebrief", 60_000);
  expect(await debrief.locator("#class-debrief-state").textContent()).toContain("Every world has ended.");
  expect(await debrief.locator("#class-students-table tbody tr").count()).toBe(10);
  expect(await debrief.locator("#class-worlds-compared thead th").count()).toBe(3);
  // Questions drawn from these two worlds (the first always asks about their ceasefires), and the reflection prompt.
  expect(await debrief.locator("#class-questions li").first().textContent()).toMatch(/ceasefire/);
  expect(await debrief.locator("#class-reflection").textContent()).toContain("what did your power want");
  expect(await axeSerious(debrief), "axe: class debrief").toEqual([]);
  await screenshot(debrief, "class-lesson-debrief");
  for (const width of [390, 1024]) expect(await overflowAt(debrief, width), `class debrief at ${width} px`).toEqual([]);

  // The exports, from the dashboard's buttons.
  const html = await saved(Promise.all([teacher.waitForEvent("download"), teacher.locator("#download-report-html").click()]).then(([d]) => d));
  expect(html.name).toMatch(/^class-[A-Z0-9]{5}-report\.html$/);
  expect(html.text).toContain("Class debrief: Lesson 7A");
  for (const name of STUDENTS) expect(html.text).toContain(name);
  const csv = await saved(Promise.all([teacher.waitForEvent("download"), teacher.locator("#download-report-csv").click()]).then(([d]) => d));
  const rows = csv.text.replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(rows).toHaveLength(11);
  expect(rows.slice(1).every((r) => r.startsWith('"Lesson 7A",'))).toBe(true);
  const world = await saved(Promise.all([teacher.waitForEvent("download"), teacher.locator("#download-world-1").click()]).then(([d]) => d));
  const record = JSON.parse(world.text) as { status: string; turns: unknown[] };
  expect(record.status).toBe("ended");
  expect(record.turns.length).toBeGreaterThan(1);
  await expect.poll(() => teacher.locator("#class-output-message").textContent(), POLL).toContain("in your downloads");

  // The printable report passes axe on its own too.
  const file = await newPage();
  await file.setContent(html.text);
  expect(await axeSerious(file), "axe: the HTML report").toEqual([]);
  await screenshot(file, "class-lesson-report-html");

  for (const width of [390, 1024]) expect(await overflowAt(teacher, width), `dashboard at ${width} px`).toEqual([]);
  expect(pageErrors).toEqual([]);
  for (const page of [file, debrief, projector, ...students, teacher]) await page.context().close().catch(() => undefined);
  // Eleven pages in one browser: on a busy 2-core machine this takes minutes (about 3 under a load of 12).
}, 480_000);
