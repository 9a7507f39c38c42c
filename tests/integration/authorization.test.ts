/**
 * The authorization matrix over real sockets: every refusal the specification lists, sent by
 * the real client from its seat in each phase, gets that refusal's code, and leaves the server's
 * whole session and what every client has received unchanged. (Accepted cells change the
 * state; they are exercised on fresh sessions in tests/unit/session/authorization.test.ts.)
 * A removed player's socket is closed, and their seat token no longer opens one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { english } from "../helpers/texts";
import type { RunningServer } from "../../server/app";
import { MatchConnection } from "../../client/src/net";
import { CELLS, MATRIX_PHASES, SEAT_KINDS, expected, type MatrixPhase, type SeatKind } from "../helpers/authorizationSpec";
import { TestPlayer, bootServer, leaveAll, lobbyWith, serverRoom, startMatch } from "../helpers/server";

let server: RunningServer;
beforeAll(async () => {
  // The matrix sends a hundred messages a second from one seat: far past a person's rate.
  server = await bootServer({ messageRate: { burst: 1_000, perSecond: 1_000 } });
});
afterAll(async () => {
  await server.stop();
});

async function roomAt(phase: MatrixPhase) {
  const host = await TestPlayer.create(server.url, "Hana");
  host.connection.send("facilitate", {});
  const [owner, other, spectator, removed] = await Promise.all(
    ["Anna", "Bogdan", "Sam", "Rita"].map((name) => TestPlayer.join(server.url, host.code, name)),
  ) as [TestPlayer, TestPlayer, TestPlayer, TestPlayer];
  owner.connection.send("pickPower", { power: "russia" });
  other.connection.send("pickPower", { power: "ukraine" });
  removed.connection.send("pickPower", { power: "eu" });
  await host.until((p) => p.connection.board.members[removed.id]?.power === "eu" && p.connection.board.members[other.id]?.power === "ukraine" && p.connection.board.members[owner.id]?.power === "russia");
  const removedToken = removed.storage.tokens.get(host.code)!;
  host.connection.send("removeMember", { memberId: removed.id });
  await removed.until((p) => p.connection.closedReason !== null);
  let offerId = "none";
  if (phase !== "lobby") {
    host.connection.send("start", {});
    const room = serverRoom(host.code);
    while (room.current.phase !== phase) {
      const from = room.current.phase;
      host.connection.send("endPhase", host.meantFor());
      // The next command is meant for the phase the host sees, so the host must see it first.
      await host.until((p) => room.current.phase !== from && p.connection.board.phase === room.current.phase);
      if (room.current.phase === "negotiation" && offerId === "none") {
        owner.connection.send("offer", { turn: 1, action: { action: "propose", to: ["ukraine"], terms: { kind: "ceasefire", turns: 2, scope: "full", monitored: true } } });
        await owner.until(() => room.current.match!.offers.length > 0);
        offerId = room.current.match!.offers.at(-1)!.id;
      }
    }
  }
  const everyone = [host, owner, other, spectator];
  // Every client must have caught up with the server before what each has seen is recorded.
  const room = serverRoom(host.code);
  const synced = (p: TestPlayer) =>
    p.connection.board.phase === room.current.phase &&
    p.connection.board.ready.length === room.current.ready.length &&
    Object.keys(p.connection.board.members).length === 4 &&
    (room.current.match === null || p.connection.view.match?.phase === room.current.phase);
  for (const p of [host, owner, other, spectator]) await p.until(synced, "the client to catch up");
  await new Promise((r) => setTimeout(r, 100));
  const seats: Record<Exclude<SeatKind, "removed">, TestPlayer> = { owner, otherPower: other, spectator, facilitator: host };
  const scene = { phase, turn: room.current.match?.turn ?? 0, offerId, spectatorId: spectator.id, ownerId: owner.id, removedId: removed.id };
  return { host, removed, removedToken, everyone, seats, scene };
}

function seen(p: TestPlayer): string {
  return JSON.stringify([p.connection.board, p.connection.view, p.connection.chat]);
}

describe.each(MATRIX_PHASES)("in the %s", (phase) => {
  it("every refusal in the matrix is answered with its code and changes nothing for anyone", async () => {
    const { host, removed, removedToken, everyone, seats, scene } = await roomAt(phase);
    const room = serverRoom(host.code);
    let checked = 0;
    for (const cell of CELLS) {
      for (const seat of SEAT_KINDS) {
        const code = expected(cell, seat, phase);
        if (seat === "removed" || code === "OK") continue;
        const player = seats[seat];
        const sessionBefore = structuredClone(room.current);
        const seenBefore = everyone.map(seen);
        player.connection.send(cell.type, cell.payload(scene) as never);
        const reply = await player.nextError();
        expect(reply, `${cell.name} from the ${seat}`).toMatchObject({ re: cell.type, code });
        expect(room.current, `${cell.name} from the ${seat} changed the session`).toEqual(sessionBefore);
        expect(everyone.map(seen), `${cell.name} from the ${seat} reached a client`).toEqual(seenBefore);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    // The removed player is gone for good: the socket was closed and the seat token is refused.
    expect(english(removed.connection.closedReason!)).toBe("The host has removed you from this match.");
    const storage = { get: () => removedToken, set() {}, delete() {} };
    await expect(MatchConnection.join(server.url, host.code, {}, storage)).rejects.toThrow("The host has removed you from this match.");
    await leaveAll(...everyone);
  }, 30_000);
});

describe("messages the protocol does not know", () => {
  it("an unknown type and a payload of the wrong shape get typed errors", async () => {
    const { everyone, seats } = await roomAt("negotiation");
    const sender = seats.owner;
    sender.connection.sendRaw("launchMissiles", { at: "everyone" });
    expect(await sender.nextError()).toMatchObject({ re: "launchMissiles", code: "UNKNOWN_MESSAGE" });
    sender.connection.sendRaw("orders", { turn: "one", orders: "all of them" });
    expect(await sender.nextError()).toMatchObject({ re: "orders", code: "BAD_PAYLOAD" });
    sender.connection.sendRaw("chat");
    expect(await sender.nextError()).toMatchObject({ re: "chat", code: "BAD_PAYLOAD" });
    await leaveAll(...everyone);
  });

  it("arbitrary payloads for every message type never crash the room", async () => {
    const { host, players } = await lobbyWith(server.url, ["russia", "ukraine"], { hostRole: "facilitator" });
    await startMatch(host, players);
    const junk: unknown[] = [null, 7, "x", [], { turn: -1 }, { power: { $gt: "" } }, { orders: [{ type: "aid", to: "mars" }] }, "\u0000".repeat(50), { text: 1e309 }];
    const types = ["pickPower", "setBot", "ready", "orders", "offer", "chat", "createGroup", "injectEvent", "extend", "configure", "moveMember"];
    const sender = players[0]!;
    let sent = 0;
    for (const type of types) {
      for (const payload of junk) {
        sender.connection.sendRaw(type, payload);
        sent++;
        await sender.nextError();
      }
    }
    // Every one answered (most as BAD_PAYLOAD; a shape that happens to be valid meets a rule's refusal).
    expect(sender.errors).toHaveLength(sent);
    expect(sender.errors.filter((e) => e.code === "BAD_PAYLOAD").length).toBeGreaterThan(sent * 0.8);
    host.connection.send("endPhase", host.meantFor());
    await players[1]!.until((p) => p.connection.board.phase === "negotiation");
    await leaveAll(host, ...players);
  });
});
