// The bare server npm run bench:load compares the game with: a `ws` server that sends every
// message back as it came, on the same core and with the same compression as the game server.
import { WebSocketServer } from "ws";

const deflate = process.env.BENCH_DEFLATE;
const threshold = deflate === "off" ? null : Number(deflate || 1024);
const wss = new WebSocketServer({
  port: 0,
  host: "127.0.0.1",
  perMessageDeflate: threshold === null ? false : { threshold, serverNoContextTakeover: true, clientNoContextTakeover: true, zlibDeflateOptions: { level: 1 } },
});
wss.on("connection", (socket) => socket.on("message", (data, binary) => socket.send(data, { binary })));
wss.on("listening", () => console.log(`listening ws://127.0.0.1:${(wss.address() as { port: number }).port}`));
process.on("SIGTERM", () => wss.close(() => process.exit(0)));
