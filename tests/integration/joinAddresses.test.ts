/**
 * `HOST=0.0.0.0 npm start` in a classroom: the server prints the addresses the pupils' machines
 * can open (this machine's network addresses), not `localhost`, and tells the lobby the same
 * over `GET /api/addresses`, so the lobby's QR code points somewhere a phone can reach.
 */
import { spawn } from "node:child_process";
import { networkInterfaces } from "node:os";
import { afterAll, expect, it } from "vitest";
import { joinAddresses } from "../../server/addresses";
import { startServer, type RunningServer } from "../../server/app";
import { tempDataDir } from "../helpers/server";

const started: RunningServer[] = [];
afterAll(async () => {
  for (const server of started) await server.stop();
});

/** The first lines server/main.ts prints, up to and including the one saying where to open it. */
async function startupLines(host: string): Promise<string> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...process.env, PORT: "0", HOST: host, DATA_DIR: tempDataDir(), CLIENT_DIR: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  try {
    return await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (/running[^\n]*\n/.test(output) && output.endsWith("\n")) resolve(output);
      });
      child.stderr.on("data", (chunk: Buffer) => void (output += chunk.toString()));
      child.once("exit", (code) => reject(new Error(`exited with ${code}:\n${output}`)));
    });
  } finally {
    child.kill("SIGKILL");
  }
}

const lanIPv4 = Object.values(networkInterfaces()).flatMap((l) => l ?? []).filter((i) => !i.internal && i.family === "IPv4").map((i) => i.address);

it("with HOST=0.0.0.0 the server prints this machine's network addresses for the other machines, not localhost alone", async () => {
  expect(lanIPv4.length, "this test needs a machine with a network address").toBeGreaterThan(0);
  const printed = await startupLines("0.0.0.0");
  for (const address of lanIPv4) expect(printed).toMatch(new RegExp(`http://${address.replaceAll(".", "\\.")}:\\d+`));
  expect(printed).not.toMatch(/fe80/i);
}, 60_000);

it("on loopback (the default) it prints localhost and offers no address to other machines", async () => {
  const printed = await startupLines("127.0.0.1");
  expect(printed).toMatch(/http:\/\/localhost:\d+/);
  for (const address of lanIPv4) expect(printed).not.toContain(address);
}, 60_000);

it("lists IPv4 for 0.0.0.0, IPv4 and routable IPv6 for ::, and skips internal and link-local addresses", () => {
  const interfaces = {
    lo: [{ address: "127.0.0.1", family: "IPv4", internal: true }, { address: "::1", family: "IPv6", internal: true }],
    eth0: [{ address: "192.168.1.20", family: "IPv4", internal: false }, { address: "fd00::2", family: "IPv6", internal: false }, { address: "fe80::1", family: "IPv6", internal: false }],
    wlan0: [{ address: "10.0.0.7", family: "IPv4", internal: false }],
  } as unknown as Parameters<typeof joinAddresses>[2];
  expect(joinAddresses("0.0.0.0", 2567, interfaces)).toEqual(["http://192.168.1.20:2567", "http://10.0.0.7:2567"]);
  expect(joinAddresses("::", 80, interfaces)).toEqual(["http://192.168.1.20:80", "http://10.0.0.7:80", "http://[fd00::2]:80"]);
  expect(joinAddresses("127.0.0.1", 2567, interfaces)).toEqual([]);
  expect(joinAddresses("192.168.1.20", 2567, interfaces)).toEqual(["http://192.168.1.20:2567"]);
});

it("GET /api/addresses tells the lobby the join addresses (none on loopback)", async () => {
  const server = await startServer({ port: 0, host: "127.0.0.1", dataDir: tempDataDir() });
  started.push(server);
  const response = await fetch(`${server.url}/api/addresses`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ addresses: [] });
});
