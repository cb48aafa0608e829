/**
 * The options page's "Chains & RPC" section with the built extension in Chromium: every known chain listed with
 * the provider of its default endpoint and the privacy note; a devnet override tested (chain id and latest block
 * from the real Anvil node) and saved; an endpoint for the wrong chain flagged and not saved until the user
 * confirms; a custom chain (a second Anvil with its own chain id) added and removed.
 */
import { type ChildProcess, spawn } from "node:child_process"

import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { launchWithExtension, type ExtensionBrowser } from "../../scripts/lib/browser"
import { anvilBinary, freePort, rpc, startChain, type Chain } from "../../scripts/lib/chain"
import { KNOWN_CHAINS } from "../../src/chains/knownChains"
import { artifact } from "./support/stack"

let chain: Chain
let browser: ExtensionBrowser
let other: { rpcUrl: string; child: ChildProcess }
const OTHER_ID = 7777

/** A second, independent Anvil answering for chain 7777. */
async function startOtherChain(): Promise<{ rpcUrl: string; child: ChildProcess }> {
  const port = await freePort()
  const child = spawn(anvilBinary(), ["--host", "127.0.0.1", "--port", String(port), "--chain-id", String(OTHER_ID), "--quiet"], { stdio: "ignore" })
  const rpcUrl = `http://127.0.0.1:${port}`
  for (let i = 0; ; i++) {
    try {
      await rpc(rpcUrl, "eth_chainId")
      return { rpcUrl, child }
    } catch (e) {
      if (i > 150) throw e
      await new Promise((r) => setTimeout(r, 200))
    }
  }
}

