/**
 * The teacher's controls in real Chromium, at a laptop's width and a phone's: a name moved by
 * keyboard and dragged back, the QR code of the join address, the chat setting's banner on a student's match, an event with a
 * meter change sent from the dashboard, the facilitator's pending orders, and the class deleted.
 */
import { expect, it } from "vitest";
import QRCode from "qrcode";
import { ClassConnection } from "../../client/src/classNet";
import { axeSerious, screenshot, waitForScreen } from "../helpers/browser";
import { gameAndBrowser, openGame } from "./helpers";

const suite = gameAndBrowser();
const pageErrors: string[] = [];

it("a teacher regroups by keyboard and by drag, sends an event to the rooms, reads pending orders and deletes the class", async () => {
  const teacher = await openGame(suite.browser, suite.server.url, pageErrors, { width: 1024, height: 768 });
  await teacher.locator("#run-class").click();
  await waitForScreen(teacher, "classCreate");
  await teacher.getByLabel("Class name").fill("Civics 10A");
  await teacher.locator("#class-create-button").click();
  await waitForScreen(teacher, "dashboard");
  const code = (await teacher.locator("#class-code-display").textContent()) ?? "";
  expect(await teacher.locator("#class-chat-setting").textContent()).toContain("public chat only");
  expect(await teacher.locator("#class-kept-until").textContent()).toContain("(30 days from now)");
  // The QR code on the dashboard encodes the join address the page shows, module for module.
  const joinAddress = (await teacher.locator("#class-join-address").textContent()) ?? "";
  expect(joinAddress).toBe(`${suite.server.url}/class/${code}`);
  const { modules } = QRCode.create(joinAddress, { errorCorrectionLevel: "M" });
  const dark: string[] = [];
  for (let y = 0; y < modules.size; y++) for (let x = 0; x < modules.size; x++) if (modules.get(x, y)) dark.push(`M${x + 4} ${y + 4}h1v1h-1z`);
  expect(await teacher.locator("#class-qr svg path").getAttribute("d")).toBe(dark.join(""));
  expect(await teacher.locator("#class-qr svg").getAttribute("aria-label")).toBe(`QR code of ${joinAddress}`);

  const others: ClassConnection[] = [];
  for (const name of ["Ana", "Ben", "Cleo"]) others.push(await ClassConnection.join(suite.server.url, code, { name }));
  const student = await (await suite.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  student.on("pageerror", (error) => pageErrors.push(`${error.message}\n${error.stack ?? ""}`));
  await student.goto(`${suite.server.url}/class/${code}`);
  await waitForScreen(student, "classJoin");
  await student.getByLabel("Your name").fill("Dora");
  await student.locator("#class-join-button").click();
  await waitForScreen(student, "classLobby");
  await expect.poll(() => teacher.locator(".name-chip").count()).toBe(4);

  // Keyboard: focus Dora's name and press N for a new world; then drag her back into world 1.
  const dora = teacher.getByRole("button", { name: "Dora, in world 1" });
  await dora.focus();
  await teacher.keyboard.press("n");
  await expect.poll(() => teacher.locator("#class-worlds li").count()).toBe(2);
  await expect.poll(() => teacher.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Dora, in world 2");
  await teacher.getByRole("button", { name: "Dora, in world 2" }).dragTo(teacher.locator('#class-worlds li[data-world="0"]'));
  await expect.poll(() => teacher.locator("#class-worlds li").count()).toBe(1);
  expect(await teacher.locator("#class-worlds").textContent()).toContain("Ana, Ben, Cleo, Dora + 1 bot");
  expect(await axeSerious(teacher), "axe: dashboard's grouping").toEqual([]);
  await screenshot(teacher, "class-tools-grouping-1024");
  await teacher.setViewportSize({ width: 390, height: 844 });
  await screenshot(teacher, "class-tools-grouping-390");
  await teacher.setViewportSize({ width: 1024, height: 768 });

  await teacher.locator("#start-all").click();
  await waitForScreen(student, "match", 30_000);
  await expect.poll(() => student.locator("#teacher-reads-banner").textContent()).toContain("public channel only");
  expect(await student.locator("#teacher-reads-banner").isVisible()).toBe(true);
  await screenshot(student, "class-tools-student-banner-390", false);

  // An event of the teacher's own, with a meter change, to every room.
  await expect.poll(() => teacher.locator(".room-card").count()).toBe(1);
  await teacher.locator("#class-event-title").fill("A grain deal is signed");
  await teacher.locator("#class-event-power-0").selectOption("ukraine");
  await teacher.locator("#class-event-delta-0").fill("5");
  await teacher.locator("#class-event-submit").click();
  await expect.poll(() => student.locator("#news").textContent(), { timeout: 10_000 }).toContain("A grain deal is signed");
  expect(await axeSerious(teacher), "axe: dashboard with its rooms and the event form").toEqual([]);
  await screenshot(teacher, "class-tools-rooms-1024");
  await teacher.setViewportSize({ width: 390, height: 844 });
  await screenshot(teacher, "class-tools-rooms-390");
  await teacher.setViewportSize({ width: 1024, height: 768 });

  // The room as its facilitator: every power's pending orders.
  const [room] = await Promise.all([teacher.context().waitForEvent("page"), teacher.locator("#open-room-0").click()]);
  await waitForScreen(room, "match", 30_000);
  await room.setViewportSize({ width: 1024, height: 768 });
  await room.locator("#tab-events").click();
  await expect.poll(() => room.locator("#pending-orders tr").count()).toBe(5);
  expect(await axeSerious(room), "axe: facilitator's panel").toEqual([]);
  await screenshot(room, "class-tools-facilitator-1024");
  await room.setViewportSize({ width: 390, height: 844 });
  await screenshot(room, "class-tools-facilitator-390");

  // Deleting the class: the code typed, every page told.
  await teacher.locator("#delete-class-code").fill(code.toLowerCase());
  await teacher.locator("#delete-class").click();
  await waitForScreen(teacher, "classJoin");
  await expect.poll(() => teacher.locator("#class-join-error").textContent()).toContain("ended this class");
  await expect.poll(() => student.evaluate(() => window.__DETENTE__.screen)).not.toBe("match");
  await Promise.all(others.map((o) => o.leave()));
  expect(pageErrors).toEqual([]);
});
