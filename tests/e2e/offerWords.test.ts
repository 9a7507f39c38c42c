/**
 * A joint statement's words survive a refused offer: the box empties once the server has taken
 * the offer (it is in the list), and keeps what the player typed when the server refuses it
 * (here the fourth proposal of a turn, over the rules' three).
 */
import { expect, it } from "vitest";
import { waitForPhase } from "../helpers/browser";
import { gameAndBrowser, startSlowTwoPlayerMatch } from "./helpers";
import { MAX_PROPOSALS_PER_TURN } from "../../shared/game/offers";

const suite = gameAndBrowser();
const pageErrors: string[] = [];

it("the joint statement's box empties when the offer is made and keeps its words when it is refused", async () => {
  const { host, guest } = await startSlowTwoPlayerMatch(suite.browser, suite.server.url, pageErrors);
  await host.locator("#end-phase-button").click();
  await waitForPhase(guest, "negotiation", 1);
  await guest.locator("#tab-offers").click();
  await guest.locator("#offer-kind").selectOption("jointStatement");
  await guest.locator("#offer-to-russia").check();
  for (let n = 1; n <= MAX_PROPOSALS_PER_TURN; n++) {
    await guest.locator("#offer-text").fill(`Words number ${n}`);
    await guest.locator("#offer-submit").click();
    await expect.poll(() => guest.locator("#offer-list").textContent()).toContain(`Words number ${n}`);
    await expect.poll(() => guest.locator("#offer-text").inputValue()).toBe("");
  }
  await guest.locator("#offer-text").fill("Words the rules refuse");
  await guest.locator("#offer-submit").click();
  await expect.poll(() => guest.locator("#offer-error").isVisible()).toBe(true);
  expect(await guest.locator("#offer-text").inputValue()).toBe("Words the rules refuse");
  expect(pageErrors).toEqual([]);
});
