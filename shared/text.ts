/** Player-written text: names, statements. Always shown as text, never as HTML; cleaned here once. */

/** Removes control and format characters (including bidi overrides), folds whitespace runs, trims. */
export function cleanText(input: string): string {
  return input
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Length as a person counts it: in code points, so an emoji is one character, not two. */
export function textLength(text: string): number {
  return [...text].length;
}

/**
 * The most UTF-16 units a raw text may have before cleaning, for a rule that allows `maxChars`
 * characters: a code point takes up to two units, and cleaning folds whitespace runs and
 * removes format characters, so raw text gets four times that room. Past it, the message is
 * refused as malformed before any rule reads it.
 */
export function rawTextUnits(maxChars: number): number {
  return maxChars * 2 * 4;
}
