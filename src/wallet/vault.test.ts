import { generatePrivateKey, privateKeyToAccount } from "viem/accounts"
import { describe, expect, it } from "vitest"

import { createAttemptLimiter, type LimiterState } from "./attemptLimiter"
import { encryptKey } from "./keystore"
import { accountFor, addHdAccount, hdAddress, importKeyIntoVault, migrateKeystoreV1, newMnemonic, normalizeMnemonic, openVault, parseVault, sealVault } from "./vault"

// The BIP-39 test mnemonic; its first BIP-44 address is well known (Hardhat's and Anvil's account 0).
const TEST_MNEMONIC = "test test test test test test test test test test test junk"
const KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d" as const
const PW = "correct horse battery"

describe("vault (keystore v2)", () => {
  it("derives BIP-44 accounts m/44'/60'/0'/0/i from a mnemonic", async () => {
    expect(hdAddress(TEST_MNEMONIC, 0)).toBe("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
    expect(hdAddress(TEST_MNEMONIC, 1)).toBe("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
    const vault = await sealVault({ mnemonic: TEST_MNEMONIC, keys: [] }, PW, 2)
    expect(vault.accounts.map((a) => a.address)).toEqual([hdAddress(TEST_MNEMONIC, 0), hdAddress(TEST_MNEMONIC, 1)])
    expect(JSON.stringify(vault)).not.toMatch(/test test/)
  })

  it("makes valid 12-word mnemonics and refuses a bad checksum", () => {
    const m = newMnemonic()
    expect(m.split(" ")).toHaveLength(12)
    expect(normalizeMnemonic(`  ${m.toUpperCase()} `)).toBe(m)
    expect(() => normalizeMnemonic("test test test test test test test test test test test test")).toThrow(/not a valid recovery phrase/)
  })

  it("wrong password: a typed error, nothing opened", async () => {
    const vault = await sealVault({ mnemonic: TEST_MNEMONIC, keys: [KEY] }, PW, 1)
    await expect(openVault(vault, "wrong password")).rejects.toMatchObject({ code: "wallet/wrong-password" })
    const secret = await openVault(vault, PW)
    expect(secret).toEqual({ mnemonic: TEST_MNEMONIC, keys: [KEY] })
    expect(accountFor(secret, vault.accounts[1]!).address).toBe(privateKeyToAccount(KEY).address)
  })

  it("restart: a vault re-read from storage (JSON) opens, and a re-labelled account list is refused", async () => {
    const stored = JSON.parse(JSON.stringify(await sealVault({ mnemonic: TEST_MNEMONIC, keys: [] }, PW, 1)))
    expect((await openVault(parseVault(stored), PW)).mnemonic).toBe(TEST_MNEMONIC)
    const relabelled = { ...stored, accounts: [{ address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", source: "hd", index: 0 }] }
    await expect(openVault(relabelled, PW)).rejects.toMatchObject({ code: "wallet/bad-keystore" })
    const flipped = { ...stored, ciphertext: stored.ciphertext.slice(0, -2) + (stored.ciphertext.endsWith("00") ? "01" : "00") }
    await expect(openVault(flipped, PW)).rejects.toMatchObject({ code: "wallet/wrong-password" })
  })

  it("adds derived accounts without the password and imported keys with it; refuses duplicates", async () => {
    const vault = await sealVault({ mnemonic: TEST_MNEMONIC, keys: [] }, PW, 1)
    const secret = await openVault(vault, PW)
    const two = addHdAccount(vault, secret)
    expect(two.accounts.map((a) => a.address)).toEqual([hdAddress(TEST_MNEMONIC, 0), hdAddress(TEST_MNEMONIC, 1)])
    await expect(openVault(two, PW)).resolves.toBeTruthy()
    const other = generatePrivateKey()
    const { vault: three } = await importKeyIntoVault(two, PW, other.slice(2))
    expect(three.accounts.at(-1)).toMatchObject({ source: "key", slot: 0, address: privateKeyToAccount(other).address })
    await expect(importKeyIntoVault(three, "wrong password", other)).rejects.toMatchObject({ code: "wallet/wrong-password" })
    await expect(importKeyIntoVault(three, PW, other)).rejects.toMatchObject({ code: "wallet/duplicate" })
    // The key of derived account 1 (Anvil's account 1) is the same account: refused too.
    await expect(importKeyIntoVault(three, PW, KEY)).rejects.toMatchObject({ code: "wallet/duplicate" })
    await expect(importKeyIntoVault(three, PW, "0x1234")).rejects.toMatchObject({ code: "wallet/bad-key" })
  })

  it("migrates a version-1 keystore into a vault with the same password and address", async () => {
    const v1 = await encryptKey(KEY, PW)
    await expect(migrateKeystoreV1(v1, "wrong password")).rejects.toMatchObject({ code: "wallet/wrong-password" })
    const { vault } = await migrateKeystoreV1(JSON.parse(JSON.stringify(v1)), PW)
    expect(vault.version).toBe(2)
    expect(vault.accounts).toEqual([{ address: v1.address, source: "key", slot: 0 }])
    expect((await openVault(vault, PW)).keys).toEqual([KEY])
  })

  it("export rate limit: the wait survives a restart (state re-read from storage), even for the right password", async () => {
    let t = 0
    let stored: unknown
    const store = { load: async () => stored, save: async (s: LimiterState) => void (stored = JSON.parse(JSON.stringify(s))) }
    const vault = await sealVault({ mnemonic: TEST_MNEMONIC, keys: [] }, PW, 1)
    const first = createAttemptLimiter({ freeFailures: 1, baseDelayMs: 10_000, now: () => t, store })
    await expect(first.attempt(() => openVault(vault, "nope nope"))).rejects.toMatchObject({ code: "wallet/wrong-password" })
    await expect(first.attempt(() => openVault(vault, "nope nope"))).rejects.toMatchObject({ code: "wallet/wrong-password" })
    // The service worker restarts: a new limiter reads the same storage.
    const second = createAttemptLimiter({ freeFailures: 1, baseDelayMs: 10_000, now: () => t, store })
    await expect(second.attempt(() => openVault(vault, PW))).rejects.toMatchObject({ code: "wallet/rate-limited" })
    t += 10_000
    await expect(second.attempt(() => openVault(vault, PW))).resolves.toMatchObject({ mnemonic: TEST_MNEMONIC })
    expect(stored).toEqual({ failures: 0, blockedUntil: 0 })
    // A damaged stored state is a wait, not a fresh start.
    stored = "garbage"
    await expect(second.attempt(() => openVault(vault, PW))).rejects.toMatchObject({ code: "wallet/rate-limited" })
  })

  it("parallel guesses are counted one by one", async () => {
    let stored: unknown
    const store = { load: async () => stored, save: async (s: LimiterState) => void (stored = s) }
    const limiter = createAttemptLimiter({ freeFailures: 1, baseDelayMs: 60_000, now: () => 0, store })
    const vault = await sealVault({ keys: [KEY] }, PW, 0)
    const results = await Promise.allSettled(["a-wrong-1", "a-wrong-2", "a-wrong-3", PW].map((p) => limiter.attempt(() => openVault(vault, p))))
    expect(results.map((r) => (r.status === "rejected" ? (r.reason as { code: string }).code : "ok"))).toEqual([
      "wallet/wrong-password",
      "wallet/wrong-password",
      "wallet/rate-limited",
      "wallet/rate-limited"
    ])
  })
})
