/** Lobby: the join code for the projector, who is in, the five briefing cards, and the host's controls. */
import { POWERS, victoryDay2025, type PowerId } from "../../../shared/game";
import { h, memo, replaceKeepingFocus } from "../ui/dom";
import type { AppContext, Screen } from "../app/context";
import { barredControls, hostSettings, memberControls, startControls } from "./lobbyHost";
import { errorText } from "./errors";
import { presenceBadge } from "./presence";
import { lessonLinks } from "../pages/nav";
import { t } from "../../../shared/i18n";
import { powerName } from "../logic/format";
import { JoinPanel } from "./joinPanel";
import { goalText } from "../logic/scenarioWords";


export class LobbyScreen implements Screen {
  readonly element: HTMLElement;
  private readonly code = h("p", { id: "join-code-display", class: "join-code", "aria-describedby": "code-label" });
  private readonly people = h("ul", { class: "people", id: "people" });
  private readonly barred = h("div", {});
  private readonly cards = h("div", { class: "cards", id: "power-cards" });
  private readonly roles = h("div", { class: "role-buttons" });
  private readonly host = h("section", { "aria-labelledby": "host-heading" });
  private readonly error = h("p", { class: "error", role: "alert", id: "lobby-error" });
  private readonly peopleError = h("p", { class: "error", role: "alert", id: "people-error" });
  private readonly hostError = h("p", { class: "error", role: "alert", id: "host-error" });
  private readonly start = h("div", { class: "start" });
  private readonly drawStart = memo();
  private readonly drawPeople = memo();
  private readonly drawCards = memo();
  private readonly drawRoles = memo();
  private readonly drawHost = memo();

  private readonly join: JoinPanel;

  constructor(private readonly onLeave: () => void, serverUrl = location.origin) {
    this.join = new JoinPanel(serverUrl);
    this.element = h(
      "div",
      { class: "lobby" },
      h(
        "header",
        { class: "lobby-header" },
        h("div", { class: "lobby-code" }, h("div", {}, h("p", { class: "code-label", id: "code-label" }, t("lobby:joinCode")), this.code), this.join.element),
        h("div", { class: "lobby-intro" }, h("h1", {}, t(victoryDay2025.title)), h("p", {}, t(victoryDay2025.summary)), lessonLinks(["rules"], true, { rules: t("title:linkRules") })),
      ),
      h(
        "div",
        { class: "lobby-grid" },
        h(
          "section",
          { "aria-labelledby": "powers-heading", class: "lobby-powers" },
          h("h2", { id: "powers-heading" }, t("lobby:choosePower")),
          this.error,
          this.cards,
        ),
        h(
          "aside",
          { class: "lobby-side" },
          h("section", { "aria-labelledby": "people-heading" }, h("h2", { id: "people-heading" }, t("lobby:whoIsIn")), this.peopleError, this.people, this.barred, this.roles),
          h("div", { class: "host-panel" }, this.host, this.hostError, this.start),
          h("button", { type: "button", id: "leave-button", onclick: () => this.onLeave() }, t("lobby:leave")),
        ),
      ),
    );
  }

