import { generateMnemonic, validateMnemonic } from "@scure/bip39"
import { wordlist } from "@scure/bip39/wordlists/english"
import { bytesToHex, getAddress, hexToBytes, isHex, type Address, type Hex } from "viem"
import { mnemonicToAccount, privateKeyToAccount } from "viem/accounts"

import { WalletError } from "./errors"
import { decryptKey, MIN_PASSWORD_LENGTH, MIN_PBKDF2_ITERATIONS, type Keystore } from "./keystore"

/** Where an account's key comes from: the mnemonic at BIP-44 path m/44'/60'/0'/0/index, or an imported key. */
export type VaultAccount = { address: Address; source: "hd"; index: number } | { address: Address; source: "key"; slot: number }

/** What the vault encrypts: the mnemonic (when there is one) and the imported private keys. */
export type VaultSecret = { mnemonic?: string; keys: Hex[] }

/**
 * The wallet's keystore, version 2: one mnemonic and any number of imported keys, encrypted together
 * (PBKDF2-SHA256 → AES-256-GCM, as version 1). The account list is public (the locked wallet shows its
 * addresses) and is checked against the secret on every unlock, so a re-labelled list is refused.
 */
export type Vault = {
  version: 2
  accounts: VaultAccount[]
  kdf: { name: "PBKDF2"; hash: "SHA-256"; iterations: number; salt: Hex }
  cipher: { name: "AES-GCM"; iv: Hex }
  ciphertext: Hex
}

/** The most accounts a vault lists (derived and imported together). */
export const MAX_ACCOUNTS = 100
// Binds the ciphertext to its use: a version-1 keystore's ciphertext cannot be passed off as a vault.
const AAD = "mamori-vault-v2"

const subtle = () => {
  const s = globalThis.crypto?.subtle
  if (!s) throw new WalletError("WebCrypto is not available here.", { code: "wallet/no-webcrypto" })
  return s
}
const utf8 = (s: string) => new TextEncoder().encode(s)
const buf = (u: Uint8Array): ArrayBuffer => u.slice().buffer as ArrayBuffer

