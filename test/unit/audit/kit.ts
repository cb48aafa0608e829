/**
 * Builders for Shield tests: requests shaped like the ones real pages send. The one place the typed-data
 * and order shapes live (permits, Permit2, Seaport, 0x orders, Safe transactions): rule tests, the property
 * tests and the corpus generator (test/fixtures/build-shield-corpus.ts) all build from here.
 */
import { encodeAbiParameters, encodeFunctionData, parseAbi, toHex } from "viem"
import { auditSync } from "../../../src/audit/audit"
import type { AuditContext, AuditRequest, AuditResult } from "../../../src/audit/types"

export const USER = "0x1111111111111111111111111111111111111111"
export const STRANGER = "0x49dc14dd851b6eae8d685715e12a06cc1bfc5d8d"
export const USDC = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"
export const WETH = "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2"
export const BAYC = "0xbc4ca0eda7647a8ab7c2061c2e118a18a936f13d"
export const PERMIT2 = "0x000000000022d473030f116ddee9f6b43ac78ba3"
export const ROUTER = "0x68b3465833fb72a70ecdf485e0e4c7bd8665fc45"
export const UR = "0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad"
export const SEAPORT = "0x00000000000000adc04c56bf30ac9d3c0aaf14dc"
export const MAX = (1n << 256n) - 1n
/** 2026-01-01T00:00:00Z */
export const NOW = Date.UTC(2026, 0, 1)
export const NOW_S = NOW / 1000

const abi = parseAbi([
  "function approve(address spender, uint256 amount)",
  "function transfer(address to, uint256 amount)",
  "function increaseAllowance(address spender, uint256 addedValue)",
  "function setApprovalForAll(address operator, bool approved)",
  "function approve(address token, address spender, uint160 amount, uint48 expiration)",
  "function safeTransferFrom(address from, address to, uint256 tokenId)",
  "function multicall(uint256 deadline, bytes[] data)",
  "function execute(bytes commands, bytes[] inputs, uint256 deadline)",
  "function execute(bytes32 mode, bytes executionData)",
  "function mint(uint256 quantity)"
])

export const data = {
  approve: (spender: string, amount: bigint) => encodeFunctionData({ abi, functionName: "approve", args: [spender as `0x${string}`, amount] }),
  transfer: (to: string, amount: bigint) => encodeFunctionData({ abi, functionName: "transfer", args: [to as `0x${string}`, amount] }),
  increaseAllowance: (spender: string, amount: bigint) => encodeFunctionData({ abi, functionName: "increaseAllowance", args: [spender as `0x${string}`, amount] }),
  setApprovalForAll: (op: string, on = true) => encodeFunctionData({ abi, functionName: "setApprovalForAll", args: [op as `0x${string}`, on] }),
  permit2Approve: (token: string, spender: string, amount: bigint, exp: number) =>
    encodeFunctionData({ abi, functionName: "approve", args: [token as `0x${string}`, spender as `0x${string}`, amount, exp] }),
  nftTransfer: (from: string, to: string, id: bigint) => encodeFunctionData({ abi, functionName: "safeTransferFrom", args: [from as `0x${string}`, to as `0x${string}`, id] }),
  multicall: (calls: string[]) => encodeFunctionData({ abi, functionName: "multicall", args: [BigInt(NOW_S + 600), calls as `0x${string}`[]] }),
  mint: (n: bigint) => encodeFunctionData({ abi, functionName: "mint", args: [n] }),
  /** ERC-7821 batch execute (mode 0x01…). */
  erc7821: (calls: { to: string; value: bigint; data: string }[]) =>
    encodeFunctionData({
      abi,
      functionName: "execute",
      args: [
        "0x0100000000000000000000000000000000000000000000000000000000000000",
        encodeAbiParameters(
          [
            {
              type: "tuple[]",
              components: [
                { name: "to", type: "address" },
                { name: "value", type: "uint256" },
                { name: "data", type: "bytes" }
              ]
            }
          ],
          [calls.map((c) => ({ to: c.to as `0x${string}`, value: c.value, data: c.data as `0x${string}` }))]
        )
      ]
    }),
  /** Universal Router plan from (command, abi types, values) steps. */
  routerPlan: (steps: { command: number; types: string[]; values: unknown[] }[]) =>
    encodeFunctionData({
      abi,
      functionName: "execute",
      args: [
        toHex(new Uint8Array(steps.map((s) => s.command))),
        steps.map((s) =>
          encodeAbiParameters(
            s.types.map((t) => ({ type: t })),
            s.values as never
          )
        ),
        BigInt(NOW_S + 600)
      ]
    })
}

