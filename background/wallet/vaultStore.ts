import { bytesToHex, type Address } from "viem"

import { createAttemptLimiter } from "~src/wallet/attemptLimiter"
import { WalletError } from "~src/wallet/errors"
import { parseKeystore, type Keystore } from "~src/wallet/keystore"
import {
  accountFor,
  addHdAccount,
  importKeyIntoVault,
  migrateKeystoreV1,
  newMnemonic,
  normalizeMnemonic,
  openVault,
  parseVault,
  sealVault,
  type Vault,
  type VaultAccount,
  type VaultSecret
} from "~src/wallet/vault"
import type { WalletStatus } from "~src/wallet/walletMessages"

import { getLocal, getSession, removeSession, setLocal, setSession } from "../studio/storage"
import { armAutoLock, disarmAutoLock } from "./autoLock"
import { bumpWalletEpoch } from "./epoch"

const VAULT = "wallet.vault"
/** The first round's single-key keystore; migrated into the vault at the first unlock. */
const LEGACY = "studio.keystore"
// chrome.storage.session: memory only, this browser session, extension pages and the worker only (not content scripts).
const UNLOCKED = "wallet.unlocked"
const PENDING = "wallet.pendingMnemonic"
const SELECTED = "wallet.selected"
const ATTEMPTS = "wallet.attempts"

// Unlock and export check the same password; the count lives in storage so a restarted worker keeps the wait.
const passwordAttempts = createAttemptLimiter({
  store: { load: () => getLocal(ATTEMPTS), save: (state) => setLocal(ATTEMPTS, state) }
})

async function storedVault(): Promise<{ vault?: Vault; legacy?: Keystore }> {
  const raw = await getLocal<unknown>(VAULT)
  if (raw) return { vault: parseVault(raw) }
  const legacy = await getLocal<unknown>(LEGACY)
  return legacy ? { legacy: parseKeystore(legacy) } : {}
}

async function unlockedSecret(): Promise<VaultSecret | undefined> {
  return getSession<VaultSecret>(UNLOCKED)
}

export async function walletStatus(): Promise<WalletStatus> {
  const { vault, legacy } = await storedVault()
  if (!vault && !legacy) return { kind: "none" }
  const accounts: VaultAccount[] = vault ? vault.accounts : [{ address: legacy!.address, source: "key", slot: 0 }]
  const stored = await getLocal<Address>(SELECTED)
  const selected = accounts.find((a) => a.address === stored)?.address ?? accounts[0]!.address
  const unlocked = vault ? Boolean(await unlockedSecret()) : false
  return { kind: unlocked ? "unlocked" : "locked", accounts, selected, hasMnemonic: accounts.some((a) => a.source === "hd"), ...(legacy ? { needsMigration: true } : {}) }
}

/** The addresses of the wallet (empty when there is none). */
export async function walletAccounts(): Promise<Address[]> {
  const s = await walletStatus()
  return s.kind === "none" ? [] : s.accounts.map((a) => a.address)
}

async function remember(vault: Vault, secret: VaultSecret): Promise<void> {
  await setLocal(VAULT, vault)
  await setSession(UNLOCKED, secret)
  await armAutoLock()
  await bumpWalletEpoch()
}

async function refuseIfExists(): Promise<void> {
  const { vault, legacy } = await storedVault()
  if (vault || legacy) throw new WalletError("A wallet already exists. Import keys into it, or remove it first.", { code: "wallet/exists" })
}

/** Step 1 of creating a wallet: a fresh mnemonic, held in session storage until the words are checked. */
export async function beginCreate(): Promise<{ mnemonic: string; check: number[] }> {
  await refuseIfExists()
  const mnemonic = newMnemonic()
  // Three distinct positions the user must type back (1-based), picked with the platform CSPRNG.
  const positions = new Set<number>()
  while (positions.size < 3) positions.add((crypto.getRandomValues(new Uint32Array(1))[0]! % 12) + 1)
  const check = [...positions].sort((a, b) => a - b)
  await setSession(PENDING, { mnemonic, check })
  return { mnemonic, check }
}

/** Step 2: the user typed the asked words back; only then is the wallet sealed with the password. */
export async function finishCreate(password: string, words: Record<string, string>): Promise<WalletStatus> {
  await refuseIfExists()
  const pending = await getSession<{ mnemonic: string; check: number[] }>(PENDING)
  if (!pending) throw new WalletError("Start again: no recovery phrase is waiting to be checked.", { code: "wallet/no-pending" })
  const list = pending.mnemonic.split(" ")
  for (const position of pending.check) {
    if (
      String(words?.[position] ?? "")
        .trim()
        .toLowerCase() !== list[position - 1]
    )
      throw new WalletError(`Word ${position} does not match your recovery phrase. Check what you wrote down.`, { code: "wallet/check-failed" })
  }
  const secret: VaultSecret = { mnemonic: pending.mnemonic, keys: [] }
  await remember(await sealVault(secret, password, 1), secret)
  await removeSession(PENDING)
  return walletStatus()
}

