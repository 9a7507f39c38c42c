/**
 * A seat's view travels whole once, then as RFC 6902 patches (fast-json-patch) from the last
 * view the seat holds to the new one. The server diffs by reference first (the session is
 * immutable and shares every unchanged part), so a chat line or a ready flag costs nothing to
 * diff, and a part every seat shares is diffed once per change, not once per seat.
 */
import jsonPatch, { type Operation } from "fast-json-patch";
import type { SeatView } from "./view";

// The default export: Node's ESM loader finds no named exports in the package's CommonJS entry.
const { applyOperation, compare, escapePathComponent } = jsonPatch;

/** A patch that does not fit the view it was meant for: the client asks for the whole view again. */
export class ViewPatchError extends Error {}

interface SharedDiff {
  key: string;
  next: unknown;
  /** The operations as JSON text, comma-separated, without brackets ("" when none). */
  json: string;
}

/** Makes the patches from one view of a seat to the next; one per room, its cache follows the views it has seen. */
export class ViewDiffer {
  /** By the earlier value of a part of a match view: parts every seat shares hit this once per change. */
  private readonly shared = new WeakMap<object, SharedDiff>();

  /** The JSON text of the operations that turn `prev` into `next` ("[]" when nothing changed). */
  diff(prev: SeatView, next: SeatView): string {
    if (prev === next) return "[]";
    const parts: string[] = [];
    const top = new Set([...Object.keys(prev), ...Object.keys(next)]) as Set<keyof SeatView>;
    for (const key of top) {
      if (key === "match" && prev.match && next.match) {
        const keys = new Set([...Object.keys(prev.match), ...Object.keys(next.match)]);
        for (const k of keys) this.push(parts, this.matchPart(k, (prev.match as unknown as Record<string, unknown>)[k], (next.match as unknown as Record<string, unknown>)[k]));
      } else {
        this.push(parts, opsJson(`/${key}`, prev[key], next[key]));
      }
    }
    return `[${parts.join(",")}]`;
  }

  private matchPart(key: string, before: unknown, after: unknown): string {
    if (before === after) return "";
    if (typeof before !== "object" || before === null) return opsJson(`/match/${escapePathComponent(key)}`, before, after);
    const known = this.shared.get(before);
    if (known && known.key === key && known.next === after) return known.json;
    const json = opsJson(`/match/${escapePathComponent(key)}`, before, after);
    this.shared.set(before, { key, next: after, json });
    return json;
  }

  private push(parts: string[], json: string): void {
    if (json !== "") parts.push(json);
  }
}

/** The operations at `path` from `before` to `after`, as comma-separated JSON ("" when equal). */
function opsJson(path: string, before: unknown, after: unknown): string {
  if (before === after) return "";
  let ops: Operation[];
  if (after === undefined) ops = [{ op: "remove", path }];
  else if (before === undefined) ops = [{ op: "add", path, value: after }];
  else if (isContainer(before) && isContainer(after) && Array.isArray(before) === Array.isArray(after)) {
    ops = compare(before, after).map((op) => ({ ...op, path: path + op.path }));
  } else ops = [{ op: "replace", path, value: after }];
  return ops.map((op) => JSON.stringify(op)).join(",");
}

function isContainer(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

/**
 * The view after `ops`, leaving `view` untouched: only the objects on the patched paths are
 * copied, so every part that did not change stays the same object (screens may compare them).
 * Throws ViewPatchError when the patch does not fit.
 */
export function applyViewPatch(view: SeatView, ops: unknown): SeatView {
  if (!Array.isArray(ops)) throw new ViewPatchError("a patch is a list of operations");
  const copied = new Set<object>();
  let root: Record<string, unknown> = { ...view };
  copied.add(root);
  try {
    for (const op of ops as Operation[]) {
      // compare() makes only these; a move or copy would also touch the unpatched source path.
      if (op === null || typeof op !== "object" || !["add", "remove", "replace"].includes(op.op) || typeof op.path !== "string") {
        throw new ViewPatchError("an operation this view cannot take");
      }
      copyPath(root, op.path, copied);
      root = applyOperation(root, op, true, true).newDocument;
    }
  } catch (error) {
    throw error instanceof ViewPatchError ? error : new ViewPatchError(error instanceof Error ? error.message : String(error));
  }
  return root as unknown as SeatView;
}

/** Replaces every container on the way to the target of `path` with a copy of its own (once per patch). */
function copyPath(root: Record<string, unknown>, path: string, copied: Set<object>): void {
  const keys = path.split("/").slice(1, -1).map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
  let parent: Record<string, unknown> = root;
  for (const key of keys) {
    if (!Object.hasOwn(parent, key)) return; // the library's validation answers the bad path
    const child = parent[key];
    if (!isContainer(child)) return;
    let own = child as Record<string, unknown>;
    if (!copied.has(child)) {
      own = (Array.isArray(child) ? [...child] : { ...child }) as Record<string, unknown>;
      copied.add(own);
      parent[key] = own;
    }
    parent = own;
  }
}
