/**
 * Typed-data (EIP-712) decoding: permits (EIP-2612, DAI-style, Permit2 in all its forms), marketplace
 * orders (Seaport incl. bulk orders, Blur, 0x v4, LooksRare) and, for anything else, a readable tree.
 * Records grants and orders on the analysis.
 */
import { cap, isRecord, own, toAddress, toBigIntLoose, toChainId } from "../normalize/hex"
import type { TypedDataV4 } from "../normalize/normalizeRequest"
import { WRAPPED_NATIVE } from "../known/knownContracts"
import { isHuge, isUnlimited } from "./amount"
import type { Analysis, Order } from "./analysis"
import { readDeadline } from "./time"
import { decodeCall } from "./decodeCall"
import { typedTree } from "./typedTree"

const PERMIT2_TYPES = new Set(["PermitSingle", "PermitBatch", "PermitTransferFrom", "PermitBatchTransferFrom", "PermitWitnessTransferFrom", "PermitBatchWitnessTransferFrom"])
const NATIVE_SENTINEL = "0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee"

/** Decodes typed data into `a` (domain, grants, orders) and returns the UI block. */
export function decodeTypedData(typed: TypedDataV4, a: Analysis): void {
  const { domain, message, primaryType, types } = typed
  const verifyingContract = toAddress(own(domain, "verifyingContract"))
  const domainName = typeof own(domain, "name") === "string" ? cap(String(own(domain, "name")), 80) : undefined
  const standard = detectStandard(typed, domainName)
  a.domain = { chainId: toChainId(own(domain, "chainId")), verifyingContract, name: domainName, standard, primaryType: cap(primaryType, 80) }
  const domainView: Record<string, string> = {}
  for (const key of ["name", "version", "chainId", "verifyingContract", "salt"]) {
    const v = own(domain, key)
    if (v !== undefined && v !== null) domainView[key] = cap(String(v), 100)
  }
  a.decoded.typedData = { primaryType: cap(primaryType, 80), domain: domainView, standard, tree: typedTree(types, primaryType, message) }

  switch (standard) {
    case "EIP-2612 Permit":
      return permit2612(message, verifyingContract, a)
    case "DAI Permit":
      return daiPermit(message, verifyingContract, a)
    case "Permit2":
      return permit2(primaryType, message, a)
    case "Seaport":
      return seaport(message, a)
    case "Blur":
      return blur(message, a)
    case "0x v4":
      return zeroEx(message, a)
    case "LooksRare":
      return looksRare(message, a)
    case "Safe transaction":
      return safeTx(message, verifyingContract, a)
    case "Trade order":
      return tradeOrder(message, a)
    default:
      return genericGrant(message, verifyingContract, a)
  }
}

function detectStandard(t: TypedDataV4, domainName: string | undefined): string | undefined {
  const fields = new Set((t.types[t.primaryType] ?? []).map((f) => f.name))
  if (PERMIT2_TYPES.has(t.primaryType) || (domainName === "Permit2" && t.primaryType.startsWith("Permit"))) return "Permit2"
  if (t.primaryType === "Permit" && fields.has("holder") && fields.has("allowed")) return "DAI Permit"
  if (t.primaryType === "Permit" && fields.has("spender") && fields.has("value")) return "EIP-2612 Permit"
  if (t.primaryType === "OrderComponents" || t.primaryType === "BulkOrder" || (domainName === "Seaport" && "OrderComponents" in t.types)) return "Seaport"
  if (fields.has("trader") && fields.has("side") && fields.has("price") && fields.has("collection")) return "Blur"
  if ((t.primaryType === "ERC721Order" || t.primaryType === "ERC1155Order") && fields.has("direction")) return "0x v4"
  if (t.primaryType === "MakerOrder" && fields.has("isOrderAsk")) return "LooksRare"
  if (t.primaryType === "SafeTx" && fields.has("to") && fields.has("data") && fields.has("operation")) return "Safe transaction"
  // CoW Protocol orders and 1inch-style limit orders name who receives the proceeds.
  if (fields.has("receiver") && (fields.has("sellToken") || fields.has("makerAsset") || fields.has("makerToken"))) return "Trade order"
  return undefined
}

