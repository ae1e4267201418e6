import { defineConfig } from "vitest/config";

// One run covers every package. Database suites run on PGlite and, when TEST_DATABASE_URL is set,
// on PostgreSQL too (see packages/server/test/db-targets.ts).
export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "bench/src/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
