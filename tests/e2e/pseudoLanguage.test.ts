/**
 * Nothing on screen bypasses the translation layer: in the test-only pseudo-language every
 * string of the layer is wrapped in ⟦ ⟧, so a visible text node with letters outside the marks
 * (other than data: names, the code, words typed, numbers) came from somewhere else. The
 * title, the lobby, the match in each phase and the debrief are checked, and the document title;
 * so are the class's screens (creating and joining a class, the dashboard before and after the
 * start, the projector view, the class debrief).
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { waitForPhase, waitForScreen } from "../helpers/browser";
import { gameAndBrowser, inLanguage } from "./helpers";
import { ClassConnection } from "../../client/src/classNet";

const suite = gameAndBrowser();
const pageErrors: string[] = [];
const STATEMENT = "Talks before tanks";

/**
 * The one allowance: the class report's sentences (.server-words) are written by the server in the
 * language the page asks for, English for the pseudo-language (the integration test of the class
 * exports reads them in German). The scenario's own words, the news and the deeds are keys the
 * page translates, so they must be marked like everything else.
 */
const SERVER_SENTENCES = ".server-words";

/** Visible text nodes (and the chosen options of visible selects) with letters outside ⟦ ⟧ and outside the data given. */
function unmarked(page: Page, data: string[]): Promise<string[]> {
  return page.evaluate(
    ([allowed, serverSentences]) => {
      const strip = (text: string) => {
        let s = text;
        for (const d of allowed) s = s.split(d).join(" ");
        // Addresses (the lobby's join address for the projector) are data.
        s = s.replace(/https?:\/\/\S+/g, " ");
        // Innermost marks first: a translated parameter sits inside its sentence's marks.
        while (/\u27E6[^\u27E6\u27E7]*\u27E7/.test(s)) s = s.replace(/\u27E6[^\u27E6\u27E7]*\u27E7/g, " ");
        return s;
      };
      const bad: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest("script, style, [translate='no']") || el.closest(serverSentences)) continue;
        const holder = el.closest("option") ? el.closest("select")! : el;
        if (holder.getClientRects().length === 0) continue;
        const left = strip(n.textContent ?? "");
        if (/\p{L}/u.test(left)) bad.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}: "${(n.textContent ?? "").trim().slice(0, 80)}"`);
      }
      if (/\p{L}/u.test(strip(document.title))) bad.push(`title: "${document.title}"`);
      return bad;
    },
    [data, SERVER_SENTENCES] as const,
  );
}

async function openPseudo(path = "/", screen = "title"): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => ((window as { __DETENTE_PSEUDO__?: boolean }).__DETENTE_PSEUDO__ = true));
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${suite.server.url}${path}?lang=en-XA`);
  await waitForScreen(page, screen);
  return page;
}

/** The same address in the pseudo-language (class pages carry their token after the #). */
async function gotoPseudo(page: Page, address: string, screen: string): Promise<void> {
  await page.goto(inLanguage(address, "en-XA"));
  await waitForScreen(page, screen);
}

