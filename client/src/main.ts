/**
 * The app: which screen is showing, and the wiring between the screens and the connection.
 * It decides no outcome; it shows the server's state and forwards intents.
 */
import { JoinError, MatchConnection, type SyncedMatch } from "./net";
import { endScreen, lobbyScreen, titleScreen, TurnScreen } from "./ui/screens";
import type { PowerId } from "../../shared/powers";
import type { Tone } from "../../shared/statementMatch";

type ScreenName = "title" | "lobby" | "turn" | "ended";

/** What the browser tests wait on instead of sleeping. */
interface TestHook {
  screen: ScreenName;
  code: string;
  mapReady: boolean;
}

declare global {
  interface Window {
    __DETENTE__: TestHook;
  }
}

/** In development Vite serves the page and the game server listens on its own port. */
const SERVER_URL = import.meta.env.DEV ? `${location.protocol}//${location.hostname}:2567` : location.origin;

const root = document.getElementById("app")!;
const hook: TestHook = { screen: "title", code: "", mapReady: false };
window.__DETENTE__ = hook;

let connection: MatchConnection | null = null;
let turnScreen: TurnScreen | null = null;
let map: { showSpoken(spoken: ReadonlySet<string>): void } | null = null;
let lastError = "";

function show(screen: ScreenName, element: HTMLElement): void {
  const focused = document.activeElement?.id;
  root.replaceChildren(element);
  hook.screen = screen;
  // Keep keyboard focus where it was when a screen is redrawn in place.
  if (focused) document.getElementById(focused)?.focus();
}

function showTitle(): void {
  show("title", titleScreen({ create, join }, ""));
  document.getElementById("create-name")?.focus();
}

async function create(name: string): Promise<void> {
  await connect(() => MatchConnection.create(SERVER_URL, name));
}

async function join(code: string, name: string): Promise<void> {
  await connect(() => MatchConnection.join(SERVER_URL, code, name));
}

async function connect(open: () => Promise<MatchConnection>): Promise<void> {
  try {
    connection = await open();
  } catch (error) {
    // Only the message changes: what the player typed stays in the form.
    const message = document.getElementById("title-error");
    if (message) message.textContent = error instanceof JoinError ? error.message : "Could not reach the game server.";
    return;
  }
  lastError = "";
  hook.code = connection.code;
  connection.onError((error) => {
    lastError = error.message;
    render(connection!.state);
  });
  connection.onChange((state) => {
    lastError = "";
    render(state);
  });
}

function render(state: SyncedMatch): void {
  if (!connection) return;
  const me = connection.playerId;
  const send = connection;
  if (state.phase === "lobby") {
    show("lobby", lobbyScreen(state, me, { pick: (power) => send.send("pickPower", { power: power as PowerId }), start: () => send.send("start", {}) }, lastError));
  } else if (state.phase === "statements") {
    if (!turnScreen) {
      turnScreen = new TurnScreen(me, { submit: (turn, tone, text) => send.send("submitStatement", { turn, tone: tone as Tone, text }) });
      show("turn", turnScreen.element);
      void loadMap(turnScreen.mapHost);
    }
    turnScreen.update(state, lastError);
    map?.showSpoken(spokenThisTurn(state));
  } else {
    show("ended", endScreen(state));
  }
}

function spokenThisTurn(state: SyncedMatch): Set<string> {
  return new Set(Object.values(state.players).filter((p) => p.submitted).map((p) => p.power));
}

/** Phaser loads only when the first turn begins, so the title and lobby stay light. */
async function loadMap(parent: HTMLElement): Promise<void> {
  const { createMap } = await import("./map/MapScene");
  const created = createMap(parent, () => {
    hook.mapReady = true;
  });
  map = created.scene;
  if (connection) map.showSpoken(spokenThisTurn(connection.state));
}

showTitle();
