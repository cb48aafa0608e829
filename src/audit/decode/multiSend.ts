/**
 * Safe MultiSend payloads: `abi.encodePacked(uint8 operation, address to, uint256 value, uint256 length,
 * bytes data)` repeated. Returns undefined when the bytes do not parse exactly; `readMultiSendHeads` reads
 * what can be read of a payload that does not (each item's operation and target, its data cut short), so a
 * malformed payload cannot hide a delegatecall in it.
 */
export type MultiSendItem = { operation: number; to: string; value: bigint; data: string; truncated?: boolean }

const MAX_ITEMS = 256

/** Splits a MultiSend `transactions` blob into its calls (`lenient`: as far as it can be read). */
export function decodeMultiSend(hex: string, lenient = false): MultiSendItem[] | undefined {
  if (typeof hex !== "string" || !hex.startsWith("0x")) return undefined
  const s = hex.slice(2)
  const items: MultiSendItem[] = []
  let i = 0
  while (i < s.length) {
    if (items.length >= MAX_ITEMS) break
    // 1 + 20 + 32 + 32 bytes of header = 85 bytes = 170 hex chars
    if (i + 170 > s.length)
      return lenient && s.length - i >= 42 && /^[0-9a-fA-F]+$/.test(s.slice(i, i + 42))
        ? [...items, { operation: parseInt(s.slice(i, i + 2), 16), to: `0x${s.slice(i + 2, i + 42).toLowerCase()}`, value: 0n, data: "0x", truncated: true }]
        : lenient
          ? items
          : undefined
    const operation = parseInt(s.slice(i, i + 2), 16)
    const to = `0x${s.slice(i + 2, i + 42)}`
    const value = BigInt(`0x${s.slice(i + 42, i + 106)}`)
    const length = BigInt(`0x${s.slice(i + 106, i + 170)}`)
    if (length > BigInt(s.length)) return lenient ? [...items, { operation, to, value, data: "0x", truncated: true }] : undefined
    const end = i + 170 + Number(length) * 2
    if (end > s.length) {
      if (!lenient) return undefined
      items.push({ operation, to, value, data: `0x${s.slice(i + 170)}`, truncated: true })
      return items
    }
    items.push({ operation, to, value, data: `0x${s.slice(i + 170, end)}` })
    i = end
  }
  return items
}
