import type { ExplainInput } from "../prompt/types"

/** An address, amount or token the model wrote that appears nowhere in the request or the findings. */
export type UngroundedMention = { kind: "address" | "amount" | "token"; text: string }

/** What an explanation may mention: every hex string, digit run and word of the request and its findings. */
export type Grounds = { hexes: readonly string[]; digits: ReadonlySet<string>; words: ReadonlySet<string> }

// Capitalised words that are not token symbols: what a model writes about requests in general.
const NOT_TOKENS = new Set(
  "NFT NFTS ERC EIP RPC EOA URL DAPP SIWE API OK ID DANGER WARNING UNKNOWN SAFE NOT DO NO YES AND OR THE IT IS TO IF ALL ANY YOU YOUR I A AN ON OFF JSON HTTP HTTPS WWW DEX DEFI KYC FAQ USA UTC AI LLM".split(
    " "
  )
)

// 0x followed by hex; "0x3c44...93bc" / "0x3c44…93bc" is an address shortened the way Mamori's findings write it.
const HEX = /0x[0-9a-f]+(?:(?:\.{2,3}|…)[0-9a-f]+)?/gi
// A number standing on its own ("1,000.5", "25"), not part of a word ("erc20", "v4") or of a hex string,
// and not a standard's number ("EIP-712", "ERC 20").
const NUMBER = /(?<![\w.,])(?<!(?:EIP|ERC)[- ]?)\d[\d,_]*(?:\.\d+)?(?![\w])/g
// A symbol-like word: 2–11 capitals and digits with at least two capitals ("USDC", "WETH", "1INCH").
const SYMBOL = /(?<![\w$])\$?[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*(?![\w])/g

/** Collects what the request and its findings contain, for `findUngroundedMention`. */
export function groundsOf(input: ExplainInput): Grounds {
  const text = flatten(input)
  const hexes = [...new Set((text.match(/0x[0-9a-f]+/gi) ?? []).map((h) => h.toLowerCase()))]
  // Digits inside hex strings are not amounts: "0x3c44…" must not ground "44".
  const digits = new Set(
    (
      text
        .replace(/0x[0-9a-f]+/gi, " ")
        .replace(/[,_]/g, "")
        .match(/\d+(?:\.\d+)?/g) ?? []
    ).map(stripZeros)
  )
  const words = new Set((text.match(/[a-z0-9_]+/gi) ?? []).map((w) => w.toLowerCase()))
  return { hexes, digits, words }
}

/**
 * The first address, amount or token symbol in `text` that the request and its findings do not
 * contain, or undefined. A small model copies and invents such values; one it invented must never
 * reach the user, so the caller discards the whole explanation and shows the template instead.
 *
 * @example findUngroundedMention("It sends 500 USDC to 0xdead…beef.", groundsOf(result)) // { kind: "amount", text: "500" } when 500 is not in the request
 */
export function findUngroundedMention(text: string, grounds: Grounds): UngroundedMention | undefined {
  for (const m of text.matchAll(HEX)) {
    const mention = m[0].toLowerCase()
    const [head = "", tail = ""] = mention.split(/\.{2,3}|…/)
    // "0x" alone, or a selector-sized fragment, names nothing on its own.
    if (head.length < 6 && !tail) continue
    const found = tail ? grounds.hexes.some((h) => h.startsWith(head) && h.endsWith(tail)) : grounds.hexes.some((h) => h.startsWith(head) || h.includes(head.slice(2)))
    if (!found) return { kind: "address", text: m[0] }
  }
  const withoutHex = text.replace(HEX, " ")
  for (const m of withoutHex.matchAll(NUMBER)) {
    const value = stripZeros(m[0].replace(/[,_]/g, ""))
    if (!grounds.digits.has(value)) return { kind: "amount", text: m[0] }
  }
  for (const m of withoutHex.matchAll(SYMBOL)) {
    const symbol = m[0].replace(/^\$/, "")
    if (NOT_TOKENS.has(symbol) || /^\d+$|^(ERC|EIP)\d+$/.test(symbol)) continue
    if (grounds.words.has(symbol.toLowerCase())) continue
    // The native coin is named by the chain, not the request: allow it when the request moves native value.
    if (symbol === "ETH" && (grounds.words.has("native") || grounds.words.has("value"))) continue
    return { kind: "token", text: m[0] }
  }
  return undefined
}

/** "1.50" and "1.5" are the same amount; "007" and "7" too. */
function stripZeros(n: string): string {
  const [int = "", frac] = n.split(".")
  const i = int.replace(/^0+(?=\d)/, "")
  const f = frac?.replace(/0+$/, "")
  return f ? `${i}.${f}` : i
}

/** Every string, number and key in the input, as one text (bigints included). */
function flatten(value: unknown): string {
  const parts: string[] = []
  const seen = new WeakSet<object>()
  const walk = (node: unknown, depth: number) => {
    if (node === null || node === undefined || depth > 8) return
    if (typeof node === "string") parts.push(node)
    else if (typeof node === "number" || typeof node === "bigint" || typeof node === "boolean") parts.push(String(node))
    else if (typeof node === "object" && !seen.has(node)) {
      seen.add(node)
      for (const [k, v] of Object.entries(node)) {
        parts.push(k)
        walk(v, depth + 1)
      }
    }
  }
  walk(value, 0)
  return parts.join(" \n ")
}
