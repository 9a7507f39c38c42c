/** Chat channels as the client lists them, and what is unread in each. */
import { POWERS, pairKey, type PowerId } from "../../../shared/game";
import type { ChannelId, ChatGroup, ChatMessage } from "../../../shared/session";
import { listWords, powerName } from "./format";
import { t } from "../../../shared/i18n";

/**
 * The channels this seat reads, as the session's `readableChannels` lists them: public, a pair
 * channel with each other power, the group channels its view lists, and in a class world of
 * delegations its own delegation's channel (listed first after public: it is where a
 * delegation agrees before it speaks to others).
 */
export function channelsFor(power: PowerId | null, groups: readonly ChatGroup[], inDelegation = false): ChannelId[] {
  if (power === null) return ["public"];
  const pairs = POWERS.filter((p) => p !== power).map((p): ChannelId => `pair:${pairKey(power, p)}`);
  const own: ChannelId[] = inDelegation ? [`delegation:${power}`] : [];
  return ["public", ...own, ...pairs, ...groups.map((g): ChannelId => `group:${g.id}`)];
}

/** "Public", "With China", a group's own name (or "Group 2" before its name is known). */
export function channelLabel(channel: ChannelId, me: PowerId | null, groups: readonly ChatGroup[] = [], form: "name" | "to" = "name"): string {
  if (channel === "public") return t(`chat:public.${form}`);
  if (channel.startsWith("pair:")) {
    const [a = "", b = ""] = channel.slice(5).split("|");
    if (me === a) return t(`chat:pair.${form}`, { power: powerName(b) });
    if (me === b) return t(`chat:pair.${form}`, { power: powerName(a) });
    return listWords([powerName(a), powerName(b)]);
  }
  if (channel.startsWith("delegation:")) {
    const power = channel.slice(11);
    return me === power ? t(`chat:myDelegation.${form}`) : t("chat:delegation", { power: powerName(power) });
  }
  const group = groups.find((g) => `group:${g.id}` === channel);
  return group ? group.name : t("chat:group", { n: channel.slice(6) });
}

/** The newest message seen per channel, by sequence number. */
export type SeenMarks = Partial<Record<string, number>>;

/** Messages after the last one seen in each channel, not counting one's own. */
export function unreadCounts(messages: readonly ChatMessage[], seen: SeenMarks, myMemberId: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of messages) {
    if (m.from === myMemberId) continue;
    if (m.seq > (seen[m.channel] ?? 0)) counts[m.channel] = (counts[m.channel] ?? 0) + 1;
  }
  return counts;
}

/** Marks everything in `channel` as seen. */
export function markSeen(seen: SeenMarks, messages: readonly ChatMessage[], channel: ChannelId): SeenMarks {
  const last = messages.filter((m) => m.channel === channel).at(-1)?.seq ?? 0;
  return last > (seen[channel] ?? 0) ? { ...seen, [channel]: last } : seen;
}

/** Who wrote a message: "Russia (Anna)", or the name alone for the facilitator. */
export function authorLabel(m: ChatMessage, names: Record<string, string>): string {
  const name = names[m.from] ?? t("chat:someoneLeft");
  return m.power ? `${powerName(m.power)} (${name})` : name;
}

/**
 * The group this member just opened, once the server lists it: a group not among `known` (the
 * ids listed when the form was sent) with exactly the powers asked for. Null until then, or if
 * the server refused it.
 */
export function openedGroup(known: readonly string[], groups: readonly ChatGroup[], asked: readonly PowerId[]): ChatGroup | null {
  const want = [...new Set(asked)].sort().join(",");
  return groups.find((g) => !known.includes(g.id) && [...g.powers].sort().join(",") === want) ?? null;
}
