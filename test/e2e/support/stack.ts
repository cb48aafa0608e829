/** The full local stack for an end-to-end test: devnet, demo dapp, Chromium with the built extension. */
import { mkdirSync } from "node:fs"
import path from "node:path"

import { launchWithExtension, waitForGuardRegistration, type ExtensionBrowser } from "../../../scripts/lib/browser"
import { ROOT, startChain, type Chain } from "../../../scripts/lib/chain"
import { startDemoServer, type DemoServer } from "../../../scripts/lib/demoServer"

export const ARTIFACTS = path.join(ROOT, "test-results")

export type Stack = { chain: Chain; demo: DemoServer; browser: ExtensionBrowser; stop: () => Promise<void> }

export async function startStack(options: { webgpu?: boolean } = {}): Promise<Stack> {
  mkdirSync(ARTIFACTS, { recursive: true })
  const chain = await startChain()
  const demo = await startDemoServer({ rpcUrl: chain.rpcUrl })
  const browser = await launchWithExtension({ headless: true, webgpu: options.webgpu })
  await waitForGuardRegistration(browser)
  return {
    chain,
    demo,
    browser,
    stop: async () => {
      await browser.close()
      await demo.close()
      await chain.stop()
    }
  }
}

export const artifact = (name: string) => path.join(ARTIFACTS, name)
