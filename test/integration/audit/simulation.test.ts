/**
 * Simulation that decides, on a node that simulates (the Anvil devnet): eth_simulateV1 with traceTransfers
 * works there; the simulation corpus (contracts/test/sim/, test/fixtures/simulationCorpus.ts) meets its bars;
 * each shape is caught for the right reason; a slow node never holds the review past its time-out.
 */
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { scoreSimulationCorpus, type SimFigures } from "../../../scripts/lib/benchSimulation"
import { checkSimulation, startChain, type Chain } from "../../../scripts/lib/chain"
import { audit } from "../../../src/audit/audit"
import { buildCorpus, deployWorld, THIEVES, type SimCase } from "../../fixtures/simulationCorpus"

let chain: Chain
let cases: SimCase[]
let figures: SimFigures

beforeAll(async () => {
  chain = await startChain()
  cases = buildCorpus(await deployWorld(chain.rpcUrl))
  figures = await scoreSimulationCorpus(chain.rpcUrl, cases, 2)
}, 180_000)
afterAll(async () => {
  await chain?.stop()
})

const result = (shape: string) => figures.scored.find((s) => s.c.shape === shape)!.withSim

describe("the devnet simulates", () => {
  it("answers eth_simulateV1 with traced native transfers", async () => {
    expect(chain.node).toBe("anvil")
    expect(await checkSimulation(chain.rpcUrl)).toEqual({ ok: true })
  })
})

describe("simulation corpus on the devnet", () => {
  it("has at least 40 labelled transactions, hostile and honest", () => {
    expect(figures.total).toBeGreaterThanOrEqual(40)
    expect(figures.hostile).toBeGreaterThanOrEqual(15)
    expect(figures.honest).toBeGreaterThanOrEqual(15)
  })

  it("meets the bars: recall ≥ 95 %, false positives ≤ 2 %, every request-only 'safe' hostile case caught", () => {
    const missed = figures.scored.filter((s) => s.c.label === "hostile" && s.withSim.verdict !== "danger").map((s) => s.c.id)
    const alarms = figures.scored.filter((s) => s.c.label === "honest" && ["danger", "warning"].includes(s.withSim.verdict)).map((s) => s.c.id)
    expect(figures.recall, `missed: ${missed.join(", ")}`).toBeGreaterThanOrEqual(0.95)
    expect(figures.fpRate, `false alarms: ${alarms.join(", ")}`).toBeLessThanOrEqual(0.02)
    expect(figures.requestOnlySafe).toBeGreaterThan(0)
    expect(figures.requestOnlySafeCaught).toBe(figures.requestOnlySafe)
  })

  it("adds at most 150 ms p95 per audit on the local node (an upper bound under a shared CPU)", () => {
    expect(figures.addedP95).toBeLessThanOrEqual(150)
  })

  it("catches each hostile shape for what leaves the user", () => {
    for (const shape of ["pool-withdraw-to-stranger", "vault-redeem-to-stranger", "bridge-eth-for-stranger", "claim-spends-approval", "swap-to-stranger", "fee-on-transfer"]) {
      expect(
        result(shape).findings.map((f) => f.id),
        shape
      ).toContain("simulation-outflow-unknown-recipient")
    }
    expect(result("pool-withdraw-to-stranger").findings[0]!.title).toContain(THIEVES.pool.slice(0, 6))
    expect(result("bridge-token-for-stranger").findings.find((f) => f.id === "simulation-outflow-unknown-recipient")!.title).toContain("through")
    // The fee-on-transfer token: the request says 100, the chain moves 90 to the friend and 10 elsewhere.
    expect(result("fee-on-transfer").findings.find((f) => f.id === "simulation-disagrees")!.detail).toMatch(/100000000000000000000.*90000000000000000000/)
    // The token whose transfer grants an allowance: the grant rules judge the simulated approval.
    const hat = result("transfer-grants-allowance")
    expect(hat.findings.map((f) => f.id)).toEqual(expect.arrayContaining(["approval-to-eoa", "simulation-disagrees"]))
    expect(hat.decoded.allowances.map((x) => x.spender)).toContain(THIEVES.approvals)
  })

  it("shows what you give and get, with token metadata read from the chain", () => {
    const honest = result("pool-withdraw-to-self").decoded.simulation!
    expect(honest.give.map((m) => m.amount?.display)).toEqual(["10 spTOKEN"])
    expect(honest.get.map((m) => m.amount?.display)).toEqual(["10 sUSD"])
    const hostile = result("pool-withdraw-to-stranger").decoded.simulation!
    expect(hostile.give.map((m) => m.amount?.display)).toEqual(["10 spTOKEN"])
    expect(hostile.get).toEqual([])
    // The review's effect list: the simulation's flows replace the request's (the fee is in it).
    const fee = result("fee-on-transfer").decoded.effects ?? []
    expect(fee.filter((e) => e.type === "outflow").every((e) => e.source === "simulation")).toBe(true)
    expect(fee.filter((e) => e.type === "outflow").map((e) => e.type === "outflow" && e.to)).toContain(THIEVES.fees)
  })

  it("explains a revert with the contract's reason", () => {
    const r = result("token-transfer-too-much")
    expect(r.verdict).toBe("warning")
    expect(r.findings.find((f) => f.id === "simulation-reverts")!.detail).toContain("not enough tokens")
  })
})

describe("a slow node", () => {
  let slow: Server
  let slowUrl = ""
  beforeAll(async () => {
    // Forwards to the devnet, but holds eth_simulateV1 for 5 s.
    slow = createServer((req, res) => {
      let body = ""
      req.on("data", (d) => (body += d))
      req.on("end", async () => {
        const delay = body.includes("eth_simulateV1") ? 5000 : 0
        await new Promise((r) => setTimeout(r, delay))
        const upstream = await fetch(chain.rpcUrl, { method: "POST", headers: { "content-type": "application/json" }, body })
          .then((r) => r.text())
          .catch(() => "")
        if (!res.destroyed) res.writeHead(200, { "content-type": "application/json" }).end(upstream)
      })
    })
    await new Promise<void>((r) => slow.listen(0, "127.0.0.1", r))
    slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    slow.closeAllConnections()
    await new Promise((r) => slow.close(r))
  })

  it("never holds the review past its time-out, and says the simulation did not run", async () => {
    const c = cases.find((x) => x.shape === "pool-withdraw-to-stranger")!
    const t0 = Date.now()
    const r = await audit(c.request, { ...c.context, rpcUrl: slowUrl, timeoutMs: 300 })
    expect(Date.now() - t0).toBeLessThan(1500)
    expect(r.findings.find((f) => f.id === "simulation-unavailable")?.title).toBe("Simulation failed")
    expect(r.verdict).not.toBe("safe")
  })
})
