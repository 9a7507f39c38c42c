/**
 * The debrief's chat: what this member may read, channel by channel, each folded. It holds only
 * what the server sent this member, which passes the same canRead as in the match: a private
 * or group channel never reaches a member outside it (tests/integration/debriefChat.test.ts).
 */
import type { ChatGroup, ChatMessage } from "../../../shared/session";
import type { PowerId } from "../../../shared/game";
import { t } from "../../../shared/i18n";
import { h } from "../ui/dom";
import { authorLabel, channelLabel } from "../logic/chat";

export function debriefChat(messages: readonly ChatMessage[], me: PowerId | null, groups: readonly ChatGroup[], names: Record<string, string>): HTMLElement {
  const channels = [...new Set(messages.map((m) => m.channel))];
  return h(
    "section",
    { "aria-labelledby": "debrief-chat-heading", id: "debrief-chat" },
    h("h2", { id: "debrief-chat-heading" }, t("world:debriefChat.heading")),
    channels.length === 0
      ? h("p", { class: "hint" }, t("world:debriefChat.none"))
      : h(
          "div",
          {},
          ...channels.map((c) => {
            const lines = messages.filter((m) => m.channel === c);
            return h(
              "details",
              { class: "debrief-channel", "data-channel": c },
              h("summary", {}, t("world:debriefChat.channel", { channel: channelLabel(c, me, groups), n: lines.length })),
              h("ol", { class: "chat-messages" }, ...lines.map((m) => h("li", { class: "chat-message" }, h("span", { class: "author" }, `${authorLabel(m, names)}: `), h("span", { class: "text" }, m.text)))),
            );
          }),
        ),
  );
}
