/**
 * Types of the Shield core: one wallet request in, one verdict a person can act on out.
 * Everything here is plain data (JSON-safe except bigint-free by design) so the background, the popup and
 * the command line can pass it around unchanged.
 */
import type { Effect } from "./effects/types"

/** A wallet request as a page sent it. Every field is untrusted and may be malformed. */
export type AuditRequest = {
  /** The page that asked, e.g. `https://app.uniswap.org`. */
  origin?: unknown
  /** The wallet's current chain (hex, decimal or padded hex are all accepted). */
  chainId?: unknown
  /** The connected account. */
  from?: unknown
  /** The JSON-RPC method, e.g. `eth_sendTransaction`. */
  method?: unknown
  /** The JSON-RPC params as the page sent them. */
  params?: unknown
}

/** How bad one finding is. `unknown` = could not be checked; `info` never changes the verdict. */
export type Severity = "danger" | "warning" | "unknown" | "info"

/** The overall call. The UI must treat `unknown` as "not known to be safe". */
export type Verdict = "danger" | "warning" | "unknown" | "safe"

export type Finding = {
  /** Stable rule id, e.g. `unlimited-approval`. */
  id: string
  severity: Severity
  /** A short title a person can read at a glance. */
  title: string
  /** One or two sentences: what this lets someone do. */
  detail: string
}

/** An amount as a person reads it, with the raw value kept for tools. */
export type Amount = {
  raw: string
  /** `"1,000 USDC"`, `"unlimited USDC"`, `"3.7 ETH"` or the raw integer when decimals are unknown. */
  display: string
  unlimited: boolean
  symbol?: string
  decimals?: number
}

/** One asset that moves: what you give or what you get. */
export type AssetMove = {
  kind: "native" | "erc20" | "erc721" | "erc1155" | "unknown"
  /** Token contract (lower-case), absent for the native coin. */
  token?: string
  tokenId?: string
  amount?: Amount
  /** Who receives it (lower-case), when known. */
  to?: string
  /** Who sends it (lower-case): for what you get, as a simulation saw it. */
  from?: string
}

/** A right someone gets over your assets. */
export type Allowance = {
  kind: "erc20-approve" | "erc20-permit" | "permit2" | "nft-operator" | "permit2-transfer"
  token?: string
  spender: string
  amount?: Amount
  /** Unix seconds until which the right can be used (or the signature submitted), when bounded. */
  until?: number
  /** True when `until` was written in milliseconds (on-chain it then means "practically never"). */
  untilWasMilliseconds?: boolean
  /** For setApprovalForAll: true grants, false revokes. */
  approved?: boolean
}

/** One decoded contract call. */
export type DecodedCall = {
  to?: string
  value?: Amount
  /** 4-byte selector, lower-case hex. */
  selector?: string
  /** `approve`, `transfer`, `execute`, … or undefined when unknown. */
  functionName?: string
  /** Human-readable arguments (strings, capped). */
  args?: Record<string, string>
  /** Calls nested inside wrappers (multicall, Universal Router, ERC-7821 batches). */
  inner?: DecodedCall[]
  /** True when the call runs with the user's own authority (a top-level call or a 7702 self-batch). */
  asUser: boolean
}

/** A readable tree of any EIP-712 message. */
export type TypedDataNode = { name: string; type: string; value?: string; children?: TypedDataNode[] }

export type Decoded = {
  kind: "transaction" | "batch" | "typed-data" | "personal-sign" | "eth-sign" | "authorization" | "unsupported" | "malformed"
  method: string
  chainId?: number
  from?: string
  /** What you give. */
  give: AssetMove[]
  /** What you get. */
  get: AssetMove[]
  /** Who can spend what until when. */
  allowances: AllowanceView[]
  /** Per-call entries (transactions, batches). */
  calls: DecodedCall[]
  /** Typed data: primary type, domain and a tree. */
  typedData?: {
    primaryType: string
    domain: Record<string, string>
    standard?: string
    tree: TypedDataNode
  }
  /** personal_sign: the text, capped; or the hex when it is not text. */
  message?: { text?: string; hex?: string; looksLikeHash: boolean; siwe?: SiweView }
  /** EIP-7702: who gets to run code as the account. */
  delegations?: { chainId: string; address: string; nonce?: string }[]
  /** What a simulation (eth_simulateV1) saw leave and reach the account, when one ran. */
  simulation?: { status: "ok" | "unavailable" | "failed"; give: AssetMove[]; get: AssetMove[] }
  /**
   * What the request does to the user's assets (outflows, inflows, grants, unknown pieces), request-side;
   * a simulation adds its own with `source: "simulation"`. See `effects/types.ts`.
   */
  effects?: Effect[]
  /** Contract creation: the deployed bytecode size. */
  creation?: { codeBytes: number }
}

