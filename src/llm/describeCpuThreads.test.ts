import { describe, expect, it } from "vitest"

import { describeCpuThreads } from "./describeCpuThreads"

describe("describeCpuThreads", () => {
  it("names the thread count when llama.cpp runs threads", () => {
    expect(describeCpuThreads({ threads: 2, crossOriginIsolated: true, cores: 4 })).toBe("CPU, 2 threads")
  })
  it("says the page is not isolated when that is why it runs one thread", () => {
    expect(describeCpuThreads({ threads: 1, crossOriginIsolated: false, cores: 8 })).toBe("CPU, 1 thread (not isolated)")
  })
  it("gives the core count when an isolated page still runs one thread", () => {
    expect(describeCpuThreads({ threads: 1, crossOriginIsolated: true, cores: 2 })).toBe("CPU, 1 thread (2 cores)")
    expect(describeCpuThreads({ threads: 1, crossOriginIsolated: true, cores: 1 })).toBe("CPU, 1 thread (1 core)")
    expect(describeCpuThreads({ threads: 1, crossOriginIsolated: true })).toBe("CPU, 1 thread")
  })
})
