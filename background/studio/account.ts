import { getAddress, type Address, type Hex } from "viem"

import type { AccountState, TabWallet } from "../../src/wallet/accountState"
import { createAttemptLimiter } from "../../src/wallet/attemptLimiter"
import { WalletError } from "../../src/wallet/errors"
import { createLocalAccount, decryptKey, encryptKey, parseKeystore, type Keystore } from "../../src/wallet/keystore"

import { getLocal, getSession, removeSession, setLocal, setSession } from "./storage"

const KEYSTORE = "studio.keystore"
// chrome.storage.session lives in memory for this browser session only: a restart locks the account.
const UNLOCKED = "studio.unlocked"
// One limiter for unlock and export: both check the same password. It lives as long as the service worker.
const passwordAttempts = createAttemptLimiter()

export async function accountState(): Promise<AccountState> {
  const stored = await getLocal<Keystore>(KEYSTORE)
  if (!stored) return { kind: "none" }
  const ks = parseKeystore(stored)
  const unlocked = await getSession<{ address: Address }>(UNLOCKED)
  return unlocked?.address === ks.address ? { kind: "unlocked", address: ks.address } : { kind: "locked", address: ks.address }
}

/** Creates the local account (or imports `privateKey`), encrypted with the password, and unlocks it. */
export async function createAccount(password: string, privateKey?: Hex): Promise<AccountState> {
  if (await getLocal<Keystore>(KEYSTORE)) throw new WalletError("A local account already exists.", { code: "wallet/exists" })
  const { keystore, privateKey: key } = privateKey ? { keystore: await encryptKey(privateKey, password), privateKey } : await createLocalAccount(password)
  await setLocal(KEYSTORE, keystore)
  await setSession(UNLOCKED, { address: keystore.address, privateKey: key })
  return { kind: "unlocked", address: keystore.address }
}

export async function unlockAccount(password: string): Promise<AccountState> {
  const stored = await getLocal<Keystore>(KEYSTORE)
  if (!stored) throw new WalletError("There is no local account yet.", { code: "wallet/none" })
  const privateKey = await passwordAttempts.attempt(() => decryptKey(stored, password))
  await setSession(UNLOCKED, { address: stored.address, privateKey })
  return { kind: "unlocked", address: stored.address }
}

export async function lockAccount(): Promise<AccountState> {
  await removeSession(UNLOCKED)
  return accountState()
}

/** The key, only after the password checks out again (export). */
export async function exportKey(password: string): Promise<Hex> {
  const stored = await getLocal<Keystore>(KEYSTORE)
  if (!stored) throw new WalletError("There is no local account yet.", { code: "wallet/none" })
  return passwordAttempts.attempt(() => decryptKey(stored, password))
}

/** The unlocked key for signing, or a WalletError `wallet/locked` the job turns into a "waiting" state. */
export async function unlockedKey(): Promise<{ address: Address; privateKey: Hex }> {
  const unlocked = await getSession<{ address: Address; privateKey: Hex }>(UNLOCKED)
  if (!unlocked) throw new WalletError("The account is locked (the browser restarted or you locked it). Unlock it to continue the mint.", { code: "wallet/locked" })
  return unlocked
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
