/**
 * The shared store: the same tables as SqliteStore on a PostgreSQL server, so that several server
 * processes (on several machines) hold one record of every match. Chosen when DATABASE_URL is
 * set. A promise resolves once PostgreSQL has committed the write.
 */
import pg from "pg";
import type { LoggedAction, Session } from "../../shared/session";
import type { Classroom } from "../../shared/classroom";
import { LeaseLostError, type Fence, type MatchExport, type MatchStatus, type Store, type StoredClass, type StoredMatch, type Unleased } from "./Store";
import { parseSession, toEntry } from "./storedSession";

// Times are milliseconds since 1970: BIGINT, which pg hands back as text (read through Number()).
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS matches (
    code TEXT PRIMARY KEY,
    status TEXT NOT NULL DEFAULT 'open',
    created_at BIGINT NOT NULL,
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
    at BIGINT NOT NULL,
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
    status TEXT NOT NULL DEFAULT 'open',
    created_at BIGINT NOT NULL,
    teacher_token_hash TEXT NOT NULL,
    classroom TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS class_students (
    class_code TEXT NOT NULL REFERENCES classes(code),
    student_id TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    PRIMARY KEY (class_code, student_id)
  );
  CREATE TABLE IF NOT EXISTS leases (
    code TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    renewed_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
  );
  -- Counts every take of a lease: a write's fence names the epoch it was taken in ('' owner: given up).
  ALTER TABLE leases ADD COLUMN IF NOT EXISTS epoch BIGINT NOT NULL DEFAULT 0;
  CREATE TABLE IF NOT EXISTS server (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    alive_at BIGINT NOT NULL
  );
`;

/** The advisory lock held while the tables are made (any fixed number, the same in every process). */
const SCHEMA_LOCK = 7_364_521;

export interface PostgresOptions {
  connectionString: string;
  /** A schema of its own (created if missing), e.g. one per test; default the connection's search_path. */
  schema?: string;
  /** Connections held open (default 10). */
  poolSize?: number;
}

type Queryable = pg.Pool | pg.PoolClient;

export class PostgresStore implements Store {
  private constructor(private readonly pool: pg.Pool) {}

  /** Connects, and creates the tables if they are missing. */
  static async open(options: PostgresOptions): Promise<PostgresStore> {
    if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new Error(`not a plain schema name: ${options.schema}`);
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 10,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    // A dropped idle connection is the pool's to replace; unhandled, its error would stop the process.
    pool.on("error", (error) => console.error("PostgreSQL: an idle connection failed:", error.message));
    try {
      // Processes starting together would race on CREATE … IF NOT EXISTS: one at a time, under a lock.
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query("SELECT pg_advisory_xact_lock($1)", [SCHEMA_LOCK]);
        if (options.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
        await client.query(SCHEMA);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresStore(pool);
  }

  private async rows<R>(text: string, values: unknown[] = [], on: Queryable = this.pool): Promise<R[]> {
    return (await on.query(text, values)).rows as R[];
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * Runs a write, with its fence's check in the same transaction when it has one. FOR SHARE holds
   * the lease row until the write commits: a take of the lease by another process waits for it
   * (and so sees it when it loads the match), and a write that comes after a take finds a new
   * owner or epoch and is refused.
   */
  private async fenced<T>(code: string, fence: Fence | null, write: (on: Queryable) => Promise<T>, atomic = false): Promise<T> {
    if (!fence) return atomic ? this.transaction(write) : write(this.pool);
    return this.transaction(async (c) => {
      const held = await c.query("SELECT 1 FROM leases WHERE code = $1 AND owner = $2 AND epoch = $3 FOR SHARE", [code, fence.owner, fence.epoch]);
      if (held.rowCount === 0) throw new LeaseLostError(code);
      return write(c);
    });
  }

  async createMatch(code: string, createdAt: number, passwordHash: string | null, session: Session, fence: Fence | null = null): Promise<void> {
    await this.fenced(code, fence, async (c) => {
      await c.query("INSERT INTO matches (code, created_at, password_hash, host_member_id) VALUES ($1, $2, $3, $4)", [code, createdAt, passwordHash, session.hostId]);
      await c.query("INSERT INTO snapshots (code, turn, seq, session) VALUES ($1, 0, 0, $2)", [code, JSON.stringify(session)]);
    }, true);
  }

  async addSeat(code: string, memberId: string, tokenHash: string, fence: Fence | null = null): Promise<void> {
    await this.fenced(code, fence, (c) => c.query("INSERT INTO seats (code, member_id, token_hash) VALUES ($1, $2, $3)", [code, memberId, tokenHash]));
  }

  async memberForToken(code: string, tokenHash: string): Promise<string | null> {
    return (await this.rows<{ member_id: string }>("SELECT member_id FROM seats WHERE code = $1 AND token_hash = $2", [code, tokenHash]))[0]?.member_id ?? null;
  }

  async append(code: string, entry: LoggedAction, fence: Fence | null = null): Promise<number> {
    // One statement: the next number and the row together (the primary key refuses a second writer's duplicate).
    const [row] = await this.fenced(code, fence, (c) =>
      this.rows<{ seq: number }>(
        "INSERT INTO log (code, seq, at, actor, action) SELECT $1, COALESCE(MAX(seq), 0) + 1, $2, $3, $4 FROM log WHERE code = $1 RETURNING seq",
        [code, entry.at, entry.actor, JSON.stringify(entry.action)],
        c,
      ),
    );
    return row!.seq;
  }

  async snapshot(code: string, turn: number, seq: number, session: Session, fence: Fence | null = null): Promise<void> {
    await this.fenced(code, fence, (c) =>
      c.query(
        "INSERT INTO snapshots (code, turn, seq, session) VALUES ($1, $2, $3, $4) ON CONFLICT (code, turn) DO UPDATE SET seq = excluded.seq, session = excluded.session",
        [code, turn, seq, JSON.stringify(session)],
      ),
    );
  }

  async setStatus(code: string, status: MatchStatus, fence: Fence | null = null): Promise<void> {
    await this.fenced(code, fence, (c) => c.query("UPDATE matches SET status = $1 WHERE code = $2", [status, code]));
  }

  async setHost(code: string, memberId: string, fence: Fence | null = null): Promise<void> {
    await this.fenced(code, fence, (c) => c.query("UPDATE matches SET host_member_id = $1 WHERE code = $2", [memberId, code]));
  }

  private async match(code: string, on: Queryable = this.pool) {
    return (await this.rows<{ status: string; created_at: string; password_hash: string | null; host_member_id: string }>("SELECT * FROM matches WHERE code = $1", [code], on))[0];
  }

  async hasMatch(code: string): Promise<boolean> {
    return (await this.match(code)) !== undefined;
  }

  async hostOf(code: string): Promise<string | null> {
    return (await this.match(code))?.host_member_id ?? null;
  }

  async openMatchCodes(): Promise<string[]> {
    return (await this.rows<{ code: string }>("SELECT code FROM matches WHERE status = 'open' ORDER BY created_at, code")).map((r) => r.code);
  }

  async load(code: string): Promise<StoredMatch | null> {
    // One snapshot of the database for the three reads: a write between them cannot tear the match.
    return this.transaction(async (c) => {
      await c.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
      const match = await this.match(code, c);
      const [snap] = await this.rows<{ seq: number; session: string }>("SELECT seq, session FROM snapshots WHERE code = $1 ORDER BY seq DESC LIMIT 1", [code], c);
      if (!match || !snap) return null;
      const log = await this.rows<{ at: string; actor: string; action: string }>("SELECT at, actor, action FROM log WHERE code = $1 AND seq > $2 ORDER BY seq", [code, snap.seq], c);
      return { code, passwordHash: match.password_hash, snapshot: parseSession(snap.session), logAfterSnapshot: log.map(toEntry) };
    });
  }

  async export(code: string): Promise<MatchExport | null> {
    return this.transaction(async (c) => {
      await c.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
      const match = await this.match(code, c);
      if (!match) return null;
      const log = await this.rows<{ seq: number; at: string; actor: string; action: string }>("SELECT seq, at, actor, action FROM log WHERE code = $1 ORDER BY seq", [code], c);
      const turns = await this.rows<{ turn: number; seq: number; session: string }>("SELECT turn, seq, session FROM snapshots WHERE code = $1 ORDER BY turn", [code], c);
      return {
        code,
        status: match.status,
        createdAt: Number(match.created_at),
        log: log.map((r) => ({ seq: r.seq, ...toEntry(r) })),
        turns: turns.map((r) => ({ turn: r.turn, seq: r.seq, session: parseSession(r.session) })),
      };
    });
  }

  async createClass(code: string, createdAt: number, teacherTokenHash: string, classroom: Classroom, fence: Fence | null = null): Promise<void> {
    await this.fenced(code, fence, (c) =>
      c.query("INSERT INTO classes (code, created_at, teacher_token_hash, classroom) VALUES ($1, $2, $3, $4)", [code, createdAt, teacherTokenHash, JSON.stringify(classroom)]),
    );
  }

  async saveClass(classroom: Classroom, fence: Fence | null = null): Promise<void> {
    await this.fenced(classroom.code, fence, (c) => c.query("UPDATE classes SET classroom = $1 WHERE code = $2", [JSON.stringify(classroom), classroom.code]));
  }

  async setClassStatus(code: string, status: "open" | "abandoned", fence: Fence | null = null): Promise<void> {
    await this.fenced(code, fence, (c) => c.query("UPDATE classes SET status = $1 WHERE code = $2", [status, code]));
  }

  async hasClass(code: string): Promise<boolean> {
    return (await this.loadClass(code)) !== null;
  }

  async loadClass(code: string): Promise<StoredClass | null> {
    const [row] = await this.rows<{ teacher_token_hash: string; classroom: string; created_at: string }>("SELECT teacher_token_hash, classroom, created_at FROM classes WHERE code = $1", [code]);
    return row ? { teacherTokenHash: row.teacher_token_hash, createdAt: Number(row.created_at), classroom: JSON.parse(row.classroom) as Classroom } : null;
  }

  async deleteClass(code: string, fence: Fence | null = null): Promise<void> {
    await this.fenced(code, fence, async (c) => {
      const [row] = await this.rows<{ classroom: string }>("SELECT classroom FROM classes WHERE code = $1 FOR UPDATE", [code], c);
      if (!row) return;
      const matches = (JSON.parse(row.classroom) as Classroom).matches;
      for (const table of ["seats", "log", "snapshots", "matches"]) await c.query(`DELETE FROM ${table} WHERE code = ANY($1)`, [matches]);
      await c.query("DELETE FROM class_students WHERE class_code = $1", [code]);
      await c.query("DELETE FROM classes WHERE code = $1", [code]);
    }, true);
  }

  async purgeClassesCreatedBefore(cutoff: number): Promise<string[]> {
    const codes = (await this.rows<{ code: string }>("SELECT code FROM classes WHERE created_at < $1", [cutoff])).map((r) => r.code);
    for (const code of codes) await this.deleteClass(code);
    return codes;
  }

  async openClassCodes(): Promise<string[]> {
    return (await this.rows<{ code: string }>("SELECT code FROM classes WHERE status = 'open' ORDER BY created_at, code")).map((r) => r.code);
  }

  async addStudent(classCode: string, studentId: string, tokenHash: string, fence: Fence | null = null): Promise<void> {
    await this.fenced(classCode, fence, (c) => c.query("INSERT INTO class_students (class_code, student_id, token_hash) VALUES ($1, $2, $3)", [classCode, studentId, tokenHash]));
  }

  async studentForToken(classCode: string, tokenHash: string): Promise<string | null> {
    return (await this.rows<{ student_id: string }>("SELECT student_id FROM class_students WHERE class_code = $1 AND token_hash = $2", [classCode, tokenHash]))[0]?.student_id ?? null;
  }

  async studentTokenHash(classCode: string, studentId: string): Promise<string | null> {
    return (await this.rows<{ token_hash: string }>("SELECT token_hash FROM class_students WHERE class_code = $1 AND student_id = $2", [classCode, studentId]))[0]?.token_hash ?? null;
  }

  async takeLease(code: string, owner: string, now: number, until: number): Promise<Fence | null> {
    const [taken] = await this.rows<{ epoch: string }>(
      `INSERT INTO leases (code, owner, renewed_at, expires_at, epoch) VALUES ($1, $2, $3, $4, 1)
       ON CONFLICT (code) DO UPDATE SET owner = excluded.owner, renewed_at = excluded.renewed_at, expires_at = excluded.expires_at, epoch = leases.epoch + 1
       WHERE leases.owner = excluded.owner OR leases.expires_at <= excluded.renewed_at RETURNING epoch`,
      [code, owner, now, until],
    );
    return taken ? { owner, epoch: Number(taken.epoch) } : null;
  }

  async renewLeases(owner: string, codes: readonly string[], now: number, until: number): Promise<string[]> {
    if (codes.length === 0) return [];
    const held = await this.rows<{ code: string }>("UPDATE leases SET renewed_at = $1, expires_at = $2 WHERE owner = $3 AND code = ANY($4) RETURNING code", [now, until, owner, codes]);
    return held.map((r) => r.code);
  }

  async releaseLease(code: string, owner: string): Promise<void> {
    await this.pool.query("UPDATE leases SET owner = '', expires_at = 0 WHERE code = $1 AND owner = $2", [code, owner]);
  }

  async unleased(now: number): Promise<Unleased[]> {
    const rows = await this.rows<{ kind: "match" | "class"; code: string; renewed_at: string | null }>(
      `SELECT 'match' AS kind, m.code AS code, CASE WHEN l.owner = '' THEN NULL ELSE l.renewed_at END AS renewed_at FROM matches m LEFT JOIN leases l ON l.code = m.code
         WHERE m.status = 'open' AND (l.code IS NULL OR l.expires_at <= $1)
       UNION ALL
       SELECT 'class' AS kind, c.code AS code, CASE WHEN l.owner = '' THEN NULL ELSE l.renewed_at END AS renewed_at FROM classes c LEFT JOIN leases l ON l.code = c.code
         WHERE c.status = 'open' AND (l.code IS NULL OR l.expires_at <= $1)
       ORDER BY kind DESC, code`,
      [now],
    );
    return rows.map((r) => ({ kind: r.kind, code: r.code, renewedAt: r.renewed_at === null ? null : Number(r.renewed_at) }));
  }

  async markAlive(now: number): Promise<void> {
    await this.pool.query("INSERT INTO server (id, alive_at) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET alive_at = excluded.alive_at", [now]);
  }

  async lastAlive(): Promise<number | null> {
    const [row] = await this.rows<{ alive_at: string }>("SELECT alive_at FROM server WHERE id = 1");
    return row ? Number(row.alive_at) : null;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
