/**
 * The projector view and the class debrief in every shipped language: each speaks the language
 * asked for (`?lang=xx`, the debrief's report written by the server in it), never scrolls
 * sideways at 390, 1024 or 1920 px, and passes axe.
 */
import { afterAll, expect, it } from "vitest";
import type { ClassConnection } from "../../client/src/classNet";
import { classWithStudents, everyLanguageAndWidth, gameAndBrowser } from "./helpers";

const suite = gameAndBrowser();
const pageErrors: string[] = [];
let students: ClassConnection[] = [];
afterAll(async () => {
  await Promise.all(students.map((s) => s.leave()));
});

it("the projector view and the class debrief speak English, Ukrainian, German and French at every width, axe-clean", async () => {
  const made = await classWithStudents(suite.browser, suite.server.url, pageErrors, ["Ana", "Ben", "Cleo", "Dora"]);
  students = made.students;
  const { teacher } = made;
  await teacher.locator("#start-all").click();
  await expect.poll(() => teacher.locator(".room-card").count(), { timeout: 30_000 }).toBe(1);
  await expect.poll(() => teacher.locator("#open-projector").getAttribute("href"), { timeout: 15_000 }).toMatch(/projector#key=/);
  const projector = (await teacher.locator("#open-projector").getAttribute("href"))!;
  const debrief = (await teacher.locator("#open-class-debrief").getAttribute("href"))!;

  await everyLanguageAndWidth(teacher, projector, "projector", { selector: ".projector-board h2", text: (tr) => tr.t("classroom:world", { n: 1 }) });
  await everyLanguageAndWidth(teacher, debrief, "classDebrief", { selector: "#class-worlds-heading", text: (tr) => tr.t("classroom:debrief.worldsHeading") });
  expect(pageErrors).toEqual([]);
});
