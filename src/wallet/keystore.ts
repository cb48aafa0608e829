import { bytesToHex, getAddress, hexToBytes, isHex, type Address, type Hex } from "viem"
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts"
import { WalletError } from "./errors"

/**
 * The encrypted local account, as stored (JSON). Version 1: PBKDF2-SHA256 → AES-256-GCM, the address as
 * additional authenticated data so a keystore cannot be silently re-labelled.
 */
export type Keystore = {
  version: 1
  address: Address
  kdf: { name: "PBKDF2"; hash: "SHA-256"; iterations: number; salt: Hex }
  cipher: { name: "AES-GCM"; iv: Hex }
  ciphertext: Hex
}

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; lower counts are refused on both encrypt and decrypt. */
export const MIN_PBKDF2_ITERATIONS = 600_000
export const MIN_PASSWORD_LENGTH = 8

const subtle = () => {
  const s = globalThis.crypto?.subtle
  if (!s) throw new WalletError("WebCrypto is not available here.", { code: "wallet/no-webcrypto" })
  return s
}
const random = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n))
const utf8 = (s: string) => new TextEncoder().encode(s)
// TS 5.9's BufferSource wants ArrayBuffer-backed views; copy to be explicit.
const buf = (u: Uint8Array): ArrayBuffer => u.slice().buffer as ArrayBuffer

async function deriveKey(password: string, salt: Uint8Array, iterations: number) {
  const base = await subtle().importKey("raw", buf(utf8(password)), "PBKDF2", false, ["deriveKey"])
  return subtle().deriveKey({ name: "PBKDF2", hash: "SHA-256", salt: buf(salt), iterations }, base, { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"])
}

/**
 * Encrypts a private key with a password.
 * @example const ks = await encryptKey(generatePrivateKey(), "correct horse battery")
 * @param privateKey 32-byte secp256k1 key (hex).
 * @param password At least MIN_PASSWORD_LENGTH characters.
 * @param options.iterations PBKDF2 iterations (≥ MIN_PBKDF2_ITERATIONS).
 * @returns The versioned keystore (safe to store; holds no plaintext).
 */
export async function encryptKey(privateKey: Hex, password: string, options: { iterations?: number } = {}): Promise<Keystore> {
  if (!isHex(privateKey) || privateKey.length !== 66) throw new WalletError("The private key must be 32 bytes of hex.", { code: "wallet/bad-key" })
  if (typeof password !== "string" || password.length < MIN_PASSWORD_LENGTH)
    throw new WalletError(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`, { code: "wallet/weak-password" })
  const iterations = options.iterations ?? MIN_PBKDF2_ITERATIONS
  if (!Number.isSafeInteger(iterations) || iterations < MIN_PBKDF2_ITERATIONS)
    throw new WalletError(`PBKDF2 needs at least ${MIN_PBKDF2_ITERATIONS} iterations.`, { code: "wallet/weak-kdf" })
  let address: Address
  try {
    address = privateKeyToAccount(privateKey).address
  } catch {
    throw new WalletError("The private key is not a valid secp256k1 key.", { code: "wallet/bad-key" })
  }
  const salt = random(16)
  const iv = random(12)
  const key = await deriveKey(password, salt, iterations)
  const ciphertext = new Uint8Array(await subtle().encrypt({ name: "AES-GCM", iv: buf(iv), additionalData: buf(utf8(address.toLowerCase())) }, key, buf(hexToBytes(privateKey))))
  return {
    version: 1,
    address,
    kdf: { name: "PBKDF2", hash: "SHA-256", iterations, salt: bytesToHex(salt) },
    cipher: { name: "AES-GCM", iv: bytesToHex(iv) },
    ciphertext: bytesToHex(ciphertext)
  }
}

/** Checks the shape of a stored keystore (parsed JSON) before any crypto runs on it. */
export function parseKeystore(json: unknown): Keystore {
  const bad = (what: string) => new WalletError(`The stored account is damaged: ${what}.`, { code: "wallet/bad-keystore" })
  if (typeof json !== "object" || json === null) throw bad("not an object")
  const k = json as Keystore
  if (k.version !== 1) throw bad(`unknown version ${String(k.version)}`)
  if (typeof k.address !== "string" || !/^0x[0-9a-fA-F]{40}$/.test(k.address)) throw bad("no address")
  if (k.kdf?.name !== "PBKDF2" || k.kdf.hash !== "SHA-256" || !isHex(k.kdf.salt)) throw bad("unknown key derivation")
  if (!Number.isSafeInteger(k.kdf.iterations) || k.kdf.iterations < MIN_PBKDF2_ITERATIONS) throw bad("key derivation too weak")
  if (k.cipher?.name !== "AES-GCM" || !isHex(k.cipher.iv) || k.cipher.iv.length !== 26) throw bad("unknown cipher")
  if (!isHex(k.ciphertext) || k.ciphertext.length !== 2 + 2 * (32 + 16)) throw bad("bad ciphertext")
  return { ...k, address: getAddress(k.address) }
}

/**
 * Decrypts a keystore. Also used to export the key: the caller shows it only after this succeeds.
 * @throws WalletError `wallet/wrong-password` when the password does not open it (AES-GCM tag check).
 * @returns The private key (hex). Never log it.
 */
export async function decryptKey(keystore: Keystore, password: string): Promise<Hex> {
  const ks = parseKeystore(keystore)
  const key = await deriveKey(String(password ?? ""), hexToBytes(ks.kdf.salt), ks.kdf.iterations)
  let plain: Uint8Array
  try {
    plain = new Uint8Array(
      await subtle().decrypt({ name: "AES-GCM", iv: buf(hexToBytes(ks.cipher.iv)), additionalData: buf(utf8(ks.address.toLowerCase())) }, key, buf(hexToBytes(ks.ciphertext)))
    )
  } catch {
    throw new WalletError("Wrong password.", { code: "wallet/wrong-password" })
  }
  const privateKey = bytesToHex(plain)
  plain.fill(0)
  if (privateKeyToAccount(privateKey).address !== ks.address) throw new WalletError("The stored account is damaged: address mismatch.", { code: "wallet/bad-keystore" })
  return privateKey
}

/**
 * Creates a new local account: a fresh key from the platform CSPRNG, encrypted with the password.
 * @returns The keystore to store and the key to hold for this session only.
 */
export async function createLocalAccount(password: string, options: { iterations?: number } = {}): Promise<{ keystore: Keystore; privateKey: Hex }> {
  const privateKey = generatePrivateKey()
  return { keystore: await encryptKey(privateKey, password, options), privateKey }
}
