/**
 * Red team round 4 against the built extension, with the in-page fake wallet (test/e2e/support/fakeWalletPages.ts):
 * N2 (the wallet's chain changes under an open review), the methods that used to reach a third-party wallet
 * unreviewed (an already-signed transaction, adding a chain, watching a token, switching chains), and what a page
 * can read to recognise Mamori before it attacks (O1). Each test fails on the build before these fixes.
 */
import type { Page } from "playwright-core"
import { privateKeyToAccount } from "viem/accounts"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { clickContinue, clickReject, reviewText, waitForReview, walletInbox } from "./support/reviewWindow"
import { startFakeWalletServer, type FakeWalletServer } from "./support/fakeWalletPages"
import { startStack, type Stack } from "./support/stack"

let stack: Stack
let fake: FakeWalletServer
// Anvil's first development key (public knowledge): signs the raw transaction the page hands the wallet.
const DEV_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
const SPENDER = "0x2222222222222222222222222222222222222222"

beforeAll(async () => {
  stack = await startStack()
  fake = await startFakeWalletServer()
})
afterAll(async () => {
  await fake?.close()
  await stack?.stop()
})

type Inbox = { received: { method: string; params?: unknown; href: string; chainId?: string }[] }
async function fakePage(): Promise<{ page: Page; inbox: Inbox }> {
  const page = await stack.browser.context.newPage()
  const inbox = walletInbox(page) as unknown as Inbox
  await page.goto(fake.url("assign"))
  return { page, inbox }
}
const ask = (page: Page, method: string, params: unknown) =>
  page.evaluate(
    ({ method, params }) =>
      (window as any).ethereum.request({ method, params }).then(
        (r: unknown) => ({ ok: true, r }),
        (e: { code?: number; message?: string }) => ({ ok: false, code: e?.code, message: String(e?.message) })
      ),
    { method, params }
  )

describe("N2: a review is bound to the wallet's chain", () => {
  it("a page's chain switch waits behind the open review; a switch in the wallet's own UI makes the approved request fail instead of going out on another chain", async () => {
    const { page, inbox } = await fakePage()
    const tx = { from: "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", to: SPENDER, value: "0x1" }
    // 1. The page switches chains while the transaction review is open.
    const sent = ask(page, "eth_sendTransaction", [tx])
    await waitForReview(page)
    const switched = ask(page, "wallet_switchEthereumChain", [{ chainId: "0x1" }])
    await new Promise((r) => setTimeout(r, 1500))
    expect(
      inbox.received.map((r) => r.method),
      "the switch reached the wallet during the review"
    ).toEqual([])
    await clickContinue(page)
    expect(await sent).toMatchObject({ ok: true })
    await clickContinue(page) // the switch, reviewed after the transaction
    expect(await switched).toMatchObject({ ok: true })
    expect(inbox.received.map((r) => `${r.method}@${r.chainId}`)).toEqual(["eth_sendTransaction@0x7a69", "wallet_switchEthereumChain@0x7a69"])
    // 2. The user switches in the wallet's own UI (the guard cannot see it) while a review is open.
    await page.evaluate(() => (window as any).__walletUiSwitchChain("0x7a69"))
    const second = ask(page, "eth_sendTransaction", [tx])
    await waitForReview(page)
    await page.evaluate(() => (window as any).__walletUiSwitchChain("0x1"))
    await clickContinue(page)
    const out = (await second) as { ok: boolean; code?: number; message?: string }
    expect(out).toMatchObject({ ok: false, code: 4001 })
    expect(out.message).toMatch(/switched to chain 1 while you reviewed this request for chain 31337/)
    expect(inbox.received.filter((r) => r.method === "eth_sendTransaction")).toHaveLength(1)
    await page.close()
  })
})