export function tx(to: string | undefined, calldata = "0x", value = 0n, extra: Record<string, unknown> = {}): AuditRequest {
  return {
    origin: "https://app.example.org",
    chainId: "0x1",
    from: USER,
    method: "eth_sendTransaction",
    params: [{ from: USER, to, data: calldata, value: toHex(value), ...extra }]
  }
}

export function sendCalls(calls: { to: string; data?: string; value?: bigint }[]): AuditRequest {
  return {
    origin: "https://app.example.org",
    chainId: 1,
    from: USER,
    method: "wallet_sendCalls",
    params: [{ version: "2.0.0", from: USER, chainId: "0x1", atomicRequired: true, calls: calls.map((c) => ({ to: c.to, data: c.data ?? "0x", value: toHex(c.value ?? 0n) })) }]
  }
}

const DOMAIN_TYPE = [
  { name: "name", type: "string" },
  { name: "version", type: "string" },
  { name: "chainId", type: "uint256" },
  { name: "verifyingContract", type: "address" }
]

export function typed(
  primaryType: string,
  types: Record<string, { name: string; type: string }[]>,
  domain: Record<string, unknown>,
  message: Record<string, unknown>,
  asString = true
): AuditRequest {
  const payload = { types: { EIP712Domain: DOMAIN_TYPE.filter((f) => f.name in domain), ...types }, primaryType, domain, message }
  return { origin: "https://app.example.org", chainId: 1, from: USER, method: "eth_signTypedData_v4", params: [USER, asString ? JSON.stringify(payload) : payload] }
}

