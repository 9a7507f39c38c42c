/** The class CSV: one quoted row per student, and a student's name never runs as a spreadsheet formula. */
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, csvField, reportCsv } from "../../../shared/classroom/reportCsv";
import type { ClassReport } from "../../../shared/classroom/report";
import { translatorFor } from "../../../shared/i18n";

const english = await translatorFor("en");

const report: ClassReport = {
  code: "ABCDE",
  name: "History 9B",
  preset: "lesson",
  ended: true,
  rooms: [],
  students: [
    { name: 'Anna "A"', world: 1, room: "K7Q2XP", power: "russia", score: 12.5, objectivesMet: 2, objectivesTotal: 3, promisesKept: 1, promisesBroken: 0, orders: 4, offers: 1, messages: 7 },
    { name: "=HYPERLINK(\"x\")", world: null, room: null, power: null, score: null, objectivesMet: null, objectivesTotal: null, promisesKept: 0, promisesBroken: 0, orders: 0, offers: 0, messages: 0 },
  ],
};

describe("the class CSV", () => {
  it("has a header and one row per student, every field quoted and quotes doubled", () => {
    const lines = reportCsv(report, english).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe('"class","world","room","student","power","score","objectives met","objectives","promises kept","promises broken","orders","offers","messages"');
    expect(CSV_COLUMNS).toHaveLength(13);
    expect(lines[1]).toBe('"History 9B","1","K7Q2XP","Anna ""A""","Russia","12.5","2","3","1","0","4","1","7"');
    expect(lines).toHaveLength(4); // two students and the final line end
  });

  it("heads its columns and names the powers in the language asked for, numbers unchanged", async () => {
    const lines = reportCsv(report, await translatorFor("de")).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe('"Klasse","Welt","Raum","Schüler/in","Macht","Punkte","erreichte Ziele","Ziele","gehaltene Zusagen","gebrochene Zusagen","Maßnahmen","Angebote","Nachrichten"');
    expect(lines[1]).toBe('"History 9B","1","K7Q2XP","Anna ""A""","Russland","12.5","2","3","1","0","4","1","7"');
  });

  it("writes a name a spreadsheet would run as a formula with a leading apostrophe", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(csvField(`${start}1+1`)).toBe(`"'${start}1+1"`);
    expect(reportCsv(report, english)).toContain(`"'=HYPERLINK(""x"")"`);
    // A number is a number, negative or not.
    expect(csvField(-3)).toBe('"-3"');
  });
});