function big(v: unknown): bigint {
  return toBigIntLoose(v) ?? 0n
}

function pushGrant(a: Analysis, g: Omit<Analysis["grants"][number], "via" | "inBatch" | "unlimited" | "huge"> & { raw?: bigint }) {
  const decimals = a.ctx.token(g.token)?.decimals
  const raw = g.raw
  a.grants.push({ ...g, via: "signature", inBatch: false, unlimited: raw !== undefined && isUnlimited(raw), huge: raw !== undefined && isHuge(raw, decimals) })
}

function permit2612(m: Record<string, unknown>, token: string | undefined, a: Analysis) {
  const spender = toAddress(own(m, "spender"))
  if (!spender) return
  const d = readDeadline(own(m, "deadline"))
  pushGrant(a, { kind: "erc20-permit", token, spender, raw: big(own(m, "value")), until: d.until, untilWasMs: d.wasMs })
}

function daiPermit(m: Record<string, unknown>, token: string | undefined, a: Analysis) {
  const spender = toAddress(own(m, "spender"))
  const allowed = own(m, "allowed")
  if (!spender || !(allowed === true || allowed === "true" || allowed === 1 || allowed === "1")) return
  const d = readDeadline(own(m, "expiry"))
  // DAI's permit grants an unlimited allowance; expiry 0 means it never expires.
  pushGrant(a, { kind: "erc20-permit", token, spender, raw: (1n << 256n) - 1n, until: d.until === 0 ? Number.MAX_SAFE_INTEGER : d.until, untilWasMs: d.wasMs })
}

function permit2(primaryType: string, m: Record<string, unknown>, a: Analysis) {
  const spender = toAddress(own(m, "spender"))
  if (!spender) return
  const sig = readDeadline(own(m, "sigDeadline") ?? own(m, "deadline"))
  const details = own(m, "details")
  const permitted = own(m, "permitted")
  const list = (x: unknown) => (Array.isArray(x) ? x.slice(0, 100) : x === undefined ? [] : [x])
  if (details !== undefined) {
    for (const d of list(details)) {
      const exp = readDeadline(own(d, "expiration"))
      // Permit2 allowance expiration 0 means "until the block it is used in"; treat as the signature deadline.
      const until = exp.until === 0 ? sig.until : exp.until
      pushGrant(a, { kind: "permit2", token: toAddress(own(d, "token")), spender, raw: big(own(d, "amount")), until, untilWasMs: exp.wasMs || sig.wasMs })
    }
    return
  }
  for (const p of list(permitted)) {
    pushGrant(a, { kind: "permit2-transfer", token: toAddress(own(p, "token")), spender, raw: big(own(p, "amount")), until: sig.until, untilWasMs: sig.wasMs })
  }
  if (primaryType.includes("Witness")) a.decoded.typedData!.standard = "Permit2 (with witness)"
}

/** Native-equivalent value of an item, or undefined when it is paid in some other token. */
function nativeValue(itemType: bigint, token: string | undefined, amount: bigint): bigint | undefined {
  if (itemType === 0n) return amount
  if (itemType === 1n && token && WRAPPED_NATIVE.has(token)) return amount
  return undefined
}

function emptyOrder(market: Order["market"], offerer: string | undefined): Order {
  return {
    market, offerer, nftsOffered: 0, fungibleOffered: 0, paidToOfferer: 0n, otherPaymentToOfferer: false,
    itemsToOfferer: 0, paidToOthers: 0n, nftsToOthers: 0, otherRecipients: [], side: "sell"
  }
}

function addRecipient(o: Order, r: string | undefined) {
  if (r && r !== o.offerer && !o.otherRecipients.includes(r) && o.otherRecipients.length < 20) o.otherRecipients.push(r)
}

