// One scripted match of npm run bench:load: five colyseus.js clients over real sockets, each a
// power, each doing in every phase what a player does (briefing: Ready; negotiation: a chat
// line, an offer, another chat line, Ready; orders: orders, Ready; resolution: Ready), one
// action every `pace` ms on average; phases end by readiness. Each client records what it sent
// (time and bytes, for the echo comparison), the round trips of its chat lines (to their echo)
// and of its orders and offers (to the patch that shows them), its error replies and the bytes
// its socket read.
import { Client, type Room } from "colyseus.js";
import { POWERS, type PowerId } from "../../shared/game";
import { ROOM_NAME, ServerMessage } from "../../shared/protocol";

export interface Recorder {
  /** Whether round trips, sends and turns count now (the measurement window). */
  measuring: boolean;
  rtts: number[];
  errors: Map<string, number>;
  /** Turns finished in the window, over all matches. */
  turns: number;
}

const CHAT = "We propose talks in Istanbul next week, under monitors, on grain and prisoners";
const STATEMENT = "We stand by every commitment we made and expect the same of every partner at the table.";

interface Pending {
  kind: "orders" | "offers";
  at: number;
}

/** One power's player. */
class Player {
  /** What this client sent, while measuring: milliseconds since the epoch and bytes. */
  readonly sends: [number, number][] = [];
  private timers: NodeJS.Timeout[] = [];
  private phaseKey = "";
  private readonly chats = new Map<string, number>();
  private pending: Pending[] = [];
  private chatCount = 0;

  constructor(
    readonly room: Room,
    readonly power: PowerId,
    private readonly recorder: Recorder,
    private readonly pace: number,
    private readonly isHost: boolean,
    private readonly onEnded: () => void,
  ) {
    const ws = this.socket();
    const send = ws.send.bind(ws);
    ws.send = (data: ArrayBuffer | Uint8Array, ...rest: unknown[]) => {
      if (this.recorder.measuring) this.sends.push([Date.now(), data.byteLength]);
      return send(data, ...rest);
    };
    room.onMessage(ServerMessage.patch, (json: string) => this.onPatch(json));
    room.onMessage(ServerMessage.chat, (message: { text: string }) => this.onChat(message.text));
    room.onMessage(ServerMessage.error, (error: { code: string }) => {
      if (this.recorder.measuring) this.recorder.errors.set(error.code, (this.recorder.errors.get(error.code) ?? 0) + 1);
      this.pending.shift();
    });
    for (const type of [ServerMessage.view, ServerMessage.seat, ServerMessage.chatHistory, ServerMessage.classEnded]) room.onMessage(type, () => undefined);
    room.onStateChange(() => this.onState());
  }

  /** The `ws` socket under colyseus.js (Node has no WebSocket of its own in version 20). */
  socket(): { send: (data: ArrayBuffer | Uint8Array, ...rest: unknown[]) => unknown; _socket: { bytesRead: number } | null } {
    return (this.room.connection as unknown as { transport: { ws: never } }).transport.ws;
  }

  /** Bytes this socket has read so far (kept when it closes). */
  get bytesRead(): number {
    this.lastBytes = this.socket()._socket?.bytesRead ?? this.lastBytes;
    return this.lastBytes;
  }

  private lastBytes = 0;

  private onPatch(json: string): void {
    const first = this.pending[0];
    // Its own orders are private to it; its own offer is the one from this power.
    const mine = first?.kind === "orders" ? json.includes(`"/match/orders/${this.power}`) : json.includes(`"from":"${this.power}"`);
    if (!first || !mine) return;
    this.pending.shift();
    if (this.recorder.measuring) this.recorder.rtts.push(performance.now() - first.at);
  }

  private onChat(text: string): void {
    const at = this.chats.get(text);
    if (at === undefined) return;
    this.chats.delete(text);
    if (this.recorder.measuring) this.recorder.rtts.push(performance.now() - at);
  }

