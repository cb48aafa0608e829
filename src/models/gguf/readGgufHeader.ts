import { GGUF_MAGIC, GgufValueType } from "./ggufFormat"

/** What Mamori needs from a GGUF file's header: counts and the scalar metadata (arrays only by length). */
export type GgufHeader = {
  version: number
  tensorCount: number
  /** Scalar values; an array is recorded as `{ arrayLength }` (a vocabulary can have 150,000 strings). */
  metadata: Record<string, string | number | boolean | bigint | { arrayLength: number }>
  /** Bytes of the header read so far (key/values only; tensor infos are not parsed). */
  metadataBytes: number
}

/** The header is longer than the bytes given: fetch more and call again. */
export class GgufTruncatedError extends Error {
  override name = "GgufTruncatedError"
}

/** The bytes are not a GGUF header (the message says what is wrong). */
export class GgufFormatError extends Error {
  override name = "GgufFormatError"
}

// A header field larger than this is not a real model's (keeps a hostile file from allocating gigabytes).
const MAX_STRING_BYTES = 1 << 24

/**
 * Reads the fixed header and the key/value metadata of a GGUF file from its first bytes. Throws
 * `GgufTruncatedError` when `bytes` ends inside the metadata (a tokenizer's arrays can take megabytes),
 * `GgufFormatError` when it is not GGUF. Pure: the caller fetches the bytes.
 */
export function readGgufHeader(bytes: Uint8Array): GgufHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let at = 0
  const need = (n: number) => {
    if (at + n > bytes.byteLength) throw new GgufTruncatedError(`the header needs more than ${bytes.byteLength} bytes`)
  }
  const u32 = () => (need(4), (at += 4), view.getUint32(at - 4, true))
  const u64 = () => (need(8), (at += 8), view.getBigUint64(at - 8, true))
  const count = (what: string) => {
    const n = u64()
    if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new GgufFormatError(`its ${what} count ${n} is impossible`)
    return Number(n)
  }
  const str = () => {
    const n = count("string length")
    if (n > MAX_STRING_BYTES) throw new GgufFormatError(`a string of ${n} bytes is too long for a header`)
    need(n)
    at += n
    return new TextDecoder().decode(bytes.subarray(at - n, at))
  }
  const value = (type: number): string | number | boolean | bigint => {
    switch (type) {
      case GgufValueType.UINT8:
        return (need(1), bytes[at++]!)
      case GgufValueType.INT8:
        return (need(1), view.getInt8(at++))
      case GgufValueType.UINT16:
        return (need(2), (at += 2), view.getUint16(at - 2, true))
      case GgufValueType.INT16:
        return (need(2), (at += 2), view.getInt16(at - 2, true))
      case GgufValueType.UINT32:
        return u32()
      case GgufValueType.INT32:
        return (need(4), (at += 4), view.getInt32(at - 4, true))
      case GgufValueType.FLOAT32:
        return (need(4), (at += 4), view.getFloat32(at - 4, true))
      case GgufValueType.BOOL:
        return (need(1), bytes[at++] !== 0)
      case GgufValueType.STRING:
        return str()
      case GgufValueType.UINT64:
        return u64()
      case GgufValueType.INT64:
        return (need(8), (at += 8), view.getBigInt64(at - 8, true))
      case GgufValueType.FLOAT64:
        return (need(8), (at += 8), view.getFloat64(at - 8, true))
      default:
        throw new GgufFormatError(`it has an unknown value type ${type}`)
    }
  }

  need(4)
  if (view.getUint32(0, true) !== GGUF_MAGIC) throw new GgufFormatError("it does not start with the GGUF magic (not a GGUF file)")
  at = 4
  const version = u32()
  const tensorCount = count("tensor")
  const kvCount = count("key/value")
  const metadata: GgufHeader["metadata"] = {}
  for (let i = 0; i < kvCount; i++) {
    const key = str()
    const type = u32()
    if (type === GgufValueType.ARRAY) {
      const itemType = u32()
      const length = count("array")
      for (let j = 0; j < length; j++) value(itemType)
      metadata[key] = { arrayLength: length }
    } else metadata[key] = value(type)
  }
  return { version, tensorCount, metadata, metadataBytes: at }
}
