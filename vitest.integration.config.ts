import { defineConfig } from "vitest/config"

/** Integration tests: real local EVM node, real circuits and proofs. One file at a time (2 cores). */
export default defineConfig({
  resolve: { alias: { "~": new URL("./", import.meta.url).pathname } },
  test: {
    include: ["test/integration/**/*.test.ts", "circuits/test/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000
  }
})
