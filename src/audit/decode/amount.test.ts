import { describe, expect, it } from "vitest"
import { formatAmount, isHuge, isUnlimited } from "./amount"

const USDC = { symbol: "USDC", decimals: 6 }
const ETH = { symbol: "ETH", decimals: 18 }

describe("amounts", () => {
  it("recognises no-limit sentinels", () => {
    expect(isUnlimited((1n << 256n) - 1n)).toBe(true)
    expect(isUnlimited((1n << 160n) - 1n)).toBe(true)
    expect(isUnlimited((1n << 64n) - 1n)).toBe(true)
    expect(isUnlimited(10n ** 30n)).toBe(false)
    expect(isUnlimited(255n)).toBe(false)
  })
  it("calls ≥ 10^12 whole tokens huge", () => {
    expect(isHuge(10n ** 18n, 6)).toBe(true)
    expect(isHuge(10n ** 17n, 6)).toBe(false)
    expect(isHuge(10n ** 30n, undefined)).toBe(true)
  })
  it("formats with symbol, grouping and no misleading zeros", () => {
    expect(formatAmount(1_234_567_890n, USDC).display).toBe("1,234.56789 USDC")
    expect(formatAmount(42_000_000_000_000n, ETH).display).toBe("0.000042 ETH")
    expect(formatAmount(100n, ETH).display).toBe("0.0000000000000001 ETH")
    expect(formatAmount(5n, undefined, "units").display).toBe("5 units")
    expect(formatAmount((1n << 256n) - 1n, USDC).display).toBe("unlimited USDC")
  })
})
