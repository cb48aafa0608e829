import { encodeFunctionData, parseAbi } from "viem"
import { describe, expect, it } from "vitest"
import { ROUTER, run, severityOf, STRANGER, tx, UR, USER } from "../../../test/unit/audit/kit"

const abi = parseAbi(["function execute(bytes commands, bytes[] inputs, uint256 deadline)"])

describe("undecoded-call", () => {
  it("leaves an unknown function on an unknown contract unknown", () => {
    const r = run(tx(STRANGER, "0xdeadbeef0000"))
    expect(severityOf(r, "undecoded-call")).toBe("unknown")
    expect(r.verdict).toBe("unknown")
  })
  it("is only a note on a known contract", () => {
    expect(severityOf(run(tx(ROUTER, "0xdeadbeef")), "undecoded-call")).toBe("info")
    expect(severityOf(run(tx(ROUTER, `0xdeadbeef${"0".repeat(24)}${USER.slice(2)}${"0".repeat(62)}64`)), "undecoded-call")).toBe("info")
  })
  it("is unknown on a known contract when the unread arguments name an unknown address", () => {
    // e.g. a function of the Lido queue the Shield does not decode, naming a stranger
    const r = run(tx("0x889edc2edab5f40e902b864ad4d7ade8e412f9b1", `0xdeadbeef${"0".repeat(62)}40${"0".repeat(24)}${STRANGER.slice(2)}`))
    expect(severityOf(r, "undecoded-call")).toBe("unknown")
    expect(r.verdict).not.toBe("safe")
  })
  it("is unknown when a decoded transaction still holds an unread piece (a router command it cannot read)", () => {
    const plan = encodeFunctionData({ abi, functionName: "execute", args: ["0x21", ["0x"], 1n] })
    const r = run(tx(UR, plan))
    expect(severityOf(r, "undecoded-call")).toBe("unknown")
    expect(r.verdict).toBe("unknown")
  })
})