/** Imports a recovery phrase (a new wallet) or a private key (a new wallet, or one more account). */
export async function importSecret(password: string, input: { mnemonic?: string; privateKey?: string }): Promise<WalletStatus> {
  const { vault, legacy } = await storedVault()
  if (legacy) throw new WalletError("Unlock your existing account first (it is upgraded to the new wallet then).", { code: "wallet/needs-migration" })
  if (input.mnemonic !== undefined) {
    if (vault) throw new WalletError("This wallet already has a recovery phrase or keys; a second phrase is not supported.", { code: "wallet/exists" })
    const secret: VaultSecret = { mnemonic: normalizeMnemonic(input.mnemonic), keys: [] }
    await remember(await sealVault(secret, password, 1), secret)
  } else if (vault) {
    const next = await passwordAttempts.attempt(() => importKeyIntoVault(vault, password, input.privateKey))
    await remember(next.vault, next.secret)
    await setLocal(SELECTED, next.vault.accounts.at(-1)!.address)
  } else {
    const secret: VaultSecret = { keys: [String(input.privateKey ?? "") as `0x${string}`] }
    await remember(await sealVault(secret, password, 0), secret)
  }
  return walletStatus()
}

export async function unlockWallet(password: string): Promise<WalletStatus> {
  const { vault, legacy } = await storedVault()
  if (legacy) {
    const migrated = await passwordAttempts.attempt(() => migrateKeystoreV1(legacy, password))
    await remember(migrated.vault, migrated.secret)
    // The old keystore goes only once the vault holding the same key is stored.
    await chrome.storage.local.remove(LEGACY)
    return walletStatus()
  }
  if (!vault) throw new WalletError("There is no wallet yet.", { code: "wallet/none" })
  const secret = await passwordAttempts.attempt(() => openVault(vault, password))
  await remember(vault, secret)
  return walletStatus()
}

export async function lockWallet(): Promise<WalletStatus> {
  await removeSession(UNLOCKED)
  await disarmAutoLock()
  await bumpWalletEpoch()
  return walletStatus()
}

/** One more account from the recovery phrase (the wallet must be unlocked). */
export async function addAccount(): Promise<WalletStatus> {
  const { vault } = await storedVault()
  const secret = await unlockedSecret()
  if (!vault || !secret) throw new WalletError("Unlock the wallet first.", { code: "wallet/locked" })
  const next = addHdAccount(vault, secret)
  await setLocal(VAULT, next)
  await setLocal(SELECTED, next.accounts.filter((a) => a.source === "hd").at(-1)!.address)
  await bumpWalletEpoch()
  return walletStatus()
}

export async function selectAccount(address: string): Promise<WalletStatus> {
  const status = await walletStatus()
  if (status.kind === "none" || !status.accounts.some((a) => a.address === address)) throw new WalletError("No such account in this wallet.", { code: "wallet/no-account" })
  await setLocal(SELECTED, address)
  await bumpWalletEpoch()
  return walletStatus()
}

/** The recovery phrase or one account's private key, after the password checks out (rate limited). */
export async function exportSecret(password: string, what: { mnemonic: true } | { address: string }): Promise<string> {
  const { vault, legacy } = await storedVault()
  if (legacy) throw new WalletError("Unlock your account once first (it is upgraded to the new wallet then).", { code: "wallet/needs-migration" })
  if (!vault) throw new WalletError("There is no wallet yet.", { code: "wallet/none" })
  const secret = await passwordAttempts.attempt(() => openVault(vault, password))
  if ("mnemonic" in what) {
    if (!secret.mnemonic) throw new WalletError("This wallet has no recovery phrase.", { code: "wallet/no-mnemonic" })
    return secret.mnemonic
  }
  const account = vault.accounts.find((a) => a.address.toLowerCase() === String(what.address).toLowerCase())
  if (!account) throw new WalletError("No such account in this wallet.", { code: "wallet/no-account" })
  const signer = accountFor(secret, account)
  const key = account.source === "key" ? secret.keys[account.slot] : "getHdKey" in signer ? signer.getHdKey().privateKey : undefined
  if (!key) throw new WalletError("This account's key cannot be exported.", { code: "wallet/no-key" })
  return typeof key === "string" ? key : bytesToHex(key)
}

/** The signer for one of the wallet's accounts; `wallet/locked` when the wallet is locked. */
export async function signerFor(address: string) {
  const { vault } = await storedVault()
  const secret = await unlockedSecret()
  if (!vault || !secret) throw new WalletError("Mamori's wallet is locked. Unlock it from the toolbar and try again.", { code: "wallet/locked" })
  const account = vault.accounts.find((a) => a.address.toLowerCase() === address.toLowerCase())
  if (!account) throw new WalletError("No such account in this wallet.", { code: "wallet/no-account" })
  await armAutoLock()
  return accountFor(secret, account)
}
