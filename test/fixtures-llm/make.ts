/**
 * Writes every fake model variant under one directory, for an e2e test or a manual check:
 *   npx tsx test/fixtures-llm/make.ts /tmp/mamori-fake-models
 * Then serve that directory (e.g. with `serveDirectory` from ./serveDirectory.ts) and add a custom model
 * with model URL `<origin>/<variant>` and library URL `<origin>/libs/<variant>.wasm`.
 */
import { writeFakeModel, type FakeModelVariant } from "./writeFakeModel"

const VARIANTS: FakeModelVariant[] = ["good", "bad-json", "missing-field", "missing-shard", "wrong-shard-size", "legacy-ndarray", "no-tensor-cache"]

const root = process.argv[2]
if (!root) {
  console.error("usage: tsx test/fixtures-llm/make.ts OUTPUT_DIR")
  process.exit(2)
}
for (const variant of VARIANTS) {
  const model = await writeFakeModel(root, { name: variant, variant, lib: "empty-wasm" })
  console.log(`${variant}: model ${model.modelPath}  lib ${model.libPath}  ${model.weightBytes} bytes of weights`)
}
await writeFakeModel(root, { name: "bad-lib", lib: "not-wasm" })
console.log("bad-lib: model /bad-lib  lib /libs/bad-lib.wasm (not a wasm file)")
