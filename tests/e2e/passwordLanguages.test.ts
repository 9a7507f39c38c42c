/**
 * Joining a match with a password works in every shipped language: the refusal that asks for the
 * password (in the page's language) opens the password field and puts the cursor in it, and the
 * right password then joins. The field is opened from the refusal's key, not from its words.
 */
import { expect, it } from "vitest";
import { LANGS, translatorFor } from "../../shared/i18n";
import { waitForScreen } from "../helpers/browser";
import { createWithPassword, gameAndBrowser, openGame } from "./helpers";

const suite = gameAndBrowser();
const pageErrors: string[] = [];

it("the password field opens on the refusal that asks for it, in every language, and the password then joins", async () => {
  const host = await openGame(suite.browser, suite.server.url, pageErrors);
  const code = await createWithPassword(host);
  for (const lang of LANGS) {
    const tr = await translatorFor(lang);
    const guest = await openGame(suite.browser, `${suite.server.url}/?lang=${lang}`, pageErrors, { width: 390, height: 844 });
    expect(await guest.locator("#join-password").isVisible()).toBe(false);
    await guest.locator("#join-code").fill(code);
    await guest.locator("#join-name").fill(`Gil ${lang}`);
    await guest.locator("#join-button").click();
    await expect.poll(() => guest.locator("#title-error").textContent()).toBe(tr.t("refusals:JOIN_REFUSED.passwordNeeded", { code }));
    await expect.poll(() => guest.evaluate(() => document.activeElement?.id), { message: `the password field opens in ${lang}` }).toBe("join-password");
    await guest.locator("#join-password").fill("peace");
    await guest.locator("#join-button").click();
    await waitForScreen(guest, "lobby");
    await guest.context().close();
  }
  expect(pageErrors).toEqual([]);
});
