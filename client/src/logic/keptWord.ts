/**
 * "Who kept their word", for the debrief: each power's promises (accepted offers, ceasefires)
 * and its words held against its deeds (the say–do record), with what became of each. Pure,
 * from the view the seat holds: once the match is over that is everything, unmonitored
 * ceasefire breaches included.
 */
import { t, translate } from "../../../shared/i18n";
import { POWERS, type MatchView, type PowerId } from "../../../shared/game";
import { TOPICS, describeTerms, midSentence } from "./format";

export interface WordRecord {
  power: PowerId;
  promisesKept: number;
  promisesBroken: number;
  wordsConsistent: number;
  wordsContradicted: number;
  /** What it broke or contradicted, turn by turn, in plain words. */
  lapses: { turn: number; text: string }[];
}

export function keptWord(view: MatchView): WordRecord[] {
  return POWERS.map((power) => {
    const lapses: WordRecord["lapses"] = [];
    let kept = 0;
    let broken = 0;
    for (const c of view.commitments) {
      // A pledge is its pledger's word alone.
      const bound = c.terms.kind === "pledge" ? [c.terms.by] : c.parties;
      if (!bound.includes(power) || c.status === "pending") continue;
      if (c.breakers.includes(power)) {
        broken += 1;
        const terms = describeTerms(c.terms);
        // A commitment of several turns is broken in the turn after those it was kept.
        lapses.push({ turn: c.turn + c.turnsKept, text: t("debrief:lapseBroke", { terms: midSentence(terms) }) });
      } else kept += 1; // its own word held, whoever else broke theirs
    }
    for (const c of view.ceasefires) {
      if (!c.parties.includes(power)) continue;
      const breach = c.record.find((r) => r.outcome === "breached");
      const named = breach ? [...breach.namedBreakers, ...(c.secretBreaches?.find((b) => b.turn === breach.turn)?.breakers ?? [])] : [];
      if (breach && named.includes(power)) {
        broken += 1;
        lapses.push({ turn: breach.turn, text: c.unilateral ? t("debrief:lapseOwnTruce") : t("debrief:lapseCeasefire") });
      } else if (breach || c.keptTurns > 0) kept += 1;
    }
    const words = view.sayDo.filter((e) => e.power === power);
    for (const e of words) {
      if (e.verdict !== "contradicted") continue;
      const later = e.deedTurn !== undefined && e.deedTurn > e.turn ? " the next turn" : "";
      lapses.push({ turn: e.turn, text: t(later ? "debrief:lapseWordsLater" : "debrief:lapseWords", { tone: t(`match:tone.${e.tone}`), topic: TOPICS[e.topic] ?? e.topic, deed: e.deed ? translate(e.deed) : t("debrief:theOpposite") }) });
    }
    lapses.sort((a, b) => a.turn - b.turn);
    return {
      power,
      promisesKept: kept,
      promisesBroken: broken,
      wordsConsistent: words.filter((e) => e.verdict === "consistent").length,
      wordsContradicted: words.filter((e) => e.verdict === "contradicted").length,
      lapses,
    };
  });
}