export type AllowanceView = Allowance & { tokenLabel?: string }

export type SiweView = {
  domain?: string
  address?: string
  uri?: string
  chainId?: number
  statement?: string
  expirationTime?: string
}

/** Facts about one address on the current chain. */
export type AccountFacts = {
  isContract: boolean
  codeSize: number
  nonce?: number
  /** EIP-1967 implementation, when the account is a proxy. */
  proxyImplementation?: string
  /** EIP-7702 delegate, when the account's code is a delegation designator. */
  delegatedTo?: string
}

export type TokenFacts = { symbol?: string; decimals?: number; name?: string }

/** One asset movement seen in a simulation's logs (lower-case addresses; native coin has no token). */
export type SimulatedChange = { kind: "native" | "erc20" | "erc721" | "erc1155"; token?: string; from: string; to: string; raw?: string; tokenId?: string }

/**
 * A right over someone's assets seen in a simulation's logs: ERC-20 `Approval`, ERC-721 single-token
 * `Approval`, `ApprovalForAll`, Permit2 `Approval`/`Permit`. Amounts are decimal strings (JSON-safe).
 */
export type SimulatedGrant = {
  kind: "erc20-approve" | "nft-approve" | "nft-operator" | "permit2"
  /** The token (for Permit2: the token named in the event, not the Permit2 contract). */
  token: string
  owner: string
  spender: string
  raw?: string
  tokenId?: string
  /** ApprovalForAll: true grants, false revokes. */
  approved?: boolean
  /** Permit2: unix seconds. */
  expiration?: number
  /** The same right as it stood before the transaction, read from the chain (absent when unread). */
  before?: { raw?: string; approved?: boolean }
}

/** Addresses a contract named in the other logs it emitted (e.g. a bridge's deposit record). */
export type SimulatedMention = { emitter: string; addresses: string[] }

/** Asset changes from a simulation (eth_simulateV1). */
export type SimulationResult =
  | {
      status: "ok"
      success: boolean
      logs: number
      gasUsed?: string
      /** The node's error message when the call reverted. */
      error?: string
      /** The decoded revert reason (`Error(string)`, a panic code, or a custom error's selector). */
      revertReason?: string
      changes?: SimulatedChange[]
      grants?: SimulatedGrant[]
      mentions?: SimulatedMention[]
    }
  | { status: "unavailable"; reason: string }
  | { status: "failed"; reason: string }

/** Facts known before the rules run (e.g. fetched, cached, or given by a test). Keys are lower-case. */
export type KnownFacts = {
  accounts?: Record<string, AccountFacts>
  tokens?: Record<string, TokenFacts>
  simulation?: SimulationResult
  /** Problems met while gathering facts (dead RPC, time-out); each becomes a finding. */
  problems?: string[]
}

/** Where chain facts come from. Injectable so tests need no network. */
export interface ChainFactsProvider {
  getAccount(address: string): Promise<AccountFacts>
  getToken?(address: string): Promise<TokenFacts | undefined>
  simulate?(call: SimulationCall): Promise<SimulationResult>
}

export type SimulationCall = { from?: string; to?: string; data?: string; value?: string }

export type TokenInfo = { symbol: string; decimals: number }

export type AuditContext = {
  /** A JSON-RPC URL for chain facts and simulation (audit() only). */
  rpcUrl?: string
  /** Injected chain-facts provider (wins over rpcUrl). */
  chainFacts?: ChainFactsProvider
  /** Facts already known (cache or test data); used by auditSync too. */
  facts?: KnownFacts
  /** Recent counterparties of the user, for address-poisoning checks. */
  history?: string[]
  /** Addresses the user trusts in addition to the built-in list (lower- or mixed-case). */
  knownContracts?: string[]
  /** User-updatable blocklist: addresses and 4-byte selectors known to be malicious. */
  blocklist?: { addresses?: string[]; selectors?: string[] }
  /** Current time in ms (injectable clock). */
  now?: number
  /** address → token metadata, merged over the built-in list. */
  tokenList?: Record<string, TokenInfo>
  /** RPC time-out in ms (default 1500). */
  timeoutMs?: number
}

export type AuditResult = {
  verdict: Verdict
  findings: Finding[]
  decoded: Decoded
  /** One line a person can read. */
  summary: string
}
