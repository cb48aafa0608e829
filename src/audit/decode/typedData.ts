/**
 * Typed-data (EIP-712) decoding: permits (EIP-2612, DAI-style, Permit2 in all its forms), orders on both
 * sides (typedOrders.ts), Safe transactions, governance votes, and, for anything else, the fields read by
 * their roles (spender/operator/delegatee/manager/receiver with an amount, allowance, token id or deadline).
 * Records grants, orders and effects on the analysis; what it cannot place becomes an unknown effect.
 */
import { cap, isRecord, own, safeText, toAddress, toBigIntLoose, toChainId } from "../normalize/hex"
import type { TypedDataV4 } from "../normalize/normalizeRequest"
import { isHuge, isUnlimited } from "./amount"
import type { Analysis, Grant } from "./analysis"
import { readDeadline } from "./time"
import { asSafe, decodeCall } from "./decodeCall"
import { typedTree } from "./typedTree"
import { isSafeLibrary } from "../known/protocolContracts"
import { emit, emitUnknown } from "../effects/emit"
import { blur, fungibleOrder, looksRare, nftErc20Order, seaport, witnessOutputs } from "./typedOrders"
import type { EffectAsset, GrantPower } from "../effects/types"

const PERMIT2_TYPES = new Set(["PermitSingle", "PermitBatch", "PermitTransferFrom", "PermitBatchTransferFrom", "PermitWitnessTransferFrom", "PermitBatchWitnessTransferFrom"])
const ELEMENT_TYPES = new Set(["ERC721SellOrder", "ERC721BuyOrder", "ERC1155SellOrder", "ERC1155BuyOrder"])

/** Decodes typed data into `a` (domain, grants, orders, effects). */
export function decodeTypedData(typed: TypedDataV4, a: Analysis): void {
  const { domain, message, primaryType, types } = typed
  const verifyingContract = toAddress(own(domain, "verifyingContract"))
  const rawName = own(domain, "name")
  const domainName = typeof rawName === "string" ? cap(rawName, 80) : undefined
  const standard = detectStandard(typed, domainName)
  a.domain = { chainId: toChainId(own(domain, "chainId")), verifyingContract, name: domainName, standard, primaryType: cap(primaryType, 80) }
  const domainView: Record<string, string> = {}
  for (const key of ["name", "version", "chainId", "verifyingContract", "salt"]) {
    const v = own(domain, key)
    if (v !== undefined && v !== null) domainView[key] = safeText(v, 100)
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
    case "Blur bulk listing":
      return emitUnknown(a, "a Blur bulk listing: the orders are hidden behind a Merkle root, so what is sold and for how much cannot be read", verifyingContract)
    case "0x v4":
      return nftErc20Order(primaryType, message, a, "0x")
    case "Element":
      return nftErc20Order(primaryType, message, a, "element")
    case "LooksRare":
      return looksRare(message, a)
    case "Safe transaction":
      return safeTx(message, verifyingContract, a)
    case "Trade order":
      return fungibleOrder(message, a, `${domainName ?? "trade"} order`)
    case "Vote":
      // Votes move nothing; but a page can name any domain "snapshot", so its fields are still read by role.
      return byRoles(typed, verifyingContract, a, true)
    case "Account delegation":
      return accountDelegation(message, verifyingContract, a)
    case "Hyperliquid":
      return hyperliquid(typed, verifyingContract, a)
    case "Vote delegation":
      return grantOf(a, "votes", toAddress(own(message, "delegatee")), verifyingContract, undefined, readDeadline(own(message, "expiry")), "vote delegation (signature)")
    default:
      return byRoles(typed, verifyingContract, a)
  }
}

