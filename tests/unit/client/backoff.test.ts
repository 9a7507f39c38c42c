import { describe, expect, it } from "vitest";
import { BROWSER_RETRY, parseRetryPolicy, retryDelay } from "../../../client/src/logic/backoff";

describe("retry delays", () => {
  it("double from one second and stay at ten seconds, however long the outage", () => {
    const highest = (n: number) => retryDelay(n, BROWSER_RETRY, 1);
    expect([1, 2, 3, 4, 5, 6, 100, 10_000].map(highest)).toEqual([1_000, 2_000, 4_000, 8_000, 10_000, 10_000, 10_000, 10_000]);
  });

  it("are spread between half and the whole of the doubled delay", () => {
    expect(retryDelay(3, BROWSER_RETRY, 0)).toBe(2_000);
    expect(retryDelay(3, BROWSER_RETRY, 0.5)).toBe(3_000);
    expect(retryDelay(50, BROWSER_RETRY, 0)).toBe(5_000);
  });

  it("accept a policy from outside only when it is one", () => {
    expect(parseRetryPolicy({ firstDelayMs: 50, maxDelayMs: 200 })).toEqual({ firstDelayMs: 50, maxDelayMs: 200 });
    for (const bad of [null, "fast", { firstDelayMs: 0, maxDelayMs: 10 }, { firstDelayMs: 100, maxDelayMs: 10 }, { firstDelayMs: Number.NaN, maxDelayMs: 10 }]) {
      expect(parseRetryPolicy(bad)).toBeNull();
    }
  });
});
