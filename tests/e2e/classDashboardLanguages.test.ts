/**
 * The teacher's dashboard in every shipped language, before the start (students and worlds) and
 * with its rooms (controls, the event form, the room cards, the outputs): it speaks the language
 * asked for (`?lang=xx`), never scrolls sideways at 390, 1024 or 1920 px, and passes axe.
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

it("the dashboard speaks English, Ukrainian, German and French before and after the start, at every width, axe-clean", async () => {
  const made = await classWithStudents(suite.browser, suite.server.url, pageErrors, ["Ana", "Ben", "Cleo", "Dora"]);
  students = made.students;
  const { teacher } = made;
  const dashboard = teacher.url();
  await everyLanguageAndWidth(teacher, dashboard, "dashboard", { selector: "#students-heading", text: (tr) => tr.t("classroom:dashboard.students", { count: 4 }) });

  await teacher.locator("#start-all").click();
  await expect.poll(() => teacher.locator(".room-card").count(), { timeout: 30_000 }).toBe(1);
  await everyLanguageAndWidth(teacher, dashboard, "dashboard", { selector: "#class-event-heading", text: (tr) => tr.t("classroom:dashboard.eventHeading") });
  expect(pageErrors).toEqual([]);
});
