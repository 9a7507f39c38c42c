/**
 * Production runs JavaScript, not tsx: `npm run build:server` compiles server/main.ts (decorators
 * of the synced state included) into build/server/main.js, and that file alone, under plain Node,
 * serves a whole match.
 */
import { execFileSync } from "node:child_process";
import { afterAll, expect, it } from "vitest";
import { TestPlayer, leaveAll, tempDataDir } from "../helpers/server";
import { killServerProcesses, startServerProcess } from "../helpers/serverProcess";

afterAll(killServerProcesses);

it("builds the server to JavaScript that plain Node runs: a match is created and joined by code", async () => {
  execFileSync("npm", ["run", "--silent", "build:server"], { stdio: "pipe" });
  const server = await startServerProcess({ dataDir: tempDataDir(), compiled: true });
  const host = await TestPlayer.create(server.url, "Hana");
  const guest = await TestPlayer.join(server.url, host.code, "Ivan");
  guest.connection.send("pickPower", { power: "russia" });
  await host.until((p) => p.connection.board.members[guest.id]?.power === "russia", "the guest on Russia");
  expect(Object.values(host.connection.board.members).map((m) => m.name).sort()).toEqual(["Hana", "Ivan"]);
  await leaveAll(host, guest);
  await server.stop("SIGTERM");
});
