import { describe, expect, it } from "vitest"

import { OneLoadAtATime } from "./oneLoadAtATime"

describe("OneLoadAtATime", () => {
  it("joins a load of the same model, skips the loaded one, and starts another only after the running load settled", async () => {
    const loads = new OneLoadAtATime()
    let current: string | undefined
    const log: string[] = []
    let release!: () => void
    const slow = (id: string) => () => {
      log.push(`start ${id}`)
      return new Promise<void>((r) => {
        release = () => {
          current = id
          log.push(`end ${id}`)
          r()
        }
      })
    }
    const isLoaded = (id: string) => current === id
    const a1 = loads.load("a", isLoaded, slow("a"))
    const a2 = loads.load("a", isLoaded, slow("a"))
    const b = loads.load("b", isLoaded, slow("b"))
    await Promise.resolve()
    expect(log).toEqual(["start a"])
    release()
    await Promise.all([a1, a2])
    await new Promise((r) => setTimeout(r, 0))
    expect(log).toEqual(["start a", "end a", "start b"])
    release()
    await b
    await loads.load("b", isLoaded, slow("b"))
    expect(log).toEqual(["start a", "end a", "start b", "end b"])
  })

  it("a failed load does not block the next one", async () => {
    const loads = new OneLoadAtATime()
    await expect(
      loads.load(
        "a",
        () => false,
        () => Promise.reject(new Error("broken"))
      )
    ).rejects.toThrow("broken")
    let ran = false
    await loads.load(
      "a",
      () => false,
      async () => {
        ran = true
      }
    )
    expect(ran).toBe(true)
  })
})
