import { describe, expect, it } from "vitest"
import { hyperliquidAction, run, severityOf, STRANGER, USER } from "../../../test/unit/audit/kit"

const approveAgent = (agent: string, origin: string) =>
  hyperliquidAction("ApproveAgent", { hyperliquidChain: "Mainnet", agentAddress: agent, agentName: "", nonce: "1767225600000" }, origin)

describe("trading-agent-approval", () => {
  it("is danger when another site asks for an agent", () => {
    const r = run(approveAgent(STRANGER, "https://hyperliquid-airdrop.example"))
    expect(severityOf(r, "trading-agent-approval")).toBe("danger")
    expect(r.verdict).toBe("danger")
  })
  it("is a warning on the exchange's own site", () => {
    expect(severityOf(run(approveAgent(STRANGER, "https://app.hyperliquid.xyz")), "trading-agent-approval")).toBe("warning")
  })
  it("says nothing when the agent is the user's own key", () => {
    expect(severityOf(run(approveAgent(USER, "https://phish.example")), "trading-agent-approval")).toBeUndefined()
  })
})
