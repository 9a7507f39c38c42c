import { describe, expect, it } from "vitest";
import { classRouteFrom, joinAddress, teacherLink } from "../../../client/src/logic/classRoute";

describe("class addresses", () => {
  it("reads the join page, the creation page, a join address and a teacher link", () => {
    expect(classRouteFrom("/class", "")).toEqual({ kind: "join", code: null });
    expect(classRouteFrom("/class/new", "")).toEqual({ kind: "create" });
    expect(classRouteFrom("/class/k7q2x", "")).toEqual({ kind: "join", code: "K7Q2X" });
    expect(classRouteFrom("/class/K7Q2X/", "#teacher=abc_-1")).toEqual({ kind: "teacher", code: "K7Q2X", token: "abc_-1" });
  });

  it("is not fooled by other paths or malformed codes", () => {
    expect(classRouteFrom("/m/K7Q2XP", "")).toBeNull();
    expect(classRouteFrom("/classes", "")).toBeNull();
    expect(classRouteFrom("/class/K7Q2XP", "")).toEqual({ kind: "join", code: null });
    expect(classRouteFrom("/class/10OIL", "#teacher=x")).toEqual({ kind: "join", code: null });
  });

  it("builds the join address and a teacher link that reads back", () => {
    const link = new URL(teacherLink("http://school:2567", "K7Q2X", "a+b/c="));
    expect(joinAddress("http://school:2567", "K7Q2X")).toBe("http://school:2567/class/K7Q2X");
    expect(classRouteFrom(link.pathname, link.hash)).toEqual({ kind: "teacher", code: "K7Q2X", token: "a+b/c=" });
  });
});
