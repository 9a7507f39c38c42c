/**
 * The addresses other machines can open the game at. A server bound to every interface
 * (`HOST=0.0.0.0`, or `::`) is reached through this machine's network addresses, never through
 * `localhost`, which on a pupil's laptop is the pupil's laptop.
 */
import { networkInterfaces, type NetworkInterfaceInfo } from "node:os";

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** Whether `host` means every interface: `0.0.0.0` (IPv4) or `::` (IPv6 and, dual-stack, IPv4). */
export function listensEverywhere(host: string): boolean {
  return host === "0.0.0.0" || host === "::";
}

/**
 * The join addresses for a server listening on `host`:`port`: IPv4 first, then IPv6 when the
 * server listens on `::`. Link-local IPv6 (fe80::/10) is left out: it needs a zone id that a
 * browser's address bar does not take. A server bound to one address has that one.
 */
export function joinAddresses(host: string, port: number, interfaces: Interfaces = networkInterfaces()): string[] {
  if (!listensEverywhere(host)) return isLoopback(host) ? [] : [urlFor(host, port)];
  const all = Object.values(interfaces).flatMap((list) => list ?? []).filter((i) => !i.internal);
  const v4 = all.filter((i) => i.family === "IPv4").map((i) => i.address);
  const v6 = host === "::" ? all.filter((i) => i.family === "IPv6" && !/^fe[89ab]/i.test(i.address)).map((i) => i.address) : [];
  return [...new Set([...v4, ...v6])].map((address) => urlFor(address, port));
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host.startsWith("127.");
}

function urlFor(address: string, port: number): string {
  return `http://${address.includes(":") ? `[${address}]` : address}:${port}`;
}
