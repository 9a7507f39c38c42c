/**
 * The class report as a CSV a spreadsheet opens: one row per student. Names are the students'
 * own text, so a field a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage
 * return first) is written with a leading apostrophe, and every field is quoted.
 */
import { POWER_NAMES } from "../powers";
import type { ClassReport } from "./report";

export const CSV_COLUMNS = ["class", "world", "room", "student", "power", "score", "objectives met", "objectives", "promises kept", "promises broken", "orders", "offers", "messages"] as const;

export function reportCsv(report: ClassReport): string {
  const rows = report.students.map((s) => [
    report.name,
    s.world ?? "",
    s.room ?? "",
    s.name,
    s.power ? POWER_NAMES[s.power] : "",
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
  return `\uFEFF${[[...CSV_COLUMNS], ...rows].map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}

export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}