  update(ctx: AppContext): void {
    const { board } = ctx;
    this.code.textContent = board.code;
    this.join.update(board.code);
    this.error.textContent = errorText(ctx, ["pickPower", "setBot"]);
    this.peopleError.textContent = errorText(ctx, ["watch", "facilitate", "moveMember", "removeMember", "readmit", "handHost"]);
    this.hostError.textContent = errorText(ctx, ["configure", "start"]);
    const members = Object.entries(board.members);
    const sig = JSON.stringify([members, board.hostId, board.bots, ctx.memberId, board.barred, ctx.isHost]);
    this.drawPeople(sig, () => {
      replaceKeepingFocus(this.people, ...members.map(([id, m]) => this.person(ctx, id, m)));
      replaceKeepingFocus(this.barred, ...[barredControls(ctx)].filter((e) => e !== null));
    });
    this.drawCards(sig, () => replaceKeepingFocus(this.cards, ...POWERS.map((p) => this.card(ctx, p))));
    const me = board.members[ctx.memberId];
    this.drawRoles(JSON.stringify([me, ctx.isHost]), () => {
      replaceKeepingFocus(
        this.roles,
        h("button", { type: "button", id: "watch-button", "data-key": "watch", disabled: me?.role === "spectator", onclick: () => ctx.send("watch", {}) }, t("lobby:watch")),
        ctx.isHost
          ? h(
              "button",
              { type: "button", id: "facilitate-button", "data-key": "facilitate", disabled: me?.role === "facilitator", onclick: () => ctx.send("facilitate", {}) },
              t("lobby:facilitate"),
            )
          : null,
      );
    });
    const humans = POWERS.filter((p) => members.some(([, m]) => m.role === "power" && m.power === p)).length;
    // The settings form redraws only when the settings change, so nothing typed in it is lost.
    this.drawHost(JSON.stringify([ctx.isHost, board.settings]), () => {
      replaceKeepingFocus(this.host, ...(ctx.isHost ? hostSettings(ctx) : [h("h2", { id: "host-heading" }, t("lobby:waitingHost")), h("p", { class: "hint" }, t("lobby:waitingHostHint"))]));
    });
    this.drawStart(JSON.stringify([ctx.isHost, humans]), () => replaceKeepingFocus(this.start, ...(ctx.isHost ? startControls(ctx, humans) : [])));
  }

  private person(ctx: AppContext, id: string, m: AppContext["board"]["members"][string]): HTMLElement {
    const role = m.role === "power" ? t("lobby:role.plays", { power: powerName(m.power) }) : t(`lobby:role.${m.role}`);
    return h(
      "li",
      { class: `person${id === ctx.memberId ? " me" : ""}` },
      h("span", { class: "person-name" }, m.name),
      h("span", { class: "person-role" }, ` ${role}`),
      id === ctx.board.hostId ? h("span", { class: "badge" }, t("lobby:host")) : null,
      id === ctx.memberId ? h("span", { class: "badge" }, t("lobby:you")) : null,
      presenceBadge(m.presence),
      ctx.isHost && id !== ctx.memberId ? memberControls(ctx, id, m) : null,
    );
  }

  private card(ctx: AppContext, p: PowerId): HTMLElement {
    const spec = victoryDay2025.powers[p];
    const holder = Object.entries(ctx.board.members).find(([, m]) => m.role === "power" && m.power === p);
    const mine = holder?.[0] === ctx.memberId;
    const bot = ctx.board.bots.includes(p);
    const status = holder ? (mine ? t("lobby:status.mine") : t("lobby:status.playedBy", { name: holder[1].name })) : bot ? t("lobby:status.bot") : t("lobby:status.free");
    return h(
      "article",
      { class: `card power-card power-${p}${mine ? " mine" : ""}`, "aria-labelledby": `card-${p}` },
      h("h3", { id: `card-${p}` }, powerName(p), h("span", { class: "leader" }, ` — ${t(spec.leader)}`)),
      h("p", { class: "status" }, status),
      h("p", {}, t(spec.briefing)),
      h("h4", {}, t("lobby:strengths")),
      h("ul", {}, ...spec.strengths.map((s) => h("li", {}, t(s)))),
      h("h4", {}, t("lobby:publicGoals")),
      h("ul", {}, ...spec.publicGoals.map((g) => h("li", {}, h("strong", {}, t("lobby:goal", { title: t(g.title), count: g.points })), goalText(victoryDay2025, g)))),
      h("p", { class: "hint" }, t("lobby:ownMeter", { label: t(spec.special.label), text: t(spec.special.text) })),
      h(
        "div",
        { class: "card-actions" },
        h(
          "button",
          { type: "button", class: "primary", "data-power": p, "data-key": `pick-${p}`, disabled: Boolean(holder), onclick: () => ctx.send("pickPower", { power: p }) },
          mine ? t("lobby:youPlay", { power: powerName(p) }) : t("lobby:play", { power: powerName(p) }),
        ),
        ctx.isHost && !holder
          ? h(
              "button",
              { type: "button", "data-bot": p, "data-key": `bot-${p}`, "aria-pressed": bot ? "true" : "false", onclick: () => ctx.send("setBot", { power: p, bot: !bot }) },
              bot ? t("lobby:removeBot") : t("lobby:giveBot"),
            )
          : null,
      ),
    );
  }
}
