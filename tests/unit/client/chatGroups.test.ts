// Opening a group: the composer follows the new group once the server lists it.
import { describe, expect, it } from "vitest";
import { openedGroup } from "../../../client/src/logic/chat";

describe("the group just opened", () => {
  const old = { id: "1", name: "Old", powers: ["russia", "china", "usa"] as const };
  it("is the newly listed group with exactly the powers asked for", () => {
    const mine = { id: "2", name: "Grain talks", powers: ["ukraine", "russia", "eu"] as const };
    expect(openedGroup(["1"], [{ ...old, powers: [...old.powers] }, { ...mine, powers: [...mine.powers] }], ["russia", "ukraine", "eu"])).toEqual({ ...mine, powers: [...mine.powers] });
  });

  it("is not one listed before, nor another power's new group of other powers", () => {
    const other = { id: "2", name: "Theirs", powers: ["china", "usa", "eu"] as ("china" | "usa" | "eu")[] };
    expect(openedGroup(["1"], [{ ...old, powers: [...old.powers] }, other], ["russia", "china", "usa"])).toBeNull();
  });
});