  private onState(): void {
    const state = this.room.state as { phase: string; turn: number };
    const key = `${state.phase} ${state.turn}`;
    if (key === this.phaseKey) return;
    this.phaseKey = key;
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
    this.pending = [];
    if (state.phase === "ended") {
      this.onEnded();
      return;
    }
    if (this.isHost && state.phase === "resolution" && this.recorder.measuring) this.recorder.turns++;
    const meant = { phase: state.phase, turn: state.turn };
    const ready = () => this.room.send("ready", { ...meant, ready: true });
    const steps: (() => void)[] =
      state.phase === "briefing"
        ? [ready]
        : state.phase === "negotiation"
          ? [() => this.chat(), () => this.offer(state.turn), () => this.chat(), ready]
          : state.phase === "orders"
            ? [() => this.orders(state.turn), ready]
            : state.phase === "resolution"
              ? [ready]
              : [];
    let at = 0;
    for (const step of steps) {
      at += this.pace * (0.5 + Math.random());
      this.timers.push(setTimeout(step, at));
    }
  }

  private chat(): void {
    const text = `${CHAT} (${this.power} ${++this.chatCount})`;
    this.chats.set(text, performance.now());
    this.room.send("chat", { channel: "public", text });
  }

  private offer(turn: number): void {
    const to = POWERS[(POWERS.indexOf(this.power) + 1) % POWERS.length]!;
    this.pending.push({ kind: "offers", at: performance.now() });
    this.room.send("offer", { turn, action: { action: "propose", to: [to], terms: { kind: "jointStatement", topic: "trade", tone: "conciliatory", text: "" }, visibility: "public" } });
  }

  private orders(turn: number): void {
    this.pending.push({ kind: "orders", at: performance.now() });
    const statement = { type: "statement", audience: "world", tone: "firm", topic: "war", text: STATEMENT };
    // Only the two powers at war hold a front.
    const orders = this.power === "russia" || this.power === "ukraine" ? [statement, { type: "posture", stance: "hold" }] : [statement];
    this.room.send("orders", { turn, orders });
  }

  stop(): void {
    void this.bytesRead;
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
  }
}

/** A match slot: plays matches one after another until stopped. */
export class ScriptedMatch {
  players: Player[] = [];
  /** Every player that ever played in this slot (their sends and bytes count). */
  readonly everyone: Player[] = [];
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly recorder: Recorder,
    private readonly pace: number,
  ) {}

  /** Creates a match, seats five players, starts it. */
  async start(): Promise<void> {
    const client = new Client(this.url);
    const host = await client.create(ROOM_NAME, { name: "Host" });
    const rooms: Room[] = [host];
    for (let i = 1; i < POWERS.length; i++) rooms.push(await new Client(this.url).joinById(host.roomId, { name: `Player ${i}` }));
    const ended = () => void this.next();
    this.players = rooms.map((room, i) => new Player(room, POWERS[i]!, this.recorder, this.pace, i === 0, ended));
    this.everyone.push(...this.players);
    for (const p of this.players) p.room.send("pickPower", { power: p.power });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the five powers were not all taken in 30 s")), 30_000);
      const check = () => {
        const members = [...(host.state as { members: Map<string, { power: string }> }).members.values()];
        if (members.filter((m) => m.power !== "").length === POWERS.length) {
          clearTimeout(timer);
          resolve();
        }
      };
      host.onStateChange(check);
      check();
    });
    host.send("start", {});
  }

  /** The match ended: everyone leaves and a new one begins in this slot. */
  private async next(): Promise<void> {
    if (this.stopped || this.players.length === 0) return;
    const done = this.players;
    this.players = [];
    for (const p of done) p.stop();
    await Promise.all(done.map((p) => p.room.leave(true).catch(() => undefined)));
    if (!this.stopped) await this.start().catch(() => this.recorder.errors.set("RESTART_FAILED", (this.recorder.errors.get("RESTART_FAILED") ?? 0) + 1));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const p of this.players) p.stop();
    await Promise.all(this.players.map((p) => p.room.leave(true).catch(() => undefined)));
  }
}