/** Walks a Seaport message (OrderComponents, or a BulkOrder tree of them). */
function seaport(m: unknown, a: Analysis) {
  const found: Record<string, unknown>[] = []
  const seek = (v: unknown, depth: number) => {
    if (found.length >= 50 || depth > 12) return
    if (Array.isArray(v)) v.slice(0, 64).forEach((x) => seek(x, depth + 1))
    else if (isRecord(v)) {
      if (Array.isArray(own(v, "offer")) && Array.isArray(own(v, "consideration"))) found.push(v)
      else Object.keys(v).slice(0, 32).forEach((k) => seek(own(v, k), depth + 1))
    }
  }
  seek(m, 0)
  for (const oc of found) {
    const offerer = toAddress(own(oc, "offerer")) ?? a.req.from
    const o = emptyOrder("seaport", offerer)
    for (const item of (own(oc, "offer") as unknown[]).slice(0, 200)) {
      const t = big(own(item, "itemType"))
      if (t >= 2n) o.nftsOffered++
      else o.fungibleOffered++
    }
    for (const item of (own(oc, "consideration") as unknown[]).slice(0, 200)) {
      const t = big(own(item, "itemType"))
      const token = toAddress(own(item, "token"))
      const start = big(own(item, "startAmount"))
      const end = big(own(item, "endAmount"))
      // biome-ignore lint/complexity/useMathMinMax: bigints (Math.min takes numbers only)
      const amount = start < end ? start : end
      const recipient = toAddress(own(item, "recipient"))
      const native = nativeValue(t, token, amount)
      if (recipient === offerer) {
        o.itemsToOfferer++
        if (native !== undefined) o.paidToOfferer += native
        else if (t === 1n) o.otherPaymentToOfferer = true
      } else {
        addRecipient(o, recipient)
        if (native !== undefined) o.paidToOthers += native
        if (t >= 2n) o.nftsToOthers++
      }
    }
    o.side = o.nftsOffered > 0 ? "sell" : "buy"
    a.orders.push(o)
  }
}

function blur(m: Record<string, unknown>, a: Analysis) {
  const o = emptyOrder("blur", toAddress(own(m, "trader")) ?? a.req.from)
  const side = big(own(m, "side"))
  const price = big(own(m, "price"))
  const payment = toAddress(own(m, "paymentToken"))
  o.side = side === 1n ? "sell" : "buy"
  if (o.side === "sell") o.nftsOffered = 1
  else o.fungibleOffered = 1
  let feeBips = 0n
  for (const f of Array.isArray(own(m, "fees")) ? (own(m, "fees") as unknown[]).slice(0, 50) : []) {
    const rate = big(own(f, "rate"))
    feeBips += rate
    addRecipient(o, toAddress(own(f, "recipient")))
  }
  if (feeBips > 10_000n) feeBips = 10_000n
  const native = payment === undefined || WRAPPED_NATIVE.has(payment)
  if (native) {
    o.paidToOthers = (price * feeBips) / 10_000n
    o.paidToOfferer = price - o.paidToOthers
  } else o.otherPaymentToOfferer = price > 0n
  o.itemsToOfferer = price > 0n ? 1 : 0
  a.orders.push(o)
}

function zeroEx(m: Record<string, unknown>, a: Analysis) {
  const o = emptyOrder("0x", toAddress(own(m, "maker")) ?? a.req.from)
  const sell = big(own(m, "direction")) === 0n
  o.side = sell ? "sell" : "buy"
  const token = toAddress(own(m, "erc20Token"))
  const amount = big(own(m, "erc20TokenAmount"))
  const native = token === NATIVE_SENTINEL || (token !== undefined && WRAPPED_NATIVE.has(token))
  const taker = toAddress(own(m, "taker"))
  if (taker && taker !== "0x0000000000000000000000000000000000000000") o.taker = taker
  let fees = 0n
  for (const f of Array.isArray(own(m, "fees")) ? (own(m, "fees") as unknown[]).slice(0, 50) : []) {
    fees += big(own(f, "amount"))
    addRecipient(o, toAddress(own(f, "recipient")))
  }
  if (sell) {
    o.nftsOffered = 1
    o.itemsToOfferer = amount > 0n ? 1 : 0
    if (native) o.paidToOfferer = amount
    else o.otherPaymentToOfferer = amount > 0n
    if (native) o.paidToOthers = fees
  } else o.fungibleOffered = 1
  a.orders.push(o)
}

