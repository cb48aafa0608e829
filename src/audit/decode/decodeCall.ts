/**
 * Decodes one contract call (and, recursively, the calls wrapped inside it) into a UI entry, while
 * recording grants, transfers, payouts and unknown pieces on the analysis the rules will read.
 * The selector and fixed arguments are decoded whatever trails them: calldata beyond 128 KB is cut before
 * decoding (a page cannot hide an approval behind a padding blob).
 */
import { decodeAbiParameters, decodeFunctionData } from "viem"
import type { DecodedCall } from "../types"
import { ABI_BY_SELECTOR, ERC7821_CALLS, PAYOUT_BY_SELECTOR } from "./abis"
import { readPayout } from "./payoutArgs"
import { formatAmount, isHuge, isUnlimited } from "./amount"
import type { Analysis, Grant } from "./analysis"
import { decodePositionPlan, decodeRouterPlan, type RouterStep } from "./universalRouter"
import { MAX_DATA_BYTES, short } from "../normalize/hex"
import { ROUTER_PLACEHOLDERS } from "../known/knownContracts"
import { isSafeLibrary, isSafeMultiSend } from "../known/protocolContracts"
import { emit, emitUnknown } from "../effects/emit"
import { decodeMultiSend } from "./multiSend"
import { judgeUnreadCall } from "./unreadArgs"
import type { GrantPower } from "../effects/types"

const MAX_DEPTH = 4
const MAX_INNER = 64

export type CallInput = { to?: string; value: bigint; data: string }
/**
 * `single`: this call is the only thing a plain top-level request does, one wrapper down (a Safe's
 * `execTransaction`, a smart account's single `execute`): its send counts as the user's own plain send.
 */
export type CallOptions = { depth: number; asUser: boolean; inBatch: boolean; single?: boolean }

const lower = (v: unknown) => (typeof v === "string" ? v.toLowerCase() : "")

