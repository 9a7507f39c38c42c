import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../../shared/session";
import { authorLabel, channelLabel, channelsFor, markSeen, unreadCounts } from "../../../client/src/logic/chat";
import { scaleChart, spreadLabels } from "../../../client/src/logic/chart";

const msg = (seq: number, channel: ChatMessage["channel"], from: string): ChatMessage => ({ seq, channel, from, power: from === "m1" ? "russia" : "china", text: `#${seq}`, at: seq });

describe("chat", () => {
  it("lists public, a pair channel per other power, and the seat's groups; spectators read public only", () => {
    const groups = [{ id: "2", name: "Contact group", powers: ["russia" as const, "usa" as const, "eu" as const] }];
    expect(channelsFor(null, groups)).toEqual(["public"]);
    const channels = channelsFor("usa", groups);
    expect(channels).toEqual(["public", "pair:russia|usa", "pair:china|usa", "pair:usa|ukraine", "pair:usa|eu", "group:2"]);
    expect(channelLabel("group:2", "usa", groups)).toBe("Contact group");
  });

  it("names channels from the reader's side", () => {
    expect(channelLabel("pair:russia|china", "china")).toBe("With Russia");
    expect(channelLabel("pair:russia|china", null)).toBe("Russia and China");
    expect(channelLabel("public", "eu")).toBe("Public");
    expect(channelLabel("group:3", "eu")).toBe("Group 3");
  });

  it("counts unread messages per channel, not one's own, until the channel is seen", () => {
    const chat = [msg(1, "public", "m2"), msg(2, "public", "m1"), msg(3, "pair:russia|china", "m2"), msg(4, "public", "m2")];
    expect(unreadCounts(chat, {}, "m1")).toEqual({ public: 2, "pair:russia|china": 1 });
    const seen = markSeen({}, chat, "public");
    expect(seen).toEqual({ public: 4 });
    expect(unreadCounts(chat, seen, "m1")).toEqual({ "pair:russia|china": 1 });
    expect(markSeen(seen, chat, "public")).toBe(seen);
  });

  it("labels authors with their power and name", () => {
    expect(authorLabel(msg(1, "public", "m1"), { m1: "Anna" })).toBe("Russia (Anna)");
    expect(authorLabel({ ...msg(1, "public", "m9"), power: null }, { m9: "Ms Ng" })).toBe("Ms Ng");
  });
});

describe("chart scaling", () => {
  const box = { width: 200, height: 120, padLeft: 20, padRight: 20, padTop: 10, padBottom: 10 };

  it("maps 0..100 onto the plot and spreads turns evenly", () => {
    const chart = scaleChart([{ label: "A", values: [0, 50, 100] }], ["Start", "1", "2"], box);
    expect(chart.lines[0]!.points).toBe("20,110 100,60 180,10");
    expect(chart.lines[0]!.last).toEqual({ x: 180, y: 10 });
    expect(chart.xTicks.map((t) => t.x)).toEqual([20, 100, 180]);
    expect(chart.yTicks.map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
  });

  it("widens the range when values leave 0..100 (relations run to −100)", () => {
    const chart = scaleChart([{ label: "R", values: [-100, 100] }], ["Start", "1"], box);
    expect(chart.lines[0]!.points).toBe("20,110 180,10");
    expect(chart.yTicks[0]!.value).toBe(-100);
  });
});

describe("line labels", () => {
  it("keeps labels at least a gap apart, in order, inside the plot", () => {
    expect(spreadLabels([50, 52, 100], 10, 0, 200)).toEqual([50, 60, 100]);
    expect(spreadLabels([52, 50], 10, 0, 200)).toEqual([60, 50]);
    expect(spreadLabels([195, 198], 10, 0, 200)).toEqual([190, 200]);
    expect(spreadLabels([-5], 10, 0, 200)).toEqual([0]);
  });
});
