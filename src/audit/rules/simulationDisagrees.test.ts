import { describe, expect, it } from "vitest"
import { data, MAX, run, severityOf, tx, USER } from "../../../test/unit/audit/kit"
import { log, simulated, withSimulation } from "../../../test/unit/audit/simKit"

const ID = "simulation-disagrees"
const FRIEND = "0x7777777777777777777777777777777777777777"
const FEES = "0x8888888888888888888888888888888888888888"
const TOKEN = "0x4444444444444444444444444444444444444444"
const OTHER_TOKEN = "0x5555555555555555555555555555555555555555"
const THIEF = "0x3333333333333333333333333333333333333333"
const wallet = { isContract: false, codeSize: 0 }

describe(ID, () => {
  it("says when a token transfer takes a fee to a third party on the way", () => {
    const sim = simulated([log.erc20(TOKEN, USER, FRIEND, 90n), log.erc20(TOKEN, USER, FEES, 10n)])
    const r = run(tx(TOKEN, data.transfer(FRIEND, 100n)), withSimulation(sim, { accounts: { [FEES]: wallet, [FRIEND]: wallet } }))
    expect(severityOf(r, ID)).toBe("warning")
    const detail = r.findings.find((f) => f.id === ID)!.detail
    expect(detail).toContain("100")
    expect(detail).toContain("90")
    expect(detail).toContain("0x8888")
    // The fee's recipient is a stranger the request does not show: the outflow rule makes it danger.
    expect(r.verdict).toBe("danger")
  })

  it("says when a 'transfer' moves another token than the one called", () => {
    const sim = simulated([log.erc20(OTHER_TOKEN, USER, THIEF, 5n)])
    const r = run(tx(TOKEN, data.transfer(FRIEND, 5n)), withSimulation(sim, { accounts: { [THIEF]: wallet } }))
    expect(severityOf(r, ID)).toBe("warning")
  })

  it("says when the simulation grants a right the request does not show, and the grant rules judge it", () => {
    const sim = simulated([log.erc20(TOKEN, USER, FRIEND, 5n), log.approval(TOKEN, USER, THIEF, MAX)])
    const r = run(tx(TOKEN, data.transfer(FRIEND, 5n)), withSimulation(sim, { accounts: { [THIEF]: wallet } }))
    expect(severityOf(r, ID)).toBe("warning")
    expect(severityOf(r, "approval-to-eoa")).toBe("danger")
    expect(r.decoded.allowances.map((x) => x.spender)).toContain(THIEF)
  })

  it("is silent when the simulation matches, and for calls the decoder does not know", () => {
    const same = simulated([log.erc20(TOKEN, USER, FRIEND, 100n)])
    expect(severityOf(run(tx(TOKEN, data.transfer(FRIEND, 100n)), withSimulation(same)), ID)).toBeUndefined()
    const approve = simulated([log.approval(TOKEN, USER, THIEF, 5n)])
    expect(severityOf(run(tx(TOKEN, data.approve(THIEF, 5n)), withSimulation(approve)), ID)).toBeUndefined()
    const undecoded = simulated([log.erc20(TOKEN, USER, THIEF, 1n)])
    expect(severityOf(run(tx(TOKEN, "0x12345678"), withSimulation(undecoded)), ID)).toBeUndefined()
  })
})
