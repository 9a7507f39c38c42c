/**
 * Discussion questions drawn from one match's own record, for the debrief: its ceasefires (kept
 * or broken, and by whom) and its broken promises. Pure, from the view the seat holds, so it
 * names a breaker only where the view does (everyone, once the match is over).
 */
import { POWERS, type MatchView } from "../../../shared/game";

type Ceasefire = MatchView["ceasefires"][number];
import { describeTerms, listPowers } from "./format";

export const MAX_MATCH_QUESTIONS = 5;

function brokenBy(c: Ceasefire, turn: number): string[] {
  const record = c.record.find((r) => r.turn === turn);
  const secret = c.secretBreaches?.find((b) => b.turn === turn)?.breakers ?? [];
  return [...new Set([...(record?.namedBreakers ?? []), ...secret])];
}

function ceasefireQuestion(c: Ceasefire): string {
  const what = `the ${c.scope} ceasefire agreed for turn ${c.startTurn}`;
  const breach = c.record.find((r) => r.outcome === "breached");
  if (breach) {
    const who = brokenBy(c, breach.turn);
    return `On turn ${breach.turn}, ${what} was broken${who.length ? ` by ${listPowers(who)}` : ", and nobody could tell by whom"}. What did breaking it gain, and what did it cost?`;
  }
  const kept = `${c.keptTurns} turn${c.keptTurns === 1 ? "" : "s"}`;
  return `${what[0]!.toUpperCase()}${what.slice(1)} held for ${kept}. What made both sides keep it?`;
}

export function matchQuestions(view: MatchView): string[] {
  const questions: string[] = [];
  const agreed = view.ceasefires.filter((c) => !c.unilateral);
  if (agreed.length === 0) {
    const sides = POWERS.filter((p) => view.scenario.powers[p].war !== "none");
    questions.push(`No ceasefire was agreed between ${listPowers(sides)}. What stood in the way, and who could have brought them to one?`);
  }
  for (const c of agreed.slice(0, 2)) questions.push(ceasefireQuestion(c));
  for (const c of view.commitments.filter((x) => x.status === "broken").slice(0, 2)) {
    const breakers = listPowers(c.breakers);
    const others = listPowers(c.parties.filter((p) => !c.breakers.includes(p)));
    const terms = describeTerms(c.terms);
    questions.push(`On turn ${c.turn}, ${breakers} broke a promise made to ${others} (${terms[0]!.toLowerCase()}${terms.slice(1)}). Why, and did ${others} trust ${breakers} again?`);
  }
  const kept = view.commitments.filter((x) => x.status === "kept").length;
  if (kept > 0) questions.push(`${kept} promise${kept === 1 ? " was" : "s were"} kept in this world. Which one mattered most, and why?`);
  return questions.slice(0, MAX_MATCH_QUESTIONS);
}
