// A match keeps the scenario it was created with: its numbers are the rules that match is played
// by. One stored before the scenario's words became keys of the translation layer holds English
// sentences instead; restored, it takes the words of today's scenario of the same id, so it reads
// in every language, and keeps its own numbers (a goal's words quote its own condition's).
import { POWERS } from "./types";
import type { Objective, PowerSpec, Scenario } from "./scenarioSchema";
import { victoryDay2025 } from "./scenarios/victoryDay2025";

const SCENARIOS: Record<string, Scenario> = { [victoryDay2025.id]: victoryDay2025 };

/** `stored` with today's words where it still holds sentences (unchanged when it holds keys). */
export function withCurrentWords(stored: Scenario): Scenario {
  const now = SCENARIOS[stored.id];
  if (!now || stored.title === now.title) return stored;
  const powers = {} as Scenario["powers"];
  for (const p of POWERS) powers[p] = powerWords(stored.powers[p], now.powers[p]);
  return {
    ...stored,
    title: now.title,
    summary: now.summary,
    turnLabels: stored.turnLabels.map((label, i) => now.turnLabels[i] ?? label),
    sharedGoal: { ...stored.sharedGoal, title: now.sharedGoal.title, text: now.sharedGoal.text },
    powers,
    events: stored.events.map((e) => {
      const n = now.events.find((x) => x.id === e.id);
      return n ? { ...e, title: n.title, text: n.text } : e;
    }),
  };
}

function powerWords(stored: PowerSpec & { name?: unknown }, now: PowerSpec): PowerSpec {
  // `name` went: a power's name is read from its id (common:power.<id>).
  const { name: _name, ...spec } = stored;
  const goals = [...now.publicGoals, ...now.secretObjectives];
  const words = (g: Objective): Objective => {
    const n = goals.find((x) => x.id === g.id);
    return n ? { ...g, title: n.title, text: n.text } : g;
  };
  return {
    ...spec,
    leader: now.leader,
    briefing: now.briefing,
    special: { ...spec.special, label: now.special.label, inText: now.special.inText, text: now.special.text },
    strengths: [...now.strengths],
    publicGoals: spec.publicGoals.map(words),
    secretObjectives: spec.secretObjectives.map(words),
  };
}
