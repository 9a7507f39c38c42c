/**
 * The class's outputs over real sockets and HTTP follow the views' rules: the projector shows
 * a spectator's public board and nothing more (no secret objective, chat, pending order or
 * private offer, even after the end), the report, CSV and each world's JSON record are the
 * teacher's alone and hold no private chat text, and no token opens another class's data.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../server/app";
import type { MatchConnection } from "../../client/src/net";
import { victoryDay2025 } from "../../shared/game";
import type { ClassReport } from "../../shared/classroom/report";
import type { ProjectorView } from "../../shared/classroom/projector";
import { translatorFor } from "../../shared/i18n";
import { bootServer } from "../helpers/server";
import { ClassClient, classWith, leaveClass } from "../helpers/classroom";

let server: RunningServer;
beforeAll(async () => {
  server = await bootServer({ messageRate: { burst: 1_000, perSecond: 1_000 } });
});
afterAll(async () => {
  await server.stop();
});

const get = (path: string, token?: string) => fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const SECRETS = Object.values(victoryDay2025.powers).flatMap((p) => p.secretObjectives.map((o) => o.text));

/** The teacher ends the phase in every room and waits until the dashboard shows the next one. */
async function endPhaseEverywhere(teacher: ClassClient): Promise<void> {
  const at = () => teacher.connection.dashboard!.rooms.map((r) => `${r.summary?.phase}:${r.summary?.turn}`).join();
  const before = at();
  teacher.connection.send("endPhaseAll", {});
  await teacher.until(() => at() !== before, "the next phase everywhere");
}

const phaseOf = (teacher: ClassClient) => teacher.connection.dashboard!.rooms[0]!.summary!.phase;

