/**
 * The protocol's limits are the rules' own: a message the rules could accept passes the
 * protocol, and one past a rule's limit is refused there already (BAD_PAYLOAD), so the two
 * cannot drift apart.
 */
import { describe, expect, it } from "vitest";
import { MAX_ORDERS, POWERS, type Order } from "../../shared/game";
import { ClientMessages } from "../../shared/protocol";
import { CHAT_MAX_CHARS, GROUP_NAME_MAX_CHARS, MAX_GROUPS, NAME_MAX_CHARS, pairChannel } from "../../shared/session";
import { CreateOptions, JoinOptions, parseUntrusted } from "../../shared/protocol";
import type { z } from "zod";

const fortify: Order = { type: "posture", stance: "fortify" };
const passes = (type: keyof typeof ClientMessages, payload: unknown) => ClientMessages[type].safeParse(payload).success;

describe("the protocol's limits come from the rules", () => {
  it(`orders: the rules' ${MAX_ORDERS} pass, one more is refused by the protocol`, () => {
    expect(passes("orders", { turn: 1, orders: Array(MAX_ORDERS).fill(fortify) })).toBe(true);
    expect(passes("orders", { turn: 1, orders: Array(MAX_ORDERS + 1).fill(fortify) })).toBe(false);
  });

  it("chat: every channel the rules can open passes, and no other name", () => {
    const channels = ["public", ...POWERS.flatMap((a) => POWERS.filter((b) => b !== a).map((b) => pairChannel(a, b)))];
    for (let id = 1; id <= MAX_GROUPS; id++) channels.push(`group:${id}`);
    for (const channel of channels) expect(passes("chat", { channel, text: "hi" }), channel).toBe(true);
    for (const channel of [`group:${MAX_GROUPS + 1}`, "group:0", "group:01", "pair:russia|russia", "pair:china|russia", "private", "public "]) {
      expect(passes("chat", { channel, text: "hi" }), channel).toBe(false);
    }
  });

  it("text: the longest text the rules accept passes, in any characters; a flood far past it is refused", () => {
    const longest = "😀".repeat(CHAT_MAX_CHARS);
    expect(passes("chat", { channel: "public", text: longest })).toBe(true);
    expect(passes("chat", { channel: "public", text: "x".repeat(longest.length * 10) })).toBe(false);
    expect(passes("createGroup", { name: "😀".repeat(GROUP_NAME_MAX_CHARS), powers: [...POWERS] })).toBe(true);
    expect(passes("createGroup", { name: "x".repeat(GROUP_NAME_MAX_CHARS * 100), powers: [...POWERS] })).toBe(false);
    expect(JoinOptions.safeParse({ name: "😀".repeat(NAME_MAX_CHARS) }).success).toBe(true);
    expect(JoinOptions.safeParse({ name: "x".repeat(NAME_MAX_CHARS * 100) }).success).toBe(false);
  });

  it("a group lists at most every power once", () => {
    expect(passes("createGroup", { name: "All", powers: [...POWERS] })).toBe(true);
    expect(passes("createGroup", { name: "All", powers: [...POWERS, "eu"] })).toBe(false);
  });
});

describe("parsing what a socket or a matchmaking request sent never throws", () => {
  // zod's length checks compare a `length` key with the limit even on a value of the wrong type,
  // which throws on an object with its own toString: parseUntrusted answers a refusal instead.
  const bomb = { length: { toString: 1 } };
  const schemas: Record<string, z.ZodObject> = { CreateOptions, JoinOptions, ...ClientMessages };
  it("a field whose length is an object with its own toString is refused where zod itself throws", () => {
    let zodThrew = 0;
    for (const [name, schema] of Object.entries(schemas)) {
      for (const field of Object.keys(schema.shape)) {
        const payload = { [field]: bomb };
        let threw = false;
        try {
          schema.safeParse(payload);
        } catch {
          threw = true;
          zodThrew++;
        }
        const parsed = parseUntrusted(schema, payload);
        if (threw) expect(parsed, `${name}.${field}`).toEqual({ success: false });
      }
    }
    expect(zodThrew).toBeGreaterThan(10);
  });
});
