/**
 * The ABIs the extension imports (src/chain/abi/*.ts, committed) must be what the contracts compile to
 * now: a contract changed without `npm run compile:contracts` fails here, not at a user's first mint.
 */
import { readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"

import { abiModuleSource, EXPORTED_ABIS } from "../../../scripts/lib/abiModules"
import { ROOT } from "../../../scripts/lib/chain"
import { compileContracts } from "../../../scripts/lib/contracts"

describe("generated ABIs", () => {
  it("match the compiled contracts (run npm run compile:contracts when this fails)", () => {
    const artifacts = compileContracts()
    for (const [contract, name] of Object.entries(EXPORTED_ABIS)) {
      const artifact = artifacts.find((a) => a.contractName === contract)
      expect(artifact, contract).toBeDefined()
      expect(readFileSync(path.join(ROOT, "src/chain/abi", `${name}.ts`), "utf8"), `src/chain/abi/${name}.ts`).toBe(abiModuleSource(artifact!, name))
    }
  })
})
