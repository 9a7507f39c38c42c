/**
 * "Rooms of five": how a class is split into worlds before the start. Pure, so the teacher's
 * screen, the server and the tests all get the same split.
 */
import { POWERS, type PowerId } from "../game/types";
import { MAX_DELEGATION } from "../session/lobby";

/** Five powers, so a world holds at most five students; powers left over go to bots. */
export const WORLD_SIZE = POWERS.length;
/** A world needs at least two people (the session's MIN_HUMAN_POWERS), and plays better with three. */
export const MIN_WORLD = 3;

/**
 * The order in which a world's students take powers: the two belligerents first, then the
 * powers that weigh on the war most, so a world of three plays the war and its main sponsor.
 */
export const SEAT_ORDER: readonly PowerId[] = ["russia", "ukraine", "usa", "eu", "china"];

/**
 * Splits students, in the order given (their arrival), into ceil(n / 5) worlds: as many full
 * worlds of five as possible and the rest in the last world (28 → 5, 5, 5, 5, 5, 3), except
 * that no world is left with fewer than three while full worlds can spare someone
 * (26 → 5, 5, 5, 5, 3, 3 rather than a world of one against four bots).
 */
export function groupIntoWorlds<T>(students: readonly T[]): T[][] {
  const n = students.length;
  if (n === 0) return [];
  const count = Math.ceil(n / WORLD_SIZE);
  const sizes = Array.from({ length: count }, (_, i) => (i < count - 1 ? WORLD_SIZE : n - WORLD_SIZE * (count - 1)));
  // The last world takes students from the full worlds before it, one donor at a time, while a
  // donor keeps at least three.
  for (let donor = count - 2; donor >= 0 && sizes[count - 1]! < MIN_WORLD; ) {
    if (sizes[donor]! > MIN_WORLD) {
      sizes[donor]!--;
      sizes[count - 1]!++;
    } else donor--;
  }
  const worlds: T[][] = [];
  let at = 0;
  for (const size of sizes) {
    worlds.push(students.slice(at, at + size));
    at += size;
  }
  return worlds;
}

/** Which power each student of a world plays, in SEAT_ORDER; the powers after them go to bots. */
export function seatWorld<T>(world: readonly T[], chosen: (student: T) => PowerId | undefined = () => undefined): { student: T; power: PowerId }[] {
  return seatWithChoices(world.slice(0, WORLD_SIZE), chosen, 1);
}

/** The powers of a world that no student plays: its bots. */
export function botPowers(taken: readonly PowerId[]): PowerId[] {
  return SEAT_ORDER.filter((p) => !taken.includes(p));
}

/**
 * "Delegations": at most six students to a power, so a world of delegations holds thirty (a
 * whole class of thirty in one world: five delegations of six).
 */
export const DELEGATION_SIZE = 6;
export const DELEGATION_WORLD_SIZE = WORLD_SIZE * DELEGATION_SIZE;

/**
 * Splits students, in the order given, into as few worlds of delegations as hold them (at most
 * thirty each), their sizes differing by one at most: 28 → one world of 28; 45 → 23 and 22.
 */
export function groupIntoDelegationWorlds<T>(students: readonly T[]): T[][] {
  const n = students.length;
  if (n === 0) return [];
  const count = Math.ceil(n / DELEGATION_WORLD_SIZE);
  const worlds: T[][] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const size = Math.floor(n / count) + (i < n % count ? 1 : 0);
    worlds.push(students.slice(at, at + size));
    at += size;
  }
  return worlds;
}

/**
 * Which power each student of a world of delegations plays: dealt in turn along SEAT_ORDER, so
 * the delegations differ by one member at most (28 → 6, 6, 6, 5, 5) and a world of three plays
 * the war and its main sponsor, as in rooms of five.
 */
export function seatDelegations<T>(world: readonly T[], chosen: (student: T) => PowerId | undefined = () => undefined): { student: T; power: PowerId }[] {
  return seatWithChoices(world, chosen, MAX_DELEGATION);
}

/**
 * Seats a world, in its order: a student the teacher gave a power takes it while it has room
 * (`perPower` students); everyone else goes to the power with the fewest students so far, the
 * first in SEAT_ORDER on a tie. With no choices this is the plain deal along SEAT_ORDER.
 */
function seatWithChoices<T>(world: readonly T[], chosen: (student: T) => PowerId | undefined, perPower: number): { student: T; power: PowerId }[] {
  const count = new Map<PowerId, number>(SEAT_ORDER.map((p) => [p, 0]));
  const seat = new Map<T, PowerId>();
  const take = (student: T, power: PowerId) => {
    seat.set(student, power);
    count.set(power, count.get(power)! + 1);
  };
  for (const student of world) {
    const power = chosen(student);
    if (power && count.get(power)! < perPower) take(student, power);
  }
  for (const student of world) {
    if (seat.has(student)) continue;
    take(student, SEAT_ORDER.reduce((a, b) => (count.get(b)! < count.get(a)! ? b : a)));
  }
  return world.map((student) => ({ student, power: seat.get(student)! }));
}
