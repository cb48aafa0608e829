import { describe, expect, it } from "vitest"
import { run, severityOf, STRANGER, typed, USER } from "../../../test/unit/audit/kit"

const DOMAIN = { name: "HyperliquidSignTransaction", version: "1", chainId: 1, verifyingContract: "0x0000000000000000000000000000000000000000" }
const approveAgent = (agent: string, origin: string) => ({
  ...typed(
    "HyperliquidTransaction:ApproveAgent",
    {
      "HyperliquidTransaction:ApproveAgent": [
        { name: "hyperliquidChain", type: "string" },
        { name: "agentAddress", type: "address" },
        { name: "agentName", type: "string" },
        { name: "nonce", type: "uint64" }
      ]
    },
    DOMAIN,
    { hyperliquidChain: "Mainnet", agentAddress: agent, agentName: "", nonce: "1767225600000" }
  ),
  origin
})

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
