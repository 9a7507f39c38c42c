/**
 * Join codes: six characters read aloud in a classroom or off a projector, so the alphabet
 * leaves out the characters people confuse (0/O, 1/I/L).
 */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const JOIN_CODE_LENGTH = 6;

/** Builds a code from any source of uniform integers in [0, n) (crypto on the server, a seeded generator in tests). */
export function makeJoinCode(randomBelow: (n: number) => number): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomBelow(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** Upper-cases and strips spaces and dashes, so "k7q 2xp" and "K7Q-2XP" both find K7Q2XP. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

export function isWellFormedJoinCode(code: string): boolean {
  if (code.length !== JOIN_CODE_LENGTH) return false;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return false;
  return true;
}
