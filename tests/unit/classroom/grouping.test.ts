/** Rooms of five: how a class is split into worlds, one named case per rule. */
import { describe, expect, it } from "vitest";
import { DELEGATION_SIZE, DELEGATION_WORLD_SIZE, MIN_WORLD, SEAT_ORDER, WORLD_SIZE, botPowers, groupIntoDelegationWorlds, groupIntoWorlds, seatDelegations, seatWorld } from "../../../shared/classroom";
import { POWERS } from "../../../shared/game";

const students = (n: number) => Array.from({ length: n }, (_, i) => `s${i + 1}`);
const sizes = (n: number) => groupIntoWorlds(students(n)).map((w) => w.length);

describe("rooms of five", () => {
  it("splits the issue's class of 28 into five worlds of five and a world of three", () => {
    expect(sizes(28)).toEqual([5, 5, 5, 5, 5, 3]);
  });

  it("makes whole worlds of five when the class divides by five", () => {
    expect(sizes(25)).toEqual([5, 5, 5, 5, 5]);
    expect(sizes(5)).toEqual([5]);
  });

  it("never leaves a world of one or two against bots while full worlds can spare students", () => {
    expect(sizes(26)).toEqual([5, 5, 5, 5, 3, 3]);
    expect(sizes(27)).toEqual([5, 5, 5, 5, 4, 3]);
    expect(sizes(6)).toEqual([3, 3]);
    expect(sizes(7)).toEqual([4, 3]);
    expect(sizes(11)).toEqual([5, 3, 3]);
  });

  it("keeps a class smaller than three in one world", () => {
    expect(sizes(1)).toEqual([1]);
    expect(sizes(2)).toEqual([2]);
    expect(sizes(0)).toEqual([]);
  });

  it("for every class up to 60: seats everyone once, in arrival order, in ceil(n/5) worlds of at most five and at least three", () => {
    for (let n = 3; n <= 60; n++) {
      const worlds = groupIntoWorlds(students(n));
      expect(worlds.flat(), `n=${n}`).toEqual(students(n));
      expect(worlds.length, `n=${n}`).toBe(Math.ceil(n / WORLD_SIZE));
      for (const w of worlds) expect(w.length, `n=${n}`).toBeLessThanOrEqual(WORLD_SIZE);
      for (const w of worlds) expect(w.length, `n=${n}`).toBeGreaterThanOrEqual(MIN_WORLD);
    }
  });

  it("gives a world of three the two belligerents and the United States, and the other two powers to bots", () => {
    const seats = seatWorld(["a", "b", "c"]);
    expect(seats).toEqual([
      { student: "a", power: "russia" },
      { student: "b", power: "ukraine" },
      { student: "c", power: "usa" },
    ]);
    expect(botPowers(seats.map((s) => s.power))).toEqual(["eu", "china"]);
  });

  it("seats a world of five on every power once", () => {
    expect([...SEAT_ORDER].sort()).toEqual([...POWERS].sort());
    expect(botPowers(seatWorld(students(5)).map((s) => s.power))).toEqual([]);
  });
});

describe("delegations", () => {
  const worlds = (n: number) => groupIntoDelegationWorlds(students(n)).map((w) => w.length);
  const delegationSizes = (world: string[]) => SEAT_ORDER.map((p) => seatDelegations(world).filter((s) => s.power === p).length);

  it("puts the issue's class of 28 in one world of five delegations of five or six", () => {
    expect(worlds(28)).toEqual([28]);
    expect(delegationSizes(students(28))).toEqual([6, 6, 6, 5, 5]);
  });

  it("puts a class of 30 in one world of five delegations of six", () => {
    expect(worlds(30)).toEqual([DELEGATION_WORLD_SIZE]);
    expect(delegationSizes(students(30))).toEqual([6, 6, 6, 6, 6]);
  });

  it("splits a class larger than thirty evenly into as few worlds of delegations as hold it", () => {
    expect(worlds(31)).toEqual([16, 15]);
    expect(worlds(60)).toEqual([30, 30]);
  });

  it("seats a small world of delegations in the same order as rooms of five: the war and its sponsor first", () => {
    expect(seatDelegations(["a", "b", "c"]).map((s) => s.power)).toEqual(["russia", "ukraine", "usa"]);
    expect(delegationSizes(students(7))).toEqual([2, 2, 1, 1, 1]);
    expect(Math.max(...delegationSizes(students(30)))).toBe(DELEGATION_SIZE);
  });
});
