/**
 * Builds the whole server: Express for the built client and the HTTP API, Colyseus on the
 * same HTTP server, one port. Used by server/main.ts and by the integration tests.
 */
import { createServer as createHttpServer } from "node:http";
import { existsSync } from "node:fs";
import path from "node:path";
import express from "express";
import { Server } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { ROOM_NAME } from "../shared/protocol";
import { MatchRoom } from "./rooms/MatchRoom";

export interface ServerOptions {
  port: number;
  host: string;
  /** Folder of the built client (Vite's output); served if it exists. */
  clientDir?: string;
}

export interface RunningServer {
  gameServer: Server;
  url: string;
  stop(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = express();
  app.disable("x-powered-by");
  app.get("/api/health", (_req, res) => {
    res.json({ ok: true });
  });
  if (options.clientDir && existsSync(options.clientDir)) {
    const clientDir = path.resolve(options.clientDir);
    app.use(express.static(clientDir, { index: "index.html" }));
    // Any other page path is the single-page client (a reload on /match keeps working).
    app.get("/{*splat}", (_req, res) => res.sendFile(path.join(clientDir, "index.html")));
  }

  const httpServer = createHttpServer(app);
  const gameServer = new Server({ transport: new WebSocketTransport({ server: httpServer }), greet: false });
  gameServer.define(ROOM_NAME, MatchRoom);
  await gameServer.listen(options.port, options.host);

  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    gameServer,
    url: `http://${options.host === "0.0.0.0" ? "localhost" : options.host}:${port}`,
    stop: () => gameServer.gracefullyShutdown(false),
  };
}
