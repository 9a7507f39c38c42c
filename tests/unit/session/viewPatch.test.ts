/**
 * The patch stream: a client that holds a seat's full view once and then applies every patch
 * the server makes holds, after each step of a real match, exactly the full view the server
 * would send now (the JSON the socket carries), for every seat, over random play.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { POWERS, botAnswerOffer, botOrders, botProposals, type PowerId } from "../../../shared/game";
import {
  SYSTEM,
  SeatViews,
  ViewDiffer,
  ViewPatchError,
  applyAction,
  applyViewPatch,
  createSession,
  pairChannel,
  seatViewFor,
  type Session,
  type SessionAction,
  type SeatView,
} from "../../../shared/session";

const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const power = fc.constantFrom(...POWERS);

/** One thing a member, the host or the clock might do; `pick` chooses among the bots' real orders and offers. */
const step = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("orders" as const), power, seed: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("propose" as const), power, seed: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("answer" as const), power, seed: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("ready" as const), power, ready: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("chat" as const), power, to: power, text: fc.string({ minLength: 1, maxLength: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("group" as const), power, with: power }) },
  { weight: 3, arbitrary: fc.constant({ kind: "deadline" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "endPhase" as const }) },
  { weight: 1, arbitrary: fc.constantFrom({ kind: "inject" as const, ref: "strait-drills" }, { kind: "inject" as const, ref: "trade-truce" }) },
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/** Host "h" facilitates; a member for every power (two for Russia in a delegation session); "s" watches. */
function session(delegations: boolean, seed: number): Session {
  const fresh = createSession("K7Q2XP", "h");
  let s: Session = { ...fresh, settings: { ...fresh.settings, preset: "lesson", ...(delegations ? { delegations: true, teacherReads: "all" as const } : {}) } };
  const steps: [string, SessionAction][] = [
    ["h", { type: "join", memberId: "h", name: "Hana" }],
    ["h", { type: "facilitate" }],
    ["s", { type: "join", memberId: "s", name: "Sam" }],
  ];
  for (const p of POWERS) {
    steps.push([p, { type: "join", memberId: p, name: `Member ${p}` }], ["h", { type: "moveMember", memberId: p, power: p }]);
  }
  if (delegations) steps.push(["r2", { type: "join", memberId: "r2", name: "Rin" }], ["h", { type: "moveMember", memberId: "r2", power: "russia" }]);
  steps.push(["h", { type: "start", seed }]);
  for (const [actor, action] of steps) s = must(applyAction(s, { actor, at: 0, action }));
  return s;
}

function must(r: { ok: true; value: Session } | { ok: false; code: string }): Session {
  if (!r.ok) throw new Error(`refused: ${r.code}`);
  return r.value;
}

/** The action a step stands for in session `s`, with its actor; refusals by the rules are fine. */
function toAction(s: Session, st: Step): [string, SessionAction, number] | null {
  const at = s.clock.deadline ?? 0;
  const match = s.match;
  if (!match) return null;
  const meant = { phase: s.phase, turn: match.turn };
  const view = (p: PowerId) => seatViewFor(s, p).match!;
  switch (st.kind) {
    case "orders":
      return [st.power, { type: "orders", turn: match.turn, orders: botOrders(view(st.power), st.power, st.seed) }, at - 1];
    case "propose": {
      const offer = botProposals(view(st.power), st.power, st.seed)[0];
      return offer ? [st.power, { type: "offer", turn: match.turn, action: offer }, at - 1] : null;
    }
    case "answer": {
      const offer = view(st.power).offers.find((o) => o.to.includes(st.power) && o.status === "proposed");
      return offer ? [st.power, { type: "offer", turn: match.turn, action: botAnswerOffer(view(st.power), st.power, offer, st.seed) }, at - 1] : null;
    }
    case "ready":
      return [st.power, { type: "ready", ...meant, ready: st.ready }, at - 1];
    case "chat":
      return [st.power, { type: "chat", channel: st.to === st.power ? "public" : pairChannel(st.power, st.to), text: st.text }, at - 1];
    case "group":
      return [st.power, { type: "createGroup", name: "Talks", powers: [st.power, st.with] }, at - 1];
    case "deadline":
      return [SYSTEM, { type: "deadline" }, at];
    case "endPhase":
      return ["h", { type: "endPhase", ...meant }, at - 1];
    case "inject":
      return ["h", { type: "injectEvent", event: { ref: st.ref } }, at - 1];
  }
}

