/**
 * `npm start` — runs Mamori on its embedded default: builds the extension, starts the local devnet (Anvil,
 * checked to simulate), deploys the contracts, serves the demo dapp and opens Chromium with the extension on it.
 *   --headless         the same without a window (servers, CI); prints the URLs and keeps running
 *   --no-build         reuse build/chrome-mv3-prod
 *   --exit-when-ready  stop everything once it is up (a smoke test of this script)
 *   --port N           the devnet's port (default 8545); the demo dapp uses --demo-port (default 5173)
 */
import { spawnSync } from "node:child_process"
import { existsSync, writeFileSync, mkdirSync } from "node:fs"
import path from "node:path"

import { launchWithExtension, waitForGuardRegistration } from "./lib/browser"
import { checkSimulation, ROOT, startChain, type Chain } from "./lib/chain"
import { startDemoServer } from "./lib/demoServer"

const argv = process.argv.slice(2)
const flag = (name: string) => argv.includes(name)
const option = (name: string, fallback: number) => {
  const i = argv.indexOf(name)
  return i >= 0 ? Number(argv[i + 1]) : fallback
}
const headless = flag("--headless")

async function deployIfAvailable(chain: Chain): Promise<Record<string, unknown> | undefined> {
  const lib = path.join(ROOT, "scripts", "lib", "contracts.ts")
  if (!existsSync(lib)) return undefined
  const { deployAll } = (await import(lib)) as { deployAll?: (o: { rpcUrl: string }) => Promise<Record<string, unknown>> }
  return deployAll ? deployAll({ rpcUrl: chain.rpcUrl }) : undefined
}

async function main() {
  if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error("No display found: run `npm start -- --headless` (or under xvfb-run).")
    process.exit(2)
  }
  if (!flag("--no-build")) {
    const build = spawnSync(process.execPath, [path.join(ROOT, "scripts", "build.mjs")], { stdio: "inherit" })
    if (build.status !== 0) process.exit(build.status ?? 1)
  }
  const chain = await startChain({ port: option("--port", 8545) })
  const cleanups: (() => Promise<void>)[] = [chain.stop]
  const shutdown = async (code: number) => {
    for (const c of cleanups.reverse()) await c().catch(() => {})
    process.exit(code)
  }
  process.on("SIGINT", () => void shutdown(0))
  process.on("SIGTERM", () => void shutdown(0))
  try {
    // The Shield's simulation needs eth_simulateV1 with traceTransfers: say so now rather than in a review.
    const simulation = await checkSimulation(chain.rpcUrl)
    if (!simulation.ok) throw new Error(`the devnet cannot simulate transactions: ${simulation.reason}`)
    const deployment = await deployIfAvailable(chain)
    const demo = await startDemoServer({ rpcUrl: chain.rpcUrl, port: option("--demo-port", 5173) })
    cleanups.push(demo.close)
    const browser = await launchWithExtension({ headless })
    cleanups.push(browser.close)
    await waitForGuardRegistration(browser)
    const page = browser.context.pages()[0] ?? (await browser.context.newPage())
    await page.goto(demo.url)
    const popup = `chrome-extension://${browser.extensionId}/popup.html`
    const ready = { rpcUrl: chain.rpcUrl, chainId: 31337, demo: demo.url, popup, extensionId: browser.extensionId, deployment }
    mkdirSync(path.join(ROOT, ".run"), { recursive: true })
    writeFileSync(path.join(ROOT, ".run", "start.json"), JSON.stringify(ready, null, 2))
    console.log(`\nMamori is running${headless ? " (headless)" : ""}:`)
    console.log(`  demo dapp:   ${demo.url}`)
    console.log(`  devnet RPC:  ${chain.rpcUrl} (chain 31337, ${chain.node}; eth_simulateV1 with traceTransfers: ok)`)
    console.log(`  popup:       ${popup}`)
    if (deployment) console.log(`  contracts:   ${JSON.stringify(deployment)}`)
    console.log("READY")
    if (flag("--exit-when-ready")) await shutdown(0)
    else console.log("Press Ctrl-C to stop.")
  } catch (e) {
    console.error(`npm start failed: ${(e as Error).message}`)
    await shutdown(1)
  }
}

void main()
