/**
 * Property tests: ≥ 10,000 malformed or hostile requests. audit()/auditSync() never throw, always answer
 * with a well-formed result (`unknown` plus a finding when nothing could be decoded), and never mutate
 * their input (inputs are deep-frozen, and fingerprinted before and after).
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { audit, auditSync } from "../../../src/audit/audit"
import type { AuditResult } from "../../../src/audit/types"
import { data, MAX, permit, seaportOrder, sendCalls, STRANGER, tx, USDC, USER } from "./kit"

const VERDICTS = new Set(["danger", "warning", "unknown", "safe"])
const SEVERITIES = new Set(["danger", "warning", "unknown", "info"])
const METHODS = [
  "eth_sendTransaction",
  "eth_signTransaction",
  "eth_sign",
  "personal_sign",
  "eth_signTypedData",
  "eth_signTypedData_v1",
  "eth_signTypedData_v3",
  "eth_signTypedData_v4",
  "wallet_sendCalls",
  "wallet_signAuthorization",
  "ETH_SIGNTYPEDDATA_V4",
  "eth_chainId",
  "",
  "__proto__",
  "constructor"
]

/** A structural fingerprint (own keys, types, values) to prove the input was not changed. */
function fingerprint(value: unknown, seen = new Set<unknown>()): string {
  if (typeof value === "bigint") return `${value}n`
  if (typeof value !== "object" || value === null) return `${typeof value}:${String(value)}`
  if (seen.has(value)) return "<cycle>"
  seen.add(value)
  const keys = Reflect.ownKeys(value).map(String).sort()
  const proto = Object.getPrototypeOf(value) === null ? "null-proto" : Array.isArray(value) ? "array" : "object"
  return `${proto}{${keys.map((k) => `${k}=${fingerprint((value as Record<string, unknown>)[k], seen)}`).join(",")}}`
}

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (typeof value === "object" && value !== null && !seen.has(value)) {
    seen.add(value)
    for (const k of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[k], seen)
    Object.freeze(value)
  }
  return value
}

function wellFormed(r: AuditResult) {
  expect(VERDICTS.has(r.verdict)).toBe(true)
  expect(Array.isArray(r.findings)).toBe(true)
  for (const f of r.findings) {
    expect(SEVERITIES.has(f.severity)).toBe(true)
    expect(typeof f.id).toBe("string")
    expect(typeof f.title).toBe("string")
    expect(typeof f.detail).toBe("string")
  }
  expect(typeof r.summary).toBe("string")
  expect(r.summary.length).toBeLessThan(400)
  expect(() => JSON.stringify(r)).not.toThrow()
  // Never "safe" when nothing was decoded.
  if (r.decoded.kind === "malformed" || r.decoded.kind === "unsupported") {
    expect(r.verdict).not.toBe("safe")
    expect(r.findings.length).toBeGreaterThan(0)
  }
}

function check(request: unknown) {
  const before = fingerprint(request)
  const frozen = deepFreeze(request)
  const r = auditSync(frozen as never, { now: Date.UTC(2026, 0, 1), history: [STRANGER] })
  wellFormed(r)
  expect(fingerprint(request)).toBe(before)
}

/** Look-alike characters: Cyrillic/Greek letters and full-width digits inside hex and hosts. */
const lookalike = fc.constantFrom(
  "0x1111111111111111111111111111111111111111".replace("1", "\u0661"),
  "0xа0b86991c6218b36c1d19d4a2e9eb0ce3606eb48",
  "https://аpp.uniswap.org",
  "0x０９５ea7b3",
  "0xΑ0b8"
)
const hexish = fc.oneof(fc.string(), fc.stringMatching(/^0x[0-9a-fA-F]{0,90}$/), fc.stringMatching(/^0x[0-9a-zA-Z]{0,20}$/), lookalike)
const scalar = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), hexish, fc.bigInt())
const protoKeys = fc.constantFrom(
  '{"__proto__":{"polluted":true},"method":"personal_sign"}',
  '{"constructor":{"prototype":{"x":1}}}',
  '{"types":{"__proto__":[]},"primaryType":"__proto__","domain":{},"message":{}}'
)

