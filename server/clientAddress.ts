/**
 * The address of the client behind an HTTP request or WebSocket upgrade, the key of every
 * per-address limit. `X-Forwarded-For` is written by whoever sends the request, so it is read
 * only through proxies the operator said to trust (`TRUST_PROXY`), as Express's `trust proxy`:
 * a number of hops, or a list of proxy addresses, subnets and the names loopback, linklocal and
 * uniquelocal. Unset, the address is the socket's own.
 */
import { BlockList, isIP } from "node:net";
import type { IncomingMessage } from "node:http";

/** Which hops of a request's path may be believed about the hop before them. */
export type TrustProxy = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; list: BlockList };

const NAMED: Record<string, readonly string[]> = {
  loopback: ["127.0.0.1/8", "::1/128"],
  linklocal: ["169.254.0.0/16", "fe80::/10"],
  uniquelocal: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
};

/** Reads `TRUST_PROXY`; throws at start-up on a value it cannot understand rather than trust too much. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? "").trim();
  if (text === "" || text === "false" || text === "0") return { kind: "none" };
  if (/^\d+$/.test(text)) return { kind: "hops", hops: Number(text) };
  const list = new BlockList();
  for (const raw of text.split(",")) {
    const entry = raw.trim();
    for (const item of NAMED[entry] ?? [entry]) {
      const [address, bits] = item.split("/");
      const family = isIP(address ?? "");
      if (family === 0 || (bits !== undefined && !/^\d+$/.test(bits))) {
        throw new Error(`TRUST_PROXY: "${entry}" is neither a number of hops, an address, a subnet, nor loopback/linklocal/uniquelocal`);
      }
      const type = family === 4 ? "ipv4" : "ipv6";
      if (bits === undefined) list.addAddress(address!, type);
      else list.addSubnet(address!, Number(bits), type);
    }
  }
  return { kind: "list", list };
}

let trust: TrustProxy = { kind: "none" };
const derived = new WeakMap<IncomingMessage, string>();

/** Set once at start-up (one server per process). */
export function setTrustProxy(value: TrustProxy): void {
  trust = value;
}

/**
 * What Colyseus hands an onAuth: at matchmaking (static onAuth) the HTTP request as `req`; at a
 * socket's join only `ip`, which the HTTP guard has already set from this function.
 */
export interface AuthContext {
  req?: IncomingMessage;
  ip?: unknown;
}

/** The client's address for an HTTP request or an onAuth context, honouring `TRUST_PROXY`. */
export function clientAddress(request: Pick<IncomingMessage, "headers" | "socket"> | AuthContext): string {
  if (!("socket" in request)) {
    if (request.req) return clientAddress(request.req);
    return typeof request.ip === "string" ? request.ip : "";
  }
  const known = derived.get(request as IncomingMessage);
  if (known !== undefined) return known;
  const address = addressThrough(request, trust);
  derived.set(request as IncomingMessage, address);
  return address;
}

/** The same, for an explicit setting (tests). */
export function addressThrough(request: Pick<IncomingMessage, "headers" | "socket">, setting: TrustProxy): string {
  const socketAddress = plain(request.socket.remoteAddress ?? "");
  if (setting.kind === "none") return socketAddress;
  // Nearest hop first: the socket, then X-Forwarded-For from right to left.
  const forwarded = String(request.headers["x-forwarded-for"] ?? "")
    .split(",")
    .map((a) => plain(a.trim()))
    .filter((a) => a !== "")
    .reverse();
  const path = [socketAddress, ...forwarded];
  let i = 0;
  while (i < path.length - 1 && trusted(path[i]!, i, setting)) i++;
  // A hop that is no address at all was not written by a trusted proxy: stop at the proxy before it.
  if (isIP(path[i]!) === 0) return path[Math.max(0, i - 1)]!;
  return path[i]!;
}

function trusted(address: string, index: number, setting: TrustProxy): boolean {
  if (setting.kind === "hops") return index < setting.hops;
  if (setting.kind === "none") return false;
  const family = isIP(address);
  return family !== 0 && setting.list.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** "::ffff:10.0.0.1" (an IPv4 client on a dual-stack socket) is 10.0.0.1. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/**
 * What a connection counts against: an IPv4 address, or the /64 network of an IPv6 one, since
 * one household or school is given a whole /64 and can pick any address in it.
 */
export function networkOf(address: string): string {
  if (isIP(address) !== 6) return address;
  return `${hextets(address.replace(/%.*$/, "")).slice(0, 4).map((h) => parseInt(h, 16).toString(16)).join(":")}::/64`;
}

/** The eight groups of an IPv6 address, "::" expanded and a dotted IPv4 tail turned into two groups. */
function hextets(address: string): string[] {
  let text = address;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const gap = text.indexOf("::");
  if (gap === -1) return text.split(":");
  const head = text.slice(0, gap).split(":").filter((h) => h !== "");
  const tail = text.slice(gap + 2).split(":").filter((h) => h !== "");
  return [...head, ...Array<string>(8 - head.length - tail.length).fill("0"), ...tail];
}
