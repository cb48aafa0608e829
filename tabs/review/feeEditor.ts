import { formatEther, formatGwei, parseGwei, type Hex } from "viem"

import { el } from "~contents/lib/overlay/dom"
import { type FeeEdit, type FeeView, feeProblem } from "~src/wallet/feeEdit"

/**
 * The fees of a transaction from Mamori's own wallet, filled from the chain's node and editable here (in gwei).
 * Every change is checked with the wallet's own rule (`feeProblem`); `onChange` gets the edit in hex wei, or
 * `undefined` with the reason when it cannot be signed (Continue then stays disabled).
 */
export function renderFeeEditor(fees: FeeView, onChange: (edit: FeeEdit | undefined, problem?: string) => void): HTMLElement {
  const names = fees.type === "0x2" ? (["maxFeePerGas", "maxPriorityFeePerGas"] as const) : (["gasPrice"] as const)
  const labels: Record<string, [string, string]> = {
    maxFeePerGas: ["Max fee (gwei per gas)", "fee-max"],
    maxPriorityFeePerGas: ["Priority fee (gwei per gas)", "fee-tip"],
    gasPrice: ["Gas price (gwei per gas)", "fee-price"]
  }
  const current = fees as unknown as Record<string, Hex>
  const inputs = names.map((n) =>
    el("input", { attrs: { type: "text", inputmode: "decimal", value: formatGwei(BigInt(current[n]!)), "data-testid": labels[n]![1], "aria-label": labels[n]![0] } })
  )
  const total = el("p", { class: "mono", attrs: { "data-testid": "fee-total" } })
  const problemLine = el("p", { class: "fee-problem", attrs: { "data-testid": "fee-problem", role: "alert" } })
  const symbol = fees.symbol ?? "(native coin)"
  const read = (): FeeEdit | string => {
    const edit: Record<string, Hex> = {}
    for (let i = 0; i < names.length; i++) {
      const text = inputs[i]!.value.trim()
      if (!/^\d{1,9}(\.\d{1,9})?$/.test(text)) return `${labels[names[i]!]![0]}: a number of gwei, such as 1.5.`
      edit[names[i]!] = `0x${parseGwei(text).toString(16)}`
    }
    return feeProblem(fees, edit) ?? (edit as FeeEdit)
  }
  const update = () => {
    const edit = read()
    if (typeof edit === "string") {
      problemLine.textContent = edit
      total.textContent = ""
      onChange(undefined, edit)
      return
    }
    problemLine.textContent = ""
    const perGas = "gasPrice" in edit ? edit.gasPrice : edit.maxFeePerGas
    total.textContent = `Network fee: at most ${formatEther(BigInt(fees.gas) * BigInt(perGas))} ${symbol} (gas limit ${BigInt(fees.gas)})`
    onChange(edit)
  }
  for (const input of inputs)
    input.addEventListener("input", (e) => {
      if (e.isTrusted) update()
    })
  const rows = names.map((n, i) => el("label", { class: "fee" }, el("span", { text: labels[n]![0] }), inputs[i]!))
  const node = el("div", { attrs: { "data-testid": "fees" } }, el("h3", { text: "Network fee (filled from the chain's node; you may change it)" }), ...rows, total, problemLine)
  update()
  return node
}
