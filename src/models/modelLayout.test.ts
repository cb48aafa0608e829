import { describe, expect, it } from "vitest"
import { ConfigInvalidError } from "../llm/errors"
import { parseChatConfig, parseTensorCache, resolveModelBaseUrl } from "./modelLayout"

describe("resolveModelBaseUrl (web-llm's cleanModelUrl rule)", () => {
  it.each([
    ["https://huggingface.co/mlc-ai/M", "https://huggingface.co/mlc-ai/M/resolve/main/"],
    ["https://huggingface.co/mlc-ai/M/", "https://huggingface.co/mlc-ai/M/resolve/main/"],
    ["https://huggingface.co/mlc-ai/M/resolve/dev", "https://huggingface.co/mlc-ai/M/resolve/dev/"],
    ["http://127.0.0.1:8080/m/resolve/main/", "http://127.0.0.1:8080/m/resolve/main/"]
  ])("%s → %s", (input, expected) => {
    expect(resolveModelBaseUrl(input)).toBe(expected)
  })
})

describe("parseChatConfig", () => {
  const good = { tokenizer_files: ["tokenizer.json"], conv_template: {}, context_window_size: 4096, vocab_size: 10 }
  it("reads the facts web-llm relies on", () => {
    expect(parseChatConfig(JSON.stringify(good), "u")).toEqual({ tokenizerFile: "tokenizer.json", contextWindow: 4096, vocabSize: 10, modelType: undefined })
    expect(parseChatConfig(JSON.stringify({ ...good, tokenizer_files: ["tokenizer.model"], context_window_size: undefined, sliding_window_size: 1024 }), "u")).toMatchObject({
      tokenizerFile: "tokenizer.model",
      contextWindow: -1
    })
  })
  it.each([
    ["[]", /not a JSON object/],
    [JSON.stringify({ ...good, tokenizer_files: "x" }), /tokenizer_files/],
    [JSON.stringify({ ...good, tokenizer_files: ["vocab.txt"] }), /neither tokenizer.json nor tokenizer.model/],
    [JSON.stringify({ ...good, context_window_size: "4k" }), /context_window_size/],
    [JSON.stringify({ ...good, vocab_size: 0 }), /vocab_size/]
  ])("rejects %s", (text, message) => {
    expect(() => parseChatConfig(text, "http://h/mlc-chat-config.json")).toThrow(ConfigInvalidError)
    expect(() => parseChatConfig(text, "http://h/mlc-chat-config.json")).toThrow(message)
  })
})

describe("parseTensorCache", () => {
  it("lists shards and rejects unusable ones", () => {
    expect(parseTensorCache(JSON.stringify({ records: [{ dataPath: "a.bin", nbytes: 4 }] }), "u")).toEqual([{ dataPath: "a.bin", nbytes: 4 }])
    expect(() => parseTensorCache(JSON.stringify({ records: [] }), "u")).toThrow(/lists no weight shards/)
    expect(() => parseTensorCache(JSON.stringify({ records: [{ dataPath: "../../etc/passwd", nbytes: 4 }] }), "u")).toThrow(/dataPath/)
    expect(() => parseTensorCache(JSON.stringify({ records: [{ dataPath: "https://evil/x", nbytes: 4 }] }), "u")).toThrow(/dataPath/)
    expect(() => parseTensorCache(JSON.stringify({ records: [{ dataPath: "a.bin", nbytes: -1 }] }), "u")).toThrow(/nbytes/)
  })
})
