/**
 * The class's outputs over HTTP, all under /api/classes/:code:
 * - `report` (JSON) and `report.csv`: the class debrief, for the teacher's token alone, written in
 *   the language of `?lang=xx` (a shipped language; English when absent; anything else refused);
 * - `matches/:match/export`: a world's JSON record, as the host's export cuts it for the teacher
 *   (who hosts and facilitates every world of the class), for a world of this class only;
 * - `projector-key`: the read-only key of the projector view, for the teacher's token;
 * - `projector`: each world's public board, for the projector key (or the teacher's token).
 * The projector has its own key because its address is on the wall: a teacher token there would
 * hand the dashboard to anyone who photographs the screen; the key opens only what a spectator sees.
 * A wrong token and an unknown class get the same answer, so nothing tells which codes are live.
 */
import { timingSafeEqual } from "node:crypto";
import { matchMaker } from "@colyseus/core";
import type { Request, RequestHandler, Response, Router } from "express";
import express from "express";
import { classReport } from "../shared/classroom/report";
import { reportCsv } from "../shared/classroom/reportCsv";
import { projectorView } from "../shared/classroom/projector";
import type { Classroom } from "../shared/classroom";
import { normalizeJoinCode } from "../shared/joinCode";
import { recordFor, replaySession, type Session } from "../shared/session";
import type { Store } from "./persistence/Store";
import { MatchRoom } from "./rooms/MatchRoom";
import { explain, refusal } from "./refusals";
import { derivedToken, hashToken } from "./security";
import { BAD_LANGUAGE, exportTranslator } from "./exportLanguage";
import { withTranslator } from "../shared/i18n";

const NOT_TEACHER = refusal("NOT_TEACHER");
const NOT_PROJECTOR = refusal("NOT_PROJECTOR");
const NO_SUCH_WORLD = refusal("NO_SUCH_WORLD");

export function classReportRouter(store: Store, now: () => number): Router {
  const router = express.Router();
  type Params = { code: string; match?: string };
  const teacherOnly =
    (handle: (c: Classroom, req: Request<Params>, res: Response) => unknown): RequestHandler<Params> =>
    async (req, res) => {
      const c = await classFor(store, req, "teacher");
      if (!c) return void res.status(403).json(NOT_TEACHER);
      // Awaited, so that Express 5 answers a failed export with an error rather than leaving it hanging.
      await handle(c, req, res);
    };

  /** The report in the request's language, or null once a refusal has been sent. */
  const reportFor = async (c: Classroom, req: Request<Params>, res: Response) => {
    const language = exportTranslator(req);
    if (!language) return void res.status(400).json(BAD_LANGUAGE);
    const tr = await language;
    const sessions = await sessionsOf(store, c);
    return withTranslator(tr, () => ({ report: classReport(c, sessions), tr }));
  };
  router.get(
    "/:code/report",
    teacherOnly(async (c, req, res) => {
      const made = await reportFor(c, req, res);
      if (made) res.json(made.report);
    }),
  );
  router.get(
    "/:code/report.csv",
    teacherOnly(async (c, req, res) => {
      const made = await reportFor(c, req, res);
      if (made) res.type("text/csv; charset=utf-8").attachment(`class-${c.code}.csv`).send(reportCsv(made.report, made.tr));
    }),
  );
  router.get(
    "/:code/matches/:match/export",
    teacherOnly(async (c, req, res) => {
      const code = normalizeJoinCode(req.params.match ?? "");
      // A world of this class only: the teacher's token opens nothing of another class.
      const stored = c.matches.includes(code) ? await store.load(code) : null;
      const exported = stored ? await store.export(code) : null;
      if (!stored || !exported) return void res.status(404).json(NO_SUCH_WORLD);
      const session = replaySession(stored.snapshot, stored.logAfterSnapshot);
      const record = recordFor(session, session.hostId, exported.log, exported.turns);
      if (!record.ok) return void res.status(403).json(explain(record));
      res.attachment(`class-${c.code}-world-${c.matches.indexOf(code) + 1}-${code}.json`).json({ code, status: exported.status, createdAt: exported.createdAt, ...record.value });
    }),
  );
  router.get(
    "/:code/projector-key",
    teacherOnly(async (c, _req, res) => res.json({ key: (await projectorKey(store, c.code))! })),
  );
  router.get("/:code/projector", async (req, res) => {
    const c = await classFor(store, req, "projector");
    if (!c) return void res.status(403).json(NOT_PROJECTOR);
    res.set("Cache-Control", "no-store").json(projectorView(c, await sessionsOf(store, c), now()));
  });
  return router;
}

/** The class named in the path, if the request's bearer token opens it for `role` (the teacher's token opens both). */
async function classFor(store: Store, req: Request<{ code: string }>, role: "teacher" | "projector"): Promise<Classroom | null> {
  const code = normalizeJoinCode(req.params.code);
  const token = /^Bearer (.+)$/.exec(req.get("authorization") ?? "")?.[1];
  const stored = token ? await store.loadClass(code) : null;
  if (!token || !stored) return null;
  if (hashToken(token) === stored.teacherTokenHash) return stored.classroom;
  if (role === "projector" && same(token, projectorKeyOf(stored.teacherTokenHash, code))) return stored.classroom;
  return null;
}

/** Keyed by the teacher token's stored hash: the server can give it again, and it reveals nothing of the token. */
async function projectorKey(store: Store, code: string): Promise<string | null> {
  const stored = await store.loadClass(code);
  return stored ? projectorKeyOf(stored.teacherTokenHash, code) : null;
}

function projectorKeyOf(teacherTokenHash: string, code: string): string {
  return derivedToken(teacherTokenHash, `projector:${code}`);
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Each world's session: the running room's, or the stored one once its room has closed. */
async function sessionsOf(store: Store, c: Classroom): Promise<(Session | null)[]> {
  return Promise.all(
    c.matches.map(async (code) => {
      const room = matchMaker.getLocalRoomById(code);
      if (room instanceof MatchRoom) return room.current;
      const stored = await store.load(code);
      return stored ? replaySession(stored.snapshot, stored.logAfterSnapshot) : null;
    }),
  );
}
