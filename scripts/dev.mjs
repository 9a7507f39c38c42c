// `npm run dev`: Vite's dev server for the client (hot reload) and the game server,
// restarted by tsx whenever a server or shared file changes. The page comes from Vite's port,
// so the game server must allow that origin.
import { spawn } from "node:child_process";

const children = [
  spawn("npx", ["tsx", "watch", "--clear-screen=false", "server/main.ts"], { stdio: "inherit", env: { ...process.env, CLIENT_DIR: "", ALLOWED_ORIGINS: "http://127.0.0.1:5173,http://localhost:5173" } }),
  spawn("npx", ["vite"], { stdio: "inherit" }),
];

function stop() {
  for (const child of children) child.kill("SIGTERM");
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) child.on("exit", (code) => code && stop());
