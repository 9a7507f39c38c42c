// The classroom: a class of students grouped into worlds, as pure functions over plain data.
export * from "./grouping";
export * from "./classroom";
export * from "./protocol";
export { STUCK_AFTER_MS, summarize, type RoomActivity } from "./summary";
