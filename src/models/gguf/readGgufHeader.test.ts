import { describe, expect, it } from "vitest"

import { tinyGguf } from "../../../test/fixtures-llm/tinyGguf"
import { checkGgufHeader } from "./checkGgufHeader"
import { GGUF_MAGIC } from "./ggufFormat"
import { GgufFormatError, GgufTruncatedError, readGgufHeader } from "./readGgufHeader"

const URL_ = "http://127.0.0.1/tiny.gguf"

describe("readGgufHeader + checkGgufHeader on the generated tiny model", () => {
  const model = tinyGguf()

  it("reads the header the generator wrote: llama, tensors, context, tokenizer; well under 10 MB", () => {
    const header = readGgufHeader(model.bytes)
    expect(header.version).toBe(3)
    expect(header.tensorCount).toBe(model.tensorCount)
    expect(header.metadata["tokenizer.ggml.tokens"]).toEqual({ arrayLength: model.vocabSize })
    expect(checkGgufHeader(header, URL_)).toMatchObject({ architecture: "llama", contextLength: 512, tensorCount: 3 + 2 * 9 })
    expect(model.bytes.byteLength).toBeLessThan(10 * 2 ** 20)
  })

  it("is deterministic for a seed and differs across seeds", () => {
    const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0
    expect(same(tinyGguf().bytes, model.bytes)).toBe(true)
    expect(same(tinyGguf({ seed: 2 }).bytes, model.bytes)).toBe(false)
  })

  it("asks for more bytes when the prefix ends inside the metadata", () => {
    expect(() => readGgufHeader(model.bytes.subarray(0, 200))).toThrow(GgufTruncatedError)
    const { metadataBytes } = readGgufHeader(model.bytes)
    expect(readGgufHeader(model.bytes.subarray(0, metadataBytes)).tensorCount).toBe(model.tensorCount)
  })

  it("refuses each broken header with its own message", () => {
    const notGguf = new TextEncoder().encode("<!doctype html><html>not a model</html>")
    expect(() => readGgufHeader(notGguf)).toThrow(GgufFormatError)
    expect(() => readGgufHeader(notGguf)).toThrow(/does not start with the GGUF magic/)

    const v9 = model.bytes.slice()
    new DataView(v9.buffer).setUint32(4, 9, true)
    expect(() => checkGgufHeader(readGgufHeader(v9), URL_)).toThrow(/GGUF version 9 is not supported/)

    const bert = readGgufHeader(tinyGguf({ architecture: "bert" }).bytes)
    expect(() => checkGgufHeader(bert, URL_)).toThrow(/architecture "bert" is not one Mamori runs/)

    const header = readGgufHeader(model.bytes)
    expect(() => checkGgufHeader({ ...header, tensorCount: 0 }, URL_)).toThrow(/tensor count 0 is not a model's/)
    const { "llama.context_length": _, ...noContext } = header.metadata
    expect(() => checkGgufHeader({ ...header, metadata: noContext }, URL_)).toThrow(/no llama\.context_length/)
    const { "tokenizer.ggml.model": __, ...noTokenizer } = header.metadata
    expect(() => checkGgufHeader({ ...header, metadata: noTokenizer }, URL_)).toThrow(/no tokenizer/)
    try {
      checkGgufHeader({ ...header, tensorCount: 0 }, URL_)
    } catch (error) {
      expect(error).toMatchObject({ code: "llm/gguf-invalid", shortMessage: expect.stringMatching(/^The GGUF file tiny\.gguf is not usable/) })
    }
    expect(new DataView(model.bytes.buffer).getUint32(0, true)).toBe(GGUF_MAGIC)
  })
})
