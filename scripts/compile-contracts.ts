/**
 * `npm run compile:contracts`: compiles contracts/ with solc-js, writes bytecode + ABI to contracts/out/ (not
 * committed) and the typed ABIs the extension imports to src/chain/abi/*.ts (committed).
 */
import { writeFileSync } from "node:fs"
import path from "node:path"
import { ROOT } from "./lib/chain"
import { abiModuleSource, EXPORTED_ABIS } from "./lib/abiModules"
import { compileContracts } from "./lib/contracts"

const started = Date.now()
const artifacts = compileContracts({ force: process.argv.includes("--force"), log: (l) => console.warn(l) })
for (const artifact of artifacts) {
  const name = EXPORTED_ABIS[artifact.contractName]
  if (!name) continue
  writeFileSync(path.join(ROOT, "src/chain/abi", `${name}.ts`), abiModuleSource(artifact, name))
}
console.log(`compiled ${artifacts.length} contracts in ${Date.now() - started} ms`)
