import { defineConfig } from "vite";

export default defineConfig({
  root: "client",
  publicDir: "../assets",
  build: {
    outDir: "../dist",
    emptyOutDir: true,
    // Phaser is one large chunk loaded after the lobby; say so instead of warning about it.
    chunkSizeWarningLimit: 1_600,
  },
  server: { host: "127.0.0.1", port: 5173 },
});
