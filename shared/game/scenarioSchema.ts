// The scenario is data: this schema checks it, so a second scenario needs no engine change.
import { z } from "zod";
import { METERS, POWERS, SECTORS, WORLD_KEYS } from "./types";

export const PowerIdSchema = z.enum(POWERS);
export const MeterIdSchema = z.enum(METERS);
export const WorldKeySchema = z.enum(WORLD_KEYS);
export const SectorSchema = z.enum(SECTORS);
export const ScopeSchema = z.enum(["full", "energy", "air"]);

/** The scenario's words are keys of the translation layer's `scenario` namespace, never sentences. */
export const ScenarioKeySchema = z.string().regex(/^scenario:[\w.-]+$/, "a key of the scenario namespace (scenario:...), not words");

const bound = { atLeast: z.number().optional(), atMost: z.number().optional() };

/** A test on the state, used by objectives (at the end), scripted events and a facilitator's conditional events (at a briefing). */
export type Condition =
  | { kind: "meter"; power: z.infer<typeof PowerIdSchema>; meter: z.infer<typeof MeterIdSchema>; atLeast?: number | undefined; atMost?: number | undefined }
  | { kind: "meterChange"; power: z.infer<typeof PowerIdSchema>; meter: z.infer<typeof MeterIdSchema>; atLeast?: number | undefined; atMost?: number | undefined }
  | { kind: "world"; key: z.infer<typeof WorldKeySchema>; atLeast?: number | undefined; atMost?: number | undefined }
  | { kind: "worldChange"; key: z.infer<typeof WorldKeySchema>; atLeast?: number | undefined; atMost?: number | undefined }
  | { kind: "relation"; a: z.infer<typeof PowerIdSchema>; b: z.infer<typeof PowerIdSchema>; atLeast?: number | undefined; atMost?: number | undefined }
  | { kind: "trustIn"; power: z.infer<typeof PowerIdSchema>; atLeast?: number | undefined; atMost?: number | undefined }
  | { kind: "sanctionLevel"; target: z.infer<typeof PowerIdSchema>; imposer?: z.infer<typeof PowerIdSchema> | undefined; atLeast?: number | undefined; atMost?: number | undefined }
  | { kind: "tally"; key: string; atLeast?: number | undefined; atMost?: number | undefined }
  | { kind: "ceasefireKept"; turns: number; monitored?: boolean | undefined }
  | { kind: "noBrokenCommitments"; power: z.infer<typeof PowerIdSchema> }
  /** A bilateral ceasefire between these two powers is in force. */
  | { kind: "ceasefireActive"; parties: [z.infer<typeof PowerIdSchema>, z.infer<typeof PowerIdSchema>] }
  | { kind: "not"; of: Condition }
  | { kind: "all"; of: Condition[] }
  | { kind: "any"; of: Condition[] };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("meter"), power: PowerIdSchema, meter: MeterIdSchema, ...bound }),
    z.object({ kind: z.literal("meterChange"), power: PowerIdSchema, meter: MeterIdSchema, ...bound }),
    z.object({ kind: z.literal("world"), key: WorldKeySchema, ...bound }),
    z.object({ kind: z.literal("worldChange"), key: WorldKeySchema, ...bound }),
    z.object({ kind: z.literal("relation"), a: PowerIdSchema, b: PowerIdSchema, ...bound }),
    z.object({ kind: z.literal("trustIn"), power: PowerIdSchema, ...bound }),
    z.object({ kind: z.literal("sanctionLevel"), target: PowerIdSchema, imposer: PowerIdSchema.optional(), ...bound }),
    z.object({ kind: z.literal("tally"), key: z.string().min(1), ...bound }),
    z.object({ kind: z.literal("ceasefireKept"), turns: z.number().int().min(1), monitored: z.boolean().optional() }),
    z.object({ kind: z.literal("noBrokenCommitments"), power: PowerIdSchema }),
    z.object({ kind: z.literal("ceasefireActive"), parties: z.tuple([PowerIdSchema, PowerIdSchema]) }),
    z.object({ kind: z.literal("not"), of: ConditionSchema }),
    z.object({ kind: z.literal("all"), of: z.array(ConditionSchema).min(1) }),
    z.object({ kind: z.literal("any"), of: z.array(ConditionSchema).min(1) }),
  ]),
);

