/**
 * A name longer than allowed is refused with the limit stated, never cut as it is typed or
 * pasted: a player's display name on the title, a class's name and a student's name on the
 * class forms.
 */
import { expect, it } from "vitest";
import { CLASS_NAME_MAX_CHARS } from "../../shared/classroom/classroom";
import { NAME_MAX_CHARS } from "../../shared/session/lobby";
import { translatorFor } from "../../shared/i18n";
import { waitForScreen } from "../helpers/browser";
import { gameAndBrowser, openGame } from "./helpers";

const suite = gameAndBrowser();
const pageErrors: string[] = [];
const tooLong = (n: number) => "N".repeat(n + 1);

it("a display name, a class name and a student name one over the limit stay whole in their box and are refused with the limit", async () => {
  const en = await translatorFor("en");
  const page = await openGame(suite.browser, suite.server.url, pageErrors, { width: 390, height: 844 });
  await page.locator("#create-name").fill(tooLong(NAME_MAX_CHARS));
  await page.locator("#create-button").click();
  await expect.poll(() => page.locator("#create-error").textContent()).toBe(en.t("refusals:NAME_TOO_LONG.match", { count: NAME_MAX_CHARS }));

  await page.goto(`${suite.server.url}/class/new`);
  await waitForScreen(page, "classCreate");
  await page.locator("#class-name").fill(tooLong(CLASS_NAME_MAX_CHARS));
  expect(await page.locator("#class-name").inputValue()).toHaveLength(CLASS_NAME_MAX_CHARS + 1);
  await page.locator("#class-create-button").click();
  await expect.poll(() => page.locator("#class-create-error").textContent()).toBe(en.t("refusals:NAME_TOO_LONG.class", { count: CLASS_NAME_MAX_CHARS }));
  await page.locator("#class-name").fill("Civics 10A");
  await page.locator("#class-create-button").click();
  await waitForScreen(page, "dashboard");
  const code = (await page.locator("#class-code-display").textContent()) ?? "";

  const student = await openGame(suite.browser, suite.server.url, pageErrors, { width: 390, height: 844 });
  await student.goto(`${suite.server.url}/class`);
  await waitForScreen(student, "classJoin");
  await student.locator("#class-code").fill(code);
  await student.locator("#class-student-name").fill(tooLong(NAME_MAX_CHARS));
  expect(await student.locator("#class-student-name").inputValue()).toHaveLength(NAME_MAX_CHARS + 1);
  await student.locator("#class-join-button").click();
  await expect.poll(() => student.locator("#class-join-error").textContent()).toBe(en.t("refusals:NAME_TOO_LONG.match", { count: NAME_MAX_CHARS }));
  expect(pageErrors).toEqual([]);
});
