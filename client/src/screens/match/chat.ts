/** Chat: one channel at a time, with unread counts on the others. Messages are text nodes only. */
import type { ChannelId, ChatGroup } from "../../../../shared/session";
import { POWERS, type PowerId } from "../../../../shared/game";
import { powerName } from "../../logic/format";
import { h, memo, replaceKeepingFocus } from "../../ui/dom";
import { authorLabel, channelLabel, channelsFor, markSeen, openedGroup, unreadCounts, type SeenMarks } from "../../logic/chat";
import { memberNames, type AppContext } from "../../app/context";
import { errorText } from "../errors";
import { t } from "../../../../shared/i18n";

export class ChatPanel {
  readonly element: HTMLElement;
  unreadTotal = 0;
  private channel: ChannelId = "public";
  private seen: SeenMarks = {};
  private readonly channels = h("div", { class: "channels", role: "group", "aria-label": t("chat:channels") });
  private readonly messages = h("ol", { class: "chat-messages" });
  private readonly log = h("div", { class: "chat-log", id: "chat-log", role: "log", "aria-live": "polite", "aria-label": t("chat:messages"), tabindex: 0 }, this.messages);
  private readonly input = h("input", { id: "chat-input", autocomplete: "off" });
  private readonly error = h("p", { class: "error", role: "alert", id: "chat-error" });
  private readonly form: HTMLFormElement;
  private readonly label = h("label", { for: "chat-input" }, t("chat:message"));
  private readonly drawChannels = memo();
  private readonly drawLog = memo();
  private ctx: AppContext | null = null;
  private readonly groupName = h("input", { id: "group-name", autocomplete: "off" });
  private readonly groupPowers = h("fieldset", { class: "group-powers" }, h("legend", {}, t("chat:with")));
  private readonly groupForm: HTMLFormElement;
  private readonly newGroup: HTMLDetailsElement;
  /** A group asked for and not yet listed: the ids known when it was asked, and its powers (mine included). */
  private askedGroup: { known: string[]; powers: PowerId[] } | null = null;

  constructor() {
    this.form = h("form", { class: "chat-form" }, this.label, h("div", { class: "row" }, this.input, h("button", { type: "submit", id: "chat-send" }, t("chat:send"))));
    this.form.addEventListener("submit", (e) => {
      e.preventDefault();
      const text = this.input.value.trim();
      if (!text || !this.ctx) return;
      // Not sent (the connection is down): the text stays, for sending again.
      if (this.ctx.send("chat", { channel: this.channel, text })) this.input.value = "";
    });
    this.groupForm = h(
      "form",
      { class: "group-form" },
      h("label", { for: "group-name" }, t("chat:groupName")),
      this.groupName,
      this.groupPowers,
      h("button", { type: "submit", id: "group-create" }, t("chat:openGroup")),
    );
    this.groupForm.addEventListener("submit", (e) => {
      e.preventDefault();
      if (!this.ctx) return;
      const powers = [...this.groupPowers.querySelectorAll<HTMLInputElement>("input:checked")].map((i) => i.value as PowerId);
      const me = this.ctx.power;
      if (!me || !this.ctx.send("createGroup", { name: this.groupName.value, powers })) return;
      this.askedGroup = { known: (this.ctx.view.groups ?? []).map((g) => g.id), powers: [me, ...powers] };
    });
    this.newGroup = h("details", { class: "new-group" }, h("summary", {}, t("chat:newGroup")), this.groupForm);
    this.element = h("section", { class: "chat", "aria-labelledby": "chat-heading" }, h("h2", { id: "chat-heading", class: "sr-only" }, t("match:tab.chat")), this.channels, this.log, this.error, this.form, this.newGroup);
  }

