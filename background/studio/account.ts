import type { Address, Hex } from "viem"

import { WalletError } from "~src/wallet/errors"
import { createLocalAccount, decryptKey, encryptKey, parseKeystore, type Keystore } from "~src/wallet/keystore"

import { getLocal, getSession, removeSession, setLocal, setSession } from "./storage"

const KEYSTORE = "studio.keystore"
// chrome.storage.session lives in memory for this browser session only: a restart locks the account.
const UNLOCKED = "studio.unlocked"

export type AccountState = { kind: "none" } | { kind: "locked"; address: Address } | { kind: "unlocked"; address: Address }

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
  const privateKey = await decryptKey(stored, password)
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
  return decryptKey(stored, password)
}

/** The unlocked key for signing, or a WalletError `wallet/locked` the job turns into a "waiting" state. */
export async function unlockedKey(): Promise<{ address: Address; privateKey: Hex }> {
  const unlocked = await getSession<{ address: Address; privateKey: Hex }>(UNLOCKED)
  if (!unlocked) throw new WalletError("The account is locked (the browser restarted or you locked it). Unlock it to continue the mint.", { code: "wallet/locked" })
  return unlocked
}
