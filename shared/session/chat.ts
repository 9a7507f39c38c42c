/**
 * Chat channels: one public channel, one for each pair of powers, groups of powers that a
 * power creates, and in a delegation session each delegation's own channel. A message is
 * stored once and delivered only to those who may read its channel.
 */
import { z } from "zod";
import { POWERS, pairKey, type PowerId } from "../game";
import { ok, refuse, type Result } from "../result";
import { cleanText, textLength } from "../text";
import { appendMessage, lastMessage, messageCount } from "./chatLog";
import { memberById } from "./lobby";
import type { ChannelId, ChatGroup, Session } from "./types";

export const CHAT_MAX_CHARS = 500;
export const GROUP_NAME_MAX_CHARS = 40;
export const MAX_GROUPS = 10;
/**
 * What one match's chat may hold: twice a busy class's 10,000 messages, so that no match can
 * grow without end (at most about 20 MB of text at 500 characters a message).
 */
export const MAX_CHAT_MESSAGES = 20_000;
/** What one member may send in a match: a quarter of the whole, so one person cannot fill it for all. */
export const MAX_CHAT_PER_MEMBER = 5_000;

export function pairChannel(a: PowerId, b: PowerId): ChannelId {
  return `pair:${pairKey(a, b)}`;
}

/** A delegation's private channel: its members talk among themselves, nobody else reads it. */
export function delegationChannel(power: PowerId): ChannelId {
  return `delegation:${power}`;
}

/** Every channel name the rules can ever make: public, each pair, the groups' ids 1 to MAX_GROUPS, each delegation. */
export const CHANNEL_IDS: readonly ChannelId[] = [
  "public",
  ...POWERS.flatMap((a, i) => POWERS.slice(i + 1).map((b) => pairChannel(a, b))),
  ...Array.from({ length: MAX_GROUPS }, (_, i): ChannelId => `group:${i + 1}`),
  ...POWERS.map(delegationChannel),
];
/** The protocol's channel field: a name the rules can make (whether it exists yet is the rules' answer). */
export const ChannelIdSchema = z.enum(CHANNEL_IDS as [ChannelId, ...ChannelId[]]);

/**
 * The powers that belong to a channel; null for the public channel (everyone), undefined for a
 * channel that does not exist (a delegation channel outside a delegation session).
 */
export function channelPowers(s: Session, channel: ChannelId): PowerId[] | null | undefined {
  if (channel === "public") return null;
  if (channel.startsWith("delegation:")) {
    const power = POWERS.find((p) => channel === delegationChannel(p));
    return s.settings.delegations && power ? [power] : undefined;
  }
  if (channel.startsWith("pair:")) {
    const [a, b] = channel.slice(5).split("|") as [PowerId, PowerId];
    return POWERS.includes(a) && POWERS.includes(b) && a !== b && channel === pairChannel(a, b) ? [a, b] : undefined;
  }
  return s.groups.find((g) => `group:${g.id}` === channel)?.powers;
}

/**
 * Spectators and the facilitator read the public channel only: private talk between powers
 * stays between them, as in a real negotiation, and a delegation's channel among its members.
 * A class may choose, at its creation, that its teacher (the facilitator of its worlds) reads
 * every channel. Every delivery and every history goes through this one function.
 */
export function canRead(s: Session, memberId: string, channel: ChannelId): boolean {
  const m = memberById(s, memberId);
  if (!m || m.removed) return false;
  const powers = channelPowers(s, channel);
  if (powers === null) return true;
  if (readsEveryChannel(s, memberId)) return powers !== undefined;
  return m.role.kind === "power" && powers !== undefined && powers.includes(m.role.power);
}

/** The facilitator of a class's world whose class lets the teacher read private and group chat. */
export function readsEveryChannel(s: Session, memberId: string): boolean {
  const m = memberById(s, memberId);
  return s.settings.teacherReads === "all" && m?.role.kind === "facilitator" && s.hostId === memberId;
}

/** Channels a member can read: public, every pair and group of their power. */
export function readableChannels(s: Session, memberId: string): ChannelId[] {
  const m = memberById(s, memberId);
  if (!m || m.removed) return [];
  if (m.role.kind !== "power") return ["public"];
  const me = m.role.power;
  return [
    "public",
    ...POWERS.filter((p) => p !== me).map((p) => pairChannel(me, p)),
    ...s.groups.filter((g) => g.powers.includes(me)).map((g): ChannelId => `group:${g.id}`),
    ...(s.settings.delegations ? [delegationChannel(me)] : []),
  ];
}

export function postChat(s: Session, memberId: string, channel: ChannelId, rawText: string, at: number): Result<Session> {
  const m = memberById(s, memberId);
  if (!m || m.removed) return refuse("NOT_IN_MATCH");
  if (channelPowers(s, channel) === undefined) return refuse("NO_SUCH_CHANNEL");
  if (m.role.kind === "spectator") return refuse("SPECTATORS_READ_ONLY");
  if (!canRead(s, memberId, channel)) return refuse("NOT_IN_CHANNEL");
  if (m.role.kind !== "power" && channel !== "public") return refuse("READ_ONLY_CHANNEL");
  const text = cleanText(rawText);
  if (text.length === 0) return refuse("TEXT_REQUIRED");
  if (textLength(text) > CHAT_MAX_CHARS) return refuse("TEXT_TOO_LONG.chat", { count: CHAT_MAX_CHARS });
  const sent = m.chatSent ?? 0;
  if (sent >= MAX_CHAT_PER_MEMBER) {
    return refuse("CHAT_QUOTA_REACHED", { count: MAX_CHAT_PER_MEMBER });
  }
  if (messageCount(s.chat) >= MAX_CHAT_MESSAGES) return refuse("CHAT_FULL", { count: MAX_CHAT_MESSAGES });
  const power = m.role.kind === "power" ? m.role.power : null;
  const seq = (lastMessage(s.chat)?.seq ?? 0) + 1;
  const members = s.members.map((x) => (x.id === memberId ? { ...x, chatSent: sent + 1 } : x));
  return ok({ ...s, members, chat: appendMessage(s.chat, { seq, channel, from: memberId, power, text, at }) });
}

/** A power opens a group channel with two or more others. */
export function createGroup(s: Session, memberId: string, rawName: string, powers: PowerId[]): Result<Session> {
  const m = memberById(s, memberId);
  if (!m || m.removed || m.role.kind !== "power") return refuse("NOT_A_POWER.group");
  const name = cleanText(rawName);
  if (name.length === 0 || textLength(name) > GROUP_NAME_MAX_CHARS) {
    return refuse("BAD_GROUP_NAME", { count: GROUP_NAME_MAX_CHARS });
  }
  const me = m.role.power;
  const members = POWERS.filter((p) => p === me || powers.includes(p));
  if (members.length < 3) return refuse("GROUP_TOO_SMALL");
  if (s.groups.length >= MAX_GROUPS) return refuse("TOO_MANY_GROUPS", { count: MAX_GROUPS });
  const group: ChatGroup = { id: String(s.groups.length + 1), name, powers: members };
  return ok({ ...s, groups: [...s.groups, group] });
}
