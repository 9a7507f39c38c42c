/**
 * What the match room needs to stay total against any frame a socket sends: a way to name a
 * message type back to its sender without ever coercing it, and a log that reports each kind
 * of handler failure once per room instead of once per message of a flood.
 */

/** Longest message type echoed back in an error reply's `re`. */
export const MAX_ECHOED_TYPE_CHARS = 40;
/** Distinct failure kinds one room logs; past that it logs one last line and goes quiet. */
const MAX_LOGGED_KINDS = 20;

/**
 * The `re` of a reply to a message of this type. The type is whatever the sender chose (a
 * string, a number, or, when a handler is reached by its own key, the payload itself): only a
 * short string or a number is named; nothing else is converted, since `String()` and template
 * strings throw on an object with its own `toString`.
 */
export function describeType(type: unknown): string {
  if (typeof type === "string") return type.length <= MAX_ECHOED_TYPE_CHARS ? type : "(a long type)";
  if (typeof type === "number") return Number.isFinite(type) ? String(type) : "(not a type)";
  return "(not a type)";
}

/** A short, total description of something thrown: its name and where it was thrown. */
function failureKind(error: unknown): { kind: string; detail: string } {
  if (!(error instanceof Error)) return { kind: `a thrown ${typeof error}`, detail: `a thrown ${typeof error}` };
  const stack = typeof error.stack === "string" ? error.stack : "";
  const site = stack.split("\n").find((line) => line.trimStart().startsWith("at ")) ?? "";
  return { kind: `${error.name} ${site.trim()}`, detail: stack || error.name };
}

/** Logs each kind of failure of one room once, with the room's code. */
export class FailureLog {
  private readonly seen = new Set<string>();

  constructor(
    private readonly code: () => string,
    private readonly write: (line: string) => void = (line) => console.error(line),
  ) {}

  report(error: unknown): void {
    // Nothing here may throw: it runs where a handler already failed.
    try {
      const { kind, detail } = failureKind(error);
      if (this.seen.has(kind) || this.seen.size > MAX_LOGGED_KINDS) return;
      this.seen.add(kind);
      if (this.seen.size > MAX_LOGGED_KINDS) this.write(`[match ${this.code()}] too many kinds of message failures: no more are logged for this match`);
      else this.write(`[match ${this.code()}] a message handler failed (logged once per kind for this match): ${detail}`);
    } catch {
      // A failure to log must not become a second failure.
    }
  }
}