it("the pseudo-language is refused without the test's flag", async () => {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${suite.server.url}/?lang=en-XA`);
  await waitForScreen(page, "title");
  expect(await page.locator("#create-heading").textContent()).toBe("Create a match");
  await context.close();
});

it("every screen of a match shows only marked words and data in the pseudo-language", async () => {
  const host = await openPseudo();
  expect(await host.locator("#create-heading").textContent()).toBe("\u27E6Create a match\u27E7");
  expect(await unmarked(host, []), "title screen").toEqual([]);

  await host.locator("#create-name").fill("Hana");
  await host.locator("#create-preset").selectOption("lesson");
  await host.locator("#create-button").click();
  await waitForScreen(host, "lobby");
  const code = (await host.locator("#join-code-display").textContent()) ?? "";
  const guest = await openPseudo();
  await guest.locator("#join-code").fill(code);
  await guest.locator("#join-name").fill("Ivo");
  await guest.locator("#join-button").click();
  await waitForScreen(guest, "lobby");
  await host.locator('[data-power="russia"]').click();
  await guest.locator('[data-power="ukraine"]').click();
  await expect.poll(() => host.locator("#start-hint").textContent()).toContain("2");
  const data = ["Hana", "Ivo", code, STATEMENT];
  expect(await unmarked(host, data), "lobby, host").toEqual([]);
  expect(await unmarked(guest, data), "lobby, guest").toEqual([]);

  await host.locator("#start-button").click();
  await waitForScreen(host, "match");
  await waitForScreen(guest, "match");
  for (const page of [host, guest]) await page.locator("#map-toggle").click();
  const lastTurn = await host.evaluate(() => Number(/\d+\D+(\d+)/.exec(document.querySelector("#turn-heading")?.textContent ?? "")?.[1]));
  expect(lastTurn).toBeGreaterThan(1);
  for (let turn = 1; turn <= lastTurn; turn++) {
    for (const phase of ["briefing", "negotiation", "orders", "resolution"]) {
      await waitForPhase(host, phase, turn);
      if (turn === 1 || turn === lastTurn) {
        if (phase === "negotiation" && turn === 1) {
          await guest.locator("#tab-orders").click();
          await guest.locator("#order-type").selectOption("statement");
          await guest.locator("#order-text").fill(STATEMENT);
          await guest.locator("#order-submit").click();
          await expect.poll(() => guest.locator("#order-list").textContent()).toContain(STATEMENT);
          await guest.locator("#tab-offers").click();
        }
        await waitForPhase(guest, phase, turn);
        expect(await unmarked(host, data), `match, turn ${turn}, ${phase}, host`).toEqual([]);
        expect(await unmarked(guest, data), `match, turn ${turn}, ${phase}, guest`).toEqual([]);
      }
      await host.locator("#end-phase-button").click();
    }
  }
  await waitForScreen(host, "debrief");
  await waitForScreen(guest, "debrief");
  expect(await unmarked(host, data), "debrief").toEqual([]);
  expect(pageErrors).toEqual([]);
});

it("every class screen shows only marked words and data in the pseudo-language", async () => {
  const teacher = await openPseudo("/class/new", "classCreate");
  expect(await unmarked(teacher, []), "class creation").toEqual([]);
  await teacher.locator("#class-name").fill("Civics 10A");
  await teacher.locator("#class-create-button").click();
  await waitForScreen(teacher, "dashboard");
  const code = (await teacher.locator("#class-code-display").textContent()) ?? "";
  const student = await openPseudo(`/class/${code}`, "classJoin");
  expect(await unmarked(student, [code]), "joining a class").toEqual([]);
  await student.locator("#class-student-name").fill("Dora");
  await student.locator("#class-join-button").click();
  await waitForScreen(student, "classLobby");
  // A world needs two students to start.
  const eve = await ClassConnection.join(suite.server.url, code, { name: "Eve" });
  const data = ["Civics 10A", "Dora", "Eve", code];
  expect(await unmarked(student, data), "a student's wait").toEqual([]);
  await expect.poll(() => teacher.locator(".name-chip").count()).toBe(2);
  expect(await unmarked(teacher, data), "dashboard before the start").toEqual([]);

  await teacher.locator("#start-all").click();
  await expect.poll(() => teacher.locator(".room-card").count(), { timeout: 30_000 }).toBe(1);
  await expect.poll(() => teacher.locator("#open-projector").getAttribute("href"), { timeout: 15_000 }).toMatch(/projector#key=/);
  const room = (await teacher.locator(".room-card").getAttribute("data-code")) ?? "";
  expect(await unmarked(teacher, [...data, room]), "dashboard with its rooms").toEqual([]);
  const projector = (await teacher.locator("#open-projector").getAttribute("href"))!;
  const debrief = (await teacher.locator("#open-class-debrief").getAttribute("href"))!;
  await gotoPseudo(teacher, projector, "projector");
  await expect.poll(() => teacher.locator(".projector-board").count()).toBe(1);
  expect(await unmarked(teacher, [...data, room]), "projector view").toEqual([]);
  await gotoPseudo(teacher, debrief, "classDebrief");
  expect(await unmarked(teacher, [...data, room]), "class debrief").toEqual([]);
  await eve.leave();
  expect(pageErrors).toEqual([]);
});

it("the rules, the role cards and the teacher's guide show only marked words and data in the pseudo-language", async () => {
  const page = await openPseudo("/rules", "rules");
  expect(await unmarked(page, []), "rules").toEqual([]);
  await gotoPseudo(page, `${suite.server.url}/role-cards`, "roleCards");
  expect(await unmarked(page, []), "role cards").toEqual([]);
  await gotoPseudo(page, `${suite.server.url}/teacher`, "guide");
  expect(await unmarked(page, []), "teacher's guide").toEqual([]);
  expect(pageErrors).toEqual([]);
});
