/**
 * Property: adding an unreadable or hostile field to a dangerous request never makes its verdict less
 * severe (12,000 runs over the seeds below, including issue 13's receiver, wrapper and exchange-signature
 * families from the corpus). Besides the field shapes listed next, a carriage return is put inside the
 * request's strings, 128 KB of calldata is appended, and a method named `__proto__` / `constructor` is
 * placed in the request (as the method itself it must give `unknown`, never `safe`). The additions are the evasion shapes of issues 12/13: objects whose toString
 * throws, getters, Proxies whose traps throw, class instances, functions and symbols, own `__proto__` /
 * `constructor` / `toString` keys, undeclared typed-data domain and message fields (up to 64 KB here; the
 * 1 MB case is in evasion.test.ts), trailing calldata, deep nesting and odd scalars — placed at the top
 * level, in the params, in a batch's calls and inside typed data.
 */
import fc from "fast-check"
import { encodeFunctionData, parseAbi } from "viem"
import { describe, expect, it } from "vitest"
import { auditSync } from "../../../src/audit/audit"
import type { AuditRequest } from "../../../src/audit/types"
import { BAYC, data, MAX, NOW, NOW_S, PERMIT2, permit, permit2Single, ROUTER, seaportOrder, sendCalls, STRANGER, tx, typed, USDC, USER } from "./kit"
import { receiverCases } from "../../fixtures/receiverCases"

const RANK: Record<string, number> = { safe: 0, unknown: 1, warning: 2, danger: 3 }
const abi = parseAbi([
  "function transferFrom(address from, address to, uint160 amount, address token)",
  "function sweepToken(address token, uint256 amountMinimum, address recipient)"
])

/** Dangerous requests of many shapes (each judged danger from the request alone). */
const SEEDS: AuditRequest[] = [
  tx(USDC, data.approve(STRANGER, MAX)),
  tx(BAYC, data.setApprovalForAll(STRANGER)),
  tx(PERMIT2, encodeFunctionData({ abi, functionName: "transferFrom", args: [USER, STRANGER, 10n ** 9n, USDC] })),
  tx(ROUTER, data.multicall([encodeFunctionData({ abi, functionName: "sweepToken", args: [USDC, 0n, STRANGER] })])),
  sendCalls([
    { to: USDC, data: data.approve(STRANGER, 5n) },
    { to: USDC, data: data.transfer(STRANGER, 10n ** 9n) }
  ]),
  tx(
    USER,
    data.erc7821([
      { to: USDC, value: 0n, data: data.transfer(STRANGER, 10n ** 9n) },
      { to: STRANGER, value: 10n ** 18n, data: "0x" }
    ])
  ),
  permit(STRANGER, MAX, 4_102_444_800),
  permit2Single(STRANGER, MAX, NOW_S + 400 * 86400),
  seaportOrder([{ token: BAYC, id: "7" }], [{ amount: 1n, recipient: USER }]),
  seaportOrder([{ token: BAYC, id: "7" }], [{ amount: 10n ** 18n, recipient: STRANGER }]),
  typed(
    "TransferWithAuthorization",
    {
      TransferWithAuthorization: ["from", "to"].map((name) => ({ name, type: "address" })).concat(["value", "validAfter", "validBefore"].map((name) => ({ name, type: "uint256" })))
    },
    { name: "USD Coin", version: "2", chainId: 1, verifyingContract: USDC },
    { from: USER, to: STRANGER, value: "1000000000", validAfter: "0", validBefore: String(NOW_S + 3600) }
  ),
  { origin: "https://x.example", chainId: 1, from: USER, method: "eth_sign", params: [USER, `0x${"ab".repeat(32)}`] },
  tx(USER, "0x", 0n, { type: "0x4", authorizationList: [{ chainId: "0x1", address: "0x7702000000000000000000000000000000000bad", nonce: "0x0" }] }),
  // Receivers, wrappers and exchange signatures (withdraw/bridge to a stranger, smart-account batches, …)
  ...receiverCases()
    .filter((c) => c.label === "danger")
    .map((c) => c.request)
]

class Wallet {
  toString() {
    return "0x1111111111111111111111111111111111111111"
  }
}
const throwing = () => ({
  toString: () => {
    throw new Error("toString")
  },
  valueOf: () => {
    throw new Error("valueOf")
  }
})
const trapProxy = () =>
  new Proxy(
    {},
    {
      ownKeys: () => {
        throw new Error("trap")
      },
      getOwnPropertyDescriptor: () => {
        throw new Error("trap")
      },
      getPrototypeOf: () => {
        throw new Error("trap")
      },
      get: () => {
        throw new Error("trap")
      }
    }
  )
const getter = () => {
  const o = {}
  let n = 0
  Object.defineProperty(o, "to", { enumerable: true, get: () => (++n % 2 ? STRANGER : USER) })
  return o
}
const nestedDeep = (d: number) => {
  let v: unknown = "0x00"
  for (let i = 0; i < d; i++) v = { v, list: [v] }
  return v
}

