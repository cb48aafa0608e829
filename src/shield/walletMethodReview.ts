/**
 * What the Shield shows for wallet methods that sign nothing yet change what the wallet does (red team round 4,
 * item B5 / N2): adding or switching a chain, watching a token, and broadcasting a transaction the page already
 * signed. They used to reach a third-party wallet unreviewed. The verdict says what the request changes; the
 * user decides in Mamori's window with the same buttons. A signed raw transaction is decoded here and judged by
 * the Shield's ordinary audit (see `rawTransactionAudit`).
 */
import tokenList from "@uniswap/default-token-list"
import { secp256k1 } from "@noble/curves/secp256k1"
import { getAddress, hexToBigInt, keccak256, parseTransaction, serializeTransaction, toHex, type TransactionSerialized } from "viem"
import { publicKeyToAddress } from "viem/accounts"

import type { AuditRequest, AuditResult, Finding, Verdict } from "../audit/types"
import { knownChain } from "../chains/knownChains"

/** The methods handled here instead of by the signing rules. */
export const WALLET_METHODS = ["wallet_addEthereumChain", "wallet_switchEthereumChain", "wallet_watchAsset"] as const

export const isWalletMethod = (method: string): boolean => (WALLET_METHODS as readonly string[]).includes(method)

const text = (v: unknown, n: number) => (typeof v === "string" ? v.slice(0, n) : "")
const chainIdOf = (v: unknown): number | undefined => {
  if (typeof v !== "string" || !/^0x[0-9a-fA-F]{1,16}$/.test(v)) return undefined
  const n = Number.parseInt(v, 16)
  return Number.isSafeInteger(n) && n > 0 ? n : undefined
}
const chainLabel = (id: number) => `${knownChain(id)?.name ?? "an unknown chain"} (chain id ${id})`

function result(method: string, verdict: Verdict, summary: string, findings: Finding[]): AuditResult {
  return { verdict, summary, findings, decoded: { kind: "unsupported", method, give: [], get: [], allowances: [], calls: [] } }
}

function malformed(method: string, why: string): AuditResult {
  return result(method, "unknown", `Mamori could not read this ${method} request: ${why}`, [
    { id: "wallet-method-unreadable", severity: "unknown", title: "Unreadable request", detail: `${why} Your wallet would receive it as the page wrote it.` }
  ])
}

/** The review of one of WALLET_METHODS. `userRpcUrls`: the RPC URLs the user set, by decimal chain id. */
export function walletMethodReview(method: string, params: unknown, userRpcUrls: Readonly<Record<string, string>> = {}): AuditResult {
  const first = Array.isArray(params) ? params[0] : params
  if (method === "wallet_switchEthereumChain") return switchReview(first)
  if (method === "wallet_addEthereumChain") return addChainReview(first, userRpcUrls)
  return watchAssetReview(first)
}

/**
 * wallet_switchEthereumChain needs a review, if a light one: it moves no funds, but it changes the chain every
 * later request runs on, and during an open review it changed what the user had judged (N2). Reviewed, it waits
 * in the queue behind the requests already there, and the user sees it. Safe by itself: one click.
 */
function switchReview(p: unknown): AuditResult {
  const id = chainIdOf((p as { chainId?: unknown } | undefined)?.chainId)
  if (!id) return malformed("wallet_switchEthereumChain", "it names no chain id (a hex string).")
  return result("wallet_switchEthereumChain", "safe", `The page asks your wallet to switch to ${chainLabel(id)}.`, [
    {
      id: "wallet-switch-chain",
      severity: "info",
      title: `Switch to ${chainLabel(id)}`,
      detail: "Requests the page sends after this run on that chain; each is reviewed for it."
    }
  ])
}

const hostOf = (url: string): string | undefined => {
  try {
    const u = new URL(url)
    return u.protocol === "https:" || u.protocol === "http:" ? u.host.toLowerCase() : undefined
  } catch {
    return undefined
  }
}

