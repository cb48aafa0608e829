import { defineConfig } from "vitest/config"

/** Unit tests: pure, fast, no network, no browser. */
export default defineConfig({
  // `~src/…`, `~background/…` as Plasmo resolves them (a string alias would only match `~/…`).
  resolve: { alias: [{ find: /^~/, replacement: new URL("./", import.meta.url).pathname }] },
  test: {
    include: ["src/**/*.test.ts", "background/**/*.test.ts", "contents/**/*.test.ts", "test/unit/**/*.test.ts"],
    environment: "node",
    pool: "threads",
    poolOptions: { threads: { maxThreads: 2, minThreads: 1 } },
    // Property tests run thousands of audits; on a shared 2-core machine they need room (time bars live in the benchmarks).
    testTimeout: 120_000
  }
})
