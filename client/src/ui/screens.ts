/**
 * The DOM screens: title, lobby, turn and match over. Real DOM text (readable by screen
 * readers, selectable, projector-sized); the map beside the turn is drawn by Phaser.
 */
import { POWERS, POWER_NAMES } from "../../../shared/powers";
import { MIN_POWERS_TO_START, STATEMENT_MAX_CHARS, TONES } from "../../../shared/statementMatch";
import type { SyncedMatch } from "../net";
import { h } from "./dom";
import { TONE_LABELS, newsByTurn, powerName, waitingFor } from "./format";

export interface TitleActions {
  create(name: string): void;
  join(code: string, name: string): void;
}

export function titleScreen(actions: TitleActions, error: string): HTMLElement {
  const createName = h("input", { id: "create-name", name: "name", maxlength: 24, required: true, autocomplete: "nickname" });
  const joinCode = h("input", { id: "join-code", name: "code", maxlength: 8, required: true, autocomplete: "off", autocapitalize: "characters", spellcheck: "false", class: "code-input" });
  const joinName = h("input", { id: "join-name", name: "name", maxlength: 24, required: true, autocomplete: "nickname" });
  return h(
    "section",
    { class: "screen title", "data-screen": "title" },
    h("h1", {}, "Détente"),
    h("p", { class: "tagline" }, "Moscow, May 2025. Five powers, one war, and every word on the record."),
    h(
      "div",
      { class: "cards" },
      h(
        "form",
        { class: "card", "aria-labelledby": "create-heading", onsubmit: (e) => { e.preventDefault(); actions.create(createName.value); } },
        h("h2", { id: "create-heading" }, "Create a private match"),
        h("label", { for: "create-name" }, "Your display name"),
        createName,
        h("button", { type: "submit", id: "create-button" }, "Create match"),
      ),
      h(
        "form",
        { class: "card", "aria-labelledby": "join-heading", onsubmit: (e) => { e.preventDefault(); actions.join(joinCode.value, joinName.value); } },
        h("h2", { id: "join-heading" }, "Join with a code"),
        h("label", { for: "join-code" }, "Join code"),
        joinCode,
        h("label", { for: "join-name" }, "Your display name"),
        joinName,
        h("button", { type: "submit", id: "join-button" }, "Join match"),
      ),
    ),
    h("p", { class: "error", role: "alert", id: "title-error" }, error),
  );
}

export interface LobbyActions {
  pick(power: string): void;
  start(): void;
}

export function lobbyScreen(state: SyncedMatch, me: string, actions: LobbyActions, error: string): HTMLElement {
  const isHost = state.hostId === me;
  const players = Object.entries(state.players);
  const taken = new Map(players.filter(([, p]) => p.power).map(([id, p]) => [p.power, { id, name: p.name }]));
  const canStart = taken.size >= MIN_POWERS_TO_START;
  return h(
    "section",
    { class: "screen lobby", "data-screen": "lobby" },
    h("p", { class: "code-label" }, "Join code"),
    h("p", { class: "join-code", id: "join-code-display", "aria-label": `Join code ${[...state.code].join(" ")}` }, state.code),
    h("h2", {}, "Choose a power"),
    h(
      "div",
      { class: "powers", role: "group", "aria-label": "Powers" },
      ...POWERS.map((power) => {
        const holder = taken.get(power);
        const mine = holder?.id === me;
        return h(
          "button",
          {
            type: "button",
            class: `power power-${power}${mine ? " mine" : ""}`,
            "data-power": power,
            "aria-pressed": mine ? "true" : "false",
            disabled: Boolean(holder && !mine),
            onclick: () => actions.pick(power),
          },
          h("span", { class: "power-name" }, POWER_NAMES[power]),
          h("span", { class: "power-holder" }, holder ? (mine ? "You" : holder.name) : "Free"),
        );
      }),
    ),
    h("h2", {}, "In the room"),
    h(
      "ul",
      { class: "players", id: "players" },
      ...players.map(([id, p]) =>
        h("li", {}, `${p.name}${id === me ? " (you)" : ""}${id === state.hostId ? " — host" : ""}: ${p.power ? powerName(p.power) : "no power yet"}`),
      ),
    ),
    isHost
      ? h("button", { type: "button", id: "start-button", class: "primary", disabled: !canStart, onclick: () => actions.start() }, "Start the match")
      : h("p", { class: "hint" }, "The host starts the match."),
    isHost && !canStart ? h("p", { class: "hint" }, `At least ${MIN_POWERS_TO_START} powers must be taken to start.`) : null,
    h("p", { class: "error", role: "alert", id: "lobby-error" }, error),
  );
}

