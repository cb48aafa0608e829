/** The full local stack for an end-to-end test: devnet, demo dapp, Chromium with the built extension. */
import { mkdirSync } from "node:fs"
import path from "node:path"

import { launchWithExtension, waitForGuardRegistration, type ExtensionBrowser } from "../../../scripts/lib/browser"
import { ROOT, startChain, type Chain } from "../../../scripts/lib/chain"
import { startDemoServer, type DemoServer } from "../../../scripts/lib/demoServer"

export const ARTIFACTS = path.join(ROOT, "test-results")

export type Stack = { chain: Chain; demo: DemoServer; browser: ExtensionBrowser; stop: () => Promise<void> }

/** The emulated extension wallet (class-based provider, EIP-6963, batch sendAsync) used by the hostile-page tests. */
export const EMULATED_WALLET_DIR = path.join(ROOT, "test", "e2e", "support", "emulated-wallet")

/** `extensionDir`: a copy of the build to load instead of build/chrome-mv3-prod; `headless: false` shows the browser. */
export async function startStack(options: { webgpu?: boolean; emulatedWallet?: boolean; extensionDir?: string; headless?: boolean } = {}): Promise<Stack> {
  mkdirSync(ARTIFACTS, { recursive: true })
  const chain = await startChain()
  const demo = await startDemoServer({ rpcUrl: chain.rpcUrl })
  const browser = await launchWithExtension({
    headless: options.headless ?? true,
    webgpu: options.webgpu,
    extensionDir: options.extensionDir,
    extraExtensions: options.emulatedWallet ? [EMULATED_WALLET_DIR] : []
  })
  await waitForGuardRegistration(browser)
  await setShieldRpc(browser, chain.rpcUrl)
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

/** Points the Shield's chain facts for the devnet (chain 31337) at this stack's node, as a user would in settings. */
export async function setShieldRpc(browser: ExtensionBrowser, rpcUrl: string): Promise<void> {
  const sw = await browser.serviceWorker()
  await sw.evaluate(async (url) => {
    const key = "shield.settings"
    const stored = (await chrome.storage.local.get(key))[key]
    const settings = typeof stored === "string" ? JSON.parse(stored) : { rpcUrls: {}, sites: {} }
    settings.rpcUrls = { ...settings.rpcUrls, "31337": url }
    await chrome.storage.local.set({ [key]: JSON.stringify(settings) })
  }, rpcUrl)
}
