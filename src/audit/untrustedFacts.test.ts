import fc from "fast-check"
import { describe, expect, it } from "vitest"

import { data, MAX, NOW, permit, personal, STRANGER, tx, USDC } from "../../test/unit/audit/kit"
import type { AccountFacts, AuditRequest, ChainFactsProvider, SimulationResult } from "./types"
import { auditWithUntrustedFacts, combineVerdicts, createUntrustedFactsProvider } from "./untrustedFacts"
import { VERDICT_RANK } from "./verdict/verdictOf"

const EOA: AccountFacts = { isContract: false, codeSize: 0, nonce: 40 }
const BIG_CONTRACT: AccountFacts = { isContract: true, codeSize: 24_000, nonce: 1 }

function fixed(account: AccountFacts, simulation?: SimulationResult): ChainFactsProvider {
  return { getAccount: async () => account, simulate: simulation ? async () => simulation : undefined }
}
const failing: ChainFactsProvider = {
  getAccount: async () => {
    throw new Error("refused")
  },
  simulate: async () => {
    throw new Error("refused")
  }
}
const untrusted = (provider: ChainFactsProvider) => ({ trust: "untrusted" as const, provider })
/** A bounded approval to an unknown spender: a warning from the request alone. */
const approval = tx(USDC, data.approve(STRANGER, 50n * 10n ** 6n))

describe("facts read through the page's wallet (untrusted): raise only", () => {
  it("raises a request-only verdict when the page's wallet shows the spender is a plain wallet", async () => {
    const alone = await auditWithUntrustedFacts(approval, { now: NOW })
    const raised = await auditWithUntrustedFacts(approval, { now: NOW }, untrusted(fixed(EOA)))
    expect(VERDICT_RANK[alone.verdict]).toBeLessThan(VERDICT_RANK.danger)
    expect(raised.verdict).toBe("danger")
    const added = raised.findings.find((f) => f.id === "approval-to-eoa")
    expect(added?.title).toMatch(/read through the page's wallet/)
    // Every trusted finding is still there.
    for (const f of alone.findings) expect(raised.findings).toContainEqual(f)
  })

  it("cannot lower a verdict the trusted facts made: the page's wallet claiming a big contract changes nothing", async () => {
    const trusted = await auditWithUntrustedFacts(approval, { now: NOW, chainFacts: fixed(EOA) })
    const combined = await auditWithUntrustedFacts(approval, { now: NOW, chainFacts: fixed(EOA) }, untrusted(fixed(BIG_CONTRACT)))
    expect(trusted.verdict).toBe("danger")
    expect(combined).toEqual(trusted)
  })

  it("a page's wallet that refuses or fails does not turn a review into 'unknown'", async () => {
    const req = personal("Hello from the dapp")
    const trusted = await auditWithUntrustedFacts(req, { now: NOW })
    expect(await auditWithUntrustedFacts(req, { now: NOW }, untrusted(failing))).toEqual(trusted)
  })

  it("property: whatever an untrusted source answers, the combined verdict is never below the trusted one", async () => {
    const account = fc.record({ isContract: fc.boolean(), codeSize: fc.nat(30_000), nonce: fc.nat(10_000) })
    const simulation: fc.Arbitrary<SimulationResult | undefined> = fc.oneof(
      fc.constant(undefined),
      fc.constant<SimulationResult>({ status: "ok", success: true, logs: 0, changes: [], grants: [] }),
      fc.constant<SimulationResult>({ status: "ok", success: false, logs: 0, error: "execution reverted" }),
      fc.record({ status: fc.constant<"unavailable">("unavailable"), reason: fc.string({ maxLength: 20 }) })
    )
    const requests: AuditRequest[] = [approval, tx(STRANGER, "0x", 10n ** 18n), tx(USDC, data.transfer(STRANGER, 5n)), permit(STRANGER, MAX, 4_102_444_800), personal("hi")]
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...requests), fc.option(account, { nil: undefined }), account, simulation, async (req, trustedFacts, pageFacts, sim) => {
        const context = { now: NOW, chainFacts: trustedFacts ? fixed(trustedFacts) : undefined }
        const trusted = await auditWithUntrustedFacts(req, context)
        const combined = await auditWithUntrustedFacts(req, context, untrusted(fixed(pageFacts, sim)))
        expect(VERDICT_RANK[combined.verdict]).toBeGreaterThanOrEqual(VERDICT_RANK[trusted.verdict])
        for (const f of trusted.findings) expect(combined.findings).toContainEqual(f)
      }),
      { numRuns: 200 }
    )
  })

  it("combineVerdicts: max in severity, counting only the untrusted pass's danger and warning findings", () => {
    const base = { decoded: { kind: "transaction" as const, method: "eth_sendTransaction", give: [], get: [], allowances: [], calls: [] }, summary: "s" }
    const safe = { ...base, verdict: "safe" as const, findings: [] }
    const unknown = { ...base, verdict: "unknown" as const, findings: [{ id: "x", severity: "unknown" as const, title: "t", detail: "d" }] }
    const warning = { ...base, verdict: "warning" as const, findings: [{ id: "w", severity: "warning" as const, title: "t", detail: "d" }] }
    const danger = { ...base, verdict: "danger" as const, findings: [{ id: "z", severity: "danger" as const, title: "t", detail: "d" }] }
    expect(combineVerdicts(safe, unknown)).toBe(safe)
    expect(combineVerdicts(safe, warning).verdict).toBe("warning")
    expect(combineVerdicts(warning, safe)).toBe(warning)
    expect(combineVerdicts(danger, warning)).toBe(danger)
    expect(combineVerdicts(unknown, danger).verdict).toBe("danger")
    expect(combineVerdicts(unknown, danger).findings.map((f) => f.id)).toEqual(["z", "x"])
  })

  it("asks the page's wallet read-only methods only", async () => {
    const asked: string[] = []
    const source = createUntrustedFactsProvider(async ({ method }) => {
      asked.push(method)
      if (method === "eth_getCode") return "0x"
      if (method === "eth_getTransactionCount") return "0x5"
      if (method === "eth_simulateV1") return [{ calls: [{ status: "0x1", logs: [], gasUsed: "0x5208" }] }]
      return "0x"
    }, "test-page")
    const result = await auditWithUntrustedFacts(tx(STRANGER, "0x", 10n ** 18n), { now: NOW }, source)
    expect(result.verdict).not.toBe("safe")
    expect(asked.length).toBeGreaterThan(0)
    expect(asked.every((m) => ["eth_getCode", "eth_call", "eth_getTransactionCount", "eth_getStorageAt", "eth_simulateV1"].includes(m))).toBe(true)
  })
})
