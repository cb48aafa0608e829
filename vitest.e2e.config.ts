import { defineConfig } from "vitest/config"

/** End-to-end tests: headless Chromium with the production build loaded, a demo dapp, the local chain. */
export default defineConfig({
  resolve: { alias: { "~": new URL("./", import.meta.url).pathname } },
  test: {
    include: ["test/e2e/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 240_000
  }
})
