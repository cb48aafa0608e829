import { describe, expect, it } from "vitest"
import { run, severityOf, STRANGER, tx, USDC, USER } from "../../../test/unit/audit/kit"

const word = (hex: string) => hex.replace(/^0x/, "").padStart(64, "0")
const MAXW = "f".repeat(64)
const BALANCER_VAULT = "0xba12222222228d8ba445958a75a0704d566bf2c8"
const UNKNOWN_CONTRACT = "0x5f4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b"

describe("unread-call-names-stranger and the generic reading of unread calls", () => {
  it("warns when an unread call names a stranger in no clearer shape", () => {
    const r = run(tx(UNKNOWN_CONTRACT, `0xdeadbeef${word("40")}${word(STRANGER)}`))
    expect(severityOf(r, "unread-call-names-stranger")).toBe("warning")
    expect(r.verdict).toBe("warning")
  })
  it("says nothing when the unread call names only you and known tokens", () => {
    const r = run(tx(UNKNOWN_CONTRACT, `0xdeadbeef${word(USER)}${word(USDC)}${word("64")}`))
    expect(severityOf(r, "unread-call-names-stranger")).toBeUndefined()
    expect(r.verdict).toBe("unknown")
  })
  it("reads an unlimited amount beside a stranger as an unlimited grant (approveAndCall, ERC-1363)", () => {
    const r = run(tx(USDC, `0x3177029f${word(STRANGER)}${MAXW}`))
    expect(severityOf(r, "grant-to-unknown-party")).toBe("danger")
  })
  it("reads f(stranger) and a flag switched on for a stranger as a power handed over", () => {
    expect(severityOf(run(tx(UNKNOWN_CONTRACT, `0xa3b22fc4${word(STRANGER)}`)), "grant-to-unknown-party")).toBe("danger")
    expect(severityOf(run(tx(BALANCER_VAULT, `0xfa6e671d${word(USER)}${word(STRANGER)}${word("1")}`)), "grant-to-unknown-party")).toBe("danger")
  })
  it("reads a known protocol's unread call naming you and a stranger as an outflow to the stranger", () => {
    const r = run(tx(BALANCER_VAULT, `0xa318c1a4${word("3b9aca00")}${word(STRANGER)}${word(USER)}${word("2710")}`))
    expect(severityOf(r, "outflow-to-stranger")).toBe("danger")
  })
  it("never lowers: an unread call without strangers stays unknown, never safe", () => {
    const r = run(tx(UNKNOWN_CONTRACT, `0xdeadbeef${word("1")}`))
    expect(r.verdict).toBe("unknown")
  })
})
