// A tiny seeded generator (mulberry32). Its whole state is one uint32 kept in MatchState.rng,
// so a match replays exactly from its seed.

export interface Rng {
  state: number;
}

/** Turns any number into a valid generator state. */
export function seedState(seed: number): number {
  return (Math.floor(Math.abs(seed)) ^ 0x9e3779b9) >>> 0;
}

/** A float in [0, 1); advances `rng.state`. */
export function nextFloat(rng: Rng): number {
  rng.state = (rng.state + 0x6d2b79f5) >>> 0;
  let t = rng.state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** An integer in [0, n). */
export function nextInt(rng: Rng, n: number): number {
  return Math.floor(nextFloat(rng) * n);
}

/** A uint32, used to seed a bot's own generator. */
export function nextSeed(rng: Rng): number {
  return Math.floor(nextFloat(rng) * 4294967296) >>> 0;
}

/** A float in [-1, 1), roughly bell-shaped (sum of two uniforms). */
export function nextNoise(rng: Rng): number {
  return nextFloat(rng) + nextFloat(rng) - 1;
}

export function pick<T>(rng: Rng, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[nextInt(rng, items.length)];
}

/** Picks an index with probability proportional to its weight; -1 if all weights are 0. */
export function pickWeighted(rng: Rng, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + Math.max(0, b), 0);
  if (total <= 0) return -1;
  let x = nextFloat(rng) * total;
  for (let i = 0; i < weights.length; i++) {
    x -= Math.max(0, weights[i] ?? 0);
    if (x < 0) return i;
  }
  return weights.length - 1;
}
