/**
 * What every store must do, as one suite: tests/unit/server/store.sqlite.test.ts runs it on
 * SQLite, tests/scale/store.postgres.test.ts on a real PostgreSQL server. Each test gets a store
 * of its own, empty.
 */
import { afterEach, describe, expect, it } from "vitest";
import { LeaseLostError, type Store } from "../../server/persistence/Store";
import { advancePhase, resolveTurn, submitOrders } from "../../shared/game";
import { createClassroom, joinStudent, type Classroom } from "../../shared/classroom";
import type { LoggedAction } from "../../shared/session";
import { act, lobby, started, T0 } from "../unit/session/fixtures";

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`the ${name} store`, () => {
    const opened: Store[] = [];
    const fresh = async () => {
      const store = await open();
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
    });

    const chat = (text: string, at = T0): LoggedAction => ({ actor: "h", at, action: { type: "chat", channel: "public", text } as LoggedAction["action"] });

    it("numbers a match's actions 1, 2, 3 and gives back the newest snapshot with the log after it", async () => {
      const store = await fresh();
      const session = lobby();
      await store.createMatch(session.code, T0, "hash", session);
      expect(await store.append(session.code, chat("one"))).toBe(1);
      expect(await store.append(session.code, chat("two", T0 + 1))).toBe(2);
      const later = act(session, "h", { type: "start", seed: 3 });
      await store.snapshot(session.code, 1, 2, later);
      expect(await store.append(session.code, chat("three", T0 + 2))).toBe(3);
      const loaded = (await store.load(session.code))!;
      expect(loaded.passwordHash).toBe("hash");
      expect(loaded.snapshot).toEqual(JSON.parse(JSON.stringify(later)));
      expect(loaded.logAfterSnapshot).toEqual([chat("three", T0 + 2)]);
      expect(await store.load("NOSUCH")).toBeNull();
    });

    it("keeps each match's log numbered on its own", async () => {
      const store = await fresh();
      const a = lobby();
      const b = { ...lobby(), code: "B2B2B2" };
      await store.createMatch(a.code, T0, null, a);
      await store.createMatch(b.code, T0, null, b);
      expect(await store.append(a.code, chat("a1"))).toBe(1);
      expect(await store.append(b.code, chat("b1"))).toBe(1);
      expect(await store.append(a.code, chat("a2"))).toBe(2);
    });

    it("exports the whole log and every turn's snapshot, and lists only open matches", async () => {
      const store = await fresh();
      const session = lobby();
      await store.createMatch(session.code, T0, null, session);
      await store.append(session.code, chat("one"));
      await store.snapshot(session.code, 1, 1, session);
      const exported = (await store.export(session.code))!;
      expect(exported).toMatchObject({ code: session.code, status: "open", createdAt: T0 });
      expect(exported.log).toEqual([{ seq: 1, ...chat("one") }]);
      expect(exported.turns.map((t) => [t.turn, t.seq])).toEqual([[0, 0], [1, 1]]);
      expect(await store.openMatchCodes()).toEqual([session.code]);
      await store.setStatus(session.code, "ended");
      expect(await store.openMatchCodes()).toEqual([]);
      expect(await store.hasMatch(session.code)).toBe(true);
      expect((await store.export(session.code))!.status).toBe("ended");
      expect(await store.export("NOSUCH")).toBeNull();
    });

    it("finds a seat by its token's hash in its own match only, and follows the host", async () => {
      const store = await fresh();
      const session = lobby();
      await store.createMatch(session.code, T0, null, session);
      await store.addSeat(session.code, "a", "hash-a");
      expect(await store.memberForToken(session.code, "hash-a")).toBe("a");
      expect(await store.memberForToken(session.code, "hash-b")).toBeNull();
      expect(await store.memberForToken("OTHER1", "hash-a")).toBeNull();
      expect(await store.hostOf(session.code)).toBe("h");
      await store.setHost(session.code, "a");
      expect(await store.hostOf(session.code)).toBe("a");
    });

    it("keeps a class, its students' token hashes, and deletes it whole with its matches", async () => {
      const store = await fresh();
      const made = createClassroom("CLS22", "Year 10", "lesson");
      if (!made.ok) throw new Error(made.code);
      const joined = joinStudent(made.value, "s1", "Olena");
      if (!joined.ok) throw new Error(joined.code);
      const session = lobby();
      const classroom: Classroom = { ...joined.value, matches: [session.code] };
      await store.createClass(classroom.code, T0, "teacher-hash", made.value);
      await store.addStudent(classroom.code, "s1", "student-hash");
      await store.saveClass(classroom);
      await store.createMatch(session.code, T0, null, session);
      await store.addSeat(session.code, "s1", "student-hash");
      await store.append(session.code, chat("hello"));
      expect(await store.loadClass(classroom.code)).toEqual({ teacherTokenHash: "teacher-hash", createdAt: T0, classroom });
      expect(await store.studentForToken(classroom.code, "student-hash")).toBe("s1");
      expect(await store.studentTokenHash(classroom.code, "s1")).toBe("student-hash");
      expect(await store.openClassCodes()).toEqual([classroom.code]);
      await store.setClassStatus(classroom.code, "abandoned");
      expect(await store.openClassCodes()).toEqual([]);
      expect(await store.purgeClassesCreatedBefore(T0)).toEqual([]);
      expect(await store.purgeClassesCreatedBefore(T0 + 1)).toEqual([classroom.code]);
      expect(await store.hasClass(classroom.code)).toBe(false);
      expect(await store.hasMatch(session.code)).toBe(false);
      expect(await store.studentForToken(classroom.code, "student-hash")).toBeNull();
      expect(await store.export(session.code)).toBeNull();
    });

    it("remembers when the server was last alive", async () => {
      const store = await fresh();
      expect(await store.lastAlive()).toBeNull();
      await store.markAlive(T0);
      await store.markAlive(T0 + 1_000);
      expect(await store.lastAlive()).toBe(T0 + 1_000);
    });

    it("leases a match to one owner at a time: renewed by its owner, taken by another only once it has run out", async () => {
      const store = await fresh();
      const session = lobby();
      await store.createMatch(session.code, T0, null, session);
      expect(await store.unleased(T0)).toEqual([{ kind: "match", code: session.code, renewedAt: null }]);
      expect(await store.takeLease(session.code, "A", T0, T0 + 5_000)).toEqual({ owner: "A", epoch: 1 });
      expect(await store.unleased(T0 + 1)).toEqual([]);
      expect(await store.takeLease(session.code, "B", T0 + 1, T0 + 5_001)).toBeNull();
      expect(await store.renewLeases("A", [session.code, "OTHER1"], T0 + 4_000, T0 + 9_000)).toEqual([session.code]);
      expect(await store.renewLeases("B", [session.code], T0 + 4_000, T0 + 9_000)).toEqual([]);
      expect(await store.takeLease(session.code, "B", T0 + 8_999, T0 + 13_999)).toBeNull();
      expect(await store.unleased(T0 + 9_000)).toEqual([{ kind: "match", code: session.code, renewedAt: T0 + 4_000 }]);
      expect(await store.takeLease(session.code, "B", T0 + 9_000, T0 + 14_000)).toEqual({ owner: "B", epoch: 2 });
      expect(await store.renewLeases("A", [session.code], T0 + 9_001, T0 + 14_001)).toEqual([]);
      await store.releaseLease(session.code, "A");
      expect(await store.unleased(T0 + 9_001)).toEqual([]);
      await store.releaseLease(session.code, "B");
      expect(await store.unleased(T0 + 9_001)).toEqual([{ kind: "match", code: session.code, renewedAt: null }]);
      // A lease given up and taken again counts on: a fence from before the release never matches again.
      expect(await store.takeLease(session.code, "A", T0 + 9_002, T0 + 14_002)).toEqual({ owner: "A", epoch: 3 });
    });

    it("refuses every write whose fence is no longer the lease's, and makes those whose fence is", async () => {
      const store = await fresh();
      const session = lobby();
      const a = (await store.takeLease(session.code, "A", T0, T0 + 5_000))!;
      await store.createMatch(session.code, T0, null, session, a);
      expect(await store.append(session.code, chat("by A"), a)).toBe(1);
      // A stalled past its lease; B takes the match over.
      const b = (await store.takeLease(session.code, "B", T0 + 5_000, T0 + 10_000))!;
      const made = createClassroom("CLS33", "Year 11", "lesson");
      if (!made.ok) throw new Error(made.code);
      const classA = (await store.takeLease("CLS33", "A", T0, T0 + 5_000))!;
      await store.createClass("CLS33", T0, "teacher-hash", made.value, classA);
      await store.takeLease("CLS33", "B", T0 + 5_000, T0 + 10_000);
      const stale: [string, () => Promise<unknown>][] = [
        ["append", () => store.append(session.code, chat("by A, stalled"), a)],
        ["snapshot", () => store.snapshot(session.code, 1, 1, session, a)],
        ["setStatus", () => store.setStatus(session.code, "abandoned", a)],
        ["setHost", () => store.setHost(session.code, "someone", a)],
        ["addSeat", () => store.addSeat(session.code, "m1", "hash-m1", a)],
        ["saveClass", () => store.saveClass({ ...made.value, name: "Renamed" }, classA)],
        ["setClassStatus", () => store.setClassStatus("CLS33", "abandoned", classA)],
        ["addStudent", () => store.addStudent("CLS33", "s1", "hash-s1", classA)],
        ["deleteClass", () => store.deleteClass("CLS33", classA)],
      ];
      for (const [what, write] of stale) await expect(write(), what).rejects.toBeInstanceOf(LeaseLostError);
      // Nothing of A's stale writes is in the store; B's writes go on from A's last acknowledged one.
      expect(await store.append(session.code, chat("by B"), b)).toBe(2);
      const loaded = (await store.load(session.code))!;
      expect(loaded.logAfterSnapshot.map((e) => (e.action as { text: string }).text)).toEqual(["by A", "by B"]);
      expect(await store.hostOf(session.code)).toBe(session.hostId);
      expect(await store.memberForToken(session.code, "hash-m1")).toBeNull();
      expect(await store.unleased(T0 + 20_000)).toEqual([
        { kind: "match", code: session.code, renewedAt: T0 + 5_000 },
        { kind: "class", code: "CLS33", renewedAt: T0 + 5_000 },
      ]);
      expect((await store.loadClass("CLS33"))!.classroom.name).toBe("Year 11");
      expect(await store.studentForToken("CLS33", "hash-s1")).toBeNull();
    });

    it("lists unleased open matches before unleased open classes, and never a finished match", async () => {
      const store = await fresh();
      const open = lobby();
      const ended = { ...lobby(), code: "E2E2E2" };
      await store.createMatch(open.code, T0, null, open);
      await store.createMatch(ended.code, T0, null, ended);
      await store.setStatus(ended.code, "ended");
      const made = createClassroom("CLS22", "Year 10", "lesson");
      if (!made.ok) throw new Error(made.code);
      await store.createClass(made.value.code, T0, "teacher-hash", made.value);
      expect((await store.unleased(T0)).map((u) => [u.kind, u.code])).toEqual([
        ["match", open.code],
        ["class", "CLS22"],
      ]);
    });

    it("gives a lease to exactly one of several owners asking at once", async () => {
      const store = await fresh();
      const session = lobby();
      await store.createMatch(session.code, T0, null, session);
      const owners = ["A", "B", "C", "D", "E"];
      const taken = await Promise.all(owners.map((o) => store.takeLease(session.code, o, T0, T0 + 5_000)));
      expect(taken.filter((fence) => fence !== null)).toHaveLength(1);
    });

    it("refuses a second match under a code already used", async () => {
      const store = await fresh();
      const session = lobby();
      await store.createMatch(session.code, T0, null, session);
      await expect(store.createMatch(session.code, T0, null, session)).rejects.toThrow();
    });

    it("restores a match saved before the say–do record existed with an empty record that resolution can use", async () => {
      const store = await fresh();
      const session = started();
      const { sayDo: _absent, ...older } = session.match!;
      await store.createMatch(session.code, 0, null, { ...session, match: older as typeof session.match });
      let match = (await store.load(session.code))!.snapshot.match!;
      expect(match.sayDo).toEqual([]);
      while (match.phase !== "orders") match = advancePhase(match).state;
      const given = submitOrders(match, "russia", { turn: match.turn, orders: [{ type: "statement", audience: "world", tone: "conciliatory", topic: "war", text: "" }] });
      expect(given.ok).toBe(true);
      if (given.ok) expect(resolveTurn(given.value).state.sayDo.map((e) => e.power)).toEqual(["russia"]);
    });

    it("restores a commitment saved before deals could run several turns as a one-turn commitment, carried out and kept at its turn", async () => {
      const store = await fresh();
      const session = started();
      let match = session.match!;
      while (match.phase !== "orders") match = advancePhase(match).state;
      const older = {
        id: "c900", offerId: "o900", turn: match.turn, parties: ["usa", "ukraine"], visibility: "private", status: "pending", breakers: [],
        terms: { kind: "deal", items: [{ from: "usa", to: "ukraine", item: "economicAid" }] },
      };
      await store.createMatch(session.code, 0, null, { ...session, match: { ...match, commitments: [older] } as unknown as typeof session.match });
      const restored = (await store.load(session.code))!.snapshot.match!;
      expect(restored.commitments[0]).toMatchObject({ endTurn: match.turn, turnsKept: 0 });
      expect(resolveTurn(restored).state.commitments[0]).toMatchObject({ status: "kept", turnsKept: 1 });
    });
  });
}
