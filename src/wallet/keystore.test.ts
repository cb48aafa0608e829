import { privateKeyToAccount } from "viem/accounts"
import { describe, expect, it } from "vitest"
import { createLocalAccount, decryptKey, encryptKey, MIN_PBKDF2_ITERATIONS, parseKeystore } from "./keystore"

const KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d" as const

describe("keystore", () => {
  it("round-trips a key, binds the address, stores no plaintext", async () => {
    const ks = await encryptKey(KEY, "correct horse battery")
    expect(ks.version).toBe(1)
    expect(ks.kdf.iterations).toBeGreaterThanOrEqual(600_000)
    expect(ks.address).toBe(privateKeyToAccount(KEY).address)
    expect(JSON.stringify(ks)).not.toContain(KEY.slice(2, 20))
    expect(await decryptKey(JSON.parse(JSON.stringify(ks)), "correct horse battery")).toBe(KEY)
  })

  it("uses a fresh salt and iv each time", async () => {
    const [a, b] = await Promise.all([encryptKey(KEY, "password-1"), encryptKey(KEY, "password-1")])
    expect(a.kdf.salt).not.toBe(b.kdf.salt)
    expect(a.cipher.iv).not.toBe(b.cipher.iv)
    expect(a.ciphertext).not.toBe(b.ciphertext)
  })

  it("rejects a wrong password with a typed error", async () => {
    const { keystore, privateKey } = await createLocalAccount("password-1")
    expect(keystore.address).toBe(privateKeyToAccount(privateKey).address)
    await expect(decryptKey(keystore, "password-2")).rejects.toMatchObject({ code: "wallet/wrong-password", shortMessage: "Wrong password." })
  })

  it("detects tampering and re-labelling", async () => {
    const ks = await encryptKey(KEY, "password-1")
    const flipped = { ...ks, ciphertext: (ks.ciphertext.slice(0, -2) + (ks.ciphertext.endsWith("00") ? "01" : "00")) as `0x${string}` }
    await expect(decryptKey(flipped, "password-1")).rejects.toMatchObject({ code: "wallet/wrong-password" })
    const relabelled = { ...ks, address: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" as const }
    await expect(decryptKey(relabelled, "password-1")).rejects.toMatchObject({ code: "wallet/wrong-password" })
  })

  it("refuses weak parameters and bad input", async () => {
    await expect(encryptKey(KEY, "short")).rejects.toMatchObject({ code: "wallet/weak-password" })
    await expect(encryptKey(KEY, "password-1", { iterations: 1000 })).rejects.toMatchObject({ code: "wallet/weak-kdf" })
    await expect(encryptKey("0x1234", "password-1")).rejects.toMatchObject({ code: "wallet/bad-key" })
    const ks = await encryptKey(KEY, "password-1")
    expect(() => parseKeystore({ ...ks, kdf: { ...ks.kdf, iterations: MIN_PBKDF2_ITERATIONS - 1 } })).toThrow(/too weak/)
    expect(() => parseKeystore({ ...ks, version: 2 })).toThrow(/version/)
    expect(() => parseKeystore(null)).toThrow(/damaged/)
  })
})
