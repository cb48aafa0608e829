/**
 * Marketplace and swap orders signed as typed data, read on both sides and in any currency: what the
 * signer gives (outflows, one side of an exchange) and what comes back to whom (inflows), as effects
 * sharing one `group`. Seaport (incl. bulk trees and criteria items), Blur (orders and bulk roots),
 * LooksRare v1/v2, 0x v4 and Element NFT orders, 0x limit/RFQ orders, 1inch limit orders, CoW orders and
 * UniswapX (Permit2 witness) orders. The native-coin `Order` summary is kept for the order rules.
 */
import { isRecord, own, toAddress, toBigIntLoose } from "../normalize/hex"
import { emit } from "../effects/emit"
import type { EffectAsset } from "../effects/types"
import type { Analysis, Order } from "./analysis"

const ZERO = "0x0000000000000000000000000000000000000000"
const NATIVE_SENTINEL = "0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee"

const big = (v: unknown): bigint => toBigIntLoose(v) ?? 0n
const list = (v: unknown, max = 200): unknown[] => (Array.isArray(v) ? v.slice(0, max) : [])

/** One order's two sides, before they become effects. */
type Side = { asset: EffectAsset; amount?: bigint; to?: string }

/** Emits the effects of one order: `give` leaves the signer as an exchange, `get` comes back to `to`. */
export function emitOrder(a: Analysis, via: string, give: Side[], get: Side[]): void {
  const group = `${via}#${a.effects.length}`
  for (const g of give.slice(0, 100)) {
    emit(a, {
      type: "outflow",
      source: "request",
      via,
      group,
      inBatch: give.length + get.length > 2 || undefined,
      asset: g.asset,
      amount: g.amount?.toString(),
      to: g.to,
      exchange: true
    })
  }
  for (const g of get.slice(0, 100)) {
    emit(a, { type: "inflow", source: "request", via, group, asset: g.asset, amount: g.amount?.toString(), to: g.to })
  }
}

/** An asset from a token address that may stand for the native coin. */
function fungible(token: string | undefined): EffectAsset {
  if (!token || token === ZERO || token === NATIVE_SENTINEL) return { kind: "native" }
  return { kind: "erc20", token }
}

const SEAPORT_KIND: Record<string, EffectAsset["kind"]> = { "0": "native", "1": "erc20", "2": "erc721", "3": "erc1155", "4": "erc721", "5": "erc1155" }

function seaportAsset(item: unknown): EffectAsset {
  const t = big(own(item, "itemType"))
  const kind = SEAPORT_KIND[t.toString()] ?? "unknown"
  const token = toAddress(own(item, "token"))
  if (kind === "native") return { kind }
  // Criteria items (4, 5) cover any id of the collection: no single tokenId.
  const id = t === 2n || t === 3n ? toBigIntLoose(own(item, "identifierOrCriteria"))?.toString() : undefined
  return { kind, token, tokenId: id }
}

function emptyOrder(market: Order["market"], offerer: string | undefined): Order {
  return {
    market,
    offerer,
    nftsOffered: 0,
    fungibleOffered: 0,
    paidToOfferer: 0n,
    otherPaymentToOfferer: false,
    itemsToOfferer: 0,
    paidToOthers: 0n,
    nftsToOthers: 0,
    otherRecipients: [],
    side: "sell"
  }
}

function addRecipient(o: Order, r: string | undefined) {
  if (r && r !== o.offerer && !o.otherRecipients.includes(r) && o.otherRecipients.length < 20) o.otherRecipients.push(r)
}

/** Native-equivalent value of an item, or undefined when it is paid in some other token. */
function nativeValue(a: Analysis, itemType: bigint, token: string | undefined, amount: bigint): bigint | undefined {
  if (itemType === 0n) return amount
  if (itemType === 1n && token && a.ctx.isWrappedNative(token)) return amount
  return undefined
}

