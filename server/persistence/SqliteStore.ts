/**
 * The embedded store, the default: one SQLite file holding every match's record, its seats, the
 * append-only log of accepted actions and a snapshot of the session at the start and after every
 * turn. better-sqlite3 writes synchronously, so each promise here resolves with the write on disk.
 *
 * The writes rooms make while the server handles one round of socket events (a tick) go in one
 * transaction, committed before the next round: one commit instead of one per action, and each
 * write's promise still resolves only once its commit is done (rooms acknowledge nothing sooner).
 */
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { LoggedAction, Session } from "../../shared/session";
import type { Classroom } from "../../shared/classroom";
import { LeaseLostError, type Fence, type MatchExport, type MatchStatus, type Store, type StoredClass, type StoredMatch, type Unleased } from "./Store";
import { parseSession, toEntry } from "./storedSession";

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS matches (
    code TEXT PRIMARY KEY,
    status TEXT NOT NULL DEFAULT 'open',          -- open | ended | abandoned
    created_at INTEGER NOT NULL,
    password_hash TEXT,
    host_member_id TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS seats (
    code TEXT NOT NULL REFERENCES matches(code),
    member_id TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    PRIMARY KEY (code, member_id)
  );
  CREATE TABLE IF NOT EXISTS log (
    code TEXT NOT NULL REFERENCES matches(code),
    seq INTEGER NOT NULL,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    PRIMARY KEY (code, seq)
  );
  CREATE TABLE IF NOT EXISTS snapshots (
    code TEXT NOT NULL REFERENCES matches(code),
    turn INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    session TEXT NOT NULL,
    PRIMARY KEY (code, turn)
  );
  CREATE TABLE IF NOT EXISTS classes (
    code TEXT PRIMARY KEY,
    status TEXT NOT NULL DEFAULT 'open',          -- open | abandoned
    created_at INTEGER NOT NULL,
    teacher_token_hash TEXT NOT NULL,
    classroom TEXT NOT NULL                       -- the pure Classroom (shared/classroom) as JSON
  );
  CREATE TABLE IF NOT EXISTS class_students (
    class_code TEXT NOT NULL REFERENCES classes(code),
    student_id TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    PRIMARY KEY (class_code, student_id)
  );
  CREATE TABLE IF NOT EXISTS leases (
    code TEXT PRIMARY KEY,                        -- a match's or a class's code
    owner TEXT NOT NULL,                          -- the process holding it ('' once given up)
    renewed_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    epoch INTEGER NOT NULL DEFAULT 0              -- counts every take: a write's fence names it
  );
  CREATE TABLE IF NOT EXISTS server (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    alive_at INTEGER NOT NULL
  );
`;

interface QueuedWrite {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly statements;
  /** This tick's writes, committed together (see commitTick). */
  private tick: QueuedWrite[] = [];

  /** `groupCommit: false` commits every write alone, as before ticks were grouped (npm run bench:store's baseline). */
  constructor(
    file: string,
    private readonly options: { groupCommit?: boolean } = {},
  ) {
    if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    // NORMAL with WAL survives a killed process; only a power cut may lose the last commits.
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("foreign_keys = ON");
    this.db.exec(SCHEMA);
    // A file made before fences had no epoch column.
    if (!this.db.prepare<[], { name: string }>("PRAGMA table_info(leases)").all().some((c) => c.name === "epoch")) {
      this.db.exec("ALTER TABLE leases ADD COLUMN epoch INTEGER NOT NULL DEFAULT 0");
    }
    this.statements = {
      insertMatch: this.db.prepare("INSERT INTO matches (code, created_at, password_hash, host_member_id) VALUES (?, ?, ?, ?)"),
      insertSeat: this.db.prepare("INSERT INTO seats (code, member_id, token_hash) VALUES (?, ?, ?)"),
      seatByToken: this.db.prepare<[string, string], { member_id: string }>("SELECT member_id FROM seats WHERE code = ? AND token_hash = ?"),
      nextSeq: this.db.prepare<[string], { seq: number }>("SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM log WHERE code = ?"),
      insertLog: this.db.prepare("INSERT INTO log (code, seq, at, actor, action) VALUES (?, ?, ?, ?, ?)"),
      upsertSnapshot: this.db.prepare("INSERT OR REPLACE INTO snapshots (code, turn, seq, session) VALUES (?, ?, ?, ?)"),
      setStatus: this.db.prepare("UPDATE matches SET status = ? WHERE code = ?"),
      setHost: this.db.prepare("UPDATE matches SET host_member_id = ? WHERE code = ?"),
      match: this.db.prepare<[string], { code: string; status: string; created_at: number; password_hash: string | null; host_member_id: string }>(
        "SELECT * FROM matches WHERE code = ?",
      ),
      openCodes: this.db.prepare<[], { code: string }>("SELECT code FROM matches WHERE status = 'open' ORDER BY created_at"),
      latestSnapshot: this.db.prepare<[string], { seq: number; session: string }>("SELECT seq, session FROM snapshots WHERE code = ? ORDER BY seq DESC LIMIT 1"),
      logFrom: this.db.prepare<[string, number], { seq: number; at: number; actor: string; action: string }>(
        "SELECT seq, at, actor, action FROM log WHERE code = ? AND seq > ? ORDER BY seq",
      ),
      snapshots: this.db.prepare<[string], { turn: number; seq: number; session: string }>("SELECT turn, seq, session FROM snapshots WHERE code = ? ORDER BY turn"),
      insertClass: this.db.prepare("INSERT INTO classes (code, created_at, teacher_token_hash, classroom) VALUES (?, ?, ?, ?)"),
      updateClass: this.db.prepare("UPDATE classes SET classroom = ? WHERE code = ?"),
      setClassStatus: this.db.prepare("UPDATE classes SET status = ? WHERE code = ?"),
      classByCode: this.db.prepare<[string], { teacher_token_hash: string; classroom: string; created_at: number }>("SELECT teacher_token_hash, classroom, created_at FROM classes WHERE code = ?"),
      classesCreatedBefore: this.db.prepare<[number], { code: string }>("SELECT code FROM classes WHERE created_at < ?"),
      deleteStudents: this.db.prepare("DELETE FROM class_students WHERE class_code = ?"),
      deleteClass: this.db.prepare("DELETE FROM classes WHERE code = ?"),
      deleteSeats: this.db.prepare("DELETE FROM seats WHERE code = ?"),
      deleteLog: this.db.prepare("DELETE FROM log WHERE code = ?"),
      deleteSnapshots: this.db.prepare("DELETE FROM snapshots WHERE code = ?"),
      deleteMatch: this.db.prepare("DELETE FROM matches WHERE code = ?"),
      openClassCodes: this.db.prepare<[], { code: string }>("SELECT code FROM classes WHERE status = 'open' ORDER BY created_at"),
      insertStudent: this.db.prepare("INSERT INTO class_students (class_code, student_id, token_hash) VALUES (?, ?, ?)"),
      studentByToken: this.db.prepare<[string, string], { student_id: string }>("SELECT student_id FROM class_students WHERE class_code = ? AND token_hash = ?"),
      studentTokenHash: this.db.prepare<[string, string], { token_hash: string }>("SELECT token_hash FROM class_students WHERE class_code = ? AND student_id = ?"),
      alive: this.db.prepare("INSERT INTO server (id, alive_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET alive_at = excluded.alive_at"),
      takeLease: this.db.prepare<[string, string, number, number], { epoch: number }>(
        `INSERT INTO leases (code, owner, renewed_at, expires_at, epoch) VALUES (?, ?, ?, ?, 1)
         ON CONFLICT (code) DO UPDATE SET owner = excluded.owner, renewed_at = excluded.renewed_at, expires_at = excluded.expires_at, epoch = leases.epoch + 1
         WHERE leases.owner = excluded.owner OR leases.expires_at <= excluded.renewed_at RETURNING epoch`,
      ),
      holdsLease: this.db.prepare<[string, string, number], { code: string }>("SELECT code FROM leases WHERE code = ? AND owner = ? AND epoch = ?"),
      renewLeases: this.db.prepare<[number, number, string, string], { code: string }>(
        "UPDATE leases SET renewed_at = ?, expires_at = ? WHERE owner = ? AND code IN (SELECT value FROM json_each(?)) RETURNING code",
      ),
      releaseLease: this.db.prepare("UPDATE leases SET owner = '', expires_at = 0 WHERE code = ? AND owner = ?"),
      unleased: this.db.prepare<[number, number], { kind: "match" | "class"; code: string; renewed_at: number | null }>(
        `SELECT 'match' AS kind, m.code AS code, CASE WHEN l.owner = '' THEN NULL ELSE l.renewed_at END AS renewed_at FROM matches m LEFT JOIN leases l ON l.code = m.code
           WHERE m.status = 'open' AND (l.code IS NULL OR l.expires_at <= ?)
         UNION ALL
         SELECT 'class' AS kind, c.code AS code, CASE WHEN l.owner = '' THEN NULL ELSE l.renewed_at END AS renewed_at FROM classes c LEFT JOIN leases l ON l.code = c.code
           WHERE c.status = 'open' AND (l.code IS NULL OR l.expires_at <= ?)
         ORDER BY kind DESC, code`,
      ),
      aliveAt: this.db.prepare<[], { alive_at: number }>("SELECT alive_at FROM server WHERE id = 1"),
    };
  }

  /** Records a new match with its empty session as the turn-0 snapshot. */
  async createMatch(code: string, createdAt: number, passwordHash: string | null, session: Session, fence: Fence | null = null): Promise<void> {
    await this.fenced(code, fence, () => {
      this.statements.insertMatch.run(code, createdAt, passwordHash, session.hostId);
      this.statements.upsertSnapshot.run(code, 0, 0, JSON.stringify(session));
    });
  }

  async addSeat(code: string, memberId: string, tokenHash: string, fence: Fence | null = null): Promise<void> {
    await this.fenced(code, fence, () => this.statements.insertSeat.run(code, memberId, tokenHash));
  }

  async memberForToken(code: string, tokenHash: string): Promise<string | null> {
    return this.statements.seatByToken.get(code, tokenHash)?.member_id ?? null;
  }

  /** Appends one accepted action; returns its sequence number. */
  async append(code: string, entry: LoggedAction, fence: Fence | null = null): Promise<number> {
    return this.fenced(code, fence, () => {
      const seq = this.statements.nextSeq.get(code)!.seq;
      this.statements.insertLog.run(code, seq, entry.at, entry.actor, JSON.stringify(entry.action));
      return seq;
    });
  }

  async snapshot(code: string, turn: number, seq: number, session: Session, fence: Fence | null = null): Promise<void> {
    const json = JSON.stringify(session);
    await this.fenced(code, fence, () => this.statements.upsertSnapshot.run(code, turn, seq, json));
  }

  async setStatus(code: string, status: MatchStatus, fence: Fence | null = null): Promise<void> {
    await this.fenced(code, fence, () => this.statements.setStatus.run(status, code));
  }

  async setHost(code: string, memberId: string, fence: Fence | null = null): Promise<void> {
    await this.fenced(code, fence, () => this.statements.setHost.run(memberId, code));
  }

  /** Runs a write in this tick's transaction with its fence's check: refused if the lease is no longer the fence's. */
  private fenced<T>(code: string, fence: Fence | null, write: () => T): Promise<T> {
    return this.write(() => {
      if (fence && this.statements.holdsLease.get(code, fence.owner, fence.epoch) === undefined) throw new LeaseLostError(code);
      return write();
    });
  }

  /**
   * Runs `work` in this tick's transaction; resolves once that transaction is committed. Each
   * write stays all or nothing on its own: if one fails, the tick's transaction is undone and
   * its writes are done again one transaction each, so only the failing one is refused.
   */
  private write<T>(work: () => T): Promise<T> {
    if (this.options.groupCommit === false) return this.alone(work);
    return new Promise<T>((resolve, reject) => {
      this.tick.push({ work, resolve: resolve as (value: unknown) => void, reject });
      // After this round of socket events, so that every room's writes of the round share the commit.
      if (this.tick.length === 1) setImmediate(() => this.commitTick());
    });
  }

  private alone<T>(work: () => T): Promise<T> {
    try {
      return Promise.resolve(this.db.transaction(work)());
    } catch (error) {
      return Promise.reject(error);
    }
  }

  private commitTick(): void {
    const writes = this.tick;
    if (writes.length === 0) return;
    this.tick = [];
    let values: unknown[];
    try {
      values = this.db.transaction(() => writes.map(({ work }) => work()))();
    } catch {
      for (const { work, resolve, reject } of writes) this.alone(work).then(resolve, reject);
      return;
    }
    writes.forEach(({ resolve }, i) => resolve(values[i]));
  }

  /** Whether a code was ever used, finished matches included. */
  async hasMatch(code: string): Promise<boolean> {
    return this.statements.match.get(code) !== undefined;
  }

  async hostOf(code: string): Promise<string | null> {
    return this.statements.match.get(code)?.host_member_id ?? null;
  }

  async openMatchCodes(): Promise<string[]> {
    return this.statements.openCodes.all().map((r) => r.code);
  }

  async load(code: string): Promise<StoredMatch | null> {
    const match = this.statements.match.get(code);
    const snap = this.statements.latestSnapshot.get(code);
    if (!match || !snap) return null;
    return {
      code,
      passwordHash: match.password_hash,
      snapshot: parseSession(snap.session),
      logAfterSnapshot: this.statements.logFrom.all(code, snap.seq).map(toEntry),
    };
  }

  async export(code: string): Promise<MatchExport | null> {
    const match = this.statements.match.get(code);
    if (!match) return null;
    return {
      code,
      status: match.status,
      createdAt: match.created_at,
      log: this.statements.logFrom.all(code, 0).map((r) => ({ seq: r.seq, ...toEntry(r) })),
      turns: this.statements.snapshots.all(code).map((r) => ({ turn: r.turn, seq: r.seq, session: parseSession(r.session) })),
    };
  }

  /** Records a new class; only the hash of the teacher's token is kept. */
  async createClass(code: string, createdAt: number, teacherTokenHash: string, classroom: Classroom, fence: Fence | null = null): Promise<void> {
    const json = JSON.stringify(classroom);
    await this.fenced(code, fence, () => this.statements.insertClass.run(code, createdAt, teacherTokenHash, json));
  }

  async saveClass(classroom: Classroom, fence: Fence | null = null): Promise<void> {
    // Made now: the write runs at the end of the tick, and the caller's object is theirs meanwhile.
    const json = JSON.stringify(classroom);
    await this.fenced(classroom.code, fence, () => this.statements.updateClass.run(json, classroom.code));
  }

  async setClassStatus(code: string, status: "open" | "abandoned", fence: Fence | null = null): Promise<void> {
    await this.fenced(code, fence, () => this.statements.setClassStatus.run(status, code));
  }

  async hasClass(code: string): Promise<boolean> {
    return this.statements.classByCode.get(code) !== undefined;
  }

  async loadClass(code: string): Promise<StoredClass | null> {
    const row = this.statements.classByCode.get(code);
    return row ? { teacherTokenHash: row.teacher_token_hash, createdAt: row.created_at, classroom: JSON.parse(row.classroom) as Classroom } : null;
  }

  /**
   * Deletes a class with everything of it: its students (names and token hashes), and each of
   * its worlds' matches with their seats, logs and snapshots. One transaction: all or nothing.
   */
  async deleteClass(code: string, fence: Fence | null = null): Promise<void> {
    await this.fenced(code, fence, () => {
      const row = this.statements.classByCode.get(code);
      if (!row) return;
      for (const match of (JSON.parse(row.classroom) as Classroom).matches) this.deleteMatch(match);
      this.statements.deleteStudents.run(code);
      this.statements.deleteClass.run(code);
    });
  }

  /** Deletes every class created before `cutoff` (ms), as deleteClass does; returns their codes. */
  async purgeClassesCreatedBefore(cutoff: number): Promise<string[]> {
    const codes = this.statements.classesCreatedBefore.all(cutoff).map((r) => r.code);
    for (const code of codes) await this.deleteClass(code);
    return codes;
  }

  private deleteMatch(code: string): void {
    this.statements.deleteSeats.run(code);
    this.statements.deleteLog.run(code);
    this.statements.deleteSnapshots.run(code);
    this.statements.deleteMatch.run(code);
  }

  async openClassCodes(): Promise<string[]> {
    return this.statements.openClassCodes.all().map((r) => r.code);
  }

  /** A student's token, hashed: it opens their place in the class and, once placed, their seat in their match. */
  async addStudent(classCode: string, studentId: string, tokenHash: string, fence: Fence | null = null): Promise<void> {
    await this.fenced(classCode, fence, () => this.statements.insertStudent.run(classCode, studentId, tokenHash));
  }

  async studentForToken(classCode: string, tokenHash: string): Promise<string | null> {
    return this.statements.studentByToken.get(classCode, tokenHash)?.student_id ?? null;
  }

  async studentTokenHash(classCode: string, studentId: string): Promise<string | null> {
    return this.statements.studentTokenHash.get(classCode, studentId)?.token_hash ?? null;
  }

  async takeLease(code: string, owner: string, now: number, until: number): Promise<Fence | null> {
    const taken = await this.write(() => this.statements.takeLease.get(code, owner, now, until));
    return taken ? { owner, epoch: taken.epoch } : null;
  }

  async renewLeases(owner: string, codes: readonly string[], now: number, until: number): Promise<string[]> {
    const json = JSON.stringify(codes);
    return this.write(() => this.statements.renewLeases.all(now, until, owner, json).map((r) => r.code));
  }

  async releaseLease(code: string, owner: string): Promise<void> {
    await this.write(() => this.statements.releaseLease.run(code, owner));
  }

  async unleased(now: number): Promise<Unleased[]> {
    return this.statements.unleased.all(now, now).map((r) => ({ kind: r.kind, code: r.code, renewedAt: r.renewed_at }));
  }

  /** A heartbeat, so that after a crash the server knows how long it was down. */
  async markAlive(now: number): Promise<void> {
    await this.write(() => this.statements.alive.run(now));
  }

  async lastAlive(): Promise<number | null> {
    return this.statements.aliveAt.get()?.alive_at ?? null;
  }

  async close(): Promise<void> {
    // Writes already asked for are committed, not dropped.
    this.commitTick();
    this.db.close();
  }
}