function detectStandard(t: TypedDataV4, domainName: string | undefined): string | undefined {
  const declared = Object.hasOwn(t.types, t.primaryType) ? t.types[t.primaryType] : []
  const fields = new Set(declared.map((f) => f.name))
  if (PERMIT2_TYPES.has(t.primaryType) || (domainName === "Permit2" && t.primaryType.startsWith("Permit"))) return "Permit2"
  if (t.primaryType === "Permit" && fields.has("holder") && fields.has("allowed")) return "DAI Permit"
  if (t.primaryType === "Permit" && fields.has("spender") && fields.has("value")) return "EIP-2612 Permit"
  if (t.primaryType === "OrderComponents" || t.primaryType === "BulkOrder" || (domainName === "Seaport" && Object.hasOwn(t.types, "OrderComponents"))) return "Seaport"
  if (fields.has("trader") && fields.has("side") && fields.has("price") && fields.has("collection")) return "Blur"
  if (t.primaryType === "Root" && fields.has("root") && /blur/i.test(domainName ?? "")) return "Blur bulk listing"
  if ((t.primaryType === "ERC721Order" || t.primaryType === "ERC1155Order") && fields.has("direction")) return "0x v4"
  if (ELEMENT_TYPES.has(t.primaryType) && fields.has("erc20Token")) return "Element"
  if ((t.primaryType === "MakerOrder" && fields.has("isOrderAsk")) || (t.primaryType === "Maker" && fields.has("quoteType"))) return "LooksRare"
  if (t.primaryType === "SafeTx" && fields.has("to") && fields.has("data") && fields.has("operation")) return "Safe transaction"
  // CoW orders, 1inch limit orders, 0x limit / RFQ orders: two tokens and two amounts.
  if ((fields.has("sellToken") && fields.has("buyToken")) || (fields.has("makerAsset") && fields.has("takerAsset")) || (fields.has("makerToken") && fields.has("takerToken")))
    return "Trade order"
  if (/^snapshot$/i.test(domainName ?? "") && /^(Vote|Proposal|Follow|Unfollow|Alias|Space|Subscribe)/.test(t.primaryType)) return "Vote"
  // MetaMask Delegation Framework (ERC-7710): `delegate` may act as `delegator`'s account within the caveats.
  if (t.primaryType === "Delegation" && fields.has("delegate") && fields.has("delegator")) return "Account delegation"
  if (domainName === "HyperliquidSignTransaction" || t.primaryType.startsWith("HyperliquidTransaction:")) return "Hyperliquid"
  if (t.primaryType === "Delegation" && fields.has("delegatee") && !fields.has("value") && !fields.has("amount")) return "Vote delegation"
  return undefined
}

const big = (v: unknown): bigint => toBigIntLoose(v) ?? 0n

function pushGrant(a: Analysis, g: Omit<Grant, "via" | "inBatch" | "unlimited" | "huge"> & { raw?: bigint }) {
  const decimals = a.ctx.token(g.token)?.decimals
  const raw = g.raw
  a.grants.push({ ...g, via: "signature", inBatch: false, unlimited: raw !== undefined && isUnlimited(raw), huge: raw !== undefined && isHuge(raw, decimals) })
}

function permit2612(m: Record<string, unknown>, token: string | undefined, a: Analysis) {
  const spender = toAddress(own(m, "spender"))
  if (!spender) return emitUnknown(a, "a permit without a readable spender", token)
  const d = readDeadline(own(m, "deadline"))
  pushGrant(a, { kind: "erc20-permit", token, spender, raw: big(own(m, "value")), until: d.until, untilWasMs: d.wasMs })
}

function daiPermit(m: Record<string, unknown>, token: string | undefined, a: Analysis) {
  const spender = toAddress(own(m, "spender"))
  const allowed = own(m, "allowed")
  if (!spender) return emitUnknown(a, "a permit without a readable spender", token)
  if (!(allowed === true || allowed === "true" || allowed === 1 || allowed === "1")) return
  const d = readDeadline(own(m, "expiry"))
  // DAI's permit grants an unlimited allowance; expiry 0 means it never expires.
  pushGrant(a, { kind: "erc20-permit", token, spender, raw: (1n << 256n) - 1n, until: d.until === 0 ? Number.MAX_SAFE_INTEGER : d.until, untilWasMs: d.wasMs })
}

