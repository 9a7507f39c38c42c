// The session: lobby, clock, chat and match of one room, as pure functions over plain data.
export * from "./types";
export * from "./actions";
export * from "./presets";
export { applyAction, replaySession } from "./apply";
export { createSession, checkName, holderOf, holdersOf, humanPowers, memberById, memberLimit, seatsOf, MAX_DELEGATION, MAX_MEMBERS, NAME_MAX_CHARS } from "./lobby";
export { canRead, readableChannels, pairChannel, delegationChannel, CHANNEL_IDS, ChannelIdSchema, CHAT_MAX_CHARS, GROUP_NAME_MAX_CHARS, MAX_CHAT_MESSAGES, MAX_CHAT_PER_MEMBER, MAX_GROUPS } from "./chat";
export { hasExpired } from "./clock";
export { allMessages, asPages, lastMessage, messageCount, CHAT_PAGE } from "./chatLog";
export { chatFor, groupsFor, matchViewFor, seatOf, seatViewFor, type SeatView } from "./view";
export { ViewDiffer, applyViewPatch, ViewPatchError } from "./viewPatch";
export { SeatViews } from "./seatViews";
export { delegationFor, type DelegationView, type EditSeen } from "./delegation";
export { recordFor, type MatchRecord, type RecordedAction, type RecordedSession } from "./record";
