/**
 * Padding and hostile fields must not turn danger into "unknown": the selector and fixed arguments are
 * decoded whatever trails them, undeclared typed-data fields are stripped before the size check, and an
 * unreadable field only adds an `unknown` finding next to the dangerous ones.
 */
import { describe, expect, it } from "vitest"
import { data, MAX, permit, run, sendCalls, STRANGER, tx, USDC, USER } from "./kit"

const FAR = 4_102_444_800 // 2100-01-01

describe("evasion by padding or hostile fields", () => {
  it("decodes an unlimited approve followed by 128 KB of trailing calldata", () => {
    const padded = data.approve(STRANGER, MAX) + "ab".repeat(128 * 1024)
    const r = run(tx(USDC, padded))
    expect(r.verdict).toBe("danger")
    expect(r.findings.some((f) => f.id === "grant-to-unknown-party" && f.severity === "danger")).toBe(true)
    expect(r.findings.some((f) => f.id === "unreadable-field")).toBe(true)
  })
  it("keeps danger for a phishing permit padded with a 1 MB undeclared field (string and object forms)", () => {
    const base = permit(STRANGER, MAX, FAR)
    const payload = JSON.parse((base.params as string[])[1])
    payload.message.junk = "x".repeat(1_100_000)
    for (const p of [JSON.stringify(payload), payload]) {
      const r = run({ ...base, params: [USER, p] })
      expect(r.verdict).toBe("danger")
    }
  })
  it("still refuses typed data whose declared content is over 1 MB (unknown, never safe)", () => {
    const base = permit(STRANGER, 1n, FAR)
    const payload = JSON.parse((base.params as string[])[1])
    payload.types.Permit.push({ name: "note", type: "string" })
    payload.message.note = "x".repeat(1_100_000)
    expect(run({ ...base, params: [USER, JSON.stringify(payload)] }).verdict).toBe("unknown")
  })
  it("reports an undeclared domain field as unknown but keeps the permit's danger", () => {
    const base = permit(STRANGER, MAX, FAR)
    const payload = JSON.parse((base.params as string[])[1])
    payload.domain.salt2 = { toString: "not a function" }
    const r = run({ ...base, params: [USER, payload] })
    expect(r.verdict).toBe("danger")
    expect(r.findings.find((f) => f.id === "unreadable-field")?.detail).toContain("salt2")
  })
  it("survives a throwing toString, a getter and __proto__/constructor method names without losing the drain", () => {
    const drain = sendCalls([
      { to: USDC, data: data.transfer(STRANGER, 10n ** 12n) },
      { to: USDC, data: data.approve(STRANGER, MAX) }
    ])
    const params = drain.params as Record<string, unknown>[]
    const evil = {
      toString: () => {
        throw new Error("boom")
      }
    }
    const withGetter = { ...params[0] }
    Object.defineProperty(withGetter, "capabilities", {
      enumerable: true,
      get: () => {
        throw new Error("getter")
      }
    })
    for (const req of [
      { ...drain, params: [{ ...params[0], capabilities: evil }] },
      { ...drain, params: [withGetter] },
      { ...drain, chainId: evil },
      JSON.parse(JSON.stringify({ ...drain, params: [{ ...params[0], __proto__: { polluted: 1 } }] }).replace('"calls"', '"constructor":{},"calls"'))
    ]) {
      const r = run(req)
      expect(r.verdict).toBe("danger")
    }
    expect(run({ method: "constructor", params: [] }).verdict).toBe("unknown")
    expect(run({ method: "__proto__", params: [] }).verdict).toBe("unknown")
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