function permit2(primaryType: string, m: Record<string, unknown>, a: Analysis) {
  const spender = toAddress(own(m, "spender"))
  if (!spender) return emitUnknown(a, "a Permit2 signature without a readable spender")
  const sig = readDeadline(own(m, "sigDeadline") ?? own(m, "deadline"))
  const details = own(m, "details")
  const permitted = own(m, "permitted")
  const items = (x: unknown) => (Array.isArray(x) ? x.slice(0, 100) : x === undefined ? [] : [x])
  if (details !== undefined) {
    for (const d of items(details)) {
      const exp = readDeadline(own(d, "expiration"))
      // Permit2 allowance expiration 0 means "until the block it is used in"; treat as the signature deadline.
      const until = exp.until === 0 ? sig.until : exp.until
      pushGrant(a, { kind: "permit2", token: toAddress(own(d, "token")), spender, raw: big(own(d, "amount")), until, untilWasMs: exp.wasMs || sig.wasMs })
    }
    return
  }
  const sides: { asset: EffectAsset; amount?: bigint }[] = []
  for (const p of items(permitted)) {
    const token = toAddress(own(p, "token"))
    pushGrant(a, { kind: "permit2-transfer", token, spender, raw: big(own(p, "amount")), until: sig.until, untilWasMs: sig.wasMs })
    sides.push({ asset: { kind: "erc20", token }, amount: big(own(p, "amount")) })
  }
  let order = false
  if (primaryType.includes("Witness")) {
    a.decoded.typedData!.standard = "Permit2 (with witness)"
    order = witnessOutputs(own(m, "witness"), sides, a)
  }
  // A transfer signature is a pull the spender can make at once: the tokens go to the spender's hands
  // (unless a witness order says what comes back for them).
  if (!order) {
    for (const s of sides)
      emit(a, {
        type: "outflow",
        source: "request",
        via: "Permit2 transfer signature",
        asset: s.asset,
        amount: s.amount?.toString(),
        to: spender,
        inBatch: sides.length > 1 || undefined
      })
  }
}

/**
 * A Safe (multisig) transaction: the signature authorises the Safe — the user's own account — to make the
 * inner call, so it is decoded like a top-level transaction. operation 1 is a delegatecall.
 */
function safeTx(m: Record<string, unknown>, safe: string | undefined, a: Analysis) {
  const to = toAddress(own(m, "to"))
  const rawData = own(m, "data")
  const dataHex = typeof rawData === "string" && /^0x([0-9a-fA-F]{2})*$/.test(rawData) ? rawData.toLowerCase() : "0x"
  if (!to) return emitUnknown(a, "a Safe transaction without a readable target", safe)
  const operation = big(own(m, "operation"))
  asSafe(a, safe, () => {
    const call = decodeCall({ to, value: big(own(m, "value")), data: dataHex }, a, { depth: 0, asUser: true, inBatch: false })
    a.decoded.calls.push(call)
  })
  if (operation === 1n && !a.delegatecalls.includes(to)) {
    if (!isSafeLibrary(to)) a.delegatecalls.push(to)
  }
}

function grantOf(
  a: Analysis,
  power: GrantPower,
  to: string | undefined,
  token: string | undefined,
  amount: bigint | undefined,
  d: { until?: number; wasMs: boolean },
  via: string,
  asset?: EffectAsset
) {
  if (!to) return
  emit(a, {
    type: "grant",
    source: "request",
    via,
    power,
    to,
    asset: asset ?? (token ? { kind: "erc20", token } : undefined),
    amount: amount?.toString(),
    unlimited: amount === undefined ? power !== "votes" : isUnlimited(amount) || isHuge(amount, a.ctx.token(token)?.decimals) || undefined,
    until: d.until === 0 ? undefined : d.until,
    untilWasMs: d.wasMs || undefined
  })
}