function nested(depth: number): unknown {
  let v: unknown = { a: 1 }
  for (let i = 0; i < depth; i++) v = { inner: v, list: [i, "0x00"] }
  return v
}
const deepString = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`

describe("audit never throws, always answers, never mutates", () => {
  it("survives arbitrary values as the request (4,000 runs)", () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4, withNullPrototype: true, withBigInt: true, withObjectString: true, withBoxedValues: true, withSparseArray: true }), (v) => check(v)),
      { numRuns: 4000 }
    )
  })

  it("survives real methods with hostile params (4,000 runs)", () => {
    const params = fc.oneof(
      fc.array(fc.oneof(scalar, fc.dictionary(fc.string(), scalar), fc.array(scalar)), { maxLength: 4 }),
      fc
        .record({ from: hexish, to: hexish, data: hexish, value: scalar, authorizationList: fc.oneof(scalar, fc.array(fc.record({ chainId: scalar, address: hexish }))) })
        .map((t) => [t]),
      fc.record({ calls: fc.oneof(scalar, fc.array(fc.record({ to: hexish, data: hexish, value: scalar }), { maxLength: 6 })) }).map((c) => [c]),
      fc.tuple(hexish, fc.oneof(hexish, protoKeys, fc.json())),
      fc.tuple(fc.oneof(protoKeys, fc.json(), fc.constant(deepString(5000))), hexish),
      scalar
    )
    fc.assert(
      fc.property(fc.constantFrom(...METHODS), params, fc.oneof(scalar, fc.string()), fc.oneof(scalar, lookalike), (method, p, chainId, origin) =>
        check({ method, params: p, chainId, origin })
      ),
      { numRuns: 4000 }
    )
  })

  it("survives mutations of valid requests (2,500 runs)", () => {
    const seeds = [
      tx(USDC, data.approve(STRANGER, MAX)),
      sendCalls([
        { to: USDC, data: data.approve(STRANGER, 1n) },
        { to: STRANGER, data: "0x" }
      ]),
      permit(STRANGER, MAX, 4482689033),
      seaportOrder([{ token: USDC, id: "1" }], [{ amount: 1n, recipient: STRANGER }]),
      { method: "personal_sign", params: ["0x68656c6c6f", USER] }
    ]
    const mutation = fc.record({
      seed: fc.nat({ max: seeds.length - 1 }),
      path: fc.array(fc.oneof(fc.nat({ max: 3 }), fc.constantFrom("params", "data", "to", "value", "message", "domain", "types", "calls", "offer", "__proto__")), { maxLength: 4 }),
      value: fc.oneof(
        scalar,
        protoKeys,
        fc.constant(40).map((d) => nested(d)),
        fc.constant(3000).map((n) => new Array(n).fill("0x00")),
        fc.json({ maxDepth: 6 })
      )
    })
    fc.assert(
      fc.property(mutation, ({ seed, path, value }) => {
        const req = JSON.parse(JSON.stringify(seeds[seed])) as Record<string, unknown>
        // Typed data travels as a string: mutate inside it too.
        const params = req.params as unknown[]
        if (typeof params?.[1] === "string" && params[1].startsWith("{")) params[1] = JSON.parse(params[1])
        let node: unknown = req
        for (const key of path.slice(0, -1)) {
          // Own properties only: walking into __proto__ would pollute Object.prototype for every later test.
          const next = Object.hasOwn(node as object, key) ? (node as Record<string, unknown>)[key as never] : undefined
          if (typeof next !== "object" || next === null) break
          node = next
        }
        const last = path[path.length - 1]
        if (last !== undefined && typeof node === "object" && node !== null)
          Object.defineProperty(node, String(last), { value, enumerable: true, configurable: true, writable: true })
        check(req)
      }),
      { numRuns: 2500 }
    )
  })

  it("handles huge batches, deep typed data and __proto__ payloads within bounds", () => {
    const huge = sendCalls(Array.from({ length: 5000 }, () => ({ to: USDC, data: data.approve(STRANGER, 1n) })))
    const t0 = performance.now()
    check(huge)
    check({ method: "eth_signTypedData_v4", params: [USER, deepString(100_000)] })
    check({
      method: "eth_signTypedData_v4",
      params: [USER, JSON.stringify({ types: { EIP712Domain: [], T: [{ name: "x", type: "T" }] }, primaryType: "T", domain: {}, message: nested(500) })]
    })
    check(JSON.parse('{"method":"eth_sendTransaction","params":[{"__proto__":{"to":"0x1111111111111111111111111111111111111111"},"data":"0x"}]}'))
    expect(performance.now() - t0).toBeLessThan(5000)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it("async audit() never throws even when the facts provider does (300 runs)", async () => {
    const provider = {
      getAccount: async () => {
        throw new Error("boom")
      },
      getToken: async () => {
        throw "not even an Error"
      },
      simulate: () => new Promise<never>(() => {})
    }
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(tx(USDC, data.approve(STRANGER, 5n)), tx(STRANGER, "0x", 1n), permit(STRANGER, MAX, 1)), async (req) => {
        const r = await audit(req, { chainFacts: provider, timeoutMs: 5 })
        wellFormed(r)
        expect(r.findings.some((f) => f.id === "chain-facts-unavailable" || f.id === "simulation-unavailable")).toBe(true)
      }),
      { numRuns: 300 }
    )
  })
})
