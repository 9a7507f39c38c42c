import { describe, expect, it } from "vitest";
import { PSEUDO, createTranslator, pickLanguage, translatorFor } from "../../../shared/i18n";
import { pseudoResources } from "../../../shared/i18n/pseudo";
import { chooseLanguage } from "../../../client/src/i18n/language";

const base = { search: "", stored: null, preferences: [] as string[], pseudoAllowed: false };

describe("the page's language", () => {
  it("is the first shipped language among the browser's, by its base tag", () => {
    expect(pickLanguage(["pt-BR", "de-CH", "fr"])).toBe("de");
    expect(pickLanguage(["ja"])).toBe("en");
  });

  it("follows ?lang= over the remembered choice, and remembers it", () => {
    expect(chooseLanguage({ ...base, search: "?lang=uk", stored: "fr", preferences: ["de"] })).toEqual({ lang: "uk", fromAddress: true });
  });

  it("is the remembered choice over the browser's languages", () => {
    expect(chooseLanguage({ ...base, stored: "fr", preferences: ["de"] })).toEqual({ lang: "fr", fromAddress: false });
  });

  it("ignores an unknown ?lang= and the pseudo-language unless a test unlocked it", () => {
    expect(chooseLanguage({ ...base, search: "?lang=xx", preferences: ["de"] }).lang).toBe("de");
    expect(chooseLanguage({ ...base, search: `?lang=${PSEUDO}` }).lang).toBe("en");
    expect(chooseLanguage({ ...base, search: `?lang=${PSEUDO}`, pseudoAllowed: true }).lang).toBe(PSEUDO);
  });
});

describe("a translator", () => {
  it("translates a Text with its parameters in the chosen language", async () => {
    const de = await translatorFor("de");
    expect(de.translate({ key: "common:returning", params: { code: "ABC123" } })).toBe("Zurück zur Partie ABC123 …");
    expect(de.t("common:power.usa")).toBe("Vereinigte Staaten");
  });

  it("writes numbers the language's way, with a true minus sign", async () => {
    expect((await translatorFor("de")).number(-1.5, { maximumFractionDigits: 1 })).toBe("\u22121,5");
    expect((await translatorFor("en")).number(-1.5, { maximumFractionDigits: 1 })).toBe("\u22121.5");
  });

  it("in the pseudo-language marks every string, parameters inside the marks", () => {
    expect(createTranslator(PSEUDO, pseudoResources).t("common:returning", { code: "X1" })).toBe("\u27E6Returning to match X1…\u27E7");
  });
});
