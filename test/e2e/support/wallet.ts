/**
 * Driving Mamori's wallet as a user would: the popup's Wallet tab (an extension page) for accounts, and pages
 * that find Mamori through EIP-6963 like any dapp does.
 */
import type { Page } from "playwright-core"

import type { ExtensionBrowser } from "../../../scripts/lib/browser"

export const PASSWORD = "correct horse battery"

/** Opens the popup on its Wallet tab. */
export async function walletPopup(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage()
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`)
  await page.getByTestId("tab-wallet").click()
  return page
}

/** Creates a wallet in the popup: reads the recovery phrase shown once, types back the asked words. Returns the phrase. */
export async function createWalletInPopup(popup: Page): Promise<string> {
  await popup.getByTestId("wallet-begin-create").click()
  const words = (await popup.getByTestId("wallet-mnemonic").locator("li").allInnerTexts()).map((w) => w.trim())
  for (const input of await popup.locator("[data-testid^=wallet-check-]").all()) {
    const n = Number((await input.getAttribute("data-testid"))!.slice("wallet-check-".length))
    await input.fill(words[n - 1]!)
  }
  await popup.getByTestId("wallet-password").fill(PASSWORD)
  await popup.getByTestId("wallet-finish-create").click()
  await popup.locator("[data-testid=wallet][data-state=unlocked]").waitFor({ timeout: 30_000 })
  return words.join(" ")
}

/**
 * Points the wallet at the local devnet (chain 31337) from the popup's chain picker, as a user would: with a
 * default RPC for every known chain, a new wallet starts on Ethereum.
 */
export async function useDevnet(popup: Page): Promise<void> {
  await popup.getByTestId("wallet-chain").selectOption("31337")
  await popup.waitForFunction(() => (document.querySelector("[data-testid=wallet-chain]") as HTMLSelectElement | null)?.value === "31337")
}

/** The selected account's address as the popup shows it. */
export async function selectedAccount(popup: Page): Promise<string> {
  return (await popup.getByTestId("wallet-selected").textContent())!.trim()
}

/**
 * Finds Mamori's provider the EIP-6963 way in a page and keeps it on `window.__mamori` (test code runs in
 * the page's MAIN world, like a dapp). Also records its events in `window.__events`.
 */
export async function findMamori(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const w = window as any
    if (w.__mamori) return
    w.__events = []
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("Mamori did not announce itself")), 5_000)
      window.addEventListener("eip6963:announceProvider", (e: any) => {
        if (e.detail?.info?.rdns !== "app.mamori" || w.__mamori) return
        w.__mamori = e.detail.provider
        w.__info = e.detail.info
        for (const name of ["accountsChanged", "chainChanged", "connect"]) w.__mamori.on(name, (x: unknown) => w.__events.push([name, x]))
        clearTimeout(timer)
        resolve()
      })
      window.dispatchEvent(new Event("eip6963:requestProvider"))
    })
  })
}

/** Sends one request through the page's Mamori provider; resolves with `{ result }` or `{ error: { code, message } }`. */
export function mamoriRequest(page: Page, method: string, params?: unknown): Promise<{ result?: any; error?: { code: number; message: string } }> {
  return page.evaluate(
    ([m, p]) =>
      (window as any).__mamori.request({ method: m, params: p }).then(
        (result: unknown) => ({ result }),
        (e: any) => ({ error: { code: e?.code, message: String(e?.message) } })
      ),
    [method, params] as const
  )
}
