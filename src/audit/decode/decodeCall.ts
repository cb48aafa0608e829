/**
 * Decodes one contract call (and, recursively, the calls wrapped inside it) into a UI entry, while
 * recording grants, transfers and flattened calls on the analysis the rules will read.
 */
import { decodeAbiParameters, decodeFunctionData } from "viem"
import type { DecodedCall } from "../types"
import { ABI_BY_SELECTOR, ERC7821_CALLS } from "./abis"
import { formatAmount, isHuge, isUnlimited } from "./amount"
import type { Analysis } from "./analysis"
import { decodeRouterPlan } from "./universalRouter"
import { MAX_DATA_BYTES } from "../normalize/hex"
import { ROUTER_PLACEHOLDERS } from "../known/knownContracts"

const MAX_DEPTH = 4
const MAX_INNER = 64

export type CallInput = { to?: string; value: bigint; data: string }
export type CallOptions = { depth: number; asUser: boolean; inBatch: boolean }

const lower = (v: unknown) => (typeof v === "string" ? v.toLowerCase() : String(v))

/** Decodes `call`; see the module comment. Never throws. */
export function decodeCall(call: CallInput, a: Analysis, opts: CallOptions): DecodedCall {
  const nativeSymbol = a.ctx.token(undefined)
  const entry: DecodedCall = { to: call.to, asUser: opts.asUser }
  if (call.value > 0n) {
    entry.value = formatAmount(call.value, nativeSymbol)
    if (opts.asUser) a.transfers.push({ kind: "native", to: call.to, raw: call.value })
  }
  const selector = call.data.length >= 10 ? call.data.slice(0, 10) : undefined
  entry.selector = selector
  a.calls.push({ to: call.to, value: call.value, data: call.data, selector, args: [], depth: opts.depth, asUser: opts.asUser })
  const flat = a.calls[a.calls.length - 1]
  if (!selector || call.data.length > MAX_DATA_BYTES * 2 + 2) return entry
  const item = ABI_BY_SELECTOR.get(selector)
  if (!item) return entry
  let args: readonly unknown[]
  try {
    args = (decodeFunctionData({ abi: [item], data: call.data as `0x${string}` }).args ?? []) as readonly unknown[]
  } catch {
    entry.args = { error: "the arguments do not match the function signature" }
    return entry
  }
  entry.functionName = item.name
  flat.functionName = item.name
  flat.args = args
  entry.args = {}
  item.inputs.forEach((input, i) => {
    const v = args[i]
    if (input.name && (typeof v !== "object" || v === null)) entry.args![input.name] = String(v).slice(0, 200)
  })
  interpret(item.name, item.inputs.length, args, call, entry, a, opts)
  return entry
}