  update(ctx: AppContext): void {
    this.ctx = ctx;
    if (ctx.board.code) this.seen = { ...loadSeen(ctx.board.code), ...this.seen };
    const groups = ctx.view.groups ?? [];
    // A teacher who reads every channel of a class's world sees each channel that has a line.
    const heard = ctx.power === null ? [...new Set(ctx.chat.map((m) => m.channel))].filter((c) => c !== "public") : [];
    const channels = [...channelsFor(ctx.power, groups, ctx.view.delegation !== undefined), ...heard];
    this.groupForm.parentElement!.hidden = ctx.power === null;
    if (ctx.power && this.groupPowers.querySelectorAll("input").length === 0) {
      for (const p of POWERS.filter((q) => q !== ctx.power)) {
        this.groupPowers.append(h("label", { class: "check" }, h("input", { type: "checkbox", value: p, name: "group-power" }), ` ${powerName(p)}`));
      }
    }
    this.switchToOpenedGroup(groups);
    if (!channels.includes(this.channel)) this.channel = "public";
    const visible = this.element.offsetParent !== null;
    if (visible) {
      const next = markSeen(this.seen, ctx.chat, this.channel);
      if (next !== this.seen) {
        this.seen = next;
        saveSeen(ctx.board.code, next);
      }
    }
    const unread = unreadCounts(ctx.chat, this.seen, ctx.memberId);
    this.unreadTotal = Object.values(unread).reduce((a, b) => a + b, 0);
    this.drawChannels(JSON.stringify([channels, unread, this.channel]), () =>
      replaceKeepingFocus(
        this.channels,
        ...channels.map((c) => {
          const n = unread[c] ?? 0;
          return h(
            "button",
            { type: "button", "data-channel": c, "data-key": `ch-${c}`, "aria-pressed": c === this.channel ? "true" : "false", onclick: () => this.open(c) },
            channelLabel(c, ctx.power, groups),
            n > 0 ? h("span", { class: "tab-badge", "data-count": n }, h("span", { "aria-hidden": "true" }, String(n)), h("span", { class: "sr-only" }, t("chat:unread", { count: n }))) : null,
          );
        }),
      ),
    );
    const names = memberNames(ctx.board);
    const messages = ctx.chat.filter((m) => m.channel === this.channel);
    this.drawLog(JSON.stringify([this.channel, messages.length, messages.at(-1)?.seq]), () => {
      this.messages.replaceChildren(
        ...(messages.length
          ? messages.map((m) => h("li", { class: `chat-message${m.power ? ` power-${m.power}` : ""}` }, h("span", { class: "author" }, `${authorLabel(m, names)}: `), h("span", { class: "text" }, m.text)))
          : [h("li", { class: "hint" }, t("chat:noMessages"))]),
      );
      this.log.scrollTop = this.log.scrollHeight;
    });
    const me = ctx.board.members[ctx.memberId];
    this.form.hidden = me?.role === "spectator";
    this.label.textContent = t("chat:messageTo", { channel: channelLabel(this.channel, ctx.power, groups, "to") });
    this.error.textContent = me?.role === "spectator" ? t("chat:spectators") : errorText(ctx, ["chat", "createGroup"]);
  }

  /** The group just asked for is listed: the composer writes to it and the form closes, cleared. */
  private switchToOpenedGroup(groups: readonly ChatGroup[]): void {
    if (!this.askedGroup) return;
    const group = openedGroup(this.askedGroup.known, groups, this.askedGroup.powers);
    if (!group) return;
    this.askedGroup = null;
    this.channel = `group:${group.id}`;
    this.groupName.value = "";
    for (const box of this.groupPowers.querySelectorAll<HTMLInputElement>("input:checked")) box.checked = false;
    const focused = this.newGroup.contains(document.activeElement);
    this.newGroup.open = false;
    if (focused) this.input.focus();
  }

  private open(channel: ChannelId): void {
    this.channel = channel;
    if (this.ctx) this.update(this.ctx);
  }
}

function loadSeen(code: string): SeenMarks {
  try {
    return JSON.parse(sessionStorage.getItem(`detente:seen:${code}`) ?? "{}") as SeenMarks;
  } catch {
    return {};
  }
}

function saveSeen(code: string, seen: SeenMarks): void {
  sessionStorage.setItem(`detente:seen:${code}`, JSON.stringify(seen));
}
