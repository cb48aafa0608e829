import { spawn } from "node:child_process"
import { readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"

import { freePort, ROOT } from "../../scripts/lib/chain"

describe("npm start -- --headless", () => {
  it("starts the devnet, deploys, serves the demo and opens Chromium with the extension", async () => {
    const [port, demoPort] = [await freePort(), await freePort()]
    const child = spawn("npx", ["tsx", "scripts/start.ts", "--headless", "--no-build", "--exit-when-ready", "--port", String(port), "--demo-port", String(demoPort)], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"]
    })
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.stderr.on("data", (d) => (out += d))
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve))
    expect(code, out).toBe(0)
    expect(out).toContain("READY")
    expect(out).toContain(`http://127.0.0.1:${demoPort}/`)
    const ready = JSON.parse(readFileSync(path.join(ROOT, ".run", "start.json"), "utf8"))
    expect(ready.popup).toMatch(/^chrome-extension:\/\/[a-p]{32}\/popup\.html$/)
    expect(ready.rpcUrl).toBe(`http://127.0.0.1:${port}`)
  })
})
