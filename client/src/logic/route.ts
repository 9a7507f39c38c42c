/** Where the browser remembers which match it is in: the path /m/CODE, and localStorage as a fallback. */
import { isWellFormedJoinCode, normalizeJoinCode } from "../../../shared/joinCode";

const LAST_CODE_KEY = "detente:lastCode";

/** The code in an address /m/CODE; null for any other address, including one that is not valid percent-encoding. */
export function codeFromPath(pathname: string): string | null {
  const match = /^\/m\/([^/]+)\/?$/.exec(pathname);
  if (!match?.[1]) return null;
  const code = normalizeJoinCode(decoded(match[1]) ?? "");
  return isWellFormedJoinCode(code) ? code : null;
}

/** decodeURIComponent throws on a malformed sequence such as %E0%A4%A: anyone can type one. */
function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function pathForCode(code: string): string {
  return `/m/${code}`;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The match to return to: the one in the address, else the last one this browser was in. */
export function matchToResume(pathname: string, store: KeyValueStore): string | null {
  return codeFromPath(pathname) ?? store.getItem(LAST_CODE_KEY);
}

export function rememberMatch(code: string, store: KeyValueStore): void {
  store.setItem(LAST_CODE_KEY, code);
}

export function forgetMatch(store: KeyValueStore): void {
  store.removeItem(LAST_CODE_KEY);
}
