import { describe, expect, it } from "vitest";
import { countdown, estimateSkew, urgency } from "../../../client/src/logic/countdown";
import { codeFromPath, forgetMatch, matchToResume, pathForCode, rememberMatch, type KeyValueStore } from "../../../client/src/logic/route";

describe("countdown", () => {
  const now = 1_000_000;
  it("measures what is left of a running phase against its length", () => {
    const c = countdown({ deadline: now + 30_000, paused: false, remaining: 0 }, 120, now);
    expect(c.remainingMs).toBe(30_000);
    expect(c.fraction).toBe(0.25);
    expect(c.text).toBe("0:30 left");
    expect(urgency(c)).toBe("calm");
  });

  it("shows a paused clock with what is left, and a passed deadline as zero", () => {
    const paused = countdown({ deadline: 0, paused: true, remaining: 90_000 }, 180, now);
    expect(paused.text).toBe("Paused, 1:30 left");
    expect(paused.fraction).toBe(0.5);
    expect(urgency(paused)).toBe("calm");
    const late = countdown({ deadline: now - 5_000, paused: false, remaining: 0 }, 60, now);
    expect(late.remainingMs).toBe(0);
    expect(urgency(late)).toBe("urgent");
  });

  it("keeps the bar full after an extension and empty when stopped", () => {
    expect(countdown({ deadline: now + 200_000, paused: false, remaining: 0 }, 60, now).fraction).toBe(1);
    const stopped = countdown({ deadline: 0, paused: false, remaining: 0 }, 60, now);
    expect(stopped.fraction).toBe(0);
    expect(stopped.text).toBe("Stopped");
  });

  it("turns urgent in the last 15 seconds of a long phase", () => {
    expect(urgency(countdown({ deadline: now + 14_000, paused: false, remaining: 0 }, 3_600, now))).toBe("urgent");
  });
});

describe("clock skew", () => {
  it("reads the server's lead from a phase seen to begin, ignoring latency", () => {
    // The server's clock is 60 s ahead: a 120-second phase it just began ends 180 s from our now.
    expect(estimateSkew(1_000_000 + 180_000, 120, 1_000_000)).toBe(60_000);
    expect(estimateSkew(1_000_000 + 120_400, 120, 1_000_000)).toBe(0);
    expect(estimateSkew(1_000_000 + 112_000, 120, 1_000_000)).toBe(0);
    expect(estimateSkew(1_000_000 + 60_000, 120, 1_000_000)).toBe(-60_000);
  });
});

describe("route", () => {
  function memory(): KeyValueStore {
    const m = new Map<string, string>();
    return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
  }

  it("reads a well-formed code from /m/CODE in any case", () => {
    expect(codeFromPath("/m/k7q2xp")).toBe("K7Q2XP");
    expect(codeFromPath("/m/K7Q2XP/")).toBe("K7Q2XP");
    expect(codeFromPath("/m/0000")).toBeNull();
    expect(codeFromPath("/")).toBeNull();
    expect(pathForCode("K7Q2XP")).toBe("/m/K7Q2XP");
  });

  it("reads no code, and never throws, from an address that is not valid percent-encoding", () => {
    for (const path of ["/m/%E0%A4%A", "/m/%", "/m/%ZZ", "/m/%C0%80"]) expect(codeFromPath(path), path).toBeNull();
    expect(matchToResume("/m/%E0%A4%A", memory())).toBeNull();
    expect(codeFromPath("/m/k7q%202xp")).toBe("K7Q2XP");
  });

  it("resumes the match in the address first, else the one remembered", () => {
    const store = memory();
    expect(matchToResume("/", store)).toBeNull();
    rememberMatch("ABCDEF", store);
    expect(matchToResume("/", store)).toBe("ABCDEF");
    expect(matchToResume("/m/K7Q2XP", store)).toBe("K7Q2XP");
    forgetMatch(store);
    expect(matchToResume("/", store)).toBeNull();
  });
});