/** One change an event makes to the world. */
export const EffectSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("meter"), power: PowerIdSchema, meter: MeterIdSchema, delta: z.number().min(-50).max(50) }),
  z.object({ kind: z.literal("world"), key: WorldKeySchema, delta: z.number().min(-50).max(50) }),
  z.object({ kind: z.literal("relation"), a: PowerIdSchema, b: PowerIdSchema, delta: z.number().min(-100).max(100) }),
  z.object({ kind: z.literal("trust"), from: PowerIdSchema, to: PowerIdSchema, delta: z.number().min(-50).max(50) }),
  z.object({ kind: z.literal("tally"), key: z.string().min(1).max(60), delta: z.number().int().min(-10).max(10) }),
  z.object({
    kind: z.literal("sanction"),
    imposer: PowerIdSchema,
    target: PowerIdSchema,
    sector: SectorSchema,
    level: z.number().int().min(0).max(3),
  }),
  z.object({
    kind: z.literal("unilateralCeasefire"),
    by: PowerIdSchema,
    turns: z.number().int().min(1).max(4),
    scope: ScopeSchema,
  }),
]);
export type Effect = z.infer<typeof EffectSchema>;

export const EventSpecSchema = z.object({
  id: z.string().min(1).max(60),
  title: ScenarioKeySchema,
  text: ScenarioKeySchema,
  effects: z.array(EffectSchema).max(20),
  /** Scripted: revealed in this turn's briefing. */
  turn: z.number().int().min(1).optional(),
  /** In the random deck: weight, and the turns in which it may be drawn. */
  deck: z.object({ weight: z.number().min(0), fromTurn: z.number().int().min(1), toTurn: z.number().int().min(1) }).optional(),
  /** Scripted only: tested on the state at the briefing; the event is skipped when it fails, so
   *  the timeline can tell what happened in this match (a truce breached or kept). */
  if: ConditionSchema.optional(),
});
export type EventSpec = z.infer<typeof EventSpecSchema>;

export const ObjectiveSchema = z.object({
  id: z.string().min(1).max(60),
  title: ScenarioKeySchema,
  /** Its words quote the condition's figures as {{limit}} and {{start}} (see objectiveFigures). */
  text: ScenarioKeySchema,
  points: z.number().min(0).max(50),
  condition: ConditionSchema,
});
export type Objective = z.infer<typeof ObjectiveSchema>;

export const BotPersonalitySchema = z.object({
  /** Chance-weighted appetite for offensives and strikes. */
  aggression: z.number().min(0).max(1),
  /** Leaning to conciliatory statements and summits. */
  conciliation: z.number().min(0).max(1),
  /** Appetite for sanctions on rivals. */
  sanctions: z.number().min(0).max(1),
  /** Readiness to propose, accept and keep ceasefires. */
  ceasefire: z.number().min(0).max(1),
  /** Readiness to give aid to friends. */
  generosity: z.number().min(0).max(1),
  /** Chance of secretly breaking a commitment when it pays. */
  treachery: z.number().min(0).max(1),
});
export type BotPersonality = z.infer<typeof BotPersonalitySchema>;

const meterValues = z.object({
  economy: z.number().min(0).max(100),
  support: z.number().min(0).max(100),
  standing: z.number().min(0).max(100),
  special: z.number().min(0).max(100),
});

export const PowerSpecSchema = z.object({
  leader: ScenarioKeySchema,
  /** The power's own meter; its `kind` decides which rules use it. */
  special: z.object({
    kind: z.enum(["military", "unity", "tradeExposure", "politicalCapital"]),
    label: ScenarioKeySchema,
    /** The label inside a sentence ("your military strength"; German keeps the capital). */
    inText: ScenarioKeySchema,
    higherIsBetter: z.boolean(),
    text: ScenarioKeySchema,
  }),
  start: meterValues,
  briefing: ScenarioKeySchema,
  strengths: z.array(ScenarioKeySchema).min(1),
  /** Diplomatic capital per turn, lowered by one while a meter is below a threshold. */
  budget: z.object({
    base: z.number().int().min(1).max(6),
    penalty: z.object({ meter: MeterIdSchema, below: z.number().min(0).max(100) }).optional(),
  }),
  /** Side in the war: the defender holds the `frontLine` share of its territory; "none" stays out of the fighting. */
  war: z.enum(["defender", "attacker", "none"]),
  /** False for a power that sends no weapons (it may still sell dual-use goods); true when absent. */
  lethalAid: z.boolean().optional(),
  /** True for a power whose weapons allies buy for the recipient: its military aid earns its economy and costs it no political capital. */
  armsSold: z.boolean().optional(),
  publicGoals: z.array(ObjectiveSchema).min(1),
  secretObjectives: z.array(ObjectiveSchema).min(1),
  /** Handicap subtracted from the score, to balance asymmetric starting positions (like komi in Go). */
  par: z.number(),
  bot: BotPersonalitySchema,
});
export type PowerSpec = z.infer<typeof PowerSpecSchema>;

