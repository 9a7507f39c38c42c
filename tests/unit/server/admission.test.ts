/** Per-address counts forget an address once its window is over: memory does not grow with every address ever seen. */
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { PendingReservations, WindowLimit } from "../../../server/admission";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

it("a window limit refuses past its points and forgets the address when the window ends", async () => {
  const limit = new WindowLimit(2, 60);
  expect(await limit.count("10.0.0.1")).toBe(0);
  expect(await limit.count("10.0.0.1")).toBe(0);
  expect(await limit.count("10.0.0.1")).toBeGreaterThan(0);
  expect(await limit.waitFor("10.0.0.1")).toBeGreaterThan(0);
  expect(await limit.waitFor("10.0.0.2")).toBe(0);
  vi.advanceTimersByTime(61_000);
  expect(await limit.waitFor("10.0.0.1")).toBe(0);
  const stored = (limit as unknown as { limiter: { _memoryStorage: { _storage: Map<string, unknown> } } }).limiter._memoryStorage._storage;
  expect(stored.size).toBe(0);
});

it("pending reservations are capped per address and an address holding none is forgotten", () => {
  const pending = new PendingReservations(2);
  const a = pending.take("10.0.0.1")!;
  pending.take("10.0.0.1");
  expect(pending.take("10.0.0.1")).toBeNull();
  for (let i = 0; i < 1000; i++) pending.take(`10.1.${i >> 8}.${i & 255}`);
  expect(pending.addresses).toBe(1001);
  pending.release(a);
  expect(pending.take("10.0.0.1")).not.toBeNull();
  // Reservations nobody used lapse, and their addresses with them.
  vi.advanceTimersByTime(21_000);
  expect(pending.addresses).toBe(0);
});
