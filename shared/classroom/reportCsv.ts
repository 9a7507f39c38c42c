/**
 * The class report as a CSV a spreadsheet opens: one row per student. Names are the students'
 * own text, so a field a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage
 * return first) is written with a leading apostrophe, and every field is quoted.
 */
import type { ClassReport } from "./report";
import type { Translator } from "../i18n";

/** The columns, each headed by classroom:csv.<column> in the export's language. */
export const CSV_COLUMNS = ["class", "world", "room", "student", "power", "score", "objectivesMet", "objectives", "promisesKept", "promisesBroken", "orders", "offers", "messages"] as const;

/**
 * Headers and power names in `tr`'s language; numbers stay as a program writes them ("12.5"),
 * so that the file reads the same into any spreadsheet or script whatever the language.
 */
export function reportCsv(report: ClassReport, tr: Translator): string {
  const rows = report.students.map((s) => [
    report.name,
    s.world ?? "",
    s.room ?? "",
    s.name,
    s.power ? tr.t(`common:power.${s.power}`) : "",
    s.score ?? "",
    s.objectivesMet ?? "",
    s.objectivesTotal ?? "",
    s.promisesKept,
    s.promisesBroken,
    s.orders,
    s.offers,
    s.messages,
  ]);
  // CRLF line ends (RFC 4180) and a byte-order mark, so a spreadsheet reads the names' accents as UTF-8.
  return `\uFEFF${[CSV_COLUMNS.map((c) => tr.t(`classroom:csv.${c}`)), ...rows].map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}

export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}