describe("view patches", () => {
  it("applying the patch stream always gives the server's full view, for every seat, over random matches", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.nat(1000), fc.array(step, { minLength: 10, maxLength: 120 }), (delegations, seed, steps) => {
        let s = session(delegations, seed);
        const members = s.members.map((m) => m.id);
        const views = new SeatViews();
        const differ = new ViewDiffer();
        const sent = new Map<string, SeatView>(members.map((id) => [id, views.viewOf(s, id)]));
        const held = new Map<string, SeatView>(members.map((id) => [id, wire(sent.get(id)!)]));
        const play = (actor: string, action: SessionAction, at: number) => {
          const result = applyAction(s, { actor, at, action });
          if (!result.ok) return;
          s = result.value;
          for (const id of members) {
            const next = views.viewOf(s, id);
            const ops = JSON.parse(differ.diff(sent.get(id)!, next)) as unknown[];
            sent.set(id, next);
            held.set(id, applyViewPatch(held.get(id)!, ops));
            expect(held.get(id), `${id} after ${action.type} in ${s.phase} ${s.match?.turn}`).toEqual(wire(seatViewFor(s, id)));
          }
        };
        for (const st of steps) {
          const action = toAction(s, st);
          if (action) play(...action);
        }
        // Then the clock plays it out: the end opens every secret to every seat (the debrief).
        while (s.phase !== "ended") play(SYSTEM, { type: "deadline" }, s.clock.deadline!);
      }),
      { numRuns: 15 },
    );
  }, 120_000);

  it("a chat line or a ready flag leaves every seat's view the same object: nothing is cut, diffed or sent", () => {
    let s = session(false, 3);
    const views = new SeatViews();
    const before = new Map(s.members.map((m) => [m.id, views.viewOf(s, m.id)]));
    s = must(applyAction(s, { actor: "russia", at: 1, action: { type: "chat", channel: "public", text: "hello" } }));
    s = must(applyAction(s, { actor: "china", at: 1, action: { type: "ready", phase: s.phase, turn: 1, ready: true } }));
    for (const m of s.members) expect(views.viewOf(s, m.id), m.id).toBe(before.get(m.id));
  });

  it("a patch that does not fit the view is refused with ViewPatchError, and the view held is untouched", () => {
    const s = session(false, 5);
    const view = wire(seatViewFor(s, "russia"));
    const copy = wire(view);
    expect(() => applyViewPatch(view, [{ op: "replace", path: "/match/nope/deeper", value: 1 }])).toThrow(ViewPatchError);
    expect(() => applyViewPatch(view, [{ op: "move", from: "/groups", path: "/match/turn" }])).toThrow(ViewPatchError);
    expect(() => applyViewPatch(view, [{ op: "add", path: "/match/news/99999", value: 1 }])).toThrow(ViewPatchError);
    expect(() => applyViewPatch(view, { op: "add" })).toThrow(ViewPatchError);
    expect(view).toEqual(copy);
  });

  it("applying a patch changes only the parts on its paths: the rest of the view held stays the same objects", () => {
    const s = session(false, 5);
    const view = wire(seatViewFor(s, "russia"));
    const next = applyViewPatch(view, [{ op: "replace", path: "/match/turn", value: 2 }]);
    expect(next.match!.turn).toBe(2);
    expect(view.match!.turn).toBe(1);
    expect(next.match!.news).toBe(view.match!.news);
  });
});
