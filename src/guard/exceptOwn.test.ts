import { describe, expect, it, vi } from "vitest"

import { createMamoriProvider } from "../wallet/provider"
import { MAMORI_PROVIDER_NAME, MAMORI_RDNS } from "../wallet/providerInfo"
import { exceptOwn } from "./exceptOwn"
import { installGuard } from "./installGuard"
import { guardProvider, type Reviewer } from "./wrapProvider"

/** A page window with real events, and Object/Reflect of its own (the guard routes their defineProperty). */
function pageWindow() {
  const target = new EventTarget()
  return {
    addEventListener: target.addEventListener.bind(target),
    dispatchEvent: target.dispatchEvent.bind(target),
    performance,
    CustomEvent,
    Event,
    Object: { defineProperty: Object.defineProperty, defineProperties: Object.defineProperties },
    Reflect: { defineProperty: Reflect.defineProperty }
  } as any
}

/** Announces `provider` the EIP-6963 way; returns what a page listener hears. */
function announce(win: any, provider: object, info: object): unknown {
  let heard: unknown
  const listener = (e: any) => {
    heard = e.detail.provider
  }
  win.addEventListener("eip6963:announceProvider", listener)
  win.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail: Object.freeze({ info, provider }) }))
  return heard
}

const info = { uuid: "00000000-0000-4000-8000-000000000000", name: MAMORI_PROVIDER_NAME, icon: "data:,", rdns: MAMORI_RDNS }
const deny: Reviewer = (_r, _j, _p, decide) => decide(false, "Rejected in Mamori")

describe("exceptOwn", () => {
  it("leaves Mamori's own provider to the wallet and guards a page's look-alike with the same name, rdns and flags", async () => {
    const ownSend = vi.fn(async (method: string) => `wallet:${method}`)
    const own = createMamoriProvider({ send: ownSend }).provider
    // The page builds the very same shape (it can read Mamori's flags and info) and announces it as "Mamori".
    const fakeSend = vi.fn(async (method: string) => `fake:${method}`)
    const fake = createMamoriProvider({ send: fakeSend }).provider
    const review = vi.fn(deny)
    const win = pageWindow()
    installGuard(win, { onProvider: exceptOwn(own, (p) => guardProvider(p, review)) })

    const heardOwn = announce(win, own, info) as typeof own
    expect(heardOwn).toBe(own)
    expect(await heardOwn.request({ method: "personal_sign", params: ["0x6869", "0x0"] })).toBe("wallet:personal_sign")
    expect(review).not.toHaveBeenCalled()

    const heardFake = announce(win, fake, info) as typeof fake
    expect(heardFake).not.toBe(fake)
    await expect(heardFake.request({ method: "personal_sign", params: ["0x6869", "0x0"] })).rejects.toMatchObject({ code: 4001 })
    expect(review).toHaveBeenCalledTimes(1)
    // The guard reads the wallet's chain to bind its review to it; nothing else reached the fake.
    expect(fakeSend.mock.calls.map(([method]) => method).filter((m) => m !== "eth_chainId")).toEqual([])
    // A proxy of Mamori's provider is not Mamori's provider either.
    const proxied = announce(win, new Proxy(own, {}), info) as typeof own
    await expect(proxied.request({ method: "eth_sendTransaction", params: [{}] })).rejects.toMatchObject({ code: 4001 })
    expect(review).toHaveBeenCalledTimes(2)
    expect(ownSend.mock.calls.map(([method]) => method).filter((m) => m !== "eth_chainId")).toEqual(["personal_sign"])
  })

  it("with no provider of its own (a frame where the wallet is not offered), guards everything", () => {
    const onProvider = vi.fn(() => undefined)
    const p = {}
    exceptOwn(undefined, onProvider)(p, "eip6963", { name: MAMORI_PROVIDER_NAME, rdns: MAMORI_RDNS })
    expect(onProvider).toHaveBeenCalledWith(p, "eip6963", { name: MAMORI_PROVIDER_NAME, rdns: MAMORI_RDNS })
  })
})
