/**
 * A batch (wallet_sendCalls, a 7702 self-batch) that slips an approval to a spender nobody knows in among
 * other calls — the 2025 batch-drainer shape. Every call is decoded, not just the first.
 */
import type { Analysis, Grant } from "../decode/analysis"
import { readUnreadArgs } from "../decode/unreadArgs"
import type { Rule } from "./rule"
import { finding } from "./rule"
import { label, standing } from "./helpers"

/**
 * A bounded allowance spent at once by the batch itself: the spender is called later in the same batch
 * by the user, and that call names no stranger (approve 1 sfrxETH-worth, then deposit for yourself). Not
 * hidden: the batch shows what uses it. (Unlimited or operator grants never qualify.)
 */
function spentInBatch(a: Analysis, g: Grant): boolean {
  if (g.unlimited || g.huge || g.kind !== "erc20-approve" || g.power) return false
  return a.calls.some((c) => c.asUser && c.to === g.spender && c.data.length >= 10 && readUnreadArgs(a, c.to, c.data).strangers.length === 0)
}

export const batchHiddenApproval: Rule = {
  id: "batch-hidden-approval",
  severity: "danger",
  description: "A batch of calls that includes an approval or operator grant to a spender that is not a known contract.",
  check(a) {
    const batched = a.req.kind === "batch" ? (a.req.calls?.length ?? 0) > 1 : false
    const hidden = a.grants.filter((g) => (batched || g.inBatch) && g.via === "transaction" && standing(a, g.spender) !== "known" && !spentInBatch(a, g))
    if (hidden.length === 0) return []
    const n = a.req.kind === "batch" ? a.req.calls!.length : a.calls.length
    return [
      finding(
        this,
        "Approval hidden in a batch",
        `Among ${n} calls, ${hidden.length} grant${hidden.length > 1 ? "" : "s"} ${hidden
          .slice(0, 2)
          .map((g) => label(a, g.spender))
          .join(" and ")} the right to move your assets. Batches are used to slip approvals past you.`
      )
    ]
  }
}
