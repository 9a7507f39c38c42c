import { defineConfig } from "vitest/config";

// Four suites: `unit` (the pure game core), `integration` (a real Colyseus server over real
// sockets), `e2e` (Debian's Chromium through playwright-core) and `scale` (several server
// processes with a real Redis and PostgreSQL, started by .ci/with-services). `npm test` runs the
// first two; `.ci/run` runs all four.
export default defineConfig({
  test: {
    projects: [
      {
        // Whole simulated matches run in some unit tests: give them room on a busy 2-core machine.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 30_000 },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "scale",
          include: ["tests/scale/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Several server processes per test on two shared cores: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