export interface TurnActions {
  submit(turn: number, tone: string, text: string): void;
}

/** The turn screen keeps its form across state updates so typing is never lost. */
export class TurnScreen {
  readonly element: HTMLElement;
  readonly mapHost: HTMLElement;
  private readonly heading = h("h2", { id: "turn-heading" });
  private readonly status = h("p", { class: "status", id: "turn-status" });
  private readonly feed = h("div", { class: "news", id: "news" });
  private readonly error = h("p", { class: "error", role: "alert", id: "turn-error" });
  private readonly tone = h("select", { id: "statement-tone" }, ...TONES.map((t) => h("option", { value: t }, TONE_LABELS[t] ?? t)));
  private readonly text = h("textarea", { id: "statement-text", maxlength: STATEMENT_MAX_CHARS, rows: 4, required: true });
  private readonly counter = h("span", { class: "counter", id: "statement-counter" });
  private readonly submit = h("button", { type: "submit", id: "statement-submit", class: "primary" }, "Submit statement");
  private formTurn = -1;

  constructor(private readonly me: string, actions: TurnActions) {
    this.mapHost = h("div", { class: "map", id: "map", role: "img", "aria-label": "Map of the five powers" });
    this.text.addEventListener("input", () => this.updateCounter());
    const form = h(
      "form",
      { class: "statement", "aria-labelledby": "statement-heading", onsubmit: (e) => { e.preventDefault(); actions.submit(this.formTurn, this.tone.value, this.text.value); } },
      h("h3", { id: "statement-heading" }, "Your public statement"),
      h("label", { for: "statement-tone" }, "Tone"),
      this.tone,
      h("label", { for: "statement-text" }, "Statement"),
      this.text,
      this.counter,
      this.submit,
    );
    this.element = h(
      "section",
      { class: "screen turn", "data-screen": "turn" },
      h("div", { class: "turn-main" }, this.heading, this.mapHost, this.status),
      h("div", { class: "turn-side" }, form, this.error, h("h3", {}, "News"), this.feed),
    );
    this.updateCounter();
  }

  update(state: SyncedMatch, error: string): void {
    const mine = state.players[this.me];
    const power = mine?.power ?? "";
    this.heading.textContent = `Turn ${state.turn} of ${state.maxTurns}${power ? ` — you speak for ${powerName(power)}` : " — you are watching"}`;
    if (state.turn !== this.formTurn) {
      this.formTurn = state.turn;
      this.text.value = "";
      this.updateCounter();
    }
    const submitted = Boolean(mine?.submitted);
    this.submit.textContent = submitted ? "Replace statement" : "Submit statement";
    this.submit.disabled = !power;
    const waiting = waitingFor(state);
    this.status.textContent = waiting.length ? `Waiting for: ${waiting.join(", ")}` : "All statements are in.";
    this.error.textContent = error;
    this.feed.replaceChildren(...newsFeed(state));
  }

  private updateCounter(): void {
    this.counter.textContent = `${[...this.text.value].length} / ${STATEMENT_MAX_CHARS}`;
  }
}

export function endScreen(state: SyncedMatch): HTMLElement {
  return h(
    "section",
    { class: "screen ended", "data-screen": "ended" },
    h("h1", { id: "match-over" }, "Match over"),
    h("p", {}, `${state.maxTurns} turns were played in match ${state.code}. Here is the record.`),
    h("div", { class: "news" }, ...newsFeed(state)),
  );
}

function newsFeed(state: SyncedMatch): HTMLElement[] {
  if (state.news.length === 0) return [h("p", { class: "hint" }, "No news yet: statements appear here when every power has spoken.")];
  return newsByTurn(state).map(({ turn, items }) =>
    h(
      "article",
      { class: "news-turn" },
      h("h4", {}, `Turn ${turn}`),
      h(
        "ul",
        {},
        ...items.map((n) =>
          h("li", { class: `news-item power-${n.power}` }, h("strong", {}, `${powerName(n.power)} (${(TONE_LABELS[n.tone] ?? n.tone).toLowerCase()}): `), n.text),
        ),
      ),
    ),
  );
}
