/**
 * The internal picture the rules judge: everything decoded from one request, flattened so that each rule
 * is a few lines. Built by `analyzeRequest`; never shown to users as such (the UI gets `Decoded`).
 */
import type { Allowance, Decoded, KnownFacts, TokenInfo } from "../types"
import type { Effect, GrantPower } from "../effects/types"
import type { NormalizedRequest } from "../normalize/normalizeRequest"

/** Someone receives a right over the user's assets. */
export type Grant = {
  kind: Allowance["kind"]
  via: "transaction" | "signature"
  token?: string
  spender: string
  raw?: bigint
  unlimited: boolean
  huge: boolean
  /** Unix seconds. */
  until?: number
  untilWasMs?: boolean
  /** setApprovalForAll(…, false) is a revoke. */
  approved?: boolean
  /** True when it sits in a batch or wrapper with other calls. */
  inBatch: boolean
  /** A power other than the kind's usual one (manager, credit delegation, Safe and ownership changes). */
  power?: GrantPower
}

/** One call, flattened out of wrappers. */
export type FlatCall = {
  to?: string
  value: bigint
  data: string
  selector?: string
  functionName?: string
  args: readonly unknown[]
  depth: number
  /** Runs with the user's authority (top level, wallet_sendCalls, or a 7702 self-batch). */
  asUser: boolean
}

/** A marketplace order the user signs. Amounts of payment are in the native coin or its wrapped form. */
export type Order = {
  market: "seaport" | "blur" | "0x" | "looksrare" | "element"
  offerer?: string
  /** NFTs (or other non-fungible items) the offerer gives. */
  nftsOffered: number
  /** Fungible tokens the offerer gives (e.g. a bid). */
  fungibleOffered: number
  /** Payment reaching the offerer, native-equivalent, in wei. */
  paidToOfferer: bigint
  /** Payment in other ERC-20s reaching the offerer (not priced). */
  otherPaymentToOfferer: boolean
  /** Items of any kind that the offerer receives (NFTs in a swap, counted). */
  itemsToOfferer: number
  /** Payment reaching others (fees, royalties or a thief), native-equivalent. */
  paidToOthers: bigint
  /** NFTs sent to someone other than the offerer. */
  nftsToOthers: number
  /** Everyone, other than the offerer, who receives something. */
  otherRecipients: string[]
  /** A fixed buyer, when the order names one. */
  taker?: string
  side: "sell" | "buy"
}

/** Outgoing transfers (the user gives). */
export type Transfer = {
  kind: "native" | "erc20" | "erc721" | "erc1155" | "unknown"
  token?: string
  to?: string
  raw?: bigint
  tokenId?: string
  /** How, in our words (default "transfer" / "native transfer"). */
  via?: string
  inBatch?: boolean
  /** Everything the user holds of it (sweeps, unwrap-all). */
  all?: boolean
  /** One side of a recognised exchange that returns value to the user. */
  exchange?: boolean
  /** The user's own plain send: a top-level transfer call or native send, alone in the request. */
  direct?: boolean
}

export type Analysis = {
  req: NormalizedRequest
  decoded: Decoded
  grants: Grant[]
  calls: FlatCall[]
  orders: Order[]
  transfers: Transfer[]
  /** Typed-data domain facts. */
  domain?: { chainId?: number; verifyingContract?: string; name?: string; standard?: string; primaryType: string }
  /** personal_sign text / bytes facts. */
  message?: { text?: string; bytes: number; looksLikeHash: boolean; printable: boolean }
  siwe?: { domain?: string; address?: string; chainId?: number; uri?: string }
  /** Where swap or sweep outputs go (other than the user and router placeholders). */
  outputRecipients: string[]
  /** Targets of delegatecalls the user authorises (Safe operation 1). */
  delegatecalls: string[]
  /** EIP-7702 delegations requested (from a tx field or a signing method). */
  delegations: { chainId: string; address?: string }[]
  /** What the request does to the user's assets: outflows, inflows, grants, unknown pieces. */
  effects: Effect[]
  /** Parts of the request that could not be read safely (hostile or malformed fields), in words. */
  unreadable: string[]
  /** Current time, unix seconds. */
  nowSec: number
  ctx: ResolvedContext
}

/** The context with lists merged and lower-cased, ready for O(1) look-ups. */
export type ResolvedContext = {
  knownName(address: string | undefined): string | undefined
  isBlockedAddress(address: string | undefined): boolean
  blockedSelectors: ReadonlySet<string>
  token(address: string | undefined): TokenInfo | undefined
  history: readonly string[]
  facts: KnownFacts
  /** The chain the request is for (undefined when it does not say: Ethereum lists are used). */
  chainId: number | undefined
  /** The chain's wrapped native coin (or the zero / 0xeeee… address standing for the coin). */
  isWrappedNative(address: string | undefined): boolean
}
