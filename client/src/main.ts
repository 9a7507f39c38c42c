/**
 * The app: which screen shows, and the wiring between the screens and the connection. It
 * decides no outcome: it shows the server's state and forwards intents. The screen follows the
 * board's phase, and the match code lives in the address (/m/CODE) and in localStorage with the
 * seat token, so a reload at any moment comes back to the same seat and screen, even one made
 * while the server is down: the page then keeps trying, under a "Reconnecting…" banner.
 */
import { hook, type ScreenName } from "./app/hook";
import { JoinError, MatchConnection, browserSeatStorage } from "./net";
import { BROWSER_RETRY, parseRetryPolicy } from "./logic/backoff";
import { ConnectionBanner } from "./screens/connectionBanner";
import { ConnectionStatus } from "./screens/connectionStatus";
import { topBar } from "./screens/topBar";
import type { AppContext, Screen } from "./app/context";
import type { ErrorReply } from "../../shared/protocol";
import type { PresetId } from "../../shared/session/presets";
import { bootElement, bootProgress } from "./screens/boot";
import { titleScreen, type JoinRefused } from "./screens/title";
import { LobbyScreen } from "./screens/lobby";
import { codeFromPath, forgetMatch, matchToResume, pathForCode, rememberMatch } from "./logic/route";
import { PAGES, pageFromPath, type PageName } from "./pages/nav";
import { isClassPath } from "./logic/classRoute";
import { currentLanguage, t, translate } from "../../shared/i18n";
import { languageSwitch, startLanguage } from "./i18n/language";

/** In development Vite serves the page and the game server listens on its own port. */
const SERVER_URL = import.meta.env.DEV ? `${location.protocol}//${location.hostname}:2567` : location.origin;

/** Browser tests shorten the waits between attempts (`window.__DETENTE_RETRY__`, set before boot). */
const RETRY = parseRetryPolicy((window as { __DETENTE_RETRY__?: unknown }).__DETENTE_RETRY__) ?? BROWSER_RETRY;

const root = document.getElementById("app")!;
const banner = new ConnectionBanner();
const linkStatus = new ConnectionStatus();
// The language switch joins them between the two once the language is known (start()).
root.before(topBar(linkStatus.element, banner.element));
const seats = browserSeatStorage();
const errors = new Map<string, ErrorReply>();
let connection: MatchConnection | null = null;
let current: { name: ScreenName; screen: Screen | null } = { name: "boot", screen: null };
let renderQueued = false;

/** The document title: the game's name, then the screen (and the match code) in the page's language. */
function documentTitle(name: ScreenName): string {
  if (name === "title" || name === "boot") return t("common:game");
  const screen = name in PAGES ? PAGES[name as PageName].title : t(`common:screen.${name}`, { code: hook.code });
  return t("common:docTitle", { screen: screen.trim() });
}

function show(name: ScreenName, screen: Screen | null, element: HTMLElement): void {
  current.screen?.destroy?.();
  current = { name, screen };
  root.replaceChildren(element);
  hook.screen = name;
  document.title = documentTitle(name);
  // Move focus to the new screen's heading so keyboard and screen-reader users start at its top.
  const heading = element.querySelector<HTMLElement>("h1, h2");
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
}

function showTitle(initial: { code?: string; message?: string } = {}): void {
  connection = null;
  hook.code = "";
  if (codeFromPath(location.pathname)) history.replaceState(null, "", "/");
  show("title", null, titleScreen({ create, join }, initial));
}

async function create(options: { name: string; preset: PresetId; password?: string }): Promise<string | null> {
  return connect(() => MatchConnection.create(SERVER_URL, options, seats, RETRY));
}

/** The refusals that ask for a match's password: the title then opens its field (by key, so in every language). */
const PASSWORD_REFUSALS = new Set(["refusals:JOIN_REFUSED.passwordNeeded", "refusals:JOIN_REFUSED.wrongPassword"]);

async function join(code: string, options: { name?: string; password?: string }): Promise<JoinRefused | null> {
  let asksPassword = false;
  const message = await connect(() =>
    MatchConnection.join(SERVER_URL, code, options, seats, RETRY).catch((error: unknown) => {
      asksPassword = error instanceof JoinError && PASSWORD_REFUSALS.has(error.text.key);
      throw error;
    }),
  );
  return message === null ? null : { message, asksPassword };
}

async function connect(open: () => Promise<MatchConnection>): Promise<string | null> {
  let conn: MatchConnection;
  try {
    conn = await open();
  } catch (error) {
    return error instanceof JoinError ? translate(error.text) : t("common:unreachable");
  }
  connection = conn;
  errors.clear();
  hook.code = conn.code;
  rememberMatch(conn.code, localStorage);
  if (location.pathname !== pathForCode(conn.code)) history.replaceState(null, "", pathForCode(conn.code));
  conn.onError((error) => {
    errors.set(error.re, error);
    queueRender();
  });
  conn.onChange(queueRender);
  render();
  return null;
}

function queueRender(): void {
  if (renderQueued) return;
  renderQueued = true;
  setTimeout(() => {
    renderQueued = false;
    render();
  }, 0);
}

