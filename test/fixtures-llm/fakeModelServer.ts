import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { closedPort, serveDirectory, type DirectoryServer, type ServeDirectoryOptions } from "./serveDirectory"
import { writeFakeModel, type FakeModelVariant } from "./writeFakeModel"

export type FakeModelServer = {
  origin: string
  /** Model URL to give web-llm / the custom-model form (web-llm appends `resolve/main/`). */
  modelUrl(name: FakeModelName): string
  libUrl(name: FakeModelName): string
  /** A model URL on a loopback port nothing listens on. */
  unreachableModelUrl: string
  requests: DirectoryServer["requests"]
  close(): Promise<void>
}

export type FakeModelName = FakeModelVariant | "bad-lib" | "tvm-stub" | "large"

/**
 * For an extension e2e: writes every fake model variant to a temp directory and serves it on loopback.
 * "good" has 4 shards of 256 KiB (a visible progress bar); the others are small and each break one thing.
 *
 * @example
 * const models = await startFakeModelServer()
 * // in the extension: validateCustomModel({ id: "fake", modelUrl: models.modelUrl("good"), modelLibUrl: models.libUrl("good"), contextWindow: 2048 }, { fetch })
 * await models.close()
 */
export async function startFakeModelServer(
  options: ServeDirectoryOptions & { /** Also write "large": this many 4 MiB shards (for a throughput figure). */ largeShards?: number } = {}
): Promise<FakeModelServer> {
  const root = await mkdtemp(join(tmpdir(), "mamori-fake-models-"))
  const variants: FakeModelVariant[] = ["good", "bad-json", "missing-field", "missing-shard", "wrong-shard-size", "legacy-ndarray", "no-tensor-cache"]
  for (const variant of variants) await writeFakeModel(root, { name: variant, variant, ...(variant === "good" ? { shards: 4, shardBytes: 256 * 1024 } : { shardBytes: 4096 }) })
  await writeFakeModel(root, { name: "bad-lib", lib: "not-wasm", shardBytes: 4096 })
  await writeFakeModel(root, { name: "tvm-stub", lib: "tvm-stubs", shardBytes: 4096 })
  if (options.largeShards) await writeFakeModel(root, { name: "large", shards: options.largeShards, shardBytes: 4 * 2 ** 20 })
  const server = await serveDirectory(root, options)
  const port = await closedPort()
  return {
    origin: server.origin,
    modelUrl: (name) => `${server.origin}/${name}`,
    libUrl: (name) => `${server.origin}/libs/${name}.wasm`,
    unreachableModelUrl: `http://127.0.0.1:${port}/good`,
    requests: server.requests,
    close: async () => {
      await server.close()
      await rm(root, { recursive: true, force: true })
    }
  }
}
