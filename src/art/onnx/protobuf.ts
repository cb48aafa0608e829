/**
 * A minimal protocol-buffers writer: just the wire types an ONNX ModelProto needs (varint and
 * length-delimited). Field numbers come from onnx/onnx.proto.
 */
export class ProtoWriter {
  private readonly chunks: number[] = []

  /** Unsigned varint (non-negative integers below 2^53). */
  private varint(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`varint out of range: ${n}`)
    while (n > 127) {
      this.chunks.push((n % 128) | 128)
      n = Math.floor(n / 128)
    }
    this.chunks.push(n)
  }

  private tag(field: number, wire: 0 | 2): void {
    this.varint(field * 8 + wire)
  }

  /** A varint field (int32/int64/enum with a non-negative value). */
  uint(field: number, n: number): this {
    this.tag(field, 0)
    this.varint(n)
    return this
  }

  /** A length-delimited bytes field. */
  bytes(field: number, data: Uint8Array): this {
    this.tag(field, 2)
    this.varint(data.length)
    for (const b of data) this.chunks.push(b)
    return this
  }

  /** A string field (UTF-8). */
  string(field: number, s: string): this {
    return this.bytes(field, new TextEncoder().encode(s))
  }

  /** An embedded message field. */
  message(field: number, m: ProtoWriter): this {
    return this.bytes(field, m.finish())
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.chunks)
  }
}