/** A hostile value to add. */
const hostile = fc.oneof(
  fc.constant(0).map(throwing),
  fc.constant(0).map(trapProxy),
  fc.constant(0).map(getter),
  fc.constant(0).map(() => new Wallet()),
  fc.constant(0).map(() => new Date(0)),
  fc.constant(0).map(() => new Map([["to", STRANGER]])),
  fc.constant(() => 1),
  fc.constant(Symbol("s")),
  fc.constant(Number.NaN),
  fc.bigInt(),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true}}')),
  fc.constant(JSON.parse('{"constructor":{"prototype":{"polluted":true}}}')),
  fc.integer({ min: 1, max: 64 }).map((kb) => "x".repeat(kb * 1024)),
  fc.integer({ min: 10, max: 200 }).map(nestedDeep),
  fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withBoxedValues: true, withSparseArray: true })
)
const key = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", "prototype", "then", "x_extra", "capabilities", "gasLimit"),
  fc.string({ maxLength: 12 }).map((s) => `k_${s}`)
)
const where = fc.constantFrom("top", "param0", "call0", "domain", "message", "trailing-calldata", "typed-string-extra", "carriage-return", "method-name")

/** Puts a carriage return inside the request's strings: origin, typed-data names and values, message text. */
function withCarriageReturns(req: Record<string, unknown>, at: number) {
  const cr = (v: unknown) => (typeof v === "string" && v.length > 0 ? `${v.slice(0, at % (v.length + 1))}\r${v.slice(at % (v.length + 1))}` : v)
  req.origin = cr(req.origin)
  const params = req.params as unknown[]
  if (Array.isArray(params) && typeof params[1] === "string" && params[1].startsWith("{")) {
    const payload = JSON.parse(params[1])
    payload.domain.name = cr(payload.domain.name)
    payload.message[`k_cr`] = "line one\r\nline two\r"
    params[1] = JSON.stringify(payload).replace(/,/, ",\r")
  }
}

/** Adds `value` under `k` at `place` in a deep copy of `seed`; returns the copy. */
function addHostile(seed: AuditRequest, place: string, k: string, value: unknown, hexTail: string): AuditRequest {
  const req = JSON.parse(JSON.stringify(seed)) as Record<string, unknown>
  const params = req.params as unknown[]
  const typedAt = Array.isArray(params) && typeof params[1] === "string" && params[1].startsWith("{") ? 1 : -1
  const put = (o: unknown) => {
    if (typeof o === "object" && o !== null) Object.defineProperty(o, k, { value, enumerable: true, configurable: true, writable: true })
  }
  switch (place) {
    case "top":
      put(req)
      break
    case "param0":
      put(Array.isArray(params) ? params[0] : undefined)
      break
    case "call0": {
      const calls = Array.isArray(params) ? (params[0] as { calls?: unknown[] })?.calls : undefined
      put(Array.isArray(calls) ? calls[0] : Array.isArray(params) ? params[0] : req)
      break
    }
    case "domain":
    case "message": {
      if (typedAt < 0) {
        put(req)
        break
      }
      const payload = JSON.parse(params[1] as string)
      put(payload[place])
      params[1] = payload // object form: typed data may arrive as an object
      break
    }
    case "typed-string-extra": {
      if (typedAt < 0) {
        put(req)
        break
      }
      const payload = JSON.parse(params[1] as string)
      payload.message[`k_${k}`] = typeof value === "string" ? value : "x".repeat(2048)
      payload.domain[`k_${k}`] = 1
      params[1] = JSON.stringify(payload)
      break
    }
    case "carriage-return":
      withCarriageReturns(req, hexTail.length)
      break
    case "method-name": {
      // A nested `method` named like a prototype member, beside the real one.
      put(Array.isArray(params) ? params[0] : req)
      const p0 = Array.isArray(params) ? params[0] : undefined
      if (typeof p0 === "object" && p0 !== null) Object.defineProperty(p0, "method", { value: k.length % 2 ? "__proto__" : "constructor", enumerable: true })
      break
    }
    case "trailing-calldata": {
      const p0 = Array.isArray(params) ? (params[0] as Record<string, unknown>) : undefined
      const target = p0 && typeof p0.data === "string" ? p0 : (p0?.calls as Record<string, unknown>[] | undefined)?.[0]
      if (target && typeof target.data === "string" && target.data.length >= 10) target.data = `${target.data}${hexTail}`
      else put(req)
      break
    }
  }
  return req as AuditRequest
}

describe("hostile fields never downgrade a dangerous verdict", () => {
  const context = { now: NOW }
  const base = SEEDS.map((s) => auditSync(s, context).verdict)

  it("every seed is dangerous from the request alone", () => {
    expect(base).toEqual(SEEDS.map(() => "danger"))
  })

  it("a request whose method is __proto__ or constructor is unknown, never safe", () => {
    for (const seed of SEEDS.slice(0, 6)) for (const method of ["__proto__", "constructor"]) expect(auditSync({ ...seed, method }, context).verdict).toBe("unknown")
  })

  it("adding an unreadable field keeps the verdict at least as severe (12,000 runs)", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: SEEDS.length - 1 }),
        where,
        key,
        hostile,
        fc.stringMatching(/^[0-9a-f]{0,400}$/),
        fc.integer({ min: 0, max: 3 }),
        (i, place, k, value, tail, repeat) => {
          const hexTail = tail.length % 2 ? `${tail}0` : tail
          // repeat 3: 128 KB of trailing calldata (the decode limit) plus the random tail.
          const req = addHostile(SEEDS[i], place, k, value, repeat === 3 ? "ab".repeat(128 * 1024) + hexTail : hexTail)
          const r = auditSync(req, context)
          expect(RANK[r.verdict], `${place}/${k}`).toBeGreaterThanOrEqual(RANK[base[i]])
        }
      ),
      { numRuns: 12_000 }
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  }, 600_000)
})