/** wallet_addEthereumChain (EIP-3085): the chain id, its name and the RPC nodes the page names. */
function addChainReview(p: unknown, userRpcUrls: Readonly<Record<string, string>>): AuditResult {
  const info = (p ?? {}) as { chainId?: unknown; chainName?: unknown; rpcUrls?: unknown; nativeCurrency?: { symbol?: unknown } }
  const id = chainIdOf(info.chainId)
  if (!id) return malformed("wallet_addEthereumChain", "it names no chain id (a hex string).")
  const name = text(info.chainName, 60) || "no name"
  const urls = (Array.isArray(info.rpcUrls) ? info.rpcUrls : []).slice(0, 5).map((u) => text(u, 200))
  const known = knownChain(id)
  const findings: Finding[] = [
    {
      id: "wallet-add-chain",
      severity: "info",
      title: `Add chain ${id} "${name}"`,
      detail: `RPC node${urls.length === 1 ? "" : "s"} named by the page: ${urls.length ? urls.join(", ") : "none"}. Your wallet would read balances and send transactions for this chain through ${urls.length === 1 ? "it" : "them"}.`
    }
  ]
  let verdict: Verdict = "warning"
  let summary = `The page asks your wallet to add chain ${id} ("${name}") with an RPC node it chooses.`
  if (known) {
    const trusted = new Set([hostOf(known.defaultRpcUrl), hostOf(userRpcUrls[String(id)] ?? "")].filter(Boolean))
    const strangers = urls.filter((u) => !trusted.has(hostOf(u)))
    if (strangers.length) {
      verdict = "danger"
      summary = `Chain id ${id} is ${known.name}, but the page names an RPC node Mamori does not know for it.`
      findings.unshift({
        id: "wallet-add-known-chain-unknown-rpc",
        severity: "danger",
        title: `${known.name} through a node the page chose`,
        detail: `${strangers.join(", ")} is not ${known.name}'s usual node${userRpcUrls[String(id)] ? " nor the one you set" : ""}. A dishonest node can show false balances and hide what a transaction does${name !== known.name ? `; the page also calls the chain "${name}"` : ""}.`
      })
    }
  } else
    findings.push({
      id: "wallet-add-chain-rpc",
      severity: "warning",
      title: "The page chooses the RPC node",
      detail: "A dishonest node can show false balances and hide what a transaction does. Add chains from a source you trust."
    })
  return result("wallet_addEthereumChain", verdict, summary, findings)
}

type ListToken = { chainId: number; address: string; symbol: string }
/** Well-known token symbols (upper case) → their addresses (lower case) on any chain, from the maintained list. */
const KNOWN_BY_SYMBOL: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const m = new Map<string, Set<string>>()
  for (const t of ((tokenList as { tokens?: ListToken[] }).tokens ?? []) as ListToken[]) {
    if (typeof t.symbol !== "string" || typeof t.address !== "string") continue
    const key = skeletonSymbol(t.symbol)
    if (!m.has(key)) m.set(key, new Set())
    m.get(key)!.add(t.address.toLowerCase())
  }
  for (const s of ["ETH", "WETH", "USDC", "USDT", "DAI"]) if (!m.has(s)) m.set(s, new Set())
  return m
})()

/** A symbol as a person reads it: case, spaces, dots and look-alike characters folded (USDC ≈ USDС ≈ U.S.D.C). */
function skeletonSymbol(symbol: string): string {
  const folded = symbol.normalize("NFKC").toUpperCase()
  const confusable: Record<string, string> = { А: "A", В: "B", С: "C", Е: "E", Н: "H", І: "I", К: "K", М: "M", О: "O", Р: "P", Т: "T", Х: "X", Ѕ: "S", "0": "O", "₮": "T" }
  let out = ""
  for (const ch of folded) {
    if (/[\s._\-\u200b-\u200f\u2060\ufeff]/u.test(ch)) continue
    out += confusable[ch] ?? ch
  }
  return out
}