describe("a class's exports and projector", () => {
  let teacher: ClassClient;
  let students: ClassClient[];
  let matches: MatchConnection[];
  let other: Awaited<ReturnType<typeof classWith>>;
  let projectorKey: string;

  beforeAll(async () => {
    ({ teacher, students } = await classWith(server.url, 3));
    other = await classWith(server.url, 2);
    for (const t of [teacher, other.teacher]) t.connection.send("startAll", {});
    await teacher.until((t) => t.connection.dashboard!.rooms.length === 1, "the class's world");
    await other.teacher.until((t) => t.connection.dashboard!.rooms.length === 1, "the other class's world");
    matches = [];
    for (const s of students) matches.push(await s.openMatch(server.url));
    const [russia, ukraine] = matches as [MatchConnection, MatchConnection];
    await endPhaseEverywhere(teacher); // negotiation
    russia.send("chat", { channel: "pair:russia|ukraine", text: "MARK-PRIVATE-CHAT" });
    russia.send("chat", { channel: "public", text: "MARK-PUBLIC-CHAT" });
    russia.send("offer", {
      turn: 1,
      action: { action: "propose", to: ["ukraine"], visibility: "private", terms: { kind: "jointStatement", topic: "war", tone: "neutral", text: "MARK-PRIVATE-OFFER" } },
    });
    await ukraine.until(() => ukraine.chat.length === 2 && (ukraine.view.match?.offers.length ?? 0) === 1, "the chat and the offer");
    await endPhaseEverywhere(teacher); // orders
    russia.send("orders", { turn: 1, orders: [{ type: "statement", audience: "world", tone: "conciliatory", topic: "war", text: "MARK-PENDING-ORDER" }] });
    await russia.until(() => russia.view.match?.orders.russia?.length === 1, "russia's pending order");
    projectorKey = ((await (await get(`/api/classes/${teacher.code}/projector-key`, teacher.teacherToken)).json()) as { key: string }).key;
  });

  afterAll(async () => {
    await leaveClass(teacher.connection, other.teacher.connection, ...matches, ...students.map((s) => s.connection), ...other.students.map((s) => s.connection));
  });

  it("shows on the projector each world's public board, with no secret objective, chat, pending order or private offer", async () => {
    const response = await get(`/api/classes/${teacher.code}/projector`, projectorKey);
    expect(response.status).toBe(200);
    const text = await response.text();
    for (const hidden of ["MARK-PRIVATE-CHAT", "MARK-PUBLIC-CHAT", "MARK-PRIVATE-OFFER", "MARK-PENDING-ORDER", ...SECRETS]) expect(text).not.toContain(hidden);
    const view = JSON.parse(text) as ProjectorView;
    expect(view.rooms).toHaveLength(1);
    expect(view.rooms[0]).toMatchObject({ world: 0, phase: "orders", turn: 1, lastTurn: 6, scores: null });
    expect(Object.keys(view.rooms[0]!).sort()).toEqual(["ceasefires", "clock", "headlines", "lastTurn", "meters", "phase", "sanctionsInForce", "scores", "turn", "world"]);
  });

  it("opens the projector with its key or the teacher's token, and nothing else: not a student's token, not another class's key", async () => {
    const otherKey = ((await (await get(`/api/classes/${other.teacher.code}/projector-key`, other.teacher.teacherToken)).json()) as { key: string }).key;
    const answers = await Promise.all([
      get(`/api/classes/${teacher.code}/projector`),
      get(`/api/classes/${teacher.code}/projector`, students[0]!.studentToken),
      get(`/api/classes/${teacher.code}/projector`, otherKey),
      get(`/api/classes/ZZZZZ/projector`, projectorKey),
    ]);
    expect(answers.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    expect((await get(`/api/classes/${teacher.code}/projector`, teacher.teacherToken)).status).toBe(200);
    // The projector key reads the wall, not the teacher's outputs.
    expect((await get(`/api/classes/${teacher.code}/report`, projectorKey)).status).toBe(403);
    expect((await get(`/api/classes/${teacher.code}/projector-key`, projectorKey)).status).toBe(403);
  });

  it("refuses the report, the CSV, a world's record and the projector key to a student's token, to no token and to another class's teacher, alike for an unknown class", async () => {
    const code = teacher.code;
    const world = teacher.connection.dashboard!.rooms[0]!.code;
    const paths = [`/api/classes/${code}/report`, `/api/classes/${code}/report.csv`, `/api/classes/${code}/matches/${world}/export`, `/api/classes/${code}/projector-key`];
    for (const path of paths) {
      const answers = await Promise.all([get(path), get(path, students[0]!.studentToken), get(path, other.teacher.teacherToken), get(path.replace(code, "ZZZZZ"), teacher.teacherToken)]);
      const seen = await Promise.all(answers.map(async (r) => ({ status: r.status, body: await r.text() })));
      for (const answer of seen) expect(answer, path).toEqual(seen[0]);
      expect(seen[0]!.status, path).toBe(403);
    }
    // A teacher's token opens its own class's worlds only: another class's world is not one of them.
    const elsewhere = other.teacher.connection.dashboard!.rooms[0]!.code;
    expect((await get(`/api/classes/${code}/matches/${elsewhere}/export`, teacher.teacherToken)).status).toBe(404);
  });

  it("gives the teacher, during play, the report so far with no chat text, and the CSV with a row per student", async () => {
    const response = await get(`/api/classes/${teacher.code}/report`, teacher.teacherToken);
    expect(response.status).toBe(200);
    const text = await response.text();
    for (const hidden of ["MARK-PRIVATE-CHAT", "MARK-PUBLIC-CHAT"]) expect(text).not.toContain(hidden);
    const report = JSON.parse(text) as ClassReport;
    expect(report.ended).toBe(false);
    expect(report.rooms[0]!.powers.map((p) => p.score)).toEqual([null, null, null, null, null]);
    expect(report.students.map((s) => [s.name, s.power, s.messages])).toEqual([
      ["Student 1", "russia", 2],
      ["Student 2", "ukraine", 0],
      ["Student 3", "usa", 0],
    ]);
    // No other class's students.
    expect(text).not.toContain(other.teacher.code);

    const csv = await get(`/api/classes/${teacher.code}/report.csv`, teacher.teacherToken);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.headers.get("content-disposition")).toMatch(/attachment/);
    const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe('"class","world","room","student","power","score","objectives met","objectives","promises kept","promises broken","orders","offers","messages"');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^"History 9B","1","[A-Z0-9]{6}","Student 1","Russia","","","3"/);
  });

  it("after the end, scores every student, keeps the private chat out of the report, the CSV and the world's record, and the projector still shows no secret", async () => {
    while (phaseOf(teacher) !== "ended") await endPhaseEverywhere(teacher);
    const report = (await (await get(`/api/classes/${teacher.code}/report`, teacher.teacherToken)).json()) as ClassReport;
    expect(report.ended).toBe(true);
    expect(report.students.every((s) => typeof s.score === "number" && typeof s.objectivesMet === "number")).toBe(true);
    const russia = report.rooms[0]!.powers.find((p) => p.power === "russia")!;
    expect(russia).toMatchObject({ players: ["Student 1"], bot: false, offers: 1 });
    expect(russia.orders).toBeGreaterThanOrEqual(1);
    // Russia's conciliatory words on the war are a promise held against its deeds.
    expect(report.rooms[0]!.promises.some((p) => p.kind === "statement" && p.powers[0] === "russia")).toBe(true);

    const world = teacher.connection.dashboard!.rooms[0]!.code;
    const record = await get(`/api/classes/${teacher.code}/matches/${world}/export`, teacher.teacherToken);
    expect(record.status).toBe(200);
    const recordText = await record.text();
    expect(recordText).toContain("MARK-PUBLIC-CHAT");
    expect(recordText).toContain("MARK-PENDING-ORDER");
    const everything = [JSON.stringify(report), recordText, await (await get(`/api/classes/${teacher.code}/report.csv`, teacher.teacherToken)).text()];
    for (const text of everything) expect(text).not.toContain("MARK-PRIVATE-CHAT");

    const projector = await (await get(`/api/classes/${teacher.code}/projector`, projectorKey)).text();
    for (const hidden of ["MARK-PRIVATE-CHAT", "MARK-PRIVATE-OFFER", ...SECRETS]) expect(projector).not.toContain(hidden);
    expect((JSON.parse(projector) as ProjectorView).rooms[0]!.scores).toHaveLength(5);
  }, 60_000);
  it("writes the CSV and the report in the language asked for, English when none is, and refuses a language it does not ship", async () => {
    const german = await translatorFor("de");
    const csv = await get(`/api/classes/${teacher.code}/report.csv?lang=de`, teacher.teacherToken);
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe('"Klasse","Welt","Raum","Schüler/in","Macht","Punkte","erreichte Ziele","Ziele","gehaltene Zusagen","gebrochene Zusagen","Maßnahmen","Angebote","Nachrichten"');
    expect(lines[1]).toMatch(/^"History 9B","1","[A-Z0-9]{6}","Student 1","Russland",/);

    // Russia's first statement (its student's, turn 1) is a promise: its line and its outcome are
    // German sentences in the German report. Bots' statements may come first in the list.
    const russiasStatement = (r: ClassReport) => r.rooms[0]!.promises.find((p) => p.kind === "statement" && p.powers[0] === "russia" && p.turn === 1)!;
    const report = (await (await get(`/api/classes/${teacher.code}/report?lang=de`, teacher.teacherToken)).json()) as ClassReport;
    const statement = russiasStatement(report);
    expect(statement.text).toBe(german.t("classroom:report.statement", { power: "Russland", tone: german.t("match:tone.conciliatory"), topic: german.t("match:topic.war") }));
    const judged = [german.t("classroom:report.borneOut"), german.t("classroom:report.notJudged")];
    expect(judged.includes(statement.outcome) || statement.outcome.startsWith(german.t("classroom:report.contradicted", { deed: "" }))).toBe(true);
    const english = (await (await get(`/api/classes/${teacher.code}/report`, teacher.teacherToken)).json()) as ClassReport;
    expect(russiasStatement(english).text).toBe("Russia: conciliatory words on the war");

    for (const lang of ["xx", "en-XA", "DE", ""]) {
      for (const path of ["report", "report.csv"]) {
        const refused = await get(`/api/classes/${teacher.code}/${path}?lang=${encodeURIComponent(lang)}`, teacher.teacherToken);
        expect(refused.status, `${path}?lang=${lang}`).toBe(400);
        expect(await refused.json()).toMatchObject({ code: "BAD_LANGUAGE" });
      }
    }
    // A stranger is refused as before, whatever the language.
    expect((await get(`/api/classes/${teacher.code}/report.csv?lang=de`, "wrong")).status).toBe(403);
  });
});
