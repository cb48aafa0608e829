import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { ConfigInvalidError, CustomModelInvalidError, FileMissingError, LlmAbortedError, ModelLibInvalidError, ModelUnreachableError } from "../../../src/llm/errors"
import { validateCustomModel } from "../../../src/models/validateCustomModel"
import { closedPort, serveDirectory, type DirectoryServer } from "../../fixtures-llm/serveDirectory"
import { writeFakeModel, type FakeModelVariant } from "../../fixtures-llm/writeFakeModel"

let root: string
let server: DirectoryServer
const variants: FakeModelVariant[] = ["good", "bad-json", "missing-field", "missing-shard", "wrong-shard-size", "legacy-ndarray", "no-tensor-cache"]

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "mamori-fake-models-"))
  for (const variant of variants) await writeFakeModel(root, { name: variant, variant, shardBytes: 4096 })
  await writeFakeModel(root, { name: "bad-lib", lib: "not-wasm", shardBytes: 4096 })
  server = await serveDirectory(root)
})

afterAll(async () => {
  await server?.close()
  await rm(root, { recursive: true, force: true })
})

const input = (name: string, over: Record<string, unknown> = {}) => ({
  id: `custom-${name}`,
  modelUrl: `${server.origin}/${name}`,
  modelLibUrl: `${server.origin}/libs/${name}.wasm`,
  contextWindow: 2048,
  ...over
})
const validate = (i: ReturnType<typeof input>, extra: Partial<Parameters<typeof validateCustomModel>[1]> = {}) =>
  validateCustomModel(i as never, { fetch, now: () => 1234, ...extra })