export const PERMIT_TYPES = {
  Permit: [
    { name: "owner", type: "address" },
    { name: "spender", type: "address" },
    { name: "value", type: "uint256" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" }
  ]
}

export function permit(spender: string, value: bigint, deadline: number | string, token = USDC, chainId: unknown = 1): AuditRequest {
  return typed(
    "Permit",
    PERMIT_TYPES,
    { name: "USD Coin", version: "2", chainId, verifyingContract: token },
    { owner: USER, spender, value: value.toString(), nonce: "0", deadline: String(deadline) }
  )
}

export const PERMIT2_SINGLE_TYPES = {
  PermitSingle: [
    { name: "details", type: "PermitDetails" },
    { name: "spender", type: "address" },
    { name: "sigDeadline", type: "uint256" }
  ],
  PermitDetails: [
    { name: "token", type: "address" },
    { name: "amount", type: "uint160" },
    { name: "expiration", type: "uint48" },
    { name: "nonce", type: "uint48" }
  ]
}

export function permit2Single(spender: string, amount: bigint, expiration: number | string, token = USDC): AuditRequest {
  return typed(
    "PermitSingle",
    PERMIT2_SINGLE_TYPES,
    { name: "Permit2", chainId: 1, verifyingContract: PERMIT2 },
    {
      details: { token, amount: amount.toString(), expiration: String(expiration), nonce: "0" },
      spender,
      sigDeadline: String(NOW_S + 1800)
    }
  )
}

export const SEAPORT_TYPES = {
  OrderComponents: [
    { name: "offerer", type: "address" },
    { name: "zone", type: "address" },
    { name: "offer", type: "OfferItem[]" },
    { name: "consideration", type: "ConsiderationItem[]" },
    { name: "orderType", type: "uint8" },
    { name: "startTime", type: "uint256" },
    { name: "endTime", type: "uint256" },
    { name: "zoneHash", type: "bytes32" },
    { name: "salt", type: "uint256" },
    { name: "conduitKey", type: "bytes32" },
    { name: "counter", type: "uint256" }
  ],
  OfferItem: [
    { name: "itemType", type: "uint8" },
    { name: "token", type: "address" },
    { name: "identifierOrCriteria", type: "uint256" },
    { name: "startAmount", type: "uint256" },
    { name: "endAmount", type: "uint256" }
  ],
  ConsiderationItem: [
    { name: "itemType", type: "uint8" },
    { name: "token", type: "address" },
    { name: "identifierOrCriteria", type: "uint256" },
    { name: "startAmount", type: "uint256" },
    { name: "endAmount", type: "uint256" },
    { name: "recipient", type: "address" }
  ]
}

type Pay = { itemType?: number; token?: string; id?: string; amount: bigint; recipient: string }

export function seaportOrder(offer: { token: string; id: string; itemType?: number }[], consideration: Pay[], offerer = USER): AuditRequest {
  const zero32 = `0x${"0".repeat(64)}`
  return typed(
    "OrderComponents",
    SEAPORT_TYPES,
    { name: "Seaport", version: "1.5", chainId: 1, verifyingContract: SEAPORT },
    {
      offerer,
      zone: "0x0000000000000000000000000000000000000000",
      offer: offer.map((o) => ({ itemType: String(o.itemType ?? 2), token: o.token, identifierOrCriteria: o.id, startAmount: "1", endAmount: "1" })),
      consideration: consideration.map((c) => ({
        itemType: String(c.itemType ?? 0),
        token: c.token ?? "0x0000000000000000000000000000000000000000",
        identifierOrCriteria: c.id ?? "0",
        startAmount: c.amount.toString(),
        endAmount: c.amount.toString(),
        recipient: c.recipient
      })),
      orderType: "0",
      startTime: String(NOW_S),
      endTime: String(NOW_S + 30 * 86400),
      zoneHash: zero32,
      salt: "1",
      conduitKey: zero32,
      counter: "0"
    }
  )
}

const ZERO = "0x0000000000000000000000000000000000000000"

export const PERMIT2_TRANSFER_TYPES = {
  PermitTransferFrom: [
    { name: "permitted", type: "TokenPermissions" },
    { name: "spender", type: "address" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" }
  ],
  TokenPermissions: [
    { name: "token", type: "address" },
    { name: "amount", type: "uint256" }
  ]
}

/** A Permit2 signature transfer (PermitTransferFrom): `spender` may pull `amount` of `token` once, until `deadline`. */
export function permit2Transfer(spender: string, token: string, amount: bigint, deadline: number, nonce = "1"): AuditRequest {
  return typed(
    "PermitTransferFrom",
    PERMIT2_TRANSFER_TYPES,
    { name: "Permit2", chainId: 1, verifyingContract: PERMIT2 },
    { permitted: { token, amount: amount.toString() }, spender, nonce, deadline: String(deadline) }
  )
}

export const ZEROX = "0xdef1c0ded9bec7f1a1670819833240f027b25eff"
export const ZEROX_NFT_ORDER_TYPES = {
  ERC721Order: [
    { type: "uint8", name: "direction" },
    { type: "address", name: "maker" },
    { type: "address", name: "taker" },
    { type: "uint256", name: "expiry" },
    { type: "uint256", name: "nonce" },
    { type: "address", name: "erc20Token" },
    { type: "uint256", name: "erc20TokenAmount" },
    { type: "Fee[]", name: "fees" },
    { type: "address", name: "erc721Token" },
    { type: "uint256", name: "erc721TokenId" }
  ],
  Fee: [
    { type: "address", name: "recipient" },
    { type: "uint256", name: "amount" },
    { type: "bytes", name: "feeData" }
  ]
}

/** A 0x v4 ERC-721 sell order by the user for `amount` wei of WETH (`taker` zero = anyone may fill). */
export function zeroExNftOrder(o: { taker: string; amount: string; nft: string; id: string; nonce?: string }): AuditRequest {
  return typed(
    "ERC721Order",
    ZEROX_NFT_ORDER_TYPES,
    { name: "ZeroEx", version: "1.0.0", chainId: 1, verifyingContract: ZEROX },
    {
      direction: "0",
      maker: USER,
      taker: o.taker,
      expiry: "2524604400",
      nonce: o.nonce ?? "1",
      erc20Token: WETH,
      erc20TokenAmount: o.amount,
      fees: [],
      erc721Token: o.nft,
      erc721TokenId: o.id
    }
  )
}

export const SAFE_TX_TYPES = {
  SafeTx: [
    { name: "to", type: "address" },
    { name: "value", type: "uint256" },
    { name: "data", type: "bytes" },
    { name: "operation", type: "uint8" },
    { name: "safeTxGas", type: "uint256" },
    { name: "baseGas", type: "uint256" },
    { name: "gasPrice", type: "uint256" },
    { name: "gasToken", type: "address" },
    { name: "refundReceiver", type: "address" },
    { name: "nonce", type: "uint256" }
  ]
}

/** A Safe{Wallet} SafeTx signature: `safe` calls `to` with `calldata` (operation 1 = delegatecall). */
export function safeTx(safe: string, to: string, calldata: string, operation = 0, value = 0n, nonce = "1"): AuditRequest {
  return typed(
    "SafeTx",
    SAFE_TX_TYPES,
    { chainId: 1, verifyingContract: safe },
    {
      to,
      value: value.toString(),
      data: calldata,
      operation: String(operation),
      safeTxGas: "0",
      baseGas: "0",
      gasPrice: "0",
      gasToken: ZERO,
      refundReceiver: ZERO,
      nonce
    }
  )
}

export const HYPERLIQUID_DOMAIN = { name: "HyperliquidSignTransaction", version: "1", chainId: 42161, verifyingContract: ZERO }
export const HYPERLIQUID_TYPES = {
  "HyperliquidTransaction:Withdraw": [
    { name: "hyperliquidChain", type: "string" },
    { name: "destination", type: "string" },
    { name: "amount", type: "string" },
    { name: "time", type: "uint64" }
  ],
  "HyperliquidTransaction:ApproveAgent": [
    { name: "hyperliquidChain", type: "string" },
    { name: "agentAddress", type: "address" },
    { name: "agentName", type: "string" },
    { name: "nonce", type: "uint64" }
  ]
}

/** A Hyperliquid user-signed action (the exchange signs these under chain 42161 with a zero verifying contract). */
export function hyperliquidAction(kind: "Withdraw" | "ApproveAgent", message: Record<string, unknown>, origin: string): AuditRequest {
  const primaryType = `HyperliquidTransaction:${kind}` as const
  return { ...typed(primaryType, { [primaryType]: HYPERLIQUID_TYPES[primaryType] }, HYPERLIQUID_DOMAIN, message), origin }
}

export function personal(message: string, origin = "https://app.example.org", asHex = true): AuditRequest {
  const payload = asHex ? toHex(new TextEncoder().encode(message)) : message
  return { origin, chainId: 1, from: USER, method: "personal_sign", params: [payload, USER] }
}

export function siwe(domain: string, origin: string, address = USER): AuditRequest {
  const msg = `${domain} wants you to sign in with your Ethereum account:\n${address}\n\nSign in to the app.\n\nURI: https://${domain}\nVersion: 1\nChain ID: 1\nNonce: 32891757\nIssued At: 2025-12-31T10:00:00.000Z`
  return personal(msg, origin)
}

/** Runs the synchronous audit with the fixed clock. */
export function run(request: AuditRequest, context: AuditContext = {}): AuditResult {
  return auditSync(request, { now: NOW, ...context })
}

/** The ids of the findings at or above `info`. */
export function ids(result: AuditResult): string[] {
  return result.findings.map((f) => f.id)
}

/** The severity a rule raised, or undefined. */
export function severityOf(result: AuditResult, id: string): string | undefined {
  return result.findings.find((f) => f.id === id)?.severity
}

/** Facts saying `address` is a plain wallet. */
export const eoa = (address: string): AuditContext => ({ facts: { accounts: { [address.toLowerCase()]: { isContract: false, codeSize: 0, nonce: 3 } } } })
/** Facts saying `address` is an ordinary contract. */
export const contract = (address: string, codeSize = 4000): AuditContext => ({ facts: { accounts: { [address.toLowerCase()]: { isContract: true, codeSize, nonce: 1 } } } })
