import { describe, expect, it } from "vitest"
import { data, run, severityOf, tx, USER } from "../../../test/unit/audit/kit"
import { log, simulated, withSimulation } from "../../../test/unit/audit/simKit"

const ID = "simulation-outflow-unknown-recipient"
const POOL = "0x2222222222222222222222222222222222222222"
const THIEF = "0x3333333333333333333333333333333333333333"
const ASSET = "0x4444444444444444444444444444444444444444"
const RECEIPT = "0x5555555555555555555555555555555555555555"
const BRIDGE = "0x6666666666666666666666666666666666666666"
const FRIEND = "0x7777777777777777777777777777777777777777"
const ZERO = "0x0000000000000000000000000000000000000000"
const UNISWAP_ROUTER = "0x68b3465833fb72a70ecdf485e0e4c7bd8665fc45"
const call = (to: string, value = 0n) => tx(to, "0x12345678", value)
const contract = { isContract: true, codeSize: 3000 }
const wallet = { isContract: false, codeSize: 0 }

describe(ID, () => {
  it("is danger when a withdraw burns your receipt and pays a stranger", () => {
    const sim = simulated([log.erc20(RECEIPT, USER, ZERO, 5n), log.erc20(ASSET, POOL, THIEF, 5n)])
    const r = run(call(POOL), withSimulation(sim, { accounts: { [POOL]: contract, [THIEF]: wallet } }))
    expect(severityOf(r, ID)).toBe("danger")
    expect(r.verdict).toBe("danger")
    expect(r.findings.find((f) => f.id === ID)?.title).toContain("0x3333")
  })

  it("is silent when the same withdraw pays you", () => {
    const sim = simulated([log.erc20(RECEIPT, USER, ZERO, 5n), log.erc20(ASSET, POOL, USER, 5n)])
    expect(severityOf(run(call(POOL), withSimulation(sim, { accounts: { [POOL]: contract } })), ID)).toBeUndefined()
  })

  it("tells a bridge deposit for you from one for a stranger by the bridge's own record", () => {
    const mine = simulated([log.native(USER, BRIDGE, 10n), log.record(BRIDGE, [USER, USER])])
    const theirs = simulated([log.native(USER, BRIDGE, 10n), log.record(BRIDGE, [USER, THIEF])])
    const facts = { accounts: { [BRIDGE]: contract } }
    expect(severityOf(run(call(BRIDGE, 10n), withSimulation(mine, facts)), ID)).toBeUndefined()
    expect(severityOf(run(call(BRIDGE, 10n), withSimulation(theirs, facts)), ID)).toBe("danger")
  })

  it("is danger when an unknown contract keeps your assets and records no one", () => {
    const sim = simulated([log.native(USER, POOL, 10n)])
    expect(severityOf(run(call(POOL, 10n), withSimulation(sim, { accounts: { [POOL]: contract } })), ID)).toBe("danger")
  })

  it("leaves a recipient the request names itself, or one from your history, to the request rules", () => {
    const sim = simulated([log.native(USER, FRIEND, 10n)])
    expect(severityOf(run(tx(FRIEND, "0x", 10n), withSimulation(sim, { accounts: { [FRIEND]: wallet } })), ID)).toBeUndefined()
    const pulled = simulated([log.erc20(ASSET, USER, FRIEND, 5n)])
    expect(severityOf(run(call(POOL), withSimulation(pulled, { accounts: { [FRIEND]: wallet } }, { history: [FRIEND] })), ID)).toBeUndefined()
  })

  it("is danger even when the contract called is a well-known one", () => {
    const sim = simulated([log.erc20(ASSET, USER, THIEF, 5n)])
    const r = run(tx(UNISWAP_ROUTER, "0x12345678"), withSimulation(sim, { accounts: { [THIEF]: wallet } }))
    expect(severityOf(r, ID)).toBe("danger")
  })

  it("is silent when something comes back (a swap), and without a simulation", () => {
    const swap = simulated([log.erc20(ASSET, USER, POOL, 5n), log.erc20(RECEIPT, POOL, USER, 4n)])
    expect(severityOf(run(call(POOL), withSimulation(swap, { accounts: { [POOL]: contract } })), ID)).toBeUndefined()
    expect(severityOf(run(tx(ASSET, data.transfer(THIEF, 5n))), ID)).toBeUndefined()
  })
})
