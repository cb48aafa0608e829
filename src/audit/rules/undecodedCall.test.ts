import { describe, expect, it } from "vitest"
import { ROUTER, run, severityOf, STRANGER, tx, USER } from "../../../test/unit/audit/kit"

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
    // e.g. a Lido withdrawal request whose owner (who receives the withdrawal NFT) is a stranger
    const r = run(tx("0x889edc2edab5f40e902b864ad4d7ade8e412f9b1", `0xd6681042${"0".repeat(62)}40${"0".repeat(24)}${STRANGER.slice(2)}`))
    expect(severityOf(r, "undecoded-call")).toBe("unknown")
    expect(r.verdict).not.toBe("safe")
  })
})