/**
 * A smart-account delegation (MetaMask Delegation Framework): the delegate can make the delegator's account
 * run calls. Caveat enforcers may narrow it, but the Shield does not read their terms: it is full control.
 */
function accountDelegation(m: Record<string, unknown>, manager: string | undefined, a: Analysis) {
  const delegate = toAddress(own(m, "delegate"))
  if (!delegate) return emitUnknown(a, "an account delegation without a readable delegate", manager)
  // The "any delegate" address (0xa11) lets whoever holds the signature redeem it.
  const caveats = own(m, "caveats")
  const open = !Array.isArray(caveats) || caveats.length === 0
  emit(a, {
    type: "grant",
    source: "request",
    via: open ? "account delegation without limits (signature)" : "account delegation (signature; its caveats were not read)",
    power: "manager",
    to: delegate,
    unlimited: true
  })
}

/** Hyperliquid's user-signed actions that stay inside the account (moves between its own balances, staking). */
const HYPERLIQUID_INTERNAL = /^HyperliquidTransaction:(UsdClassTransfer|CDeposit|CWithdraw|TokenDelegate)$/

/**
 * Hyperliquid user-signed actions: an agent (`agentAddress`) or builder (`builder`) approval lets that key
 * trade or charge the account; withdrawals and sends name a `destination` (a string) and are read by roles.
 */
function hyperliquid(t: TypedDataV4, verifyingContract: string | undefined, a: Analysis) {
  const m = t.message
  const agent = toAddress(own(m, "agentAddress")) ?? toAddress(own(m, "builder"))
  if (agent) {
    const builder = own(m, "agentAddress") === undefined
    return emit(a, {
      type: "grant",
      source: "request",
      via: builder ? "Hyperliquid builder-fee approval (signature)" : "Hyperliquid agent approval (signature)",
      power: "trading-agent",
      to: agent,
      unlimited: !builder || undefined
    })
  }
  if (HYPERLIQUID_INTERNAL.test(t.primaryType)) return
  byRoles(t, verifyingContract, a)
}

const GRANTEE = /^(spender|operator|delegatee|delegate|manager|authorized|authorised|approved|allowed|newOwner|owner_?new)$/i
const RECEIVER = /^(receiver|recipient|to|destination|beneficiary|payee|dst)$/i
const AMOUNT = /^(value|amount|allowance|wad|limit|maxAmount|amountMax|quantity|tokenAmount|amounts?)$/i
const TOKEN_ID = /^(tokenId|id|nftId|tokenIds|ids)$/i
const FLAG = /^(isAllowed|approved|allowed|isAuthorized|authorized|enabled|status)$/i
const DEADLINE = /^(deadline|expiry|expiration|validTo|validUntil|validBefore|endTime|sigDeadline|expiresAt|until)$/i
const CALL_BYTES = /^(functionSignature|data|callData|calldata|payload|call)$/
const TOKEN = /^(token|asset|currency|tokenAddress|underlying|collection|nft)$/i

/**
 * Typed data of no known standard: read its fields by role. A grantee with an amount, a token id, a flag
 * or a deadline is a grant of that kind; a receiver with an amount is a transfer. Nothing placed → unknown.
 */
