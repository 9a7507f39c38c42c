/**
 * `GET /api/matches/:code/export`: the host's record of a match, cut by the rules of the host's
 * own views (shared/session/record.ts).
 */
import type { RequestHandler } from "express";
import { normalizeJoinCode } from "../shared/joinCode";
import { recordFor, replaySession } from "../shared/session";
import type { Store } from "./persistence/Store";
import { explain, refusal } from "./refusals";
import { hashToken } from "./security";

const NOT_HOST = refusal("NOT_HOST.seatToken");

export function exportRoute(store: Store): RequestHandler<{ code: string }> {
  return async (req, res) => {
    const code = normalizeJoinCode(req.params.code);
    const token = /^Bearer (.+)$/.exec(req.get("authorization") ?? "")?.[1];
    // An unknown code and a wrong token get the same answer: the export tells nobody which codes are live.
    const member = token ? await store.memberForToken(code, hashToken(token)) : null;
    const stored = member ? await store.load(code) : null;
    const exported = member ? await store.export(code) : null;
    if (!member || !stored || !exported) return void res.status(403).json(NOT_HOST);
    const now = replaySession(stored.snapshot, stored.logAfterSnapshot);
    const record = recordFor(now, member, exported.log, exported.turns);
    if (!record.ok) return void res.status(403).json(record.code === "NOT_HOST" ? NOT_HOST : explain(record));
    res.json({ code, status: exported.status, createdAt: exported.createdAt, ...record.value });
  };
}
