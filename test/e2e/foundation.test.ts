import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { rpc } from "../../scripts/lib/chain"
import { pressContinue, waitForVerdict } from "./support/overlay"
import { artifact, startStack, type Stack } from "./support/stack"

let stack: Stack

beforeAll(async () => {
  stack = await startStack()
})
afterAll(async () => {
  await stack?.stop()
})

describe("foundation: the built extension in Chromium", () => {
  it("runs the service worker; the MAIN-world guard is declared in the manifest for all frames at document_start, and nothing registers it again", async () => {
    const sw = await stack.browser.serviceWorker()
    expect(sw.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/static\/background\/index\.js$/)
    type Entry = { world?: string; all_frames?: boolean; run_at?: string; matches?: string[] }
    const declared = await sw.evaluate(() => (chrome.runtime.getManifest().content_scripts ?? []) as unknown[])
    const guards = (declared as Entry[]).filter((s) => s.world === "MAIN")
    expect(guards, JSON.stringify(declared)).toHaveLength(1)
    expect(guards[0]).toMatchObject({ all_frames: true, run_at: "document_start" })
    expect(guards[0]!.matches).toContain("<all_urls>")
    const registered = await sw.evaluate(() => chrome.scripting.getRegisteredContentScripts())
    expect(registered.filter((s) => s.world === "MAIN")).toEqual([])
  })

  it("renders the popup, which reaches the service worker", async () => {
    const page = await stack.browser.context.newPage()
    await page.setViewportSize({ width: 380, height: 520 })
    await page.goto(`chrome-extension://${stack.browser.extensionId}/popup.html`)
    await expect.poll(() => page.getByTestId("sw-status").textContent(), { timeout: 10_000 }).toMatch(/^Shield on · v\d/)
    await expect(page.getByTestId("tab-shield").isVisible()).resolves.toBe(true)
    await page.screenshot({ path: artifact("foundation-popup.png") })
    await page.close()
  })

  it("has the guard in place before any page script, in the top frame and in iframes", async () => {
    const page = await stack.browser.context.newPage()
    await page.goto(stack.demo.url)
    expect(await page.evaluate(() => (window as any).__guardAtFirstScript)).toBe(true)
    const marker = await page.evaluate(() => {
      const m = (window as any)[Symbol.for("mamori.guard")]
      return { installedAt: m.installedAt, relayConnected: m.relayConnected, providers: m.providers }
    })
    expect(marker.relayConnected).toBe(true)
    expect(marker.providers).toBeGreaterThanOrEqual(1)

    // A same-origin iframe and an about:blank iframe written by the page both get the guard.
    const frames = await page.evaluate(async () => {
      const same = document.createElement("iframe")
      same.src = "/index.html?frame=1"
      document.body.append(same)
      await new Promise((r) => same.addEventListener("load", r, { once: true }))
      const blank = document.createElement("iframe")
      document.body.append(blank)
      const key = Symbol.for("mamori.guard")
      return {
        sameOriginAtFirstScript: (same.contentWindow as any).__guardAtFirstScript,
        aboutBlank: Boolean((blank.contentWindow as any)[key])
      }
    })
    expect(frames.sameOriginAtFirstScript).toBe(true)
    expect(frames.aboutBlank).toBe(true)
    await page.screenshot({ path: artifact("foundation-demo.png") })
    await page.close()
  })

  it("mines a transaction the demo page sends through the dev wallet", async () => {
    const page = await stack.browser.context.newPage()
    await page.goto(stack.demo.url)
    const recipient = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
    const before = BigInt(await rpc<string>(stack.chain.rpcUrl, "eth_getBalance", [recipient, "latest"]))
    await page.evaluate(() => (window as any).demo.connect())
    const pending = page.evaluate(() => (window as any).demo.sendTransfer())
    // The Shield holds the transaction for the user's review; a plain transfer is safe, and Continue sends it.
    expect(await waitForVerdict(page)).toBe("safe")
    await pressContinue(page)
    const result = await pending
    expect(result.status).toBe("0x1")
    const receipt = await rpc<{ status: string; blockNumber: string }>(stack.chain.rpcUrl, "eth_getTransactionReceipt", [result.hash])
    expect(receipt.status).toBe("0x1")
    const after = BigInt(await rpc<string>(stack.chain.rpcUrl, "eth_getBalance", [recipient, "latest"]))
    expect(after - before).toBe(10n ** 16n)
    await page.close()
  })
})
