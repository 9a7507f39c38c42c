/** Any address a person can type shows a usable screen, under the server's Content-Security-Policy. */
import { expect, it } from "vitest";
import { gameAndBrowser, openGame } from "./helpers";

const suite = gameAndBrowser();

it("shows the title screen for an address that is not valid percent-encoding, or names no match", async () => {
  for (const address of ["/m/%E0%A4%A", "/m/%", "/m/not-a-code", "/nowhere/at/all"]) {
    const pageErrors: string[] = [];
    const page = await openGame(suite.browser, `${suite.server.url}${address}`, pageErrors);
    await expect.poll(() => page.getByRole("button", { name: "Create match" }).isVisible(), { message: address }).toBe(true);
    expect(pageErrors, address).toEqual([]);
    await page.context().close();
  }
});
