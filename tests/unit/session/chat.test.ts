/** Who may write and read which chat channel. */
import { describe, expect, it } from "vitest";
import { MAX_CHAT_MESSAGES, MAX_CHAT_PER_MEMBER, canRead, chatFor, pairChannel, readableChannels, type Session } from "../../../shared/session";
import { act, attempt, codeOf, started } from "./fixtures";
import { english } from "../../helpers/texts";

const three = () => act(started({ a: "russia", b: "ukraine", c: "usa" }), "s", { type: "join", memberId: "s", name: "Sam" });

describe("chat", () => {
  it("a pair channel is read by its two powers only, not by a third, a spectator or the facilitator", () => {
    const s = act(three(), "a", { type: "chat", channel: pairChannel("ukraine", "russia"), text: "Talks?" });
    expect(chatFor(s, "b").map((m) => m.text)).toEqual(["Talks?"]);
    for (const outsider of ["c", "s", "h"]) expect(chatFor(s, outsider)).toEqual([]);
  });

  it("names pair channels in one canonical order", () => {
    expect(pairChannel("ukraine", "russia")).toBe("pair:russia|ukraine");
    expect(codeOf(attempt(three(), "a", { type: "chat", channel: "pair:ukraine|russia", text: "x" }))).toBe("NO_SUCH_CHANNEL");
  });

  it("the public channel is read by everyone; spectators may not write in it", () => {
    const s = act(three(), "h", { type: "chat", channel: "public", text: "Welcome, class." });
    expect(chatFor(s, "s").map((m) => m.text)).toEqual(["Welcome, class."]);
    expect(codeOf(attempt(s, "s", { type: "chat", channel: "public", text: "hi" }))).toBe("SPECTATORS_READ_ONLY");
  });

  it("a power cannot write in another pair's channel", () => {
    expect(codeOf(attempt(three(), "c", { type: "chat", channel: pairChannel("russia", "ukraine"), text: "psst" }))).toBe("NOT_IN_CHANNEL");
  });

  it("a group of three or more powers gets its own channel, read by its members", () => {
    const s = act(three(), "a", { type: "createGroup", name: "Contact group", powers: ["ukraine", "usa"] });
    expect(s.groups).toEqual([{ id: "1", name: "Contact group", powers: ["russia", "usa", "ukraine"] }]);
    expect(canRead(s, "c", "group:1")).toBe(true);
    expect(canRead(s, "s", "group:1")).toBe(false);
    expect(readableChannels(s, "b")).toContain("group:1");
    expect(codeOf(attempt(three(), "a", { type: "createGroup", name: "Two", powers: ["ukraine"] }))).toBe("GROUP_TOO_SMALL");
  });

  it("text is cleaned and capped", () => {
    const s = act(three(), "a", { type: "chat", channel: "public", text: " <b>hi</b>\u0007 " });
    expect(chatFor(s, "a")[0]?.text).toBe("<b>hi</b>");
    expect(codeOf(attempt(three(), "a", { type: "chat", channel: "public", text: "x".repeat(501) }))).toBe("TEXT_TOO_LONG");
    expect(codeOf(attempt(three(), "a", { type: "chat", channel: "public", text: "  " }))).toBe("TEXT_REQUIRED");
  });
});

describe("events from the facilitator", () => {
  it("only the facilitator adds them", () => {
    const event = { title: "Talks in Istanbul", text: "Delegations meet.", effects: [] };
    expect(codeOf(attempt(started(), "h", { type: "injectEvent", event }))).toBe("OK");
    expect(codeOf(attempt(started(), "a", { type: "injectEvent", event }))).toBe("NOT_FACILITATOR");
  });
});

describe("what one match's chat can hold", () => {
  const say = (s: Session, who: string, n: number) => {
    for (let i = 0; i < n; i++) s = act(s, who, { type: "chat", channel: "public", text: `message ${i} from ${who}` });
    return s;
  };

  it(`one member sends at most ${MAX_CHAT_PER_MEMBER} messages in a match; the next is refused, the others still talk`, () => {
    const s = say(three(), "a", MAX_CHAT_PER_MEMBER);
    const refused = attempt(s, "a", { type: "chat", channel: pairChannel("russia", "ukraine"), text: "one more" });
    expect(codeOf(refused)).toBe("CHAT_QUOTA_REACHED");
    expect(refused.ok ? "" : english(refused.text)).toContain(String(MAX_CHAT_PER_MEMBER));
    expect(codeOf(attempt(s, "b", { type: "chat", channel: "public", text: "still here" }))).toBe("OK");
  });

  it(`a match holds at most ${MAX_CHAT_MESSAGES} messages; the next is refused with a clear reason`, () => {
    let s = act(started({ a: "russia", b: "ukraine", c: "usa", d: "china", e: "eu" }), "s", { type: "join", memberId: "s", name: "Sam" });
    const writers = ["a", "b", "c", "d", "e", "h"];
    const each = Math.ceil(MAX_CHAT_MESSAGES / writers.length);
    let left = MAX_CHAT_MESSAGES;
    for (const w of writers) {
      s = say(s, w, Math.min(each, left));
      left -= Math.min(each, left);
    }
    expect(chatFor(s, "h")).toHaveLength(MAX_CHAT_MESSAGES);
    const full = writers.find((w) => codeOf(attempt(s, w, { type: "chat", channel: "public", text: "x" })) !== "CHAT_QUOTA_REACHED")!;
    const refused = attempt(s, full, { type: "chat", channel: "public", text: "one too many" });
    expect(codeOf(refused)).toBe("CHAT_FULL");
  });

  it("a 10,000-message match (a busy class) is well within both limits", () => {
    expect(MAX_CHAT_MESSAGES).toBeGreaterThanOrEqual(10_000);
    // Five powers and a facilitator write; spread over them, 10,000 messages fit each one's share.
    expect(MAX_CHAT_PER_MEMBER * 6).toBeGreaterThanOrEqual(10_000);
  });
});
