/**
 * The lesson pages (rules, role cards, teacher's guide) in every shipped language: each reads in
 * the language asked for, nothing reaches past the right edge at a phone's, a laptop's and a
 * projector's width, and axe finds no serious or critical violation on the phone (screenshot).
 */
import { expect, it } from "vitest";
import { everyLanguageAndWidth, gameAndBrowser } from "./helpers";

const suite = gameAndBrowser();
const pageErrors: string[] = [];

it("the rules, the role cards and the teacher's guide speak every language at every width, axe-clean", async () => {
  const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  const at = (path: string) => `${suite.server.url}${path}`;
  await everyLanguageAndWidth(page, at("/rules"), "rules", { selector: "h1", text: (tr) => tr.t("pages:rules.heading") }, [390]);
  await everyLanguageAndWidth(page, at("/role-cards"), "roleCards", { selector: "h1", text: (tr) => tr.t("pages:cards.heading") }, [390]);
  await everyLanguageAndWidth(page, at("/teacher"), "guide", { selector: "h1", text: (tr) => tr.t("pages:guide.heading") }, [390]);
  expect(pageErrors).toEqual([]);
});
