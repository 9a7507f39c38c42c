/**
 * Discussion questions drawn from one match's own record, for the debrief: its ceasefires (kept
 * or broken, and by whom) and its broken promises. Pure, from the view the seat holds, so it
 * names a breaker only where the view does (everyone, once the match is over).
 */
import { POWERS, type MatchView } from "../../../shared/game";
import type { ClassReport } from "../../../shared/classroom/report";

type Ceasefire = MatchView["ceasefires"][number];
import { describeTerms, listPowers, midSentence } from "./format";
import { formatNumber, t } from "../../../shared/i18n";

export const MAX_MATCH_QUESTIONS = 5;

function brokenBy(c: Ceasefire, turn: number): string[] {
  const record = c.record.find((r) => r.turn === turn);
  const secret = c.secretBreaches?.find((b) => b.turn === turn)?.breakers ?? [];
  return [...new Set([...(record?.namedBreakers ?? []), ...secret])];
}

function ceasefireQuestion(c: Ceasefire): string {
  const what = { scope: t(`match:scope.${c.scope}`), start: c.startTurn };
  const breach = c.record.find((r) => r.outcome === "breached");
  if (breach) {
    const who = brokenBy(c, breach.turn);
    return who.length ? t("debrief:q.brokenBy", { ...what, turn: breach.turn, powers: listPowers(who) }) : t("debrief:q.brokenUnknown", { ...what, turn: breach.turn });
  }
  return t("debrief:q.held", { ...what, count: c.keptTurns });
}

export function matchQuestions(view: MatchView): string[] {
  const questions: string[] = [];
  const agreed = view.ceasefires.filter((c) => !c.unilateral);
  if (agreed.length === 0) {
    const sides = POWERS.filter((p) => view.scenario.powers[p].war !== "none");
    questions.push(t("debrief:q.noCeasefire", { powers: listPowers(sides) }));
  }
  for (const c of agreed.slice(0, 2)) questions.push(ceasefireQuestion(c));
  for (const c of view.commitments.filter((x) => x.status === "broken").slice(0, 2)) {
    const breakers = listPowers(c.breakers);
    const others = listPowers(c.parties.filter((p) => !c.breakers.includes(p)));
    const terms = describeTerms(c.terms);
    questions.push(t("debrief:q.promiseBroken", { turn: c.turn, breakers, others, terms: midSentence(terms) }));
  }
  const kept = view.commitments.filter((x) => x.status === "kept").length;
  if (kept > 0) questions.push(t("debrief:q.kept", { count: kept }));
  return questions.slice(0, MAX_MATCH_QUESTIONS);
}

export const MAX_CLASS_QUESTIONS = 4;

/** "World 1", "World 1 and World 3", "World 1, World 2 and World 4". */
function listNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

const worldNames = (worlds: readonly number[]) => listNames(worlds.map((w) => t("classroom:world", { n: w + 1 })));

/**
 * Questions for the whole class from the class report: they set the worlds side by side (a
 * ceasefire that held in one and not another, the front line's spread, promises broken), so the
 * class compares its own choices. Worlds are named as the debrief names them.
 */
export function classQuestions(report: ClassReport): string[] {
  const questions: string[] = [];
  const rooms = report.rooms;
  if (rooms.length === 0) return questions;
  const held = rooms.filter((r) => r.ceasefires.some((c) => c.outcome !== "broken")).map((r) => r.world);
  const without = rooms.filter((r) => !held.includes(r.world)).map((r) => r.world);
  if (held.length > 0 && without.length > 0) {
    questions.push(t("classroom:question.heldSome", { held: worldNames(held), without: worldNames(without), count: held.length }));
  } else if (held.length === 0) {
    questions.push(t("classroom:question.heldNone"));
  } else {
    questions.push(t("classroom:question.heldAll"));
  }
  if (rooms.length > 1) {
    const byFront = [...rooms].sort((a, b) => a.meters.frontLine - b.meters.frontLine);
    const [low, high] = [byFront[0]!, byFront.at(-1)!];
    if (high.meters.frontLine - low.meters.frontLine >= 0.5) {
      const tenth = (n: number) => formatNumber(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      questions.push(t("classroom:question.front", { high: tenth(high.meters.frontLine), a: high.world + 1, low: tenth(low.meters.frontLine), b: low.world + 1 }));
    }
  }
  const broken = rooms.map((r) => ({ world: r.world, count: r.promises.filter((p) => p.kept === false).length }));
  const most = broken.reduce((a, b) => (b.count > a.count ? b : a));
  if (most.count > 0) {
    const fewest = broken.reduce((a, b) => (b.count < a.count ? b : a));
    const compare = rooms.length > 1 && fewest.count < most.count;
    const params = { n: most.world + 1, count: most.count, m: fewest.world + 1, fewest: fewest.count };
    questions.push(t(compare ? "classroom:question.brokenCompared" : "classroom:question.broken", params));
  }
  return questions.slice(0, MAX_CLASS_QUESTIONS);
}
