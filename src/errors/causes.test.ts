import { describe, expect, it } from "vitest"

import { causes } from "./causes"

describe("causes", () => {
  it("lists the chain outermost first, up to max links", () => {
    const inner = new Error("inner")
    const middle = new Error("middle", { cause: inner })
    const outer = new Error("outer", { cause: middle })
    expect(causes(outer)).toEqual([outer, middle, inner])
    expect(causes(outer, 2)).toEqual([outer, middle])
    expect(causes(undefined)).toEqual([])
  })

  it("stops on a cycle", () => {
    const a = new Error("a") as Error & { cause?: unknown }
    const b = new Error("b", { cause: a })
    a.cause = b
    expect(causes(a)).toEqual([a, b])
  })
})