function byRoles(t: TypedDataV4, verifyingContract: string | undefined, a: Analysis, quiet = false) {
  const user = a.req.from
  let placed = false
  const visit = (type: string, value: unknown, depth: number) => {
    if (depth > 3 || !isRecord(value) || !Object.hasOwn(t.types, type)) return
    const fields = t.types[type]
    const addr = (re: RegExp) =>
      fields.find((f) => (f.type === "address" || f.type === "string") && re.test(f.name) && toAddress(own(value, f.name)) !== undefined && toAddress(own(value, f.name)) !== user)
    const field = (re: RegExp) => fields.find((f) => re.test(f.name) && own(value, f.name) !== undefined)
    const grantee = addr(GRANTEE)
    const receiver = addr(RECEIVER)
    const amountF = field(AMOUNT)
    const idF = field(TOKEN_ID)
    const flagF = fields.find((f) => f.type === "bool" && FLAG.test(f.name))
    const deadlineF = field(DEADLINE)
    const tokenF = fields.find((f) => f.type === "address" && TOKEN.test(f.name))
    const token = (tokenF && toAddress(own(value, tokenF.name))) || verifyingContract
    const amount = amountF ? (toBigIntLoose(own(value, amountF.name)) ?? (Array.isArray(own(value, amountF.name)) ? (1n << 256n) - 1n : undefined)) : undefined
    const d = deadlineF ? readDeadline(own(value, deadlineF.name)) : { wasMs: false }
    if (grantee) {
      const to = toAddress(own(value, grantee.name))
      const flag = flagF ? own(value, flagF.name) : undefined
      if (flag === false || flag === "false")
        placed = true // a revoke
      else if (amountF || idF || flagF || deadlineF) {
        const name = grantee.name.toLowerCase()
        const p: GrantPower = /newowner|owner_?new/.test(name)
          ? "ownership"
          : name === "operator"
            ? "operator"
            : /manager|authori[sz]ed/.test(name) || flagF
              ? "manager"
              : idF && !amountF
                ? "operator"
                : /delegat/.test(name)
                  ? amountF
                    ? "credit-delegation"
                    : "votes"
                  : "allowance"
        const asset: EffectAsset | undefined = idF && !amountF ? { kind: "erc721", token, tokenId: toBigIntLoose(own(value, idF.name))?.toString() } : undefined
        grantOf(
          a,
          p,
          to,
          token,
          p === "operator" || p === "manager" || p === "ownership" ? undefined : amount,
          d,
          `${cap(t.primaryType, 40)} signature (read by field roles)`,
          asset
        )
        placed = true
      }
    }
    // Meta-transactions and forwarders (ERC-2771 ForwardRequest, executeMetaTransaction): the signed bytes
    // are a call made as the user; decode it like one.
    const callF = fields.find((f) => f.type === "bytes" && CALL_BYTES.test(f.name) && typeof own(value, f.name) === "string")
    if (callF) {
      const target = toAddress(own(value, "to")) ?? toAddress(own(value, "target")) ?? verifyingContract
      const raw = own(value, callF.name) as string
      if (target && /^0x([0-9a-fA-F]{2})*$/.test(raw) && raw.length >= 10) {
        a.decoded.calls.push(decodeCall({ to: target, value: toBigIntLoose(own(value, "value")) ?? 0n, data: raw.toLowerCase() }, a, { depth: 1, asUser: true, inBatch: true }))
        placed = true
        return
      }
    }
    // Paid to the signer's own address (a withdrawal to oneself): read, nothing leaves.
    const toSelf = fields.some((f) => (f.type === "address" || f.type === "string") && RECEIVER.test(f.name) && toAddress(own(value, f.name)) === user)
    if (!receiver && toSelf && (amountF || idF)) placed = true
    if (receiver && (amountF || idF)) {
      const to = toAddress(own(value, receiver.name))
      const asset: EffectAsset =
        idF && !amountF ? { kind: "erc721", token, tokenId: toBigIntLoose(own(value, idF.name))?.toString() } : token ? { kind: "erc20", token } : { kind: "unknown" }
      emit(a, { type: "outflow", source: "request", via: `${cap(t.primaryType, 40)} signature (read by field roles)`, asset, amount: amount?.toString(), to })
      placed = true
    }
    for (const f of fields.slice(0, 30)) {
      const base = f.type.replace(/\[\d*\]$/, "")
      if (!Object.hasOwn(t.types, base)) continue
      const v = own(value, f.name)
      if (Array.isArray(v)) v.slice(0, 10).forEach((x) => visit(base, x, depth + 1))
      else visit(base, v, depth + 1)
    }
  }
  visit(t.primaryType, t.message, 0)
  if (!placed && !quiet) emitUnknown(a, `typed data of a kind the Shield does not recognise (${cap(t.primaryType, 40)})`, verifyingContract)
}
