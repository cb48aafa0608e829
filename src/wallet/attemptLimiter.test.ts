import { describe, expect, it } from "vitest"

import { createAttemptLimiter } from "./attemptLimiter"
import { WalletError } from "./errors"

const wrong = () => Promise.reject(new WalletError("Wrong password.", { code: "wallet/wrong-password" }))
const right = () => Promise.resolve("key")

describe("createAttemptLimiter", () => {
  it("lets the free failures through, then waits, doubling each time, and never runs the check while waiting", async () => {
    let t = 0
    let checks = 0
    const limiter = createAttemptLimiter({ freeFailures: 2, baseDelayMs: 1000, maxDelayMs: 3000, now: () => t })
    const counted = () => (checks++, wrong())
    await expect(limiter.attempt(counted)).rejects.toMatchObject({ code: "wallet/wrong-password" })
    await expect(limiter.attempt(counted)).rejects.toMatchObject({ code: "wallet/wrong-password" })
    await expect(limiter.attempt(counted)).rejects.toMatchObject({ code: "wallet/wrong-password" }) // third: wait 1 s
    await expect(limiter.attempt(counted)).rejects.toMatchObject({ code: "wallet/rate-limited", shortMessage: "Too many wrong passwords. Try again in 1 s." })
    await expect(limiter.attempt(right)).rejects.toMatchObject({ code: "wallet/rate-limited" }) // even the right password waits
    expect(checks).toBe(3)
    t += 1000
    await expect(limiter.attempt(counted)).rejects.toMatchObject({ code: "wallet/wrong-password" }) // fourth: wait 2 s
    t += 1999
    await expect(limiter.attempt(right)).rejects.toMatchObject({ code: "wallet/rate-limited" })
    t += 1
    await expect(limiter.attempt(counted)).rejects.toMatchObject({ code: "wallet/wrong-password" }) // fifth: 4 s, capped at 3 s
    t += 2999
    await expect(limiter.attempt(right)).rejects.toMatchObject({ code: "wallet/rate-limited" })
    t += 1
    await expect(limiter.attempt(right)).resolves.toBe("key")
    // A success starts the count again: two free failures.
    await expect(limiter.attempt(wrong)).rejects.toMatchObject({ code: "wallet/wrong-password" })
    await expect(limiter.attempt(right)).resolves.toBe("key")
  })

  it("does not count failures that are not a wrong password", async () => {
    const limiter = createAttemptLimiter({ freeFailures: 0, now: () => 0 })
    const missing = () => Promise.reject(new WalletError("There is no local account yet.", { code: "wallet/none" }))
    for (let i = 0; i < 5; i++) await expect(limiter.attempt(missing)).rejects.toMatchObject({ code: "wallet/none" })
    await expect(limiter.attempt(right)).resolves.toBe("key")
  })
})
