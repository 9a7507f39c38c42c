// Means and standard errors, summed in index order (the same floats whatever the worker count).

export function mean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return xs.length ? s / xs.length : NaN;
}

/** Standard error of the mean. */
export function se(xs: readonly number[]): number {
  if (xs.length < 2) return NaN;
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) * (x - m);
  return Math.sqrt(s / (xs.length - 1) / xs.length);
}

/** Mean and standard error of the paired differences a[i] − b[i] (same seeds). */
export function pairedDiff(a: readonly number[], b: readonly number[]): { value: number; se: number } {
  const d = a.map((x, i) => x - (b[i] ?? NaN));
  return { value: mean(d), se: se(d) };
}
