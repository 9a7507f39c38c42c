/**
 * A class in real Chromium: a teacher creates it from the title screen, three students join at
 * the class's address with their names, the teacher sees them arrive, moves one between worlds
 * with a select (and back), starts all worlds, and each student's page opens their match on
 * their own power by itself. The teacher opens the room as its facilitator and pauses every room.
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeSerious, screenshot, waitForScreen } from "../helpers/browser";
import { gameAndBrowser, openGame } from "./helpers";

const suite = gameAndBrowser();
const pageErrors: string[] = [];

async function openStudent(url: string): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(`${error.message}\n${error.stack ?? ""}`));
  await page.goto(url);
  await waitForScreen(page, "classJoin");
  return page;
}

it("a teacher creates a class, three students join by its address, and start all puts each in their match on their power", async () => {
  const teacher = await openGame(suite.browser, suite.server.url, pageErrors);
  await teacher.locator("#run-class").click();
  await waitForScreen(teacher, "classCreate");
  await teacher.getByLabel("Class name").fill("History 9B");
  await teacher.locator("#class-create-button").click();
  await waitForScreen(teacher, "dashboard");
  const code = (await teacher.locator("#class-code-display").textContent()) ?? "";
  expect(code).toMatch(/^[A-Z0-9]{5}$/);
  expect(await teacher.locator("#teacher-link").inputValue()).toMatch(new RegExp(`/class/${code}#teacher=.+`));
  const joinAddress = (await teacher.locator("#class-join-address").textContent()) ?? "";
  expect(joinAddress).toBe(`${suite.server.url}/class/${code}`);

  const names = ["Anna", "Bogdan", "Chen"];
  const students: Page[] = [];
  for (const name of names) {
    const page = await openStudent(joinAddress);
    expect(await page.locator("#class-code").inputValue()).toBe(code);
    await page.getByLabel("Your name").fill(name);
    await page.locator("#class-join-button").click();
    await waitForScreen(page, "classLobby");
    await expect.poll(() => page.locator("#class-you").textContent()).toBe(name);
    students.push(page);
  }
  expect(await axeSerious(students[0]!), "axe: class lobby").toEqual([]);
  await screenshot(students[0]!, "class-lobby");
  await expect.poll(() => teacher.locator("#class-students tbody tr").count()).toBe(3);
  expect(await teacher.locator("#class-students").textContent()).toContain("Chen");

  // The teacher regroups by keyboard-operable selects: Chen alone in a new world cannot start.
  const chen = teacher.getByLabel("World for Chen");
  await chen.selectOption({ label: "A new world" });
  await expect.poll(() => teacher.locator("#class-worlds li").count()).toBe(2);
  await teacher.locator("#start-all").click();
  await expect.poll(() => teacher.locator("#dashboard-error").textContent()).toContain("World 2 needs at least 2 students");
  await teacher.getByLabel("World for Chen").selectOption({ label: "World 1" });
  await expect.poll(() => teacher.locator("#class-worlds li").count()).toBe(1);
  expect(await teacher.locator("#class-worlds").textContent()).toContain("Anna, Bogdan, Chen + 2 bots");
  // The teacher gives Chen Russia; Anna and Bogdan take the next powers in the seat order.
  await teacher.getByLabel("Power for Chen").selectOption({ label: "Russia" });
  await expect.poll(() => teacher.getByLabel("Power for Anna").locator("option").first().textContent()).toBe("Automatic (Ukraine)");
  expect(await axeSerious(teacher), "axe: dashboard before the start").toEqual([]);
  await screenshot(teacher, "class-dashboard-lobby");

  await teacher.locator("#start-all").click();
  for (const page of students) await waitForScreen(page, "match", 30_000);
  expect(await Promise.all(students.map((p) => p.evaluate(() => window.__DETENTE__.power)))).toEqual(["ukraine", "usa", "russia"]);
  await expect.poll(() => teacher.locator(".room-card").count()).toBe(1);
  await expect.poll(() => teacher.locator(".room-card").textContent()).toMatch(/Briefing · turn 1 of 6/);
  await expect.poll(async () => ((await teacher.locator(".room-card").textContent()) ?? "").match(/online/g)?.length ?? 0).toBe(3);
  expect(await axeSerious(teacher), "axe: dashboard with its rooms").toEqual([]);
  await screenshot(teacher, "class-dashboard-rooms");

  // The room opens in a new tab, the teacher as its facilitator.
  const [room] = await Promise.all([teacher.context().waitForEvent("page"), teacher.locator("#open-room-0").click()]);
  await waitForScreen(room, "match", 30_000);
  expect(await room.evaluate(() => window.__DETENTE__.power)).toBeNull();
  await teacher.locator("#pause-all").click();
  await expect.poll(() => teacher.locator(".room-card .countdown").textContent()).toContain("(paused)");

  expect(pageErrors).toEqual([]);
  for (const page of [room, ...students, teacher]) await page.context().close().catch(() => undefined);
});
