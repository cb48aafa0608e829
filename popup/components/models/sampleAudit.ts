import type { ExplainInput } from "~src/llm/prompt/types"

/** A fixed request to try the explanation on: an unlimited token approval to an unknown address. */
export const SAMPLE_AUDIT: ExplainInput = {
  verdict: "danger",
  method: "eth_sendTransaction",
  origin: "https://example-dapp.test",
  summary: "Approve an unknown address to spend all of your USDC.",
  findings: [
    {
      id: "unlimited-approval",
      severity: "danger",
      title: "Unlimited approval",
      detail: "The spender could take every USDC you hold, now or later, without asking again."
    },
    { id: "spender-eoa", severity: "warning", title: "Spender is a plain account", detail: "The spender is not a contract, which is unusual for a real dapp." }
  ]
}
