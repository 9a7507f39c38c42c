// Figures with their targets, printed as a table with PASS/FAIL and written as JSON.

export interface Target {
  min?: number;
  max?: number;
  /** Strict bounds (a figure must be above min / below max). */
  strict?: boolean;
}

export interface Figure {
  section: string;
  label: string;
  value: number;
  unit: "%" | "pts" | "pts/capital" | "ratio" | "front pts" | "";
  target?: Target;
  /** Standard error of the value, when it is a mean over matches. */
  se?: number;
  note?: string;
}

export function passes(f: Figure): boolean | undefined {
  const t = f.target;
  if (!t) return undefined;
  if (!Number.isFinite(f.value)) return false;
  const lo = t.min === undefined || (t.strict ? f.value > t.min : f.value >= t.min);
  const hi = t.max === undefined || (t.strict ? f.value < t.max : f.value <= t.max);
  return lo && hi;
}

function num(x: number, unit: Figure["unit"]): string {
  if (!Number.isFinite(x)) return "n/a";
  return unit === "ratio" ? x.toFixed(2) : x.toFixed(1);
}

export function targetText(f: Figure): string {
  const t = f.target;
  if (!t) return "";
  const u = f.unit === "%" ? "%" : "";
  const [ge, le] = t.strict ? [">", "<"] : ["≥", "≤"];
  if (t.min !== undefined && t.max !== undefined) return `${num(t.min, f.unit)}..${num(t.max, f.unit)}${u}`;
  if (t.min !== undefined) return `${ge} ${num(t.min, f.unit)}${u}`;
  if (t.max !== undefined) return `${le} ${num(t.max, f.unit)}${u}`;
  return "";
}

/** One line per figure, grouped by section, with its target and PASS/FAIL. */
export function formatReport(figures: readonly Figure[]): string {
  const lines: string[] = [];
  let section = "";
  const width = Math.min(70, Math.max(20, ...figures.map((f) => f.label.length)));
  for (const f of figures) {
    if (f.section !== section) {
      section = f.section;
      lines.push("", section);
    }
    const value = `${num(f.value, f.unit)}${f.unit === "%" && Number.isFinite(f.value) ? "%" : ""}${f.se !== undefined ? ` ±${num(f.se, f.unit)}` : ""}`;
    const pass = passes(f);
    const verdict = pass === undefined ? "" : pass ? "PASS" : "FAIL";
    lines.push(`  ${f.label.padEnd(width)} ${value.padStart(14)}  ${targetText(f).padEnd(12)} ${verdict.padEnd(4)}${f.note ? `  ${f.note}` : ""}`.trimEnd());
  }
  const judged = figures.filter((f) => passes(f) !== undefined);
  const failed = judged.filter((f) => passes(f) === false);
  lines.push("", `${judged.length - failed.length} of ${judged.length} figures with a target PASS, ${failed.length} FAIL.`);
  return lines.join("\n");
}

export function reportJson(figures: readonly Figure[], meta: Record<string, unknown>): string {
  return JSON.stringify({ ...meta, figures: figures.map((f) => ({ ...f, target: f.target ?? null, pass: passes(f) ?? null })) }, null, 2);
}