function interpret(name: string, arity: number, args: readonly unknown[], call: CallInput, entry: DecodedCall, a: Analysis, opts: CallOptions) {
  const token = call.to
  const info = a.ctx.token(token)
  const user = a.req.from
  const grant = (g: Omit<Analysis["grants"][number], "via" | "inBatch">) => {
    if (opts.asUser) a.grants.push({ ...g, via: "transaction", inBatch: opts.inBatch })
  }
  switch (name) {
    case "approve": {
      if (arity === 4) {
        const [tok, spender, amount, expiration] = args as [string, string, bigint, number]
        if (amount === 0n) return
        grant({ kind: "permit2", token: lower(tok), spender: lower(spender), raw: amount, unlimited: isUnlimited(amount), huge: isHuge(amount, a.ctx.token(lower(tok))?.decimals), until: Number(expiration) })
        return
      }
      const [spender, amount] = args as [string, bigint]
      if (amount === 0n) return // a revoke
      entry.args = { spender: lower(spender), amount: formatAmount(amount, info).display }
      grant({ kind: "erc20-approve", token, spender: lower(spender), raw: amount, unlimited: isUnlimited(amount), huge: isHuge(amount, info?.decimals) })
      return
    }
    case "increaseAllowance": {
      const [spender, amount] = args as [string, bigint]
      entry.args = { spender: lower(spender), addedValue: formatAmount(amount, info).display }
      grant({ kind: "erc20-approve", token, spender: lower(spender), raw: amount, unlimited: isUnlimited(amount), huge: isHuge(amount, info?.decimals) })
      return
    }
    case "permit": {
      const [, spender, value, deadline] = args as [string, string, bigint, bigint]
      grant({ kind: "erc20-permit", token, spender: lower(spender), raw: value, unlimited: isUnlimited(value), huge: isHuge(value, info?.decimals), until: Number(deadline > 10n ** 15n ? 10n ** 15n : deadline) })
      return
    }
    case "setApprovalForAll": {
      const [operator, approved] = args as [string, boolean]
      if (!approved) return
      grant({ kind: "nft-operator", token, spender: lower(operator), unlimited: true, huge: true, approved })
      return
    }
    case "transfer": {
      const [to, amount] = args as [string, bigint]
      entry.args = { to: lower(to), amount: formatAmount(amount, info).display }
      if (opts.asUser) a.transfers.push({ kind: "erc20", token, to: lower(to), raw: amount })
      return
    }
    case "transferFrom": {
      if (arity === 4) {
        const [from, to, amount, tok] = args as [string, string, bigint, string]
        if (lower(from) === user) a.transfers.push({ kind: "erc20", token: lower(tok), to: lower(to), raw: amount })
        return
      }
      const [from, to, amount] = args as [string, string, bigint]
      if (opts.asUser && lower(from) === user) {
        const kind = info ? "erc20" : "unknown"
        a.transfers.push({ kind, token, to: lower(to), raw: amount, tokenId: info ? undefined : amount.toString() })
      }
      return
    }
    case "safeTransferFrom": {
      const [from, to, id, amount] = args as [string, string, bigint, unknown]
      if (opts.asUser && lower(from) === user) {
        a.transfers.push({ kind: arity === 5 ? "erc1155" : "erc721", token, to: lower(to), tokenId: String(id), raw: typeof amount === "bigint" ? amount : 1n })
      }
      return
    }
    case "safeBatchTransferFrom": {
      const [from, to, ids] = args as [string, string, readonly bigint[]]
      if (opts.asUser && lower(from) === user) {
        for (const id of ids.slice(0, MAX_INNER)) a.transfers.push({ kind: "erc1155", token, to: lower(to), tokenId: String(id) })
      }
      return
    }
    case "swapExactETHForTokens":
    case "swapExactTokensForTokens":
    case "swapExactTokensForETH":
    case "swapETHForExactTokens": {
      noteRecipient(args[args.length - 2], a)
      return
    }
    case "exactInputSingle":
    case "exactInput": {
      const p = args[0] as { recipient?: string }
      noteRecipient(p?.recipient, a)
      return
    }
    case "multicall": {
      const inner = (arity === 1 ? args[0] : args[1]) as readonly string[]
      // Router multicalls delegate-call the router itself: same authority as the outer call.
      entry.inner = inner.slice(0, MAX_INNER).map((data) => nested({ to: call.to, value: 0n, data }, a, opts, opts.asUser))
      return
    }
    case "aggregate":
    case "tryAggregate":
    case "aggregate3":
    case "aggregate3Value": {
      const list = (name === "tryAggregate" ? args[1] : args[0]) as readonly { target: string; callData: string; value?: bigint }[]
      const self = call.to !== undefined && call.to === user
      entry.inner = list.slice(0, MAX_INNER).map((c) => nested({ to: lower(c.target), value: c.value ?? 0n, data: c.callData }, a, opts, self && opts.asUser))
      return
    }
    case "execute": {
      if (arity === 3 && typeof args[0] === "string" && (args[0] as string).length === 42) {
        const [target, value, data] = args as [string, bigint, string]
        const self = call.to === user
        entry.inner = [nested({ to: lower(target), value, data }, a, opts, self && opts.asUser)]
        return
      }
      if (arity === 2 && typeof args[0] === "string" && (args[0] as string).length === 66) {
        // ERC-7821: batch mode carries abi.encode(Call[]) in executionData.
        const [mode, executionData] = args as [string, string]
        if (mode.slice(2, 4) !== "01") return
        try {
          const [calls] = decodeAbiParameters(ERC7821_CALLS, executionData as `0x${string}`)
          const self = call.to === user
          entry.inner = calls.slice(0, MAX_INNER).map((c) => nested({ to: lower(c.to), value: c.value, data: c.data }, a, opts, self && opts.asUser))
        } catch {
          entry.args = { error: "the batch could not be decoded" }
        }
        return
      }
      // Universal Router
      const [commands, inputs] = args as [string, readonly string[]]
      const steps = decodeRouterPlan(commands, inputs, call.to, opts.asUser)
      entry.inner = steps.map((s) => s.call)
      for (const s of steps) {
        if (s.recipient) noteRecipient(s.recipient, a)
        if (s.permit && opts.asUser) {
          a.grants.push({
            kind: "permit2", via: "transaction", inBatch: true, token: s.permit.token, spender: s.permit.spender, raw: s.permit.amount,
            unlimited: isUnlimited(s.permit.amount), huge: isHuge(s.permit.amount, a.ctx.token(s.permit.token)?.decimals), until: s.permit.expiration
          })
        }
      }
      return
    }
    case "executeBatch": {
      const [calls] = args as [readonly { target: string; value: bigint; data: string }[]]
      const self = call.to === user
      entry.inner = calls.slice(0, MAX_INNER).map((c) => nested({ to: lower(c.target), value: c.value, data: c.data }, a, opts, self && opts.asUser))
      return
    }
  }
}

function nested(call: CallInput, a: Analysis, opts: CallOptions, asUser: boolean): DecodedCall {
  if (opts.depth >= MAX_DEPTH) return { to: call.to, asUser, functionName: "(nested too deep: not decoded)" }
  return decodeCall(call, a, { depth: opts.depth + 1, asUser, inBatch: true })
}

function noteRecipient(value: unknown, a: Analysis) {
  const r = typeof value === "string" ? value.toLowerCase() : undefined
  if (!r || ROUTER_PLACEHOLDERS.has(r) || r === a.req.from || a.ctx.knownName(r)) return
  if (!a.outputRecipients.includes(r)) a.outputRecipients.push(r)
}
