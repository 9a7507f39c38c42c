/**
 * The lesson pages: the rules reached from the title and from a match, the role cards printed one
 * per sheet with no secret objective on any, and the teacher's guide with the lesson plan. Each
 * page passes axe (no serious or critical violation) and is used by keyboard.
 */
import { expect, it } from "vitest";
import { POWERS, victoryDay2025 } from "../../shared/game";
import { clockTime, discussionQuestions, lessonPlan } from "../../client/src/logic/lessonPlan";
import { axeSerious, screenshot, tabTo, waitForScreen } from "../helpers/browser";
import { gameAndBrowser, openGame, startSlowTwoPlayerMatch } from "./helpers";
import { t } from "../../shared/i18n";
import { goalText } from "../../client/src/logic/scenarioWords";

const suite = gameAndBrowser();
const pageErrors: string[] = [];

/** The secret objectives as an English page words them (the scenario holds their keys). */
const SECRETS = POWERS.flatMap((p) => victoryDay2025.powers[p].secretObjectives.flatMap((o) => [t(o.title), goalText(victoryDay2025, o)]));

/** Pages of a PDF as Chromium writes them: one "/Type /Page" object per sheet. */
function pdfPages(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

it("the title links to the rules by keyboard; the rules page explains each phase and passes axe", async () => {
  const page = await openGame(suite.browser, suite.server.url, pageErrors);
  await tabTo(page, "#link-rules");
  await page.keyboard.press("Enter");
  await waitForScreen(page, "rules");
  expect(new URL(page.url()).pathname).toBe("/rules");
  await expect.poll(() => page.locator("h1").textContent()).toBe("How to play in five minutes");
  const text = (await page.locator("main").textContent()) ?? "";
  for (const phase of ["Briefing", "Negotiation", "Orders", "Resolution"]) expect(text).toContain(phase);
  for (const p of POWERS) expect(text).toContain(t(victoryDay2025.powers[p].special.label));
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
  expect(await axeSerious(page), "axe: rules").toEqual([]);
  await screenshot(page, "lesson-rules");
  await page.context().close();
});

it("the role cards print one power to a sheet on A4 and on Letter, with no secret objective on any", async () => {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${suite.server.url}/role-cards`);
  await waitForScreen(page, "roleCards");
  expect(await axeSerious(page), "axe: role cards").toEqual([]);
  await screenshot(page, "lesson-role-cards");

  await page.emulateMedia({ media: "print" });
  const cards = page.locator(".role-card");
  expect(await cards.count()).toBe(POWERS.length);
  // Every card after the first starts a new sheet; nothing else is printed.
  const breaks = await cards.evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
  expect(breaks).toEqual(["auto", ...POWERS.slice(1).map(() => "page")]);
  expect(await page.locator(".page-nav").isVisible()).toBe(false);
  expect(await page.locator("#print-cards").isVisible()).toBe(false);
  const printed = (await page.evaluate(() => document.body.innerText)) ?? "";
  for (const p of POWERS) expect(printed).toContain(t(victoryDay2025.powers[p].publicGoals[0]!.title));
  for (const secret of SECRETS) expect(printed, "a secret objective on a printed card").not.toContain(secret);
  await screenshot(page, "lesson-role-cards-print");

  for (const format of ["A4", "Letter"]) {
    const pdf = await page.pdf({ format, printBackground: false });
    expect(pdfPages(pdf), `${format}: one sheet per power`).toBe(POWERS.length);
  }
  await context.close();
});

it("the host's lobby links to the role cards and the guide; the guide shows the lesson plan and passes axe", async () => {
  const host = await openGame(suite.browser, suite.server.url, pageErrors);
  await host.getByLabel("Your display name").first().fill("Hana");
  await host.locator("#create-preset").selectOption("lesson");
  await host.getByRole("button", { name: "Create match" }).click();
  await waitForScreen(host, "lobby");
  expect(await host.locator("#link-roleCards").getAttribute("href")).toBe("/role-cards");
  const [guide] = await Promise.all([host.context().waitForEvent("page"), host.locator("#link-guide").click()]);
  await waitForScreen(guide!, "guide");
  const rows = await guide!.locator("#lesson-plan tbody tr").evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText.split("\t").slice(0, 3).join("|")));
  expect(rows).toEqual(lessonPlan().map((s) => `${clockTime(s.start)}–${clockTime(s.end)}|${s.title}|${s.end - s.start} min`));
  expect(await guide!.locator("#discussion-questions li").allTextContents()).toEqual(discussionQuestions());
  expect(await axeSerious(guide!), "axe: guide").toEqual([]);
  await screenshot(guide!, "lesson-guide");
  // The lobby the host left open in the first tab is still there.
  expect(await host.evaluate(() => window.__DETENTE__.screen)).toBe("lobby");
  await host.context().close();
});

it("the match screen opens the rules in a new tab and stays in the match", async () => {
  const { host, guest } = await startSlowTwoPlayerMatch(suite.browser, suite.server.url, pageErrors);
  const link = guest.locator("#link-rules");
  expect(await link.getAttribute("target")).toBe("_blank");
  const [rules] = await Promise.all([guest.context().waitForEvent("page"), link.click()]);
  await waitForScreen(rules!, "rules");
  expect(await guest.evaluate(() => window.__DETENTE__.screen)).toBe("match");
  expect(await rules!.evaluate(() => window.__DETENTE__.connection)).toBe("");
  await host.context().close();
  await guest.context().close();
});

it("no page error on the way", () => {
  expect(pageErrors).toEqual([]);
});