describe("methods that used to reach the wallet unreviewed", () => {
  it("eth_sendRawTransaction is decoded and reviewed with its chain; wallet_addEthereumChain, wallet_watchAsset are reviewed with warnings", async () => {
    const { page, inbox } = await fakePage()
    const account = privateKeyToAccount(DEV_KEY)
    const raw = await account.signTransaction({
      chainId: 31337,
      to: SPENDER,
      value: 5n * 10n ** 18n,
      nonce: 0,
      gas: 21000n,
      maxFeePerGas: 10n ** 9n,
      maxPriorityFeePerGas: 1n,
      type: "eip1559"
    })
    const rawSent = ask(page, "eth_sendRawTransaction", [raw])
    await waitForReview(page)
    const rawText = await reviewText(page)
    expect(rawText).toMatch(/Already signed/)
    expect(rawText).toMatch(/chain id 31337/)
    await clickReject(page)
    expect(await rawSent).toMatchObject({ ok: false, code: 4001 })

    const added = ask(page, "wallet_addEthereumChain", [
      { chainId: "0x1", chainName: "Ethereum", rpcUrls: ["https://rpc.attacker.example"], nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 } }
    ])
    const add = await waitForReview(page)
    expect(add.verdict).toBe("danger")
    expect(await reviewText(page)).toMatch(/rpc\.attacker\.example/)
    await clickReject(page)
    expect(await added).toMatchObject({ ok: false, code: 4001 })

    const watched = ask(page, "wallet_watchAsset", { type: "ERC20", options: { address: "0x1234567890123456789012345678901234567890", symbol: "USDC", decimals: 6 } })
    const watch = await waitForReview(page)
    expect(watch.verdict).toBe("danger")
    expect(await reviewText(page)).toMatch(/fake "USDC"/i)
    await clickReject(page)
    expect(await watched).toMatchObject({ ok: false, code: 4001 })
    expect(inbox.received.map((r) => r.method)).toEqual([])
    await page.close()
  })
})

describe("O1: what a page can read before it attacks", () => {
  it("the guard's functions read like the wallet's and the browser's own; no notice element and no Mamori text before a review", async () => {
    const { page } = await fakePage()
    const seen = await page.evaluate(async () => {
      const eth = (window as any).ethereum
      const proto = Object.getPrototypeOf(eth)
      const noticeBefore = document.querySelectorAll("mamori-shield").length
      const err = await eth.request({ method: { toString: () => "personal_sign" }, params: [] }).catch((e: Error & { code: number; data?: unknown }) => e)
      return {
        request: String(eth.request),
        protoRequest: Function.prototype.toString.call(proto.request),
        defineProperty: String(Object.defineProperty),
        reflectDefine: String(Reflect.defineProperty),
        toStringItself: String(Function.prototype.toString),
        noticeBefore,
        errCode: err.code,
        errText: `${err.message} ${JSON.stringify(err.data ?? null)}`
      }
    })
    expect(seen.request).toMatch(/^function request\(args\) \{/)
    expect(seen.request).not.toMatch(/methodKind|copyRequest|mamori/i)
    expect(seen.protoRequest).toBe(seen.request)
    expect(seen.defineProperty).toBe("function defineProperty() { [native code] }")
    expect(seen.reflectDefine).toBe("function defineProperty() { [native code] }")
    expect(seen.toStringItself).toBe("function toString() { [native code] }")
    expect(seen.noticeBefore).toBe(0)
    expect(seen.errCode).toBe(4200)
    expect(seen.errText).not.toMatch(/mamori/i)
    await page.close()
  })
})

describe("red team round 5, D1: a double click cannot approve the next request", () => {
  it("a harmless request, then a transaction queued behind it: a double click on Continue approves only the first; the transaction still waits", async () => {
    const { page, inbox } = await fakePage()
    const signed = ask(page, "personal_sign", ["0x68656c6c6f", "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"])
    const { win } = await waitForReview(page)
    const drain = { from: "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", to: "0x6666666666666666666666666666666666666666", value: "0x3635c9adc5dea00000" }
    const sent = ask(page, "eth_sendTransaction", [drain])
    await win.getByTestId("queue").filter({ hasText: "1 of 2" }).waitFor({ timeout: 15_000 })
    const proceed = win.getByTestId("continue")
    await proceed.waitFor()
    await win.waitForFunction(() => !(document.querySelector("[data-testid=continue]") as HTMLButtonElement).disabled)
    const box = (await proceed.boundingBox())!
    // Two real clicks 60 ms apart on the same spot, as a user's double click.
    await win.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await new Promise((r) => setTimeout(r, 60))
    await win.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    expect((await signed).ok).toBe(true)
    await new Promise((r) => setTimeout(r, 1500))
    expect(inbox.received.map((r) => r.method)).toEqual(["personal_sign"])
    // The transaction is on screen, waiting for its own decision.
    expect(await win.getByTestId("method").textContent()).toContain("eth_sendTransaction")
    await clickReject(page)
    expect(await sent).toMatchObject({ ok: false, code: 4001 })
    await page.close()
  })
})
