import { getAddress, type Address, type Hex } from "viem"
import { generatePrivateKey } from "viem/accounts"

import type { AccountState, TabWallet } from "../../src/wallet/accountState"
import { WalletError } from "../../src/wallet/errors"

import { exportSecret, importSecret, lockWallet, signerFor, unlockWallet, walletStatus } from "../wallet/vaultStore"
import { getSession, removeSession, setSession } from "./storage"

// (a) The Studio's local account is Mamori Wallet's selected account: one keystore (src/wallet/vault.ts), one
// password limiter, one auto-lock. A first-round Studio keystore becomes the wallet's first account at unlock.

export async function accountState(): Promise<AccountState> {
  const status = await walletStatus()
  if (status.kind === "none") return { kind: "none" }
  return { kind: status.kind, address: status.selected }
}

/** Creates the wallet with one fresh key (or imports `privateKey`), encrypted with the password, and unlocks it. */
export async function createAccount(password: string, privateKey?: Hex): Promise<AccountState> {
  if ((await walletStatus()).kind !== "none") throw new WalletError("A local account already exists.", { code: "wallet/exists" })
  await importSecret(password, { privateKey: privateKey ?? generatePrivateKey() })
  return accountState()
}

export async function unlockAccount(password: string): Promise<AccountState> {
  if ((await walletStatus()).kind === "none") throw new WalletError("There is no local account yet.", { code: "wallet/none" })
  await unlockWallet(password)
  return accountState()
}

export async function lockAccount(): Promise<AccountState> {
  await lockWallet()
  return accountState()
}

/** The selected account's key, only after the password checks out again (export; rate limited). */
export async function exportKey(password: string): Promise<Hex> {
  const status = await walletStatus()
  if (status.kind === "none") throw new WalletError("There is no local account yet.", { code: "wallet/none" })
  return (await exportSecret(password, { address: status.selected })) as Hex
}

/** The selected account's signer, or a WalletError `wallet/locked` the job turns into a "waiting" state. */
export async function unlockedKey(): Promise<{ address: Address; account: Awaited<ReturnType<typeof signerFor>> }> {
  const status = await walletStatus()
  if (status.kind !== "unlocked")
    throw new WalletError("The account is locked (the browser restarted or you locked it). Unlock it to continue the mint.", { code: "wallet/locked" })
  return { address: status.selected, account: await signerFor(status.selected) }
}

// ---- (b) the wallet of the active tab, asked through the page's own provider ----

const TAB_WALLET = "studio.tabWallet"

/** The web page the user is looking at: the active http(s) tab, else the most recently used one. */
async function pageTab(): Promise<chrome.tabs.Tab> {
  const web = (t: chrome.tabs.Tab) => /^https?:/.test(t.url ?? "")
  const active = (await chrome.tabs.query({ active: true })).filter(web)
  if (active[0]) return active[0]
  const all = (await chrome.tabs.query({})).filter(web).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
  if (!all[0]) throw new WalletError("Open the page of your wallet's dapp (any site with a wallet) in a tab first.", { code: "wallet/no-tab" })
  return all[0]
}

type PageResult<T> = { ok: true; value: T } | { ok: false; code?: number; message: string }

/** Runs a provider request in the page's MAIN world (where its wallet lives); errors come back as values. */
async function inPage<T>(tabId: number, method: string, params: unknown[]): Promise<T> {
  const [injection] = await chrome.scripting.executeScript({
    target: { tabId },
    world: "MAIN",
    args: [method, params],
    func: async (m: string, p: unknown[]) => {
      const eth = (window as unknown as { ethereum?: { request(a: { method: string; params?: unknown[] }): Promise<unknown> } }).ethereum
      if (!eth) return { ok: false, message: "This page has no wallet (window.ethereum)." }
      try {
        return { ok: true, value: await eth.request({ method: m, params: p }) }
      } catch (e) {
        const err = e as { code?: number; message?: string }
        return { ok: false, code: err?.code, message: String(err?.message ?? e) }
      }
    }
  })
  const r = injection?.result as PageResult<T> | undefined
  if (!r) throw new WalletError("The page did not answer (it may have been closed or reloaded).", { code: "wallet/tab-gone" })
  if (!r.ok)
    throw new WalletError(r.code === 4001 ? "You rejected the request in your wallet." : `The page's wallet refused: ${r.message}`, {
      code: r.code === 4001 ? "wallet/rejected" : "wallet/tab-error"
    })
  return r.value
}

/** Asks the page's wallet for its account (eth_requestAccounts) and uses it for minting in this session. */
export async function connectTabWallet(): Promise<TabWallet> {
  const tab = await pageTab()
  const [address] = await inPage<Address[]>(tab.id!, "eth_requestAccounts", [])
  if (!address) throw new WalletError("The page's wallet shared no account.", { code: "wallet/no-account" })
  const chainId = Number.parseInt(await inPage<string>(tab.id!, "eth_chainId", []), 16)
  const wallet: TabWallet = { address: getAddress(address), tabId: tab.id!, origin: new URL(tab.url!).origin, chainId }
  await setSession(TAB_WALLET, wallet)
  return wallet
}

export async function disconnectTabWallet(): Promise<void> {
  await removeSession(TAB_WALLET)
}

export async function tabWallet(): Promise<TabWallet | undefined> {
  return getSession<TabWallet>(TAB_WALLET)
}

/** Sends a transaction through the page's wallet after checking it is on the job's chain. */
export async function sendThroughTab(wallet: TabWallet, tx: { from: Address; to: Address; data: Hex; value?: Hex }, chainId: number): Promise<Hex> {
  const current = Number.parseInt(await inPage<string>(wallet.tabId, "eth_chainId", []), 16)
  if (current !== chainId) throw new WalletError(`Your wallet is on chain ${current}; switch it to chain ${chainId} to continue the mint.`, { code: "mint/wrong-chain" })
  return inPage<Hex>(wallet.tabId, "eth_sendTransaction", [tx])
}