/** The Shield settings as stored (only what differs from the defaults). */
async function storedRpcUrls(): Promise<Record<string, string>> {
  const sw = await browser.serviceWorker()
  return sw.evaluate(async () => {
    const raw = (await chrome.storage.local.get("shield.settings"))["shield.settings"]
    return (typeof raw === "string" ? JSON.parse(raw) : (raw ?? {})).rpcUrls ?? {}
  })
}

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage()
  await page.setViewportSize({ width: 900, height: 1400 })
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`)
  await page.getByTestId("chain-row-31337").waitFor()
  return page
}

async function result(page: Page, id: string) {
  const line = page.getByTestId(`chain-result-${id}`)
  await page.waitForFunction((tid) => {
    const el = document.querySelector(`[data-testid="${tid}"]`)
    return !!el && el.getAttribute("data-status") !== null
  }, `chain-result-${id}`)
  return {
    status: await line.getAttribute("data-status"),
    chainId: await line.getAttribute("data-chain-id"),
    block: await line.getAttribute("data-block"),
    text: await line.textContent()
  }
}

beforeAll(async () => {
  chain = await startChain()
  other = await startOtherChain()
  browser = await launchWithExtension({ headless: true })
})
afterAll(async () => {
  await browser?.close()
  await chain?.stop()
  other?.child.kill("SIGTERM")
})

describe("options page: Chains & RPC", () => {
  it("lists every known chain with its default provider and the privacy note", async () => {
    const page = await openOptions()
    for (const c of KNOWN_CHAINS) {
      expect(await page.getByTestId(`chain-url-${c.id}`).inputValue()).toBe(c.defaultRpcUrl)
      expect(await page.getByTestId(`chain-provider-${c.id}`).textContent()).toContain(c.rpcProvider)
    }
    const note = await page.getByTestId("chains-privacy").textContent()
    expect(note).toMatch(/still pending/)
    expect(note).toMatch(/your own node/)
    expect(await storedRpcUrls()).toEqual({})
    await page.close()
  })

  it("devnet override: test shows the node's chain id and latest block, then it is saved", async () => {
    // A block or two, so the latest block is not 0.
    await rpc(chain.rpcUrl, "anvil_mine", ["0x3"])
    const page = await openOptions()
    await page.getByTestId("chain-url-31337").fill(chain.rpcUrl)
    await page.getByTestId("chain-test-31337").click()
    const tested = await result(page, "31337")
    const latest = Number.parseInt(await rpc<string>(chain.rpcUrl, "eth_blockNumber"), 16)
    expect(tested).toMatchObject({ status: "ok", chainId: "31337", block: String(latest) })
    expect(tested.text).toMatch(/^Chain 31337, latest block 3/)
    expect(await storedRpcUrls()).toEqual({})
    await page.getByTestId("chain-save-31337").click()
    await page.getByText("Saved.").waitFor()
    expect(await storedRpcUrls()).toEqual({ "31337": chain.rpcUrl })
    await page.reload()
    await page.getByTestId("chain-reset-31337").waitFor()
    expect(await page.getByTestId("chain-url-31337").inputValue()).toBe(chain.rpcUrl)
    await page.screenshot({ path: artifact("chains-rpc-1-devnet.png"), fullPage: true })
    await page.close()
  })

  it("an endpoint answering for another chain is flagged, and saved only after the user confirms", async () => {
    const page = await openOptions()
    await page.getByTestId("chain-url-10").fill(chain.rpcUrl)
    await page.getByTestId("chain-test-10").click()
    const tested = await result(page, "10")
    expect(tested.status).toBe("mismatch")
    expect(tested.text).toMatch(/for chain 31337, not chain 10/)
    await page.getByTestId("chain-save-10").click()
    await page.getByTestId("chain-result-10-confirm").waitFor()
    expect((await result(page, "10")).text).toMatch(/not chain 10.*Not saved/)
    expect((await storedRpcUrls())["10"]).toBeUndefined()
    await page.screenshot({ path: artifact("chains-rpc-2-mismatch.png"), fullPage: true })
    await page.getByTestId("chain-result-10-confirm").click()
    await page.getByTestId("chain-reset-10").waitFor()
    expect((await storedRpcUrls())["10"]).toBe(chain.rpcUrl)
    // Back to the default: nothing stored for chain 10 any more.
    await page.getByTestId("chain-reset-10").click()
    await page.getByTestId("chain-reset-10").waitFor({ state: "detached" })
    expect((await storedRpcUrls())["10"]).toBeUndefined()
    expect(await page.getByTestId("chain-url-10").inputValue()).toBe(KNOWN_CHAINS.find((c) => c.id === 10)!.defaultRpcUrl)
    await page.close()
  })

  it("adds a custom chain (a second node), tests it, and removes it", async () => {
    const page = await openOptions()
    await page.getByTestId("custom-chain-id").fill(String(OTHER_ID))
    await page.getByTestId("custom-chain-name").fill("Second devnet")
    await page.getByTestId("custom-chain-symbol").fill("TST")
    await page.getByTestId("custom-chain-url").fill(other.rpcUrl)
    await page.getByTestId("custom-chain-add").click()
    await page.getByTestId(`chain-row-${OTHER_ID}`).waitFor()
    expect(await page.getByTestId(`chain-row-${OTHER_ID}`).textContent()).toMatch(/Second devnet.*chain 7777 · TST/)
    expect((await storedRpcUrls())[String(OTHER_ID)]).toBe(other.rpcUrl)
    await page.getByTestId(`chain-test-${OTHER_ID}`).click()
    expect(await result(page, String(OTHER_ID))).toMatchObject({ status: "ok", chainId: String(OTHER_ID) })
    // A custom chain whose endpoint answers for another chain waits for the user's confirmation too.
    await page.getByTestId("custom-chain-id").fill("7778")
    await page.getByTestId("custom-chain-name").fill("Wrong")
    await page.getByTestId("custom-chain-symbol").fill("W")
    await page.getByTestId("custom-chain-url").fill(other.rpcUrl)
    await page.getByTestId("custom-chain-add").click()
    await page.getByTestId("custom-chain-result-confirm").waitFor()
    expect(await page.getByTestId("custom-chain-result").textContent()).toMatch(/for chain 7777, not chain 7778/)
    expect((await storedRpcUrls())["7778"]).toBeUndefined()
    await page.screenshot({ path: artifact("chains-rpc-3-custom.png"), fullPage: true })
    await page.getByTestId(`chain-reset-${OTHER_ID}`).click()
    await page.getByTestId(`chain-row-${OTHER_ID}`).waitFor({ state: "detached" })
    expect((await storedRpcUrls())[String(OTHER_ID)]).toBeUndefined()
    await page.close()
  })
})