async function deriveKey(password: string, salt: Uint8Array, iterations: number) {
  const base = await subtle().importKey("raw", buf(utf8(password)), "PBKDF2", false, ["deriveKey"])
  return subtle().deriveKey({ name: "PBKDF2", hash: "SHA-256", salt: buf(salt), iterations }, base, { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"])
}

/** A fresh 12-word BIP-39 mnemonic (English list) from the platform CSPRNG. */
export function newMnemonic(): string {
  return generateMnemonic(wordlist, 128)
}

/** Trims and lower-cases a typed mnemonic; refuses one that is not valid BIP-39 English (checksum included). */
export function normalizeMnemonic(input: unknown): string {
  const words = String(input ?? "")
    .trim()
    .toLowerCase()
    .split(/\s+/)
  const phrase = words.join(" ")
  if (![12, 15, 18, 21, 24].includes(words.length) || !validateMnemonic(phrase, wordlist))
    throw new WalletError("This is not a valid recovery phrase (12 to 24 English BIP-39 words with a correct checksum).", { code: "wallet/bad-mnemonic" })
  return phrase
}

/** Checks a private key's shape and returns it lower-case. */
export function normalizePrivateKey(input: unknown): Hex {
  const raw = String(input ?? "").trim()
  const key = (raw.startsWith("0x") ? raw : `0x${raw}`).toLowerCase() as Hex
  if (!isHex(key) || key.length !== 66) throw new WalletError("The private key must be 32 bytes of hex.", { code: "wallet/bad-key" })
  try {
    privateKeyToAccount(key)
  } catch {
    throw new WalletError("The private key is not a valid secp256k1 key.", { code: "wallet/bad-key" })
  }
  return key
}

/** The address at m/44'/60'/0'/0/index of a mnemonic. */
export function hdAddress(mnemonic: string, index: number): Address {
  return mnemonicToAccount(mnemonic, { addressIndex: index }).address
}

/** The signing account (viem LocalAccount) for one vault account. */
export function accountFor(secret: VaultSecret, account: VaultAccount) {
  if (account.source === "hd") {
    if (!secret.mnemonic) throw new WalletError("The vault has no recovery phrase for this account.", { code: "wallet/bad-keystore" })
    return mnemonicToAccount(secret.mnemonic, { addressIndex: account.index })
  }
  const key = secret.keys[account.slot]
  if (!key) throw new WalletError("The vault has no key for this account.", { code: "wallet/bad-keystore" })
  return privateKeyToAccount(key)
}

/** The accounts a secret implies: `hdCount` derived ones, then one per imported key. */
export function accountsOf(secret: VaultSecret, hdCount: number): VaultAccount[] {
  const hd: VaultAccount[] = secret.mnemonic ? Array.from({ length: hdCount }, (_, index) => ({ address: hdAddress(secret.mnemonic!, index), source: "hd" as const, index })) : []
  const keys: VaultAccount[] = secret.keys.map((k, slot) => ({ address: privateKeyToAccount(k).address, source: "key" as const, slot }))
  return [...hd, ...keys]
}

function checkPassword(password: unknown): string {
  if (typeof password !== "string" || password.length < MIN_PASSWORD_LENGTH)
    throw new WalletError(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`, { code: "wallet/weak-password" })
  return password
}

/**
 * Encrypts a secret into a vault listing `accounts`.
 * @example const vault = await sealVault({ mnemonic: newMnemonic(), keys: [] }, "correct horse battery", 1)
 * @param hdCount How many accounts to list from the mnemonic (ignored without one).
 */
export async function sealVault(secret: VaultSecret, password: string, hdCount: number, options: { iterations?: number } = {}): Promise<Vault> {
  checkPassword(password)
  const clean: VaultSecret = { mnemonic: secret.mnemonic === undefined ? undefined : normalizeMnemonic(secret.mnemonic), keys: secret.keys.map(normalizePrivateKey) }
  if (!clean.mnemonic && clean.keys.length === 0) throw new WalletError("A wallet needs a recovery phrase or a key.", { code: "wallet/empty" })
  const accounts = accountsOf(clean, clean.mnemonic ? Math.max(1, hdCount) : 0)
  if (accounts.length > MAX_ACCOUNTS) throw new WalletError(`A wallet holds at most ${MAX_ACCOUNTS} accounts.`, { code: "wallet/too-many" })
  if (new Set(accounts.map((a) => a.address)).size !== accounts.length) throw new WalletError("This account is already in the wallet.", { code: "wallet/duplicate" })
  const iterations = options.iterations ?? MIN_PBKDF2_ITERATIONS
  if (!Number.isSafeInteger(iterations) || iterations < MIN_PBKDF2_ITERATIONS)
    throw new WalletError(`PBKDF2 needs at least ${MIN_PBKDF2_ITERATIONS} iterations.`, { code: "wallet/weak-kdf" })
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const key = await deriveKey(password, salt, iterations)
  const plain = utf8(JSON.stringify(clean))
  const ciphertext = new Uint8Array(await subtle().encrypt({ name: "AES-GCM", iv: buf(iv), additionalData: buf(utf8(AAD)) }, key, buf(plain)))
  plain.fill(0)
  return {
    version: 2,
    accounts,
    kdf: { name: "PBKDF2", hash: "SHA-256", iterations, salt: bytesToHex(salt) },
    cipher: { name: "AES-GCM", iv: bytesToHex(iv) },
    ciphertext: bytesToHex(ciphertext)
  }
}

/** Checks the shape of a stored vault before any crypto runs on it. */
export function parseVault(json: unknown): Vault {
  const bad = (what: string) => new WalletError(`The stored wallet is damaged: ${what}.`, { code: "wallet/bad-keystore" })
  if (typeof json !== "object" || json === null) throw bad("not an object")
  const v = json as Vault
  if (v.version !== 2) throw bad(`unknown version ${String(v.version)}`)
  if (v.kdf?.name !== "PBKDF2" || v.kdf.hash !== "SHA-256" || !isHex(v.kdf.salt)) throw bad("unknown key derivation")
  if (!Number.isSafeInteger(v.kdf.iterations) || v.kdf.iterations < MIN_PBKDF2_ITERATIONS) throw bad("key derivation too weak")
  if (v.cipher?.name !== "AES-GCM" || !isHex(v.cipher.iv) || v.cipher.iv.length !== 26) throw bad("unknown cipher")
  if (!isHex(v.ciphertext) || v.ciphertext.length < 2 + 2 * 17) throw bad("bad ciphertext")
  if (!Array.isArray(v.accounts) || v.accounts.length === 0 || v.accounts.length > MAX_ACCOUNTS) throw bad("no account list")
  const accounts = v.accounts.map((a): VaultAccount => {
    if (!a || typeof a.address !== "string" || !/^0x[0-9a-fA-F]{40}$/.test(a.address)) throw bad("an account has no address")
    if (a.source === "hd" && Number.isSafeInteger(a.index) && a.index >= 0) return { address: getAddress(a.address), source: "hd", index: a.index }
    if (a.source === "key" && Number.isSafeInteger(a.slot) && a.slot >= 0) return { address: getAddress(a.address), source: "key", slot: a.slot }
    throw bad("an account has no source")
  })
  return { ...v, accounts }
}

/**
 * Opens a vault. Also the password check before an export.
 * @throws WalletError `wallet/wrong-password` when the password does not open it (AES-GCM tag check);
 * `wallet/bad-keystore` when the listed accounts are not the ones the secret derives.
 */
export async function openVault(vault: Vault, password: string): Promise<VaultSecret> {
  const v = parseVault(vault)
  const key = await deriveKey(String(password ?? ""), hexToBytes(v.kdf.salt), v.kdf.iterations)
  let plain: Uint8Array
  try {
    plain = new Uint8Array(await subtle().decrypt({ name: "AES-GCM", iv: buf(hexToBytes(v.cipher.iv)), additionalData: buf(utf8(AAD)) }, key, buf(hexToBytes(v.ciphertext))))
  } catch {
    throw new WalletError("Wrong password.", { code: "wallet/wrong-password" })
  }
  let secret: VaultSecret
  try {
    const parsed = JSON.parse(new TextDecoder().decode(plain)) as VaultSecret
    secret = { mnemonic: parsed.mnemonic === undefined ? undefined : normalizeMnemonic(parsed.mnemonic), keys: (parsed.keys ?? []).map(normalizePrivateKey) }
  } catch {
    throw new WalletError("The stored wallet is damaged: unreadable secret.", { code: "wallet/bad-keystore" })
  } finally {
    plain.fill(0)
  }
  for (const a of v.accounts) {
    if (accountFor(secret, a).address !== a.address) throw new WalletError("The stored wallet is damaged: an address does not match its key.", { code: "wallet/bad-keystore" })
  }
  return secret
}

/** How many accounts of a vault come from the mnemonic (the next index to derive). */
export function hdCountOf(vault: Vault): number {
  return vault.accounts.reduce((n, a) => (a.source === "hd" ? Math.max(n, a.index + 1) : n), 0)
}

/**
 * Lists one more account derived from the mnemonic. The secret does not change, so no password is needed:
 * the new address is checked against the unlocked mnemonic and the list is checked again at every unlock.
 */
export function addHdAccount(vault: Vault, secret: VaultSecret): Vault {
  if (!secret.mnemonic) throw new WalletError("This wallet has no recovery phrase: import a key instead.", { code: "wallet/no-mnemonic" })
  if (vault.accounts.length >= MAX_ACCOUNTS) throw new WalletError(`A wallet holds at most ${MAX_ACCOUNTS} accounts.`, { code: "wallet/too-many" })
  const index = hdCountOf(vault)
  const account: VaultAccount = { address: hdAddress(secret.mnemonic, index), source: "hd", index }
  if (vault.accounts.some((a) => a.address === account.address)) throw new WalletError("This account is already in the wallet.", { code: "wallet/duplicate" })
  return { ...vault, accounts: [...vault.accounts.filter((a) => a.source === "hd"), account, ...vault.accounts.filter((a) => a.source === "key")] }
}

/** Re-seals the vault with one more imported key (needs the password: the secret changes). */
export async function importKeyIntoVault(vault: Vault, password: string, privateKey: unknown): Promise<{ vault: Vault; secret: VaultSecret }> {
  const secret = await openVault(vault, password)
  const next: VaultSecret = { ...secret, keys: [...secret.keys, normalizePrivateKey(privateKey)] }
  return { vault: await sealVault(next, password, hdCountOf(vault), { iterations: vault.kdf.iterations }), secret: next }
}

/** Turns a version-1 keystore (one private key) into a vault holding that key; the password is the same. */
export async function migrateKeystoreV1(v1: Keystore, password: string): Promise<{ vault: Vault; secret: VaultSecret }> {
  const key = await decryptKey(v1, password)
  const secret: VaultSecret = { keys: [key] }
  return { vault: await sealVault(secret, password, 0, { iterations: v1.kdf.iterations }), secret }
}
