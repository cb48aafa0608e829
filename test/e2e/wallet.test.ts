/**
 * Mamori's own wallet end to end: real Chromium with the built extension, the Anvil devnet, and a real
 * third-party dapp (@metamask/test-dapp, its published static build served over loopback) that finds Mamori
 * through EIP-6963. Every answer is a real click in Mamori's review window.
 */
import { spawn } from "node:child_process"
import path from "node:path"

import { encodeFunctionData, erc20Abi, maxUint256, recoverMessageAddress } from "viem"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { ANVIL_BIN, freePort, ROOT, rpc } from "../../scripts/lib/chain"
import { serveDirectory, type DirectoryServer } from "../fixtures-llm/serveDirectory"
import { clickContinue, clickReject, reviewText, waitForReview } from "./support/reviewWindow"
import { artifact, startStack, type Stack } from "./support/stack"
import { createWalletInPopup, findMamori, mamoriRequest, PASSWORD, selectedAccount, useDevnet, walletPopup } from "./support/wallet"

let stack: Stack
let dapp: DirectoryServer
let popup: Page
let account: string
const PLAIN_WALLET = "0x9bc5baF874d2DA8D216aE9f137804184EE5AfEF4"
// Anvil's dev account #5: imported by private key in the import test.
const IMPORTED_KEY = "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba"
const IMPORTED_ADDRESS = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc"

beforeAll(async () => {
  stack = await startStack()
  dapp = await serveDirectory(path.join(ROOT, "node_modules", "@metamask", "test-dapp", "dist"))
  popup = await walletPopup(stack.browser)
})
afterAll(async () => {
  await dapp?.close()
  await stack?.stop()
})

const nonceOf = (a: string) => rpc<string>(stack.chain.rpcUrl, "eth_getTransactionCount", [a, "latest"]).then(Number)

async function openDapp(): Promise<Page> {
  const page = await stack.browser.context.newPage()
  // 17 MB of dapp JavaScript: slow to load on a busy 2-core machine.
  await page.goto(`${dapp.origin}/index.html`, { timeout: 120_000 })
  // The dapp picks the first EIP-6963 provider it hears of: Mamori.
  await page.locator("#activeProviderName", { hasText: "Mamori" }).waitFor({ timeout: 60_000 })
  return page
}

