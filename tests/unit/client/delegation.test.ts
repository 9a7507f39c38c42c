/** What a delegation's members read about who changed what, and its channel in the chat's list. */
import { describe, expect, it } from "vitest";
import { clockTime, offerChangeLine, ordersChangeLine, readyBy } from "../../../client/src/logic/delegation";
import { channelLabel, channelsFor } from "../../../client/src/logic/chat";

const at = new Date(2026, 10, 29, 14, 2).getTime();

describe("who changed what, in words", () => {
  it("says who last changed the orders and at what time, or that nobody has yet", () => {
    expect(clockTime(at)).toBe("14:02");
    expect(ordersChangeLine({ by: "Mia", at })).toBe("Orders: last changed by Mia, 14:02");
    expect(ordersChangeLine(null)).toBe("Orders: nobody in your delegation has given any this turn yet");
  });

  it("says who sent an offer and who answered one", () => {
    expect(offerChangeLine({ by: "Noor", at, action: "propose" })).toBe("Sent by Noor, 14:02");
    expect(offerChangeLine({ by: "Ola", at, action: "accept" })).toBe("Accepted by Ola, 14:02");
    expect(offerChangeLine(undefined)).toBeNull();
  });

  it("names who said the delegation is ready, outside a delegation nobody", () => {
    expect(readyBy({ power: "russia", members: [], orders: null, ready: { by: "Mia", at }, offers: {} })).toBe("Mia");
    expect(readyBy(undefined)).toBeNull();
  });
});

describe("the delegation's channel in the chat", () => {
  it("comes right after public for a delegation's member, and not at all in an ordinary match", () => {
    expect(channelsFor("russia", [], true).slice(0, 2)).toEqual(["public", "delegation:russia"]);
    expect(channelsFor("russia", [])).not.toContain("delegation:russia");
    expect(channelLabel("delegation:russia", "russia")).toBe("My delegation");
    expect(channelLabel("delegation:russia", null)).toBe("Russia delegation");
  });
});
