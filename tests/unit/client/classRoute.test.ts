import { describe, expect, it } from "vitest";
import { classRouteFrom, debriefLink, joinAddress, projectorLink, teacherLink } from "../../../client/src/logic/classRoute";

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

  it("reads the class debrief and the projector links, and without their token sends the visitor to the join page", () => {
    const debrief = new URL(debriefLink("http://school:2567", "K7Q2X", "t+k"));
    const projector = new URL(projectorLink("http://school:2567", "K7Q2X", "key/1"));
    expect(classRouteFrom(debrief.pathname, debrief.hash)).toEqual({ kind: "debrief", code: "K7Q2X", token: "t+k" });
    expect(classRouteFrom(projector.pathname, projector.hash)).toEqual({ kind: "projector", code: "K7Q2X", key: "key/1" });
    expect(classRouteFrom("/class/K7Q2X/projector", "")).toEqual({ kind: "join", code: "K7Q2X" });
    expect(classRouteFrom("/class/K7Q2X/debrief", "#key=x")).toEqual({ kind: "join", code: "K7Q2X" });
    expect(classRouteFrom("/class/10OIL/projector", "#key=x")).toEqual({ kind: "join", code: null });
  });
});
