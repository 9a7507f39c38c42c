/**
 * The teacher's guide in data: a 50-minute lesson around the lesson preset, discussion questions
 * and a reflection prompt. The play time comes from the preset itself, and docs/teaching.md is
 * checked against this plan by a test: change one without the other and the test fails.
 */
import { victoryDay2025 } from "../../../shared/game/scenarios/victoryDay2025";
import { PRESETS, TIMED_PHASES, playSeconds, presetTurns, type PresetId } from "../../../shared/session/presets";

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
    {
      minutes: 3,
      title: "Join",
      what: "Students open the game's address, type the match code from the projector and a first name, and pick the power on their role card.",
    },
    {
      minutes: 5,
      title: "Brief",
      what: "Read the situation aloud and show the rules page. Students read their role card and, in the app, their secret objective, which they keep to themselves.",
    },
    {
      minutes: playMinutes(preset),
      title: "Play",
      what: `${turns} turns. Start the match; the clock runs each phase. Walk the room during negotiation; pause if the class needs a word.`,
    },
    {
      minutes: LESSON_MINUTES - 3 - 5 - playMinutes(preset),
      title: "Debrief",
      what: "Project the debrief screen: scores, every power's secret objective, and the record of ceasefires and promises. Use two or three of the questions below, then give the reflection prompt.",
    },
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
  return TIMED_PHASES.map((p) => `${p} ${PRESETS[preset][p]} s`).join(", ");
}

/** Questions that send the class back to its own match's debrief for the evidence. */
export const DISCUSSION_QUESTIONS: readonly string[] = [
  "Which ceasefires were agreed in your world, and which were kept? Find them in the debrief's record: who broke one, on which turn, and what did it cost them?",
  "Name a promise that was broken: an offer accepted and then not carried out. Why did that power break it, and did the others trust it again?",
  "Which power met its secret objective? Now that you know it, which of its moves make sense that did not at the time?",
  "Compare the worlds in the class: why did one reach a lasting ceasefire and another not?",
  "Where did a public statement say one thing while the orders did another? Did anyone notice during the match?",
];

export const REFLECTION_PROMPT =
  "In five sentences: what did your power want, what did you give up to get it, and one moment when you had to decide whether to trust another power. What would you do differently, and what does it tell you about real diplomacy?";