function context(conn: MatchConnection): AppContext {
  const board = conn.board;
  return {
    conn,
    board,
    view: conn.view,
    chat: conn.chat,
    memberId: conn.memberId,
    power: conn.power as AppContext["power"],
    isHost: board.hostId === conn.memberId,
    online: conn.status === "connected",
    errors,
    send(type, message) {
      errors.delete(type);
      return conn.send(type, message);
    },
  };
}

function render(): void {
  const conn = connection;
  if (!conn) return;
  hook.connection = conn.status;
  hook.attempts = conn.attempts;
  linkStatus.show(conn.closedReason ? "closed" : conn.status);
  if (conn.closedReason) {
    banner.hide();
    forgetMatch(localStorage);
    showTitle({ message: translate(conn.closedReason) });
    return;
  }
  if (conn.status === "reconnecting") banner.show(conn.code, conn.attempts);
  else banner.hide();
  const ctx = context(conn);
  const phase = ctx.board.phase;
  hook.phase = phase;
  hook.turn = ctx.board.turn;
  hook.power = ctx.power;
  const want = screenFor(phase);
  // The seat's view follows the board by a message; wait for it rather than draw a stale screen.
  if (want === "match" && !ctx.view.match) return;
  if (want === "debrief" && ctx.view.match?.phase !== "ended") return;
  if (current.name !== want || !current.screen) void open(want, ctx);
  else current.screen.update(ctx);
}

let opening: ScreenName | null = null;

function screenFor(phase: string): ScreenName {
  return phase === "lobby" ? "lobby" : phase === "ended" ? "debrief" : "match";
}

/** Match and debrief screens load on demand (the match brings the map and, later, Phaser). */
async function open(want: ScreenName, ctx: AppContext): Promise<void> {
  if (opening === want) return;
  opening = want;
  let screen: Screen;
  if (want === "lobby") {
    screen = new LobbyScreen(() => void leave(), SERVER_URL);
    prefetchMatch();
  } else if (want === "match") {
    const { MatchScreen } = await import("./screens/match/matchScreen");
    screen = new MatchScreen(hook, SERVER_URL);
  } else {
    const { DebriefScreen } = await import("./screens/debrief");
    screen = new DebriefScreen(() => void leave(), SERVER_URL);
  }
  opening = null;
  if (!connection) return;
  // The phase may have moved on while the screen's code loaded.
  if (screenFor(connection.board.phase) !== want) {
    screen.destroy?.();
    render();
    return;
  }
  show(want, screen, screen.element);
  screen.update(context(connection));
}

/** While people read the briefing cards, fetch the match screen and the map (with Phaser) in the background. */
function prefetchMatch(): void {
  const idle = (window as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1500));
  idle(() => {
    void import("./screens/match/matchScreen");
    void import("./map/MapScene");
  }, { timeout: 3000 });
}

async function leave(): Promise<void> {
  const conn = connection;
  connection = null;
  banner.hide();
  linkStatus.show(null);
  forgetMatch(localStorage);
  showTitle();
  await conn?.leave().catch(() => undefined);
}

/**
 * Start-up: back to the match this browser was in if it holds a seat there, else the title. The
 * way back is retried for as long as the page is open (the server may be restarting); only the
 * server's word that the seat or the match is gone sends the player to the title.
 */
async function boot(): Promise<void> {
  const code = matchToResume(location.pathname, localStorage);
  const resumable = code !== null && seats.get(code) !== undefined;
  bootProgress(1, resumable ? 3 : 2, t("common:loading"));
  if (!code || !resumable) {
    bootProgress(2, 2, t("common:ready"));
    showTitle(code ? { code } : {});
    return;
  }
  bootProgress(2, 3, t("common:returning", { code }));
  hook.code = code;
  const error = await connect(() =>
    MatchConnection.resume(SERVER_URL, code, seats, {
      retry: RETRY,
      onAttempt: (failures) => {
        hook.connection = "reconnecting";
        hook.attempts = failures;
        banner.show(code, failures);
        linkStatus.show("reconnecting");
      },
    }),
  );
  if (error) {
    banner.hide();
    forgetMatch(localStorage);
    showTitle({ code, message: error });
  }
  bootElement()?.remove();
}

/** A lesson page (rules, role cards, guide) opens on its own: it never joins or resumes a match. */
async function openPage(name: PageName): Promise<void> {
  const { buildPage } = await import("./pages/index");
  show(name, null, await buildPage(name));
  bootElement()?.remove();
}

/** A class page (create, join, a student's wait, the teacher's dashboard): loaded on demand. */
async function openClass(): Promise<void> {
  const { classRoute, runClass } = await import("./classApp");
  const route = classRoute();
  if (route) await runClass(route, SERVER_URL, RETRY, (name, element) => show(name, null, element));
  bootElement()?.remove();
}

/** The language comes first (a chunk of its own unless English): every screen is drawn in it. */
async function start(): Promise<void> {
  await startLanguage();
  banner.element.before(languageSwitch(currentLanguage()));
  const page = pageFromPath(location.pathname);
  if (page) await openPage(page);
  else if (isClassPath(location.pathname)) await openClass();
  else await boot();
}

void start();
