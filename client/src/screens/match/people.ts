/** Who is in the match and who is connected; the host can move, remove or hand over the host role here too. */
import { h, memo, replaceKeepingFocus } from "../../ui/dom";
import { powerName } from "../../logic/format";
import { barredControls, memberControls } from "../lobbyHost";
import type { AppContext } from "../../app/context";
import { errorText } from "../errors";
import { presenceBadge } from "../presence";
import { t } from "../../../../shared/i18n";

export class PeoplePanel {
  private readonly list = h("ul", { class: "people", id: "match-people" });
  private readonly barred = h("div", {});
  private readonly summary = h("summary", {}, t("world:people"));
  private readonly error = h("p", { class: "error", role: "alert" });
  readonly element = h("details", { class: "people-panel", id: "people-panel" }, this.summary, this.error, this.list, this.barred);
  private readonly draw = memo();

  update(ctx: AppContext): void {
    const members = Object.entries(ctx.board.members);
    const online = members.filter(([, m]) => m.presence === "online").length;
    const reconnecting = members.filter(([, m]) => m.presence === "reconnecting").length;
    // Cut off from the server, this page cannot know who is online: it says so rather than
    // repeat the last count as if it were current.
    this.summary.textContent = !ctx.online
      ? t("ui:connection.peopleUnknown", { count: members.length })
      : reconnecting
        ? t("world:peopleReconnecting", { n: members.length, online, reconnecting })
        : t("world:peopleCount", { n: members.length, online });
    this.list.dataset.stale = ctx.online ? "false" : "true";
    this.error.textContent = errorText(ctx, ["moveMember", "removeMember", "readmit", "handHost", "setBot"]);
    this.draw(JSON.stringify([members, ctx.isHost, ctx.board.hostId, ctx.board.barred]), () => {
      const barred = barredControls(ctx);
      replaceKeepingFocus(this.barred, ...(barred ? [barred] : []));
      replaceKeepingFocus(
        this.list,
        ...members.map(([id, m]) =>
          h(
            "li",
            { class: "person" },
            h("span", { class: "person-name" }, m.name),
            h("span", { class: "person-role" }, ` ${m.role === "power" ? powerName(m.power) : m.role === "facilitator" ? t("lobby:role.facilitator") : t("lobby:role.spectator")}`),
            id === ctx.board.hostId ? h("span", { class: "badge" }, t("lobby:host")) : null,
            presenceBadge(m.presence),
            ctx.isHost && id !== ctx.memberId ? memberControls(ctx, id, m) : null,
          ),
        ),
      );
    });
  }
}
