/**
 * personal_sign / eth_sign payloads: readable text, or bytes that are really a hash; Sign-In with Ethereum
 * (EIP-4361) messages parsed so their domain can be compared with the page.
 */
import { hexToBytes } from "viem"
import { parseSiweMessage } from "viem/siwe"
import { cap } from "../normalize/hex"
import type { Analysis } from "./analysis"
import { ABI_BY_SELECTOR } from "./abis"
import { decodeCall } from "./decodeCall"

const decoder = new TextDecoder("utf-8", { fatal: true })
const HASH_TEXT = /^(0x)?[0-9a-fA-F]{64}$/
const HEX_BLOB = /0x([0-9a-fA-F]{8,})/g

/** Reads a signing payload into `a.message` / `a.siwe` and the UI block. */
export function decodeMessage(payloadHex: string | undefined, payloadText: string | undefined, a: Analysis): void {
  let text = payloadText
  let bytes = payloadText !== undefined ? new TextEncoder().encode(payloadText).length : 0
  if (payloadHex !== undefined) {
    bytes = (payloadHex.length - 2) / 2
    if (bytes <= 64 * 1024) {
      try {
        text = decoder.decode(hexToBytes(payloadHex as `0x${string}`))
      } catch {
        text = undefined
      }
    }
  }
  const printable = text !== undefined && isPrintable(text)
  const looksLikeHash = (payloadHex !== undefined && bytes === 32 && !printable) || (printable && HASH_TEXT.test(text!.trim()))
  a.message = { text: printable ? text : undefined, bytes, looksLikeHash, printable }
  a.decoded.message = { text: printable ? cap(text!, 2000) : undefined, hex: printable ? undefined : cap(payloadHex ?? "", 200), looksLikeHash }
  if (printable) hiddenCalls(text!, a)
  if (printable && text!.includes("wants you to sign in with your Ethereum account")) {
    try {
      const s = parseSiweMessage(text!)
      const domain = s.domain ?? /^(?:[a-z][a-z0-9+.-]*:\/\/)?(\S+) wants you to sign in/i.exec(text!)?.[1]
      a.siwe = { domain: domain?.toLowerCase(), address: s.address?.toLowerCase(), chainId: s.chainId, uri: s.uri }
      a.decoded.message.siwe = {
        domain: s.domain && cap(s.domain, 100),
        address: s.address,
        uri: s.uri && cap(s.uri, 200),
        chainId: s.chainId,
        statement: s.statement && cap(s.statement, 300),
        expirationTime: s.expirationTime?.toISOString()
      }
    } catch {
      a.siwe = { domain: /^(?:[a-z][a-z0-9+.-]*:\/\/)?(\S+) wants you to sign in/i.exec(text!)?.[1]?.toLowerCase() }
    }
  }
}

/**
 * Text that carries calldata (`Verify ownership: 0x095ea7b3…`): a signature over it may be replayed as that
 * call by a contract that accepts signed calls, so each blob that starts with a function the Shield knows and
 * decodes as it is judged like a call made for the user.
 */
function hiddenCalls(text: string, a: Analysis): void {
  let n = 0
  for (const m of text.slice(0, 64 * 1024).matchAll(HEX_BLOB)) {
    const blob = `0x${m[1]!.toLowerCase()}`
    if (n >= 4 || blob.length % 2 !== 0 || !ABI_BY_SELECTOR.has(blob.slice(0, 10)) || blob.length < 10 + 64) continue
    n++
    const call = decodeCall({ to: undefined, value: 0n, data: blob }, a, { depth: 1, asUser: true, inBatch: true })
    if (call.functionName) a.decoded.calls.push(call)
  }
}

/** Text a person can read: no control characters other than newlines/tabs, mostly not replacement chars. */
function isPrintable(text: string): boolean {
  if (text.length === 0) return true
  // eslint-disable-next-line no-control-regex
  const bad = text.match(/[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/g)
  return !bad || bad.length === 0
}
