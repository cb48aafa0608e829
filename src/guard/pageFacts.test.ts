import { describe, expect, it } from "vitest"

import { type PageFactAnswer, readPageFact } from "./pageFacts"

function ask(request: (args: unknown) => unknown, method: unknown, params: unknown = []): Promise<PageFactAnswer> {
  return new Promise((resolve) => readPageFact(request, {}, method, params, resolve))
}

describe("readPageFact (guard side of untrusted facts)", () => {
  it("answers read-only methods through the wallet's original request", async () => {
    const seen: unknown[] = []
    const request = (args: unknown) => {
      seen.push(args)
      return Promise.resolve("0x6080")
    }
    expect(await ask(request, "eth_getCode", ["0x1111111111111111111111111111111111111111", "latest"])).toEqual({ ok: true, result: "0x6080" })
    expect(seen).toEqual([{ method: "eth_getCode", params: ["0x1111111111111111111111111111111111111111", "latest"] }])
  })

  it("refuses every other method before the wallet sees it", async () => {
    let calls = 0
    const request = () => {
      calls++
      return Promise.resolve("0xsig")
    }
    for (const method of ["eth_sendTransaction", "personal_sign", "eth_sign", "eth_signTypedData_v4", "wallet_sendCalls", "eth_requestAccounts", new String("eth_call"), undefined])
      expect((await ask(request, method)).ok).toBe(false)
    expect(calls).toBe(0)
  })

  it("reports a wallet that refuses, throws or does not answer a promise", async () => {
    expect(await ask(() => Promise.reject(new Error("no")), "eth_call", [{}])).toEqual({ ok: false, error: "the wallet refused" })
    expect(
      await ask(() => {
        throw new Error("x")
      }, "eth_call")
    ).toEqual({ ok: false, error: "the wallet threw" })
    expect(await ask(() => "0x", "eth_call")).toMatchObject({ ok: false })
    expect(await ask(() => Promise.resolve("0x"), "eth_call", "not-a-list")).toMatchObject({ ok: false, error: "bad params" })
  })
})
