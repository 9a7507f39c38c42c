import { describe, expect, it } from "vitest";
import { presenceText } from "../../../client/src/logic/presence";

describe("presence in the people lists", () => {
  it("says nothing for online, and names a held seat apart from a player who is gone", () => {
    expect(presenceText("online")).toBeNull();
    expect(presenceText("reconnecting")).toBe("reconnecting…");
    expect(presenceText("offline")).toBe("offline");
  });
});