export const ScenarioSchema = z.object({
  id: z.string().min(1).max(60),
  title: ScenarioKeySchema,
  summary: ScenarioKeySchema,
  turns: z.number().int().min(1).max(30),
  turnLabels: z.array(ScenarioKeySchema),
  powers: z.object({
    russia: PowerSpecSchema,
    china: PowerSpecSchema,
    usa: PowerSpecSchema,
    ukraine: PowerSpecSchema,
    eu: PowerSpecSchema,
  }),
  /** The power whose claim the `taiwanTension` meter is about (statements on Taiwan endorse or defy it). */
  claimant: PowerIdSchema,
  relations: z.array(z.object({ a: PowerIdSchema, b: PowerIdSchema, value: z.number().min(-100).max(100) })),
  world: z.object({
    frontLine: z.number().min(0).max(100),
    warIntensity: z.number().min(0).max(100),
    globalTension: z.number().min(0).max(100),
    taiwanTension: z.number().min(0).max(100),
  }),
  sanctions: z.array(
    z.object({ imposer: PowerIdSchema, target: PowerIdSchema, sector: SectorSchema, level: z.number().int().min(1).max(3) }),
  ),
  /** A partner that may keep a sanctioned economy afloat: each turn the provider decides by a
   *  `lifeline` order whether to; while open and warm, it blunts the sanctions on `to`. */
  lifelines: z.array(z.object({ provider: PowerIdSchema, to: PowerIdSchema, strength: z.number().min(0).max(0.8) })),
  /** Powers with a stake in the front: each turn `meter` moves by `perPoint` × the front line's
   *  change (positive when the defender gains ground). */
  frontStakes: z.array(z.object({ power: PowerIdSchema, meter: MeterIdSchema, perPoint: z.number().min(-5).max(5) })).optional(),
  /** Its text takes the turns as {{count}}. */
  sharedGoal: z.object({ title: ScenarioKeySchema, text: ScenarioKeySchema, points: z.number().min(0).max(50), keptTurns: z.number().int().min(1) }),
  /** Chance that a deck card is drawn in a turn's briefing. */
  deckChance: z.number().min(0).max(1),
  events: z.array(EventSpecSchema),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

/** Whether a power takes part in the fighting (military posture, strikes, ceasefires). */
export function isBelligerent(spec: PowerSpec): boolean {
  return spec.war !== "none";
}

/** Checks a scenario, including cross-references the shape alone cannot express. */
export function parseScenario(data: unknown): { ok: true; value: Scenario } | { ok: false; message: string } {
  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) return { ok: false, message: parsed.error.message };
  const s = parsed.data;
  const ids = new Set<string>();
  for (const e of s.events) {
    if (ids.has(e.id)) return { ok: false, message: `Event id "${e.id}" is used twice.` };
    ids.add(e.id);
    if (e.turn !== undefined && e.turn > s.turns) return { ok: false, message: `Event "${e.id}" is set after the last turn.` };
  }
  const sides = Object.values(s.powers).map((p) => p.war);
  if (sides.filter((w) => w === "defender").length !== 1 || sides.filter((w) => w === "attacker").length !== 1) {
    return { ok: false, message: "A scenario needs exactly one defender and one attacker." };
  }
  for (const r of s.relations) if (r.a === r.b) return { ok: false, message: `A relation pairs ${r.a} with itself.` };
  return { ok: true, value: s };
}
