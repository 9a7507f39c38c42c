/**
 * A match's chat as pages of at most CHAT_PAGE messages, every page but the last one full.
 * Sessions never change once made, so a new message makes a new chat: with pages it copies the
 * last page and the short list of pages, never the whole chat (which a flat array would copy on
 * every message, O(n²) over a match). Plain JSON, like the rest of the session.
 */
import type { ChatMessage, ChatPages } from "./types";

export const CHAT_PAGE = 256;

export function appendMessage(pages: ChatPages, message: ChatMessage): ChatPages {
  const last = pages.at(-1);
  if (!last || last.length >= CHAT_PAGE) return [...pages, [message]];
  return [...pages.slice(0, -1), [...last, message]];
}

export function messageCount(pages: ChatPages): number {
  return pages.reduce((n, page) => n + page.length, 0);
}

export function lastMessage(pages: ChatPages): ChatMessage | undefined {
  return pages.at(-1)?.at(-1);
}

/** Every message, oldest first (a copy: for delivery on joining, the export, tests). */
export function allMessages(pages: ChatPages): ChatMessage[] {
  return pages.flat();
}

/** A stored session's chat as pages: snapshots written before chat had pages hold a flat list. */
export function asPages(chat: ChatPages | ChatMessage[]): ChatPages {
  const flat = chat.flat() as ChatMessage[];
  const pages: ChatPages = [];
  for (let i = 0; i < flat.length; i += CHAT_PAGE) pages.push(flat.slice(i, i + CHAT_PAGE));
  return pages;
}
