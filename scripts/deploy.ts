/**
 * `npm run deploy -- [--rpc URL] [--key 0x..] [--reveal-window BLOCKS]`: compiles if needed, deploys the Groth16
 * verifier, model registry, renderer and collection, registers the art architecture and the default model,
 * and writes assets/deployments/<chainId>.json, then prints that record (collection, registry, verifier, renderer,
 * sceneArchitecture, model commitments, chain id, block). Defaults: http://127.0.0.1:8545 and Hardhat dev account
 * #0; on a fresh Hardhat or Anvil devnet the addresses are always the same.
 */
import { isHex, type Hex } from "viem"
import { DEV_ACCOUNTS } from "./lib/chain"
import { deployAll, writeDeployment } from "./lib/contracts"
import { serializeDeployment } from "../src/chain/deployment"

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  if (i === -1) return undefined
  const value = process.argv[i + 1]
  if (!value || value.startsWith("--")) throw new Error(`--${name} needs a value`)
  return value
}

async function main(): Promise<void> {
  const rpcUrl = option("rpc") ?? process.env.RPC_URL ?? "http://127.0.0.1:8545"
  const key = option("key") ?? process.env.DEPLOYER_KEY ?? DEV_ACCOUNTS[0].privateKey
  if (!isHex(key) || key.length !== 66) throw new Error("--key must be a 32-byte hex private key")
  const window = option("reveal-window")
  const deployment = await deployAll({
    rpcUrl,
    privateKey: key as Hex,
    revealWindow: window ? BigInt(window) : undefined,
    log: (line) => console.log(line)
  })
  const file = writeDeployment(deployment)
  console.log(`wrote ${file}`)
  // The record itself, for scripts and reviewers: the same JSON as the file (keys and order are stable).
  process.stdout.write(serializeDeployment(deployment))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
