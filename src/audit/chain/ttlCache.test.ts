import { describe, expect, it } from "vitest"
import { TtlCache } from "./ttlCache"

describe("TtlCache", () => {
  it("expires entries after their TTL", () => {
    let now = 0
    const c = new TtlCache<number>(10, 100, () => now)
    c.set("a", 1)
    expect(c.get("a")).toBe(1)
    now = 150
    expect(c.get("a")).toBeUndefined()
  })
  it("evicts the least recently used entry", () => {
    const c = new TtlCache<number>(2, 10_000)
    c.set("a", 1)
    c.set("b", 2)
    c.get("a")
    c.set("c", 3)
    expect(c.get("b")).toBeUndefined()
    expect(c.get("a")).toBe(1)
    expect(c.size).toBe(2)
  })
})