/** Decodes `call`; see the module comment. Never throws. */
export function decodeCall(call: CallInput, a: Analysis, opts: CallOptions): DecodedCall {
  const nativeSymbol = a.ctx.token(undefined)
  const entry: DecodedCall = { to: call.to, asUser: opts.asUser }
  const selector = call.data.length >= 10 ? call.data.slice(0, 10) : undefined
  if (call.value > 0n) {
    entry.value = formatAmount(call.value, nativeSymbol)
    if (opts.asUser) {
      const plain = !selector
      a.transfers.push({
        kind: "native",
        to: call.to,
        raw: call.value,
        inBatch: opts.inBatch,
        via: plain ? "native transfer" : "value sent with a call",
        direct: plain && ((opts.depth === 0 && !opts.inBatch) || !!opts.single)
      })
    }
  }
  entry.selector = selector
  a.calls.push({ to: call.to, value: call.value, data: call.data, selector, args: [], depth: opts.depth, asUser: opts.asUser })
  const flat = a.calls[a.calls.length - 1]
  if (!selector) return entry
  const item = ABI_BY_SELECTOR.get(selector)
  if (!item) {
    if (receiverFirst(call, a, flat, entry)) return entry
    if (opts.asUser) {
      emitUnknown(a, `a call the Shield cannot read (function ${selector} on ${short(call.to)})`, call.to, call.value)
      judgeUnreadCall(a, call, opts.inBatch)
    }
    return entry
  }
  // Decode at most the first 128 KB: fixed arguments sit at the front, trailing bytes change nothing.
  const long = call.data.length > MAX_DATA_BYTES * 2 + 2
  const data = long ? call.data.slice(0, MAX_DATA_BYTES * 2 + 2) : call.data
  if (long && a.unreadable.length < 10) a.unreadable.push(`calldata to ${short(call.to)} beyond 128 KB was not read (the function and its fixed arguments were)`)
  let args: readonly unknown[]
  try {
    args = (decodeFunctionData({ abi: [item], data: data as `0x${string}` }).args ?? []) as readonly unknown[]
  } catch {
    entry.args = { error: "the arguments do not match the function signature" }
    if (opts.asUser) emitUnknown(a, `a ${item.name} call whose arguments do not match its signature (to ${short(call.to)})`, call.to, call.value)
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
  const payout = PAYOUT_BY_SELECTOR.get(selector)
  if (payout && opts.asUser) readPayout(payout, item, args, call, a)
  return entry
}

/**
 * Routers whose every action names its receiver first (Pendle's router: `swapExactTokenForPt(receiver, …)`,
 * `redeemPyToToken(receiver, …)`, …): the first argument says where the output goes even when the action
 * itself is not decoded. Paying the user: read. Paying anyone else: an outflow, and the call stays unread.
 */
function receiverFirst(call: CallInput, a: Analysis, flat: Analysis["calls"][number], entry: DecodedCall): boolean {
  if (!a.ctx.knownName(call.to)?.startsWith("Pendle Router") || call.data.length < 74) return false
  const word = call.data.slice(10, 74)
  if (!word.startsWith("000000000000000000000000")) return false
  const receiver = `0x${word.slice(24)}`
  if (receiver === a.req.from) {
    flat.functionName = entry.functionName = "(Pendle router action paying you)"
    return true
  }
  a.transfers.push({ kind: "unknown", token: call.to, to: receiver, via: "Pendle router output paid to another address", inBatch: true })
  return false
}

function interpret(name: string, arity: number, args: readonly unknown[], call: CallInput, entry: DecodedCall, a: Analysis, opts: CallOptions) {
  const token = call.to
  const info = a.ctx.token(token)
  const user = a.req.from
  const direct = (opts.depth === 0 && !opts.inBatch) || !!opts.single
  const grant = (g: Omit<Grant, "via" | "inBatch">) => {
    if (opts.asUser) a.grants.push({ ...g, via: "transaction", inBatch: opts.inBatch })
  }
  const power = (p: GrantPower, to: string | undefined, extra: Partial<Grant> = {}) =>
    grant({ kind: "erc20-approve", power: p, token, spender: to ?? "", unlimited: true, huge: true, ...extra })
  switch (name) {
    case "approve": {
      if (arity === 4) {
        const [tok, spender, amount, expiration] = args as [string, string, bigint, number]
        if (amount === 0n) return
        grant({
          kind: "permit2",
          token: lower(tok),
          spender: lower(spender),
          raw: amount,
          unlimited: isUnlimited(amount),
          huge: isHuge(amount, a.ctx.token(lower(tok))?.decimals),
          until: Number(expiration)
        })
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
      grant({
        kind: "erc20-permit",
        token,
        spender: lower(spender),
        raw: value,
        unlimited: isUnlimited(value),
        huge: isHuge(value, info?.decimals),
        until: Number(deadline > 10n ** 15n ? 10n ** 15n : deadline)
      })
      return
    }
    case "setApprovalForAll": {
      const [operator, approved] = args as [string, boolean]
      if (!approved) return
      grant({ kind: "nft-operator", token, spender: lower(operator), unlimited: true, huge: true, approved })
      return
    }
    case "approveDelegation": {
      const [delegatee, amount] = args as [string, bigint]
      if (amount === 0n) return
      grant({
        kind: "erc20-approve",
        power: "credit-delegation",
        token,
        spender: lower(delegatee),
        raw: amount,
        unlimited: isUnlimited(amount),
        huge: isHuge(amount, info?.decimals)
      })
      return
    }
    case "allow":
    case "setAuthorization": {
      const [manager, on] = args as [string, boolean]
      if (on) power("manager", lower(manager))
      return
    }
    case "transfer": {
      const [to, amount] = args as [string, bigint]
      entry.args = { to: lower(to), amount: formatAmount(amount, info).display }
      if (opts.asUser) a.transfers.push({ kind: "erc20", token, to: lower(to), raw: amount, inBatch: opts.inBatch, direct })
      return
    }
    case "transferFrom": {
      if (arity === 4) {
        const [from, to, amount, tok] = args as [string, string, bigint, string]
        if (lower(from) === user) a.transfers.push({ kind: "erc20", token: lower(tok), to: lower(to), raw: amount, via: "Permit2 transferFrom", inBatch: opts.inBatch })
        return
      }
      const [from, to, amount] = args as [string, string, bigint]
      // Out of the user's account, whoever calls (a Multicall3 or a wallet's inner call spends the user's allowance).
      if (lower(from) === user) {
        const kind = info ? "erc20" : "unknown"
        // A known ERC-20 is sent with transfer(); transferFrom out of one's own account is a drainer's shape.
        // (On an NFT collection, transferFrom is an ordinary send.)
        a.transfers.push({
          kind,
          token,
          to: lower(to),
          raw: amount,
          tokenId: info ? undefined : amount.toString(),
          inBatch: opts.inBatch,
          via: "transferFrom",
          direct: !info && direct
        })
      }
      return
    }
    case "safeTransferFrom": {
      const [from, to, id, amount] = args as [string, string, bigint, unknown]
      if (lower(from) === user) {
        a.transfers.push({
          kind: arity === 5 ? "erc1155" : "erc721",
          token,
          to: lower(to),
          tokenId: String(id),
          raw: typeof amount === "bigint" ? amount : 1n,
          inBatch: opts.inBatch,
          direct
        })
      }
      return
    }
    case "safeBatchTransferFrom": {
      const [from, to, ids] = args as [string, string, readonly bigint[]]
      if (lower(from) === user) {
        for (const id of ids.slice(0, MAX_INNER)) a.transfers.push({ kind: "erc1155", token, to: lower(to), tokenId: String(id), inBatch: true })
      }
      return
    }
    case "swapExactETHForTokens":
    case "swapExactTokensForTokens":
    case "swapExactTokensForETH":
    case "swapETHForExactTokens":
    case "swapExactTokensForTokensSupportingFeeOnTransferTokens":
    case "swapExactETHForTokensSupportingFeeOnTransferTokens":
    case "swapExactTokensForETHSupportingFeeOnTransferTokens": {
      noteRecipient(args[args.length - 2], a, "swap output")
      return
    }
    case "exactInputSingle":
    case "exactInput":
    case "exactOutputSingle":
    case "exactOutput": {
      const p = args[0] as { recipient?: string }
      noteRecipient(p?.recipient, a, "swap output")
      return
    }
    case "sweepToken": {
      if (arity === 3) noteRecipient(args[2], a, "router sweepToken", lower(args[0]))
      return
    }
    case "unwrapWETH9": {
      if (arity === 2) noteRecipient(args[1], a, "router unwrapWETH9")
      return
    }
    case "swap": {
      const desc = args[1] as { dstReceiver?: string; dstToken?: string }
      noteRecipient(desc?.dstReceiver, a, "aggregator swap output", lower(desc?.dstToken))
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
      entry.inner = list.slice(0, MAX_INNER).map((c) => {
        const inner = { to: lower(c.target), value: c.value ?? 0n, data: c.callData }
        // aggregate3Value forwards the coin the user sent: a plain forward is the user's send, through a batch.
        if (!self && opts.asUser && inner.value > 0n) forwarded(inner, a, "Multicall3")
        return nested(inner, a, opts, self && opts.asUser)
      })
      return
    }
    case "execute_ncC":
    case "execute": {
      if (arity === 3 && typeof args[0] === "object" && args[0] !== null) {
        // 0x Settler: where the bought tokens go.
        noteRecipient((args[0] as { recipient?: string }).recipient, a, "aggregator swap output", lower((args[0] as { buyToken?: string }).buyToken))
        return
      }
      if (arity === 4 && typeof args[0] === "string") {
        // Kernel v2: execute(to, value, data, operation); operation 1 is a delegatecall from the account.
        const [target, value, data, operation] = args as [string, bigint, string, number]
        if (Number(operation) === 1 && opts.asUser && !a.ctx.knownName(lower(target)) && !a.delegatecalls.includes(lower(target))) a.delegatecalls.push(lower(target))
        entry.inner = [asAccount(a, call.to, opts, (asUser) => nested({ to: lower(target), value, data }, a, opts, asUser))]
        return
      }
      if (arity === 3 && typeof args[0] === "string" && (args[0] as string).length === 42) {
        const [target, value, data] = args as [string, bigint, string]
        const single = opts.depth === 0 && !opts.inBatch
        entry.inner = [asAccount(a, call.to, opts, (asUser) => nested({ to: lower(target), value, data }, a, opts, asUser, single))]
        return
      }
      if (arity === 2 && typeof args[0] === "string" && (args[0] as string).length === 42) {
        // DSProxy: delegatecalls `target` with the proxy's authority (the user's proxy, the user's assets).
        const [target, data] = args as [string, string]
        if (opts.asUser && !a.ctx.knownName(lower(target)) && !a.delegatecalls.includes(lower(target))) a.delegatecalls.push(lower(target))
        entry.inner = [asAccount(a, call.to, opts, (asUser) => nested({ to: lower(target), value: call.value, data }, a, opts, asUser))]
        return
      }
      if (arity === 2 && typeof args[0] === "string" && (args[0] as string).length === 66) {
        // ERC-7821 / ERC-7579 (Kernel, Nexus, Safe7579, 7702 accounts): the mode's first byte is the call
        // type — 0x00 one packed call, 0x01 abi.encode(Call[]), 0xff a delegatecall (packed target | data).
        // Executions a page builds for the account are judged as a batch, never as the user's own plain send.
        const [mode, executionData] = args as [string, string]
        const callType = mode.slice(2, 4)
        if (callType === "ff" && executionData.length >= 42) {
          const target = lower(`0x${executionData.slice(2, 42)}`)
          if (opts.asUser && !a.ctx.knownName(target) && !a.delegatecalls.includes(target)) a.delegatecalls.push(target)
          entry.inner = [asAccount(a, call.to, opts, (asUser) => nested({ to: target, value: 0n, data: `0x${executionData.slice(42)}` }, a, opts, asUser))]
          return
        }
        const calls = callType === "00" || callType === "01" ? executions(mode, executionData) : []
        if (calls.length === 0) {
          entry.args = { error: "the executions could not be decoded" }
          if (opts.asUser) emitUnknown(a, `an account execute the Shield could not read (mode ${mode.slice(0, 10)})`, call.to, call.value)
          return
        }
        entry.inner = asAccount(a, call.to, opts, (asUser) => calls.map((c) => nested(c, a, opts, asUser)))
        return
      }
      // Universal Router
      const [commands, inputs] = args as [string, readonly string[]]
      routerSteps(decodeRouterPlan(commands, inputs, call.to, opts.asUser), call, entry, a, opts)
      return
    }
    case "modifyLiquidities": {
      routerSteps(decodePositionPlan(args[0] as string, call.to, opts.asUser), call, entry, a, opts)
      return
    }
    case "executeBatch_y6U":
    case "executeBatch": {
      let calls: { target: string; value: bigint; data: string }[]
      if (arity === 1) calls = [...(args[0] as readonly { target: string; value: bigint; data: string }[])]
      else {
        // ERC-4337 SimpleAccount: parallel arrays (with or without values).
        const dest = args[0] as readonly string[]
        const values = arity === 3 ? (args[1] as readonly bigint[]) : []
        const datas = args[arity - 1] as readonly string[]
        calls = dest.slice(0, MAX_INNER).map((target, i) => ({ target, value: values[i] ?? 0n, data: datas[i] ?? "0x" }))
      }
      entry.inner = asAccount(a, call.to, opts, (asUser) => calls.slice(0, MAX_INNER).map((c) => nested({ to: lower(c.target), value: c.value, data: c.data }, a, opts, asUser)))
      return
    }
    case "handleOps": {
      // ERC-4337 EntryPoint: each operation's callData is run by its sender account.
      const [ops] = args as [readonly { sender: string; callData: string }[]]
      entry.inner = ops
        .slice(0, MAX_INNER)
        .map((op) => asAccount(a, lower(op.sender), opts, (asUser) => nested({ to: lower(op.sender), value: 0n, data: op.callData }, a, opts, asUser)))
      return
    }
    case "redeemDelegations": {
      // MetaMask Delegation Framework: each execution runs as the delegating account (ERC-7579 encoding:
      // mode byte 0x00 = one packed call, 0x01 = abi-encoded batch). Judged as calls made for the user.
      const [, modes, datas] = args as [readonly string[], readonly string[], readonly string[]]
      if (opts.asUser) emitUnknown(a, "calls redeemed through a delegation: they run as the account that signed it", call.to)
      entry.inner = []
      datas.slice(0, MAX_INNER).forEach((d, i) => {
        for (const c of executions(modes[i] ?? "", d)) entry.inner!.push(nested(c, a, opts, opts.asUser))
      })
      return
    }
    case "exec": {
      // 0x AllowanceHolder: lets `target` (a 0x Settler) pull the amount for this call, then calls it.
      const [, , , target, data] = args as [string, string, bigint, string, string]
      entry.inner = [nested({ to: lower(target), value: call.value, data }, a, opts, false)]
      return
    }
    case "execTransaction": {
      // The user executes a Safe transaction: the inner call runs as the Safe (the user's account).
      const [to, value, data, operation] = args as [string, bigint, string, number]
      entry.inner = [asSafe(a, call.to, () => safeCall({ to: lower(to), value, data, operation: Number(operation) }, a, opts, opts.depth === 0 && !opts.inBatch))]
      return
    }
    case "multiSend": {
      // Reached as a Safe's delegatecall: each item runs as the Safe (the current "user").
      const exact = decodeMultiSend(args[0] as string)
      // A payload that does not parse exactly is still read as far as it goes: a delegatecall or a transfer
      // in it counts, and the cut-short part stays an unknown piece.
      const items = exact ?? decodeMultiSend(args[0] as string, true) ?? []
      if (exact === undefined && opts.asUser) emitUnknown(a, "a Safe MultiSend payload that could not be decoded", call.to)
      entry.inner = items.slice(0, MAX_INNER).map((it) => safeCall(it, a, { ...opts, inBatch: true }))
      return
    }
    case "addOwnerWithThreshold":
      return power("safe-owner", lower(args[0]))
    case "swapOwner":
      return power("safe-owner", lower(args[2]))
    case "removeOwner":
    case "changeThreshold":
      return power("safe-threshold", undefined)
    case "enableModule":
      return power("safe-module", lower(args[0]))
    case "setGuard":
    case "setModuleGuard":
      return power("safe-guard", lower(args[0]))
    case "setFallbackHandler":
      return power("safe-fallback", lower(args[0]))
    case "transferOwnership":
    case "changeAdmin":
    case "setOwner":
    case "upgradeTo":
    case "upgradeToAndCall":
      return power("ownership", lower(args[0]))
  }
}

/** Router and position-manager plan steps: payouts to others, unread steps, permits inside the plan. */
function routerSteps(steps: RouterStep[], call: CallInput, entry: DecodedCall, a: Analysis, opts: CallOptions) {
  entry.inner = steps.map((s) => s.call)
  // V2 routes pull the input straight into the pair (PERMIT2_TRANSFER_FROM → pair, then a swap the router
  // pays from): that pull feeds the plan's own swap, it is not a payout.
  const swaps = steps.some((s) => /SWAP/.test(s.call.functionName ?? ""))
  for (const s of steps) {
    const feedsSwap = swaps && s.call.functionName === "PERMIT2_TRANSFER_FROM"
    if (s.recipient && s.recipient !== call.to && !feedsSwap) noteRecipient(s.recipient, a, `router ${s.call.functionName}`, s.token)
    if (s.unknown && opts.asUser) emitUnknown(a, `a router step the Shield cannot read (${s.call.functionName})`, call.to)
    if (s.permit && opts.asUser) {
      a.grants.push({
        kind: "permit2",
        via: "transaction",
        inBatch: true,
        token: s.permit.token,
        spender: s.permit.spender,
        raw: s.permit.amount,
        unlimited: isUnlimited(s.permit.amount),
        huge: isHuge(s.permit.amount, a.ctx.token(s.permit.token)?.decimals),
        until: s.permit.expiration
      })
    }
  }
}

/**
 * Smart-account `execute` / `executeBatch`: the inner calls run as the account. Sent by the user to their
 * own address (a 7702 account) or to a smart account only its owner can drive (ERC-4337 wallets, Coinbase
 * Smart Wallet): either way the assets moved are the user's.
 */
function asAccount<T>(a: Analysis, account: string | undefined, opts: CallOptions, fn: (asUser: boolean) => T): T {
  if (!opts.asUser) return fn(false)
  if (!account || account === a.req.from) return fn(true)
  return asSafe(a, account, () => fn(true))
}

/** ERC-7579 execution data: one packed call (mode 0x00…) or an abi-encoded batch (mode 0x01…). */
function executions(mode: string, data: string): CallInput[] {
  try {
    if (mode.slice(2, 4) === "01") {
      const [calls] = decodeAbiParameters(ERC7821_CALLS, data as `0x${string}`)
      return calls.slice(0, MAX_INNER).map((c) => ({ to: lower(c.to), value: c.value, data: c.data }))
    }
    if (mode.slice(2, 4) === "00" && data.length >= 2 + 104) {
      return [{ to: `0x${data.slice(2, 42).toLowerCase()}`, value: BigInt(`0x${data.slice(42, 106)}`), data: `0x${data.slice(106)}` }]
    }
  } catch {
    return []
  }
  return []
}

/** Coin a batching contract forwards from the user's own payment: a plain forward is an outflow. */
function forwarded(inner: CallInput, a: Analysis, by: string) {
  const plain = inner.data.length < 10
  a.transfers.push({ kind: "native", to: inner.to, raw: inner.value, inBatch: true, via: plain ? `native coin forwarded by ${by}` : "value sent with a call" })
  if (!plain && !ABI_BY_SELECTOR.has(inner.data.slice(0, 10)) && !a.ctx.knownName(inner.to))
    emitUnknown(a, `a call the Shield cannot read, paid with your coin through ${by} (to ${short(inner.to)})`, inner.to, inner.value)
}

/** One Safe-executed call; operation 1 (delegatecall) to anything but a Safe library is recorded. */
function safeCall(c: { to: string; value: bigint; data: string; operation: number }, a: Analysis, opts: CallOptions, single = false): DecodedCall {
  if (c.operation === 1 && !isSafeMultiSend(c.to) && !isSafeLibrary(c.to)) a.delegatecalls.push(c.to)
  return nested({ to: c.to, value: c.value, data: c.data }, a, opts, opts.asUser, single && c.operation === 0)
}

/** Runs `fn` with "the user" set to the Safe, so transfers out of the Safe count as the user's. */
export function asSafe<T>(a: Analysis, safe: string | undefined, fn: () => T): T {
  const saved = a.req.from
  if (safe) a.req.from = safe
  try {
    return fn()
  } finally {
    a.req.from = saved
  }
}

function nested(call: CallInput, a: Analysis, opts: CallOptions, asUser: boolean, single = false): DecodedCall {
  if (opts.depth >= MAX_DEPTH) {
    if (asUser) emitUnknown(a, `calls nested too deep to read (to ${short(call.to)})`, call.to, call.value)
    return { to: call.to, asUser, functionName: "(nested too deep: not decoded)" }
  }
  return decodeCall(call, a, single ? { depth: opts.depth + 1, asUser, inBatch: false, single } : { depth: opts.depth + 1, asUser, inBatch: true })
}

/** A swap or router step pays out to `value`: anyone but the user (or a router placeholder) is a payout. */
function noteRecipient(value: unknown, a: Analysis, via: string, token?: string) {
  const r = typeof value === "string" ? value.toLowerCase() : undefined
  if (!r || ROUTER_PLACEHOLDERS.has(r) || r === a.req.from || r === "0x0000000000000000000000000000000000000000") return
  // The router itself (output kept for a later unwrap or sweep step) is not a payout.
  if (a.calls.some((c) => c.to === r && c.functionName !== undefined)) return
  const known = a.ctx.knownName(r)
  if (!known && !a.outputRecipients.includes(r)) a.outputRecipients.push(r)
  a.transfers.push({
    kind: token ? (token === "0x0000000000000000000000000000000000000000" ? "native" : "erc20") : "unknown",
    token: token || undefined,
    to: r,
    via,
    inBatch: true
  })
}

export { emit }