/** wallet_watchAsset (EIP-747): the token the wallet would list, warned when its symbol imitates a known one. */
function watchAssetReview(p: unknown): AuditResult {
  const opts = ((p as { options?: unknown } | undefined)?.options ?? {}) as { address?: unknown; symbol?: unknown; decimals?: unknown }
  const address = text(opts.address, 42).toLowerCase()
  const symbol = text(opts.symbol, 20)
  if (!/^0x[0-9a-f]{40}$/.test(address) || !symbol) return malformed("wallet_watchAsset", "it names no token address and symbol.")
  const known = KNOWN_BY_SYMBOL.get(skeletonSymbol(symbol))
  if (known && !known.has(address))
    return result("wallet_watchAsset", "danger", `The page asks your wallet to list a token called "${symbol}" that is not the well-known ${symbol}.`, [
      {
        id: "wallet-watch-asset-impostor",
        severity: "danger",
        title: `A fake "${symbol}"`,
        detail: `${getAddress(address)} is not any address of the well-known token with this symbol. Listed in your wallet, it would look like a balance you have; scams use such tokens to make a payment or an airdrop look real.`
      }
    ])
  return result("wallet_watchAsset", "safe", `The page asks your wallet to list the token "${symbol}" at ${getAddress(address)}.`, [
    { id: "wallet-watch-asset", severity: "info", title: `List "${symbol}"`, detail: "Your wallet would show this token's balance. It grants nothing." }
  ])
}

/** A signed transaction, decoded: what to audit (as the eth_sendTransaction it is) and on which chain. */
export type DecodedRaw = { ok: true; request: AuditRequest; chainId?: number; from: string } | { ok: false; error: string }

/**
 * eth_sendRawTransaction: the page hands the wallet a transaction someone already signed; the wallet only
 * broadcasts it, so no wallet confirmation shows what it does. Decoded (viem), its signer recovered, and judged
 * by the ordinary audit as that signer's eth_sendTransaction on the chain it was signed for.
 */
export async function decodeRawTransaction(params: unknown, origin: string): Promise<DecodedRaw> {
  const raw = Array.isArray(params) ? params[0] : undefined
  if (typeof raw !== "string" || !/^0x[0-9a-fA-F]+$/.test(raw)) return { ok: false, error: "it holds no signed transaction (hex)." }
  try {
    const tx = parseTransaction(raw as TransactionSerialized)
    const from = signerOf(tx)
    const hex = (v: bigint | number | undefined) => (v === undefined ? undefined : `0x${v.toString(16)}`)
    const call: Record<string, unknown> = { from, to: tx.to ?? undefined, value: hex(tx.value ?? 0n), data: tx.data ?? "0x", gas: hex(tx.gas), nonce: hex(tx.nonce) }
    if (tx.chainId !== undefined) call.chainId = hex(tx.chainId)
    if ("authorizationList" in tx && tx.authorizationList) call.authorizationList = tx.authorizationList
    return {
      ok: true,
      from,
      chainId: tx.chainId,
      request: { origin, chainId: tx.chainId === undefined ? undefined : String(tx.chainId), method: "eth_sendTransaction", params: [call] }
    }
  } catch (e) {
    return { ok: false, error: `it is not a signed transaction Mamori can decode (${String((e as Error)?.message ?? e).slice(0, 120)}).` }
  }
}

/**
 * The signer, recovered with a static import of the curve: viem's recoverTransactionAddress loads it with a
 * dynamic import, which a service worker cannot do.
 */
function signerOf(tx: ReturnType<typeof parseTransaction>): string {
  const { r, s, v, yParity, ...unsigned } = tx
  if (!r || !s) throw new Error("the transaction is not signed")
  const parity = yParity ?? (v === undefined ? undefined : Number(v >= 35n ? (v - 35n) % 2n : v - 27n))
  if (parity !== 0 && parity !== 1) throw new Error("bad signature recovery bit")
  const hash = keccak256(serializeTransaction(unsigned as never))
  const point = new secp256k1.Signature(hexToBigInt(r), hexToBigInt(s)).addRecoveryBit(parity).recoverPublicKey(hash.slice(2))
  return publicKeyToAddress(toHex(point.toRawBytes(false))).toLowerCase()
}

/** The finding put first on a raw transaction's review: who signed it, for which chain, and that it is final. */
export function rawTransactionFinding(from: string, chainId: number | undefined): Finding {
  return {
    id: "raw-transaction",
    severity: chainId === undefined ? "warning" : "info",
    title: "Already signed: your wallet would only broadcast it",
    detail: `Signed by ${getAddress(from)} ${chainId === undefined ? "for any chain (no chain id: it can be replayed on every chain)" : `for ${chainLabel(chainId)}`}. Your wallet shows no confirmation for this; this review is the only one.`
  }
}

export const rawTransactionUnreadable = (error: string): AuditResult => malformed("eth_sendRawTransaction", error)