// The guard runs in every page too: it leaves Mamori's own provider (made in its own bundle, known by identity) to
// the wallet's enforced review, so each request here is answered once. Step 11 checks that a page's provider that
// merely calls itself Mamori is still guarded.
describe("Mamori Wallet", () => {
  it("1. create a wallet in the popup: the recovery phrase is shown once and checked", async () => {
    await createWalletInPopup(popup)
    await useDevnet(popup)
    account = await selectedAccount(popup)
    expect(account).toMatch(/^0x[0-9a-fA-F]{40}$/)
    await rpc(stack.chain.rpcUrl, "anvil_setBalance", [account, "0x56bc75e2d63100000"]) // 100 ETH
    await popup.screenshot({ path: artifact("wallet-1-created.png") })
  })

  it("2. the test dapp connects through EIP-6963, after a click in Mamori's window", async () => {
    const page = await openDapp()
    await page.locator("#connectButton").click()
    const { verdict } = await waitForReview(page)
    expect(verdict).toBe("safe")
    expect(await reviewText(page)).toContain(dapp.origin)
    await clickContinue(page)
    await page.locator("#accounts", { hasText: account.toLowerCase() }).waitFor({ timeout: 15_000 })
    await page.locator("#chainId", { hasText: "0x7a69" }).waitFor()
    await page.close()
  })

  it("3. personal_sign and signTypedData_v4 are answered in the window; the signatures verify", async () => {
    const page = await openDapp()
    await page.locator("#accounts", { hasText: account.toLowerCase() }).waitFor({ timeout: 15_000 })
    await page.locator("#personalSign").click()
    await waitForReview(page)
    await clickContinue(page)
    const signature = await page.locator("#personalSignResult").filter({ hasText: /^0x/ }).textContent({ timeout: 15_000 })
    expect(await recoverMessageAddress({ message: "Example `personal_sign` message", signature: signature as `0x${string}` })).toBe(account)

    await page.locator("#signTypedDataV4").click()
    await waitForReview(page)
    await clickContinue(page)
    await page.locator("#signTypedDataV4Result").filter({ hasText: /^0x/ }).waitFor({ timeout: 15_000 })
    await page.locator("#signTypedDataV4Verify").click()
    await page.locator("#signTypedDataV4VerifyResult", { hasText: account.toLowerCase() }).waitFor({ timeout: 15_000 })
    await page.close()
  })

  it("4. Reject gives the dapp 4001 with a 'User denied' message, and nothing is signed", async () => {
    const page = await openDapp()
    await findMamori(page)
    const asked = mamoriRequest(page, "personal_sign", ["0x68656c6c6f", account])
    await waitForReview(page)
    await clickReject(page)
    const answer = await asked
    expect(answer.error?.code).toBe(4001)
    expect(answer.error?.message).toMatch(/user denied/i)
    await page.close()
  })

  it("5. a transfer from the dapp is filled, reviewed, signed and mined; edited fees are the ones signed", async () => {
    const page = await openDapp()
    await page.locator("#accounts", { hasText: account.toLowerCase() }).waitFor({ timeout: 15_000 })
    const before = await nonceOf(account)
    await page.locator("#sendButton").click()
    const { verdict } = await waitForReview(page)
    expect(["safe", "warning"]).toContain(verdict)
    await clickContinue(page)
    await expect.poll(() => nonceOf(account), { timeout: 15_000 }).toBe(before + 1)

    // Fees are filled from the node and editable in the window; the signed transaction carries the edited ones.
    await findMamori(page)
    const sent = mamoriRequest(page, "eth_sendTransaction", [{ from: account, to: PLAIN_WALLET, value: "0x1" }])
    const { win } = await waitForReview(page)
    await win.getByTestId("fee-max").fill("40")
    await win.getByTestId("fee-tip").fill("50")
    await win
      .getByTestId("fee-problem")
      .filter({ hasText: /higher than the max fee/ })
      .waitFor()
    expect(await win.getByTestId("continue").isDisabled()).toBe(true)
    await win.getByTestId("fee-tip").fill("3")
    // The raw request shown follows the edit.
    await expect.poll(() => win.evaluate(() => document.querySelector("details pre")?.textContent ?? "")).toContain('"maxPriorityFeePerGas": "0xb2d05e00"')
    await clickContinue(page)
    const hash = (await sent).result
    const mined = await rpc<{ maxFeePerGas: string; maxPriorityFeePerGas: string }>(stack.chain.rpcUrl, "eth_getTransactionByHash", [hash])
    expect(BigInt(mined.maxPriorityFeePerGas)).toBe(3_000_000_000n)
    expect(BigInt(mined.maxFeePerGas)).toBe(40_000_000_000n)
    await page.close()
  })

  it("6. the dapp deploys a token; an approval to a plain wallet is danger, unlimited too; each needs the tick", async () => {
    const page = await openDapp()
    await page.locator("#accounts", { hasText: account.toLowerCase() }).waitFor({ timeout: 15_000 })
    await page.locator("#createToken").click()
    await waitForReview(page)
    await clickContinue(page)
    const token = (await page.locator("#erc20TokenAddresses").filter({ hasText: /^0x/ }).textContent({ timeout: 30_000 }))!.split(",")[0]!.trim()

    await page.locator("#approveTokens").click()
    const approve = await waitForReview(page)
    expect(approve.verdict).toBe("danger")
    // Continue stays disabled until the confirmation is ticked.
    expect(await approve.win.getByTestId("continue").isDisabled()).toBe(true)
    await approve.win.screenshot({ path: artifact("wallet-6-approval-danger.png") })
    await clickContinue(page)
    await expect
      .poll(
        async () =>
          BigInt(
            await rpc<string>(stack.chain.rpcUrl, "eth_call", [
              { to: token, data: encodeFunctionData({ abi: erc20Abi, functionName: "allowance", args: [account as `0x${string}`, PLAIN_WALLET] }) },
              "latest"
            ])
          ),
        { timeout: 15_000 }
      )
      .toBeGreaterThan(0n)

    await findMamori(page)
    const data = encodeFunctionData({ abi: erc20Abi, functionName: "approve", args: [PLAIN_WALLET, maxUint256] })
    const unlimited = mamoriRequest(page, "eth_sendTransaction", [{ from: account, to: token, data }])
    expect((await waitForReview(page)).verdict).toBe("danger")
    expect(await reviewText(page)).toMatch(/unlimited/i)
    await clickReject(page)
    expect((await unlimited).error?.code).toBe(4001)
    await page.close()
  })

  it("7. batches: the dapp's atomic batch gets 5760; a non-atomic one is reviewed, sent call by call, and reported", async () => {
    const page = await openDapp()
    await page.locator("#accounts", { hasText: account.toLowerCase() }).waitFor({ timeout: 15_000 })
    await page.locator("#eip5792SendCallsButton").click()
    await page.locator("#eip5792SendCallsError", { hasText: /atomic/i }).waitFor({ timeout: 15_000 })

    await findMamori(page)
    const calls = [
      { to: "0x0c54FcCd2e384b4BB6f2E405Bf5Cbc15a017AaFb", value: "0x3b9aca00", data: "0x" },
      { to: "0xbc2114a988e9CEf5bA63548D432024f34B487048", value: "0x1dcd6500", data: "0x" }
    ]
    const sent = mamoriRequest(page, "wallet_sendCalls", [{ version: "2.0.0", chainId: "0x7a69", from: account, atomicRequired: false, calls }])
    const batch = await waitForReview(page)
    // The raw request shown is the batch with the transactions it becomes (nonces and gas filled): what is signed.
    const shown = await batch.win.evaluate(() => document.body.textContent ?? "")
    expect(shown).toContain('"transactions"')
    expect(shown).toContain('"nonce"')
    await clickContinue(page)
    const { result } = await sent
    expect(result?.id).toMatch(/^0x[0-9a-f]{64}$/)
    await expect.poll(async () => (await mamoriRequest(page, "wallet_getCallsStatus", [result.id])).result?.status, { timeout: 15_000 }).toBe(200)
    const status = (await mamoriRequest(page, "wallet_getCallsStatus", [result.id])).result
    expect(status.receipts).toHaveLength(2)
    await page.close()
  })

  it("8. switch chain: a chain added by a page is reviewed (warning) and switched to; dapps hear chainChanged", async () => {
    const port = await freePort()
    const second = spawn(ANVIL_BIN, ["--port", String(port), "--host", "127.0.0.1", "--chain-id", "1337", "--silent"], { stdio: "ignore" })
    try {
      const url = `http://127.0.0.1:${port}`
      await expect.poll(() => rpc<string>(url, "eth_chainId").catch(() => ""), { timeout: 15_000 }).toBe("0x539")
      const page = await openDapp()
      await findMamori(page)
      expect((await mamoriRequest(page, "wallet_switchEthereumChain", [{ chainId: "0x539" }])).error?.code).toBe(4902)
      const added = mamoriRequest(page, "wallet_addEthereumChain", [
        { chainId: "0x539", chainName: "Second devnet", rpcUrls: [url], nativeCurrency: { name: "Go", symbol: "GO", decimals: 18 } }
      ])
      expect((await waitForReview(page)).verdict).toBe("warning")
      expect(await reviewText(page)).toContain("coin GO")
      await clickContinue(page)
      expect((await added).result).toBeNull()
      expect((await mamoriRequest(page, "eth_chainId")).result).toBe("0x539")
      // Balances are in the chain's own coin, not "ETH".
      await popup.reload()
      await popup.getByTestId("tab-wallet").click()
      await popup.getByTestId("wallet-native").filter({ hasText: / GO$/ }).waitFor({ timeout: 15_000 })
      await expect.poll(() => page.evaluate(() => (window as any).__events.filter((e: any[]) => e[0] === "chainChanged").map((e: any[]) => e[1]))).toEqual(["0x539"])
      await page.locator("#chainId", { hasText: "0x539" }).waitFor({ timeout: 10_000 })
      expect((await mamoriRequest(page, "wallet_switchEthereumChain", [{ chainId: "0x7a69" }])).result).toBeNull()
      await expect.poll(() => page.evaluate(() => (window as any).__events.filter((e: any[]) => e[0] === "chainChanged").length)).toBe(2)
      await page.close()
    } finally {
      second.kill()
    }
  })

  it("9. import a key and switch account; revoke the dapp in the popup: it sees no account any more", async () => {
    await popup.reload()
    await popup.getByTestId("tab-wallet").click()
    await popup.locator("summary").click()
    await popup.getByTestId("wallet-import-key").fill(IMPORTED_KEY)
    await popup.getByTestId("wallet-password").fill(PASSWORD)
    await popup.getByTestId("wallet-import-key-button").click()
    await expect.poll(() => selectedAccount(popup), { timeout: 30_000 }).toBe(IMPORTED_ADDRESS)
    await popup.getByTestId(`wallet-account-${account}`).click()
    await expect.poll(() => selectedAccount(popup)).toBe(account)

    const page = await openDapp()
    await findMamori(page)
    expect((await mamoriRequest(page, "eth_accounts")).result).toEqual([account.toLowerCase()])
    expect((await mamoriRequest(page, "wallet_getPermissions")).result[0].parentCapability).toBe("eth_accounts")
    await popup.reload()
    await popup.getByTestId("tab-wallet").click()
    await popup.locator(`[data-origin="${dapp.origin}"] [data-testid=wallet-revoke]`).click()
    await expect.poll(() => mamoriRequest(page, "eth_accounts").then((r) => r.result)).toEqual([])
    await expect.poll(() => page.evaluate(() => (window as any).__events.filter((e: any[]) => e[0] === "accountsChanged").map((e: any[]) => e[1]))).toEqual([[]])
    // Unconnected: signing is refused at once (4100), without a window.
    expect((await mamoriRequest(page, "personal_sign", ["0x68656c6c6f", account])).error?.code).toBe(4100)
    await page.close()
  })

  it("10. a hostile page gets no signature without a click: forged answers, replays and eth_sign all fail", async () => {
    const page = await openDapp()
    await findMamori(page)
    // Connect (a real click), then attack.
    const connect = mamoriRequest(page, "eth_requestAccounts")
    await waitForReview(page)
    await clickContinue(page)
    expect((await connect).result).toEqual([account.toLowerCase()])
    expect((await mamoriRequest(page, "eth_sign", [account, "0x" + "11".repeat(32)])).error?.code).toBe(4200)

    const before = await nonceOf(account)
    const attack = page.evaluate(async (from) => {
      const w = window as any
      const p = w.__mamori.request({ method: "personal_sign", params: ["0x6869", from] }).then(
        (r: unknown) => ({ result: r }),
        (e: any) => ({ error: e?.code })
      )
      // Forged "decisions": events on every channel name a page could guess, fake keyboard input, and a direct
      // message to the extension (pages cannot reach it; a content script's channel is not theirs).
      for (const name of ["mamori-wallet:response", "mamori-wallet:state", "mamori-shield-decision"])
        window.dispatchEvent(new CustomEvent(name, { detail: JSON.stringify({ id: "x", result: "0xforged", allow: true }) }))
      document.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }))
      const chromeApi = (window as any).chrome
      let direct = "no chrome.runtime in the page"
      try {
        chromeApi?.runtime?.sendMessage?.("x", { name: "wallet-rpc", body: { method: "personal_sign" } })
        direct = "sent"
      } catch (e) {
        direct = String(e)
      }
      // The same transaction twice: the second is a replay and gets its own review.
      const tx = { from, to: "0x0c54FcCd2e384b4BB6f2E405Bf5Cbc15a017AaFb", value: "0x1" }
      const a = w.__mamori.request({ method: "eth_sendTransaction", params: [tx] }).catch((e: any) => ({ error: e?.code }))
      const b = w.__mamori.request({ method: "eth_sendTransaction", params: [tx] }).catch((e: any) => ({ error: e?.code }))
      await new Promise((r) => setTimeout(r, 3000))
      return { direct, settled: await Promise.race([p.then(() => "settled"), new Promise((r) => setTimeout(() => r("waiting"), 10))]), rest: [a, b].length }
    }, account)
    const outcome = await attack
    expect(outcome.settled).toBe("waiting")
    // Three requests wait in the window; nothing was signed or sent.
    const { win } = await waitForReview(page)
    await expect.poll(() => win.getByTestId("queue").textContent()).toMatch(/of 3/)
    expect(await nonceOf(account)).toBe(before)
    await win.screenshot({ path: artifact("wallet-10-hostile-queued.png") })
    // Closing the window rejects them all: 4001 each, still nothing signed.
    await win.close()
    await expect.poll(() => nonceOf(account)).toBe(before)
    await page.close()
  })
  it("11. a page's own provider announced as \"Mamori\" is still guarded: its signing request waits for the Shield's review", async () => {
    const page = await openDapp()
    const asked = page.evaluate(async () => {
      const w = window as any
      w.__fakeCalls = []
      // Same name, rdns and flags as Mamori's, read-only methods like Mamori's: only the object differs.
      const fake = {
        isMamori: true,
        isMetaMask: true,
        request: async (args: { method: string }) => {
          w.__fakeCalls.push(args.method)
          return args.method === "eth_chainId" ? "0x7a69" : "0xsigned-by-the-fake"
        },
        on: () => fake,
        removeListener: () => fake
      }
      for (const k of Object.keys(fake)) Object.defineProperty(fake, k, { writable: false, configurable: false })
      const heard = await new Promise<any>((resolve) => {
        const listener = (e: any) => {
          if (e.detail?.info?.uuid !== "fake-mamori") return
          window.removeEventListener("eip6963:announceProvider", listener)
          resolve(e.detail.provider)
        }
        window.addEventListener("eip6963:announceProvider", listener)
        const info = { uuid: "fake-mamori", name: "Mamori", icon: "data:,", rdns: "app.mamori" }
        window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail: Object.freeze({ info, provider: fake }) }))
      })
      return heard.request({ method: "personal_sign", params: ["0x6869", "0x0000000000000000000000000000000000000001"] }).then(
        (result: unknown) => ({ result, heardIsFake: heard === fake }),
        (e: any) => ({ error: { code: e?.code, message: String(e?.message) }, heardIsFake: heard === fake })
      )
    })
    // The Shield's review (the guard's), not the wallet's: the fake never reaches Mamori's wallet.
    const { win } = await waitForReview(page)
    expect(await win.evaluate(() => document.body.textContent ?? "")).toContain("personal_sign")
    await clickReject(page)
    const answer = await asked
    expect(answer.heardIsFake).toBe(false)
    expect(answer.error?.code).toBe(4001)
    expect(await page.evaluate(() => (window as any).__fakeCalls)).not.toContain("personal_sign")
    await page.close()
  })
  it("12. a page that navigates away or closes while its request waits: the request is rejected and the window closed", async () => {
    for (const leave of ["navigate", "close"] as const) {
      const page = await openDapp()
      await findMamori(page)
      void mamoriRequest(page, "personal_sign", ["0x6869", account]).catch(() => undefined)
      const { win } = await waitForReview(page)
      if (leave === "navigate") await page.goto("about:blank")
      else await page.close()
      await expect.poll(() => win.isClosed(), { timeout: 15_000 }).toBe(true)
      if (!page.isClosed()) await page.close()
    }
  })
})