function looksRare(m: Record<string, unknown>, a: Analysis) {
  const o = emptyOrder("looksrare", toAddress(own(m, "signer")) ?? a.req.from)
  const ask = own(m, "isOrderAsk")
  o.side = ask === true || ask === "true" ? "sell" : "buy"
  const price = big(own(m, "price"))
  const currency = toAddress(own(m, "currency"))
  const minPct = big(own(m, "minPercentageToAsk"))
  if (o.side === "sell") {
    o.nftsOffered = 1
    o.itemsToOfferer = price > 0n ? 1 : 0
    const toSeller = minPct > 0n && minPct <= 10_000n ? (price * minPct) / 10_000n : price
    if (currency && WRAPPED_NATIVE.has(currency)) {
      o.paidToOfferer = toSeller
      o.paidToOthers = price - toSeller
    } else o.otherPaymentToOfferer = price > 0n
  } else o.fungibleOffered = 1
  a.orders.push(o)
}

/**
 * A Safe (multisig) transaction: the signature authorises the Safe — the user's own account — to make the
 * inner call, so it is decoded like a top-level transaction. operation 1 is a delegatecall.
 */
function safeTx(m: Record<string, unknown>, safe: string | undefined, a: Analysis) {
  const to = toAddress(own(m, "to"))
  const rawData = own(m, "data")
  const dataHex = typeof rawData === "string" && /^0x([0-9a-fA-F]{2})*$/.test(rawData) ? rawData.toLowerCase() : "0x"
  if (!to) return
  const saved = a.req.from
  // Inside a Safe transaction "the user" is the Safe: transfers from it are the user's.
  if (safe) a.req.from = safe
  try {
    const call = decodeCall({ to, value: big(own(m, "value")), data: dataHex }, a, { depth: 0, asUser: true, inBatch: false })
    a.decoded.calls.push(call)
  } finally {
    a.req.from = saved
  }
  if (big(own(m, "operation")) === 1n) a.delegatecalls.push(to)
}

/** Trade orders (CoW, 1inch limit orders): proceeds to someone else is what matters. */
function tradeOrder(m: Record<string, unknown>, a: Analysis) {
  const receiver = toAddress(own(m, "receiver"))
  const owner = toAddress(own(m, "maker")) ?? a.req.from
  if (receiver && receiver !== "0x0000000000000000000000000000000000000000" && receiver !== owner && receiver !== a.req.from && !a.outputRecipients.includes(receiver)) {
    a.outputRecipients.push(receiver)
  }
}

/** Unknown typed data that still names a spender and an amount is treated as a permit. */
function genericGrant(m: Record<string, unknown>, token: string | undefined, a: Analysis) {
  const spender = toAddress(own(m, "spender")) ?? toAddress(own(m, "operator"))
  if (!spender) return
  const amountField = own(m, "value") ?? own(m, "amount") ?? own(m, "allowance")
  const approved = own(m, "approved")
  const raw = amountField !== undefined ? big(amountField) : approved === true || approved === "true" ? (1n << 256n) - 1n : undefined
  if (raw === undefined || raw === 0n) return
  const d = readDeadline(own(m, "deadline") ?? own(m, "expiry") ?? own(m, "expiration"))
  pushGrant(a, { kind: "erc20-permit", token, spender, raw, until: d.until, untilWasMs: d.wasMs })
}
