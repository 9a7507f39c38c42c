// Public API of the game core. Pure functions over plain JSON state.
export * from "./types";
export { parseScenario, ScenarioSchema, isBelligerent } from "./scenarioSchema";
export type { Scenario, PowerSpec, Objective, EventSpec, Effect, Condition, BotPersonality } from "./scenarioSchema";
export { victoryDay2025 } from "./scenarios/victoryDay2025";
export { createMatch, advancePhase, resolveTurn, type MatchOptions } from "./match";
export {
  OrderSchema,
  OrderSubmissionSchema,
  submitOrders,
  validateOrder,
  validateOrders,
  orderCost,
  budgetFor,
  allReady,
  MAX_ORDERS,
  type Order,
  type OrderSubmission,
} from "./orders";
export { OfferActionSchema, OfferTermsSchema, applyOfferAction, type OfferAction } from "./offers";
export { injectEvent, InjectedEventSchema, MAX_CONDITION_DEPTH, MAX_INJECTED_EVENTS_PER_TURN, MAX_SCHEDULED_EVENTS, type InjectedEvent } from "./events";
export { computeScores, winners, evaluate, type ScoreBreakdown, type ObjectiveResult } from "./scoring";
export { objectiveFigures } from "./objectiveFigures";
export { withCurrentWords } from "./storedScenario";
export { viewFor, pastViewFor, seesEverything, type MatchView, type Seat, type ScenarioBrief, type CeasefireView } from "./view";
export { botOrders, botAnswerOffer, botProposals } from "./bots";
export { replay, applyLogEntry, stateHash, type LogEntry } from "./replay";