/** Walks a Seaport message (OrderComponents, or a BulkOrder tree of them). */
export function seaport(m: unknown, a: Analysis): void {
  const found: Record<string, unknown>[] = []
  const seek = (v: unknown, depth: number) => {
    if (found.length >= 50 || depth > 26) return
    if (Array.isArray(v)) v.slice(0, 64).forEach((x) => seek(x, depth + 1))
    else if (isRecord(v)) {
      if (Array.isArray(own(v, "offer")) && Array.isArray(own(v, "consideration"))) found.push(v)
      else
        Object.keys(v)
          .slice(0, 32)
          .forEach((k) => seek(own(v, k), depth + 1))
    }
  }
  seek(m, 0)
  for (const oc of found) {
    const offerer = toAddress(own(oc, "offerer")) ?? a.req.from
    const o = emptyOrder("seaport", offerer)
    const give: Side[] = []
    const get: Side[] = []
    for (const item of list(own(oc, "offer"))) {
      const t = big(own(item, "itemType"))
      if (t >= 2n) o.nftsOffered++
      else o.fungibleOffered++
      const start = big(own(item, "startAmount"))
      const end = big(own(item, "endAmount"))
      give.push({ asset: seaportAsset(item), amount: start > end ? start : end })
    }
    for (const item of list(own(oc, "consideration"))) {
      const t = big(own(item, "itemType"))
      const token = toAddress(own(item, "token"))
      const start = big(own(item, "startAmount"))
      const end = big(own(item, "endAmount"))
      const amount = start < end ? start : end
      const recipient = toAddress(own(item, "recipient"))
      get.push({ asset: seaportAsset(item), amount, to: recipient })
      const native = nativeValue(a, t, token, amount)
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
    emitOrder(a, "Seaport order", give, get)
  }
}

export function blur(m: Record<string, unknown>, a: Analysis): void {
  const trader = toAddress(own(m, "trader")) ?? a.req.from
  const o = emptyOrder("blur", trader)
  const side = big(own(m, "side"))
  const price = big(own(m, "price"))
  const payment = toAddress(own(m, "paymentToken"))
  const collection = toAddress(own(m, "collection"))
  const nft: EffectAsset = { kind: "erc721", token: collection, tokenId: toBigIntLoose(own(m, "tokenId"))?.toString() }
  o.side = side === 1n ? "sell" : "buy"
  if (o.side === "sell") o.nftsOffered = 1
  else o.fungibleOffered = 1
  let feeBips = 0n
  const fees: Side[] = []
  for (const f of list(own(m, "fees"), 50)) {
    const rate = big(own(f, "rate"))
    feeBips += rate
    const r = toAddress(own(f, "recipient"))
    addRecipient(o, r)
    fees.push({ asset: fungible(payment), amount: (price * (rate > 10_000n ? 10_000n : rate)) / 10_000n, to: r })
  }
  if (feeBips > 10_000n) feeBips = 10_000n
  const native = payment === undefined || a.ctx.isWrappedNative(payment)
  if (native) {
    o.paidToOthers = (price * feeBips) / 10_000n
    o.paidToOfferer = price - o.paidToOthers
  } else o.otherPaymentToOfferer = price > 0n
  o.itemsToOfferer = price > 0n ? 1 : 0
  a.orders.push(o)
  if (o.side === "sell") emitOrder(a, "Blur order", [{ asset: nft }], [{ asset: fungible(payment), amount: price - (price * feeBips) / 10_000n, to: trader }, ...fees])
  else emitOrder(a, "Blur bid", [{ asset: fungible(payment), amount: price }], [{ asset: { kind: "erc721", token: collection }, to: trader }])
}

/** 0x v4 NFT orders (ERC721Order/ERC1155Order with `direction`) and Element's (ERC721SellOrder, …). */
export function nftErc20Order(primaryType: string, m: Record<string, unknown>, a: Analysis, market: Order["market"]): void {
  const maker = toAddress(own(m, "maker")) ?? a.req.from
  const o = emptyOrder(market, maker)
  const dir = own(m, "direction")
  const sell = dir !== undefined ? big(dir) === 0n : /Sell/.test(primaryType)
  o.side = sell ? "sell" : "buy"
  const token = toAddress(own(m, "erc20Token"))
  const amount = big(own(m, "erc20TokenAmount"))
  const native = token === NATIVE_SENTINEL || (token !== undefined && a.ctx.isWrappedNative(token))
  const taker = toAddress(own(m, "taker"))
  if (taker && taker !== ZERO) o.taker = taker
  const is1155 = /1155/.test(primaryType)
  const nft: EffectAsset = {
    kind: is1155 ? "erc1155" : "erc721",
    token: toAddress(own(m, is1155 ? "erc1155Token" : "erc721Token")) ?? toAddress(own(m, "nft")),
    tokenId: toBigIntLoose(own(m, is1155 ? "erc1155TokenId" : "erc721TokenId") ?? own(m, "nftId"))?.toString()
  }
  let fees = 0n
  const feeSides: Side[] = []
  for (const f of list(own(m, "fees"), 50)) {
    const fa = big(own(f, "amount"))
    fees += fa
    const r = toAddress(own(f, "recipient"))
    addRecipient(o, r)
    feeSides.push({ asset: fungible(token), amount: fa, to: r })
  }
  if (sell) {
    o.nftsOffered = 1
    o.itemsToOfferer = amount > 0n ? 1 : 0
    if (native) o.paidToOfferer = amount
    else o.otherPaymentToOfferer = amount > 0n
    if (native) o.paidToOthers = fees
    emitOrder(a, `${market} order`, [{ asset: nft }], [{ asset: fungible(token), amount, to: maker }, ...feeSides])
  } else {
    o.fungibleOffered = 1
    emitOrder(a, `${market} bid`, [{ asset: fungible(token), amount: amount + fees }], [{ asset: { kind: nft.kind, token: nft.token }, to: maker }, ...feeSides])
  }
  a.orders.push(o)
}

export function looksRare(m: Record<string, unknown>, a: Analysis): void {
  const signer = toAddress(own(m, "signer")) ?? a.req.from
  const o = emptyOrder("looksrare", signer)
  const v2 = own(m, "quoteType") !== undefined
  const ask = v2 ? big(own(m, "quoteType")) === 1n : own(m, "isOrderAsk") === true || own(m, "isOrderAsk") === "true"
  o.side = ask ? "sell" : "buy"
  const price = big(own(m, "price"))
  const currency = toAddress(own(m, "currency"))
  const collection = toAddress(own(m, "collection"))
  const kind = v2 && big(own(m, "collectionType")) === 1n ? "erc1155" : "erc721"
  const ids = v2 ? list(own(m, "itemIds"), 50).map((x) => toBigIntLoose(x)?.toString()) : [toBigIntLoose(own(m, "tokenId"))?.toString()]
  const minPct = big(own(m, "minPercentageToAsk"))
  if (ask) {
    o.nftsOffered = Math.max(1, ids.length)
    o.itemsToOfferer = price > 0n ? 1 : 0
    const toSeller = minPct > 0n && minPct <= 10_000n ? (price * minPct) / 10_000n : price
    if (currency === undefined || a.ctx.isWrappedNative(currency)) {
      o.paidToOfferer = toSeller
      o.paidToOthers = price - toSeller
    } else o.otherPaymentToOfferer = price > 0n
    emitOrder(
      a,
      "LooksRare order",
      ids.map((id) => ({ asset: { kind, token: collection, tokenId: id } })),
      [{ asset: fungible(currency), amount: toSeller, to: signer }]
    )
  } else {
    o.fungibleOffered = 1
    emitOrder(a, "LooksRare bid", [{ asset: fungible(currency), amount: price }], [{ asset: { kind, token: collection }, to: signer }])
  }
  a.orders.push(o)
}

/**
 * Fungible orders: CoW (sellToken/buyToken/receiver), 1inch limit orders (makerAsset/takerAsset/receiver),
 * 0x limit and RFQ orders (makerToken/takerToken). A zero receiver means "the signer".
 */
export function fungibleOrder(m: Record<string, unknown>, a: Analysis, via: string): void {
  const signer = toAddress(own(m, "maker")) ?? toAddress(own(m, "owner")) ?? a.req.from
  const giveToken = toAddress(own(m, "sellToken") ?? own(m, "makerAsset") ?? own(m, "makerToken"))
  const getToken = toAddress(own(m, "buyToken") ?? own(m, "takerAsset") ?? own(m, "takerToken"))
  const giveAmount = toBigIntLoose(own(m, "sellAmount") ?? own(m, "makingAmount") ?? own(m, "makerAmount"))
  const getAmount = toBigIntLoose(own(m, "buyAmount") ?? own(m, "takingAmount") ?? own(m, "takerAmount"))
  let receiver = toAddress(own(m, "receiver"))
  if (!receiver || receiver === ZERO) receiver = signer
  emitOrder(a, via, [{ asset: fungible(giveToken), amount: giveAmount }], [{ asset: fungible(getToken), amount: getAmount, to: receiver }])
  if (receiver && receiver !== signer && receiver !== a.req.from && !a.outputRecipients.includes(receiver)) a.outputRecipients.push(receiver)
}

/**
 * UniswapX and other Permit2 witness orders: the permitted tokens leave for the reactor's fillers; the
 * witness lists the outputs and who receives them.
 */
export function witnessOutputs(witness: unknown, permitted: Side[], a: Analysis): boolean {
  const outputs: Side[] = []
  const seek = (v: unknown, depth: number) => {
    if (depth > 3 || !isRecord(v)) return
    for (const k of Object.keys(v).slice(0, 30)) {
      const x = own(v, k)
      if (Array.isArray(x) && x.some((i) => own(i, "recipient") !== undefined && own(i, "token") !== undefined)) {
        for (const i of x.slice(0, 20)) {
          const start = toBigIntLoose(own(i, "startAmount") ?? own(i, "amount"))
          const end = toBigIntLoose(own(i, "endAmount"))
          const amount = start !== undefined && end !== undefined && end < start ? end : start
          outputs.push({ asset: fungible(toAddress(own(i, "token"))), amount, to: toAddress(own(i, "recipient")) })
        }
      } else if (isRecord(x)) seek(x, depth + 1)
    }
  }
  seek(witness, 0)
  if (outputs.length === 0) return false
  emitOrder(a, "Permit2 witness order", permitted, outputs)
  return true
}
