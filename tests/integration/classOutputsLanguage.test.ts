/**
 * The class pages' downloads and polls say why the server refused them in the page's language:
 * the refusal's key is rendered, never the English message that travels beside it for logs.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import { fetchProjector, fetchReport, OutputError } from "../../client/src/classOutputs";
import { setTranslator, translatorFor } from "../../shared/i18n";
import { bootServer } from "../helpers/server";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer();
});
afterAll(async () => {
  setTranslator(await translatorFor("en"));
  await server.stop();
});

it("a refused report or projector board reads in the page's language", async () => {
  const de = await translatorFor("de");
  setTranslator(de);
  const report = await fetchReport(server.url, "ABCDEF", "not-a-token").catch((e: unknown) => e);
  expect(report).toBeInstanceOf(OutputError);
  expect((report as Error).message).toBe(de.t("refusals:NOT_TEACHER"));
  const board = await fetchProjector(server.url, "ABCDEF", "not-a-key").catch((e: unknown) => e);
  expect((board as Error).message).toBe(de.t("refusals:NOT_PROJECTOR"));
});
