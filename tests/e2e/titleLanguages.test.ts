/**
 * The title and the class's create and join forms in every shipped language: each reads in the
 * language asked for, nothing reaches past the right edge at a phone's, a laptop's and a
 * projector's width, and axe finds no serious or critical violation on the phone (screenshot).
 */
import { expect, it } from "vitest";
import { everyLanguageAndWidth, gameAndBrowser } from "./helpers";

const suite = gameAndBrowser();
const pageErrors: string[] = [];

it("the title and the class's create and join forms speak every language at every width, axe-clean", async () => {
  const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  const at = (path: string) => `${suite.server.url}${path}`;
  await everyLanguageAndWidth(page, at("/"), "title", { selector: "#create-heading", text: (tr) => tr.t("title:createHeading") }, [390]);
  await everyLanguageAndWidth(page, at("/class/new"), "classCreate", { selector: "#class-create-heading", text: (tr) => tr.t("title:runClass") }, [390]);
  await everyLanguageAndWidth(page, at("/class"), "classJoin", { selector: "#class-join-heading", text: (tr) => tr.t("title:joinClass") }, [390]);
  expect(pageErrors).toEqual([]);
});
