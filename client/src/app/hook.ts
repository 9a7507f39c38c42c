/** `window.__DETENTE__`: what the browser tests wait on instead of sleeping. */
export type ScreenName = "boot" | "title" | "lobby" | "match" | "debrief" | "rules" | "roleCards" | "guide" | "classCreate" | "classJoin" | "classLobby" | "dashboard" | "projector" | "classDebrief";

export interface TestHook {
  screen: ScreenName;
  code: string;
  mapReady: boolean;
  power: string | null;
  phase: string;
  turn: number;
  /** The link to the game server ("" before any match). */
  connection: "connected" | "reconnecting" | "closed" | "";
  /** Failed attempts to reach the server in the current outage. */
  attempts: number;
}

declare global {
  interface Window {
    __DETENTE__: TestHook;
  }
}

export const hook: TestHook = { screen: "boot", code: "", mapReady: false, power: null, phase: "", turn: 0, connection: "", attempts: 0 };
window.__DETENTE__ = hook;
