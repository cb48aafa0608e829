import { beforeEach, describe, expect, it, vi } from "vitest"

import { accountState, createAccount, exportKey, lockAccount, unlockAccount, unlockedKey } from "./account"

/** chrome.storage.local and .session as plain maps; "restarting the browser" clears the session map. */
function fakeChrome() {
  const area = () => {
    let data: Record<string, unknown> = {}
    return {
      get: async (key: string | null) => (key === null ? { ...data } : key in data ? { [key]: structuredClone(data[key]) } : {}),
      set: async (items: Record<string, unknown>) => void (data = { ...data, ...structuredClone(items) }),
      remove: async (key: string) => void delete data[key],
      clear: () => void (data = {})
    }
  }
  return { storage: { local: area(), session: area() }, alarms: { create: async () => {}, clear: async () => true } }
}

describe("local account in the extension (the wallet's selected account)", () => {
  let chromeFake: ReturnType<typeof fakeChrome>
  beforeEach(() => {
    chromeFake = fakeChrome()
    vi.stubGlobal("chrome", chromeFake)
  })

  it("create → unlocked; a browser restart locks it; wrong password refused; unlock and export with the password", async () => {
    expect(await accountState()).toEqual({ kind: "none" })
    const created = await createAccount("password-one")
    expect(created.kind).toBe("unlocked")
    const { address } = await unlockedKey()
    expect(address).toBe((created as { address: string }).address)
    const privateKey = await exportKey("password-one")
    // The stored keystore holds no plaintext key.
    expect(JSON.stringify(await chromeFake.storage.local.get(null))).not.toContain(privateKey.slice(2))

    chromeFake.storage.session.clear() // browser restart
    expect((await accountState()).kind).toBe("locked")
    await expect(unlockedKey()).rejects.toMatchObject({ code: "wallet/locked" })
    await expect(unlockAccount("password-two")).rejects.toMatchObject({ code: "wallet/wrong-password" })
    expect((await unlockAccount("password-one")).kind).toBe("unlocked")
    expect((await unlockedKey()).account.address).toBe(address)

    await expect(exportKey("nope-nope-nope")).rejects.toMatchObject({ code: "wallet/wrong-password" })
    expect(await exportKey("password-one")).toBe(privateKey)
    expect((await lockAccount()).kind).toBe("locked")
    await expect(createAccount("password-three")).rejects.toMatchObject({ code: "wallet/exists" })
  })
  it("unlock and export share one backoff: after three wrong passwords even the right one waits", async () => {
    vi.useFakeTimers({ toFake: ["Date"] }) // the clock stands still: the wait cannot run out mid-test
    await createAccount("password-one")
    for (const attempt of [() => unlockAccount("wrong-1"), () => exportKey("wrong-2"), () => unlockAccount("wrong-3")])
      await expect(attempt()).rejects.toMatchObject({ code: "wallet/wrong-password" })
    await expect(exportKey("password-one")).rejects.toMatchObject({ code: "wallet/rate-limited" })
    await expect(unlockAccount("password-one")).rejects.toMatchObject({ code: "wallet/rate-limited" })
    vi.setSystemTime(Date.now() + 1_000)
    expect((await unlockAccount("password-one")).kind).toBe("unlocked")
    vi.useRealTimers()
  })
})
