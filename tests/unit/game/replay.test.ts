// Golden replays: whole matches stored as logs in tests/fixtures/replays/ replay to the very
// same final state. The tests never write them: after a deliberate rule change, regenerate
// them with `npm run goldens` and review the difference.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createMatch, advancePhase, replay, stateHash, victoryDay2025, type Seats } from "../../../shared/game/index";
import { GOLDEN_DIR as DIR, GOLDEN_MATCHES as MATCHES, goldenText, recordMatch, summarize, type GoldenReplay } from "./golden";

describe("golden replays", () => {
  it("the fixture set is complete", () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith(".json")).sort()).toEqual(MATCHES.map((m) => m.file).sort());
  });

  it.each(MATCHES.map((m) => m.file))("%s replays to its recorded final state", (file) => {
    const golden = JSON.parse(readFileSync(join(DIR, file), "utf8")) as GoldenReplay;
    expect(golden.scenario).toBe(victoryDay2025.id);
    const state = replay(victoryDay2025, golden.seed, golden.seats, golden.log);
    expect(state.phase).toBe("ended");
    expect(summarize(state)).toEqual(golden.final);
  });

  it.each(MATCHES)("$file is what the recorder records today (else run `npm run goldens` and review)", (m) => {
    expect(goldenText(recordMatch(m.seed, m.seats))).toBe(readFileSync(join(DIR, m.file), "utf8"));
  });

  it("the logs hold every kind of entry", () => {
    const kinds = new Set<string>();
    for (const m of MATCHES) {
      const g = JSON.parse(readFileSync(join(DIR, m.file), "utf8")) as GoldenReplay;
      for (const e of g.log) kinds.add(e.kind);
    }
    expect([...kinds].sort()).toEqual(["advance", "inject", "offer", "orders"]);
  });

  it("determinism: the same seed and the same phase advances give identical states", () => {
    const seats: Seats = { russia: "bot", china: "bot", usa: "bot", ukraine: "bot", eu: "bot" };
    const run = () => {
      let s = createMatch(victoryDay2025, { seed: 99, seats });
      while (s.phase !== "ended") s = advancePhase(s).state;
      return s;
    };
    expect(stateHash(run())).toBe(stateHash(run()));
    expect(JSON.stringify(run())).toBe(JSON.stringify(run()));
  });

  it("a different seed gives a different match", () => {
    const seats: Seats = { russia: "bot", china: "bot", usa: "bot", ukraine: "bot", eu: "bot" };
    const end = (seed: number) => {
      let s = createMatch(victoryDay2025, { seed, seats });
      while (s.phase !== "ended") s = advancePhase(s).state;
      return stateHash(s);
    };
    expect(end(1)).not.toBe(end(2));
  });

  it("a corrupt log (a refused entry) is reported with its index", () => {
    expect(() =>
      replay(victoryDay2025, 1, { russia: "human", china: "human", usa: "human", ukraine: "human", eu: "human" }, [
        { kind: "orders", power: "eu", submission: { turn: 1, orders: [] } },
      ]),
    ).toThrow(/Log entry 0 \(orders\) was refused: WRONG_PHASE/);
  });
});
