/**
 * The teacher's guide in data: a 50-minute lesson around the lesson preset, discussion questions
 * and a reflection prompt. The play time comes from the preset itself, and docs/teaching.md is
 * checked against this plan by a test: change one without the other and the test fails.
 */
import { victoryDay2025 } from "../../../shared/game/scenarios/victoryDay2025";
import { PRESETS, TIMED_PHASES, playSeconds, presetTurns, type PresetId } from "../../../shared/session/presets";
import { t } from "../../../shared/i18n";
import { PHASE_LABELS } from "./format";

export const LESSON_MINUTES = 50;
export const LESSON_PRESET: PresetId = "lesson";

export interface LessonStep {
  /** Minutes from the start of the lesson. */
  start: number;
  end: number;
  title: string;
  what: string;
}

/** The whole match, if no phase ends early, in whole minutes (rounded up: a plan never runs short). */
export function playMinutes(preset: PresetId = LESSON_PRESET): number {
  return Math.ceil(playSeconds(preset, victoryDay2025.turns) / 60);
}

export function lessonPlan(preset: PresetId = LESSON_PRESET): LessonStep[] {
  const turns = presetTurns(preset, victoryDay2025.turns);
  const steps: { minutes: number; title: string; what: string }[] = [
    { minutes: 3, title: t("pages:step.join.title"), what: t("pages:step.join.what") },
    { minutes: 5, title: t("pages:step.brief.title"), what: t("pages:step.brief.what") },
    { minutes: playMinutes(preset), title: t("pages:step.play.title"), what: t("pages:step.play.what", { turns }) },
    { minutes: LESSON_MINUTES - 3 - 5 - playMinutes(preset), title: t("pages:step.debrief.title"), what: t("pages:step.debrief.what") },
  ];
  let at = 0;
  return steps.map(({ minutes, title, what }) => {
    const step = { start: at, end: at + minutes, title, what };
    at += minutes;
    return step;
  });
}

/** "0:08" for minute 8 of the lesson. */
export function clockTime(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Each phase of a turn under the preset, as the guide writes it: "briefing 30 s". */
export function turnShape(preset: PresetId = LESSON_PRESET): string {
  return TIMED_PHASES.map((p) => t("pages:guide.phaseSeconds", { phase: PHASE_LABELS[p].toLocaleLowerCase(), seconds: PRESETS[preset][p] })).join(", ");
}

/** Questions that send the class back to its own match's debrief for the evidence, in the page's language. */
export function discussionQuestions(): string[] {
  return ["ceasefires", "promise", "secret", "worlds", "words"].map((q) => t(`pages:question.${q}`));
}

/** The students' reflection prompt, in the page's language. */
export function reflectionPrompt(): string {
  return t("pages:reflection");
}