describe("validateCustomModel against a local HTTP server", () => {
  it("accepts a good model and returns a web-llm ModelRecord", async () => {
    const before = server.requests.length
    const entry = await validate(input("good", { label: " My model ", vramMB: 512 }))
    expect(entry.record).toEqual({
      model: `${server.origin}/good`,
      model_id: "custom-good",
      model_lib: `${server.origin}/libs/good.wasm`,
      overrides: { context_window_size: 2048 },
      vram_required_MB: 512,
      low_resource_required: false
    })
    expect(entry.label).toBe("My model")
    expect(entry.addedAt).toBe(1234)
    expect(entry.downloadBytes).toBeGreaterThan(2 * 4096)
    expect(entry.checks).toHaveLength(4)
    const paths = server.requests.slice(before).map((r) => `${r.method} ${r.path} ${r.status}`)
    expect(paths).toContain("GET /good/resolve/main/mlc-chat-config.json 200")
    expect(paths).toContain("GET /good/resolve/main/tensor-cache.json 200")
    expect(paths).toContain("HEAD /good/resolve/main/params_shard_0.bin 200")
    expect(paths).toContain("HEAD /good/resolve/main/params_shard_1.bin 200")
    expect(paths).toContain("HEAD /good/resolve/main/tokenizer.json 200")
    expect(paths).toContain("GET /libs/good.wasm 206")
  })

  it("honours an explicit branch in the model URL", async () => {
    const entry = await validate(input("good", { modelUrl: `${server.origin}/good/resolve/main/` }))
    expect(entry.record.model).toBe(`${server.origin}/good/resolve/main/`)
  })

  it("reports a missing model directory as a missing config file with its status", async () => {
    const error = await validate(input("nope", { modelLibUrl: `${server.origin}/libs/good.wasm` })).catch((e) => e)
    expect(error).toBeInstanceOf(FileMissingError)
    expect(error.status).toBe(404)
    expect(error.shortMessage).toBe(`Missing file: ${server.origin}/nope/resolve/main/mlc-chat-config.json (HTTP 404).`)
  })

  it("reports a config that is not JSON", async () => {
    const error = await validate(input("bad-json")).catch((e) => e)
    expect(error).toBeInstanceOf(ConfigInvalidError)
    expect(error.shortMessage).toMatch(/^mlc-chat-config.json is not usable: it is not valid JSON/)
  })

  it("reports a config without a field web-llm needs", async () => {
    const error = await validate(input("missing-field")).catch((e) => e)
    expect(error).toBeInstanceOf(ConfigInvalidError)
    expect(error.shortMessage).toBe('mlc-chat-config.json is not usable: the field "conv_template" is missing.')
  })

  it("reports a missing weight shard", async () => {
    const error = await validate(input("missing-shard")).catch((e) => e)
    expect(error).toBeInstanceOf(FileMissingError)
    expect(error.url).toBe(`${server.origin}/missing-shard/resolve/main/params_shard_1.bin`)
  })

  it("reports a shard whose size differs from the manifest", async () => {
    const error = await validate(input("wrong-shard-size")).catch((e) => e)
    expect(error).toBeInstanceOf(ConfigInvalidError)
    expect(error.shortMessage).toMatch(/shard params_shard_1.bin is 4092 bytes on the server but listed as 4096/)
  })

  it("explains the older ndarray-cache.json layout", async () => {
    const error = await validate(input("legacy-ndarray")).catch((e) => e)
    expect(error).toBeInstanceOf(ConfigInvalidError)
    expect(error.shortMessage).toMatch(/ndarray-cache.json exists: that is the older MLC layout/)
  })

  it("reports a missing tensor cache manifest", async () => {
    const error = await validate(input("no-tensor-cache")).catch((e) => e)
    expect(error).toBeInstanceOf(FileMissingError)
    expect(error.url).toMatch(/tensor-cache.json$/)
  })

  it("reports a model library that is not wasm, and one that is missing", async () => {
    const notWasm = await validate(input("bad-lib")).catch((e) => e)
    expect(notWasm).toBeInstanceOf(ModelLibInvalidError)
    expect(notWasm.shortMessage).toBe("The model library bad-lib.wasm is not usable: it is not a WebAssembly module (it does not start with \\0asm).")
    const missing = await validate(input("good", { modelLibUrl: `${server.origin}/libs/absent.wasm` })).catch((e) => e)
    expect(missing).toBeInstanceOf(ModelLibInvalidError)
    expect(missing.shortMessage).toMatch(/HTTP 404/)
  })

  it("reports an unreachable host (a closed port)", async () => {
    const port = await closedPort()
    const error = await validate(input("good", { modelUrl: `http://127.0.0.1:${port}/good` })).catch((e) => e)
    expect(error).toBeInstanceOf(ModelUnreachableError)
    expect(error.code).toBe("llm/model-unreachable")
    expect(error.shortMessage).toBe(`Cannot reach 127.0.0.1:${port}: no answer when fetching mlc-chat-config.json.`)
    expect(error.message).toMatch(/ECONNREFUSED/)
  })

  it("rejects a context window larger than the model's", async () => {
    const error = await validate(input("good", { contextWindow: 4096 })).catch((e) => e)
    expect(error).toBeInstanceOf(CustomModelInvalidError)
    expect(error.shortMessage).toBe("Custom model: context window is 4096, larger than the model's own context_window_size (2048).")
  })

  it("checks fields before any request", async () => {
    const before = server.requests.length
    for (const [over, field] of [
      [{ id: "bad id!" }, "id"],
      [{ modelUrl: "ftp://x/y" }, "model URL"],
      [{ modelLibUrl: "not a url" }, "model library URL"],
      [{ contextWindow: 12.5 }, "context window"],
      [{ id: "taken" }, "id"]
    ] as const) {
      const error = await validate(input("good", over), { reservedIds: ["taken"] }).catch((e) => e)
      expect(error).toBeInstanceOf(CustomModelInvalidError)
      expect(error.field).toBe(field)
    }
    expect(server.requests.length).toBe(before)
  })

  it("stops when aborted", async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(validate(input("good"), { signal: controller.signal })).rejects.toBeInstanceOf(LlmAbortedError)
  })
})
