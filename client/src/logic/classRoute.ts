/**
 * The class's addresses: /class (join with a code), /class/new (a teacher creates one),
 * /class/CODE (the join address on the projector) and /class/CODE#teacher=TOKEN (the teacher's
 * private link: a fragment never reaches the server's logs or a Referer header), and two pages
 * opened from the dashboard: /class/CODE/debrief#teacher=TOKEN (the class debrief) and
 * /class/CODE/projector#key=KEY (the projector view, with its read-only key).
 */
import { JOIN_CODE_ALPHABET, normalizeJoinCode } from "../../../shared/joinCode";
import { CLASS_CODE_LENGTH } from "../../../shared/classroom/protocol";

export type ClassRoute =
  | { kind: "join"; code: string | null }
  | { kind: "create" }
  | { kind: "teacher"; code: string; token: string }
  | { kind: "debrief"; code: string; token: string }
  | { kind: "projector"; code: string; key: string };

/** The class route at this address, or null if it is not a class address. */
export function classRouteFrom(pathname: string, hash: string): ClassRoute | null {
  const page = /^\/class\/([^/]+)\/(debrief|projector)\/?$/.exec(pathname);
  if (page) {
    const code = normalizeJoinCode(page[1]!);
    const params = new URLSearchParams(hash.replace(/^#/, ""));
    const token = params.get(page[2] === "debrief" ? "teacher" : "key");
    if (!isClassCode(code) || !token) return { kind: "join", code: isClassCode(code) ? code : null };
    return page[2] === "debrief" ? { kind: "debrief", code, token } : { kind: "projector", code, key: token };
  }
  const match = /^\/class(?:\/([^/]*))?\/?$/.exec(pathname);
  if (!match) return null;
  const segment = match[1] ?? "";
  if (segment === "") return { kind: "join", code: null };
  if (segment === "new") return { kind: "create" };
  const code = normalizeJoinCode(segment);
  if (!isClassCode(code)) return { kind: "join", code: null };
  const token = new URLSearchParams(hash.replace(/^#/, "")).get("teacher");
  return token ? { kind: "teacher", code, token } : { kind: "join", code };
}

/** Whether the address is one of the class pages (cheap: the class code loads only then). */
export function isClassPath(pathname: string): boolean {
  return /^\/class(\/|$)/.test(pathname);
}

export function isClassCode(code: string): boolean {
  return code.length === CLASS_CODE_LENGTH && [...code].every((ch) => JOIN_CODE_ALPHABET.includes(ch));
}

export function joinAddress(origin: string, code: string): string {
  return `${origin}/class/${code}`;
}

export function teacherLink(origin: string, code: string, token: string): string {
  return `${joinAddress(origin, code)}#teacher=${encodeURIComponent(token)}`;
}

export function debriefLink(origin: string, code: string, token: string): string {
  return `${joinAddress(origin, code)}/debrief#teacher=${encodeURIComponent(token)}`;
}

export function projectorLink(origin: string, code: string, key: string): string {
  return `${joinAddress(origin, code)}/projector#key=${encodeURIComponent(key)}`;
}

/** A student's token for a class, kept in the browser so a reload or a dropped laptop comes back. */
export function studentTokenKey(code: string): string {
  return `detente:class:${code}`;
}
