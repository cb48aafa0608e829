/**
 * Shared setup for the contract integration tests: a local Hardhat chain, the deployed Studio contracts, and
 * proofs — real Groth16 proofs when the circuit artifacts exist, otherwise the MockGroth16Verifier test double.
 */
import { existsSync } from "node:fs"
import path from "node:path"
import { createPublicClient, createWalletClient, encodeAbiParameters, http, keccak256, type Hex, type PublicClient } from "viem"
import { privateKeyToAccount } from "viem/accounts"
import { DEV_ACCOUNTS, ROOT, rpc, startChain, type Chain } from "../../../scripts/lib/chain"
import { connect, deployAll, loadArtifact, REAL_VERIFIER_SOURCE } from "../../../scripts/lib/contracts"
import { encodeAigcData, encodeProof } from "../../../src/chain/aigcData"
import type { Deployment } from "../../../src/chain/deployment"
import { packPixels } from "../../../src/zk/packPixels"
import { generateArt } from "../../../src/art/generate"
import { BN254_R, promptField } from "../../../src/art/promptField"
import { defaultWeights, type ArtWeights } from "../../../src/art/weights"
import { modelCommitment as commitmentOf } from "../../../src/art/commitment"

/**
 * Real proofs need the generated verifier, the proving artifacts and the node prover API.
 * MAMORI_TEST_MOCK_VERIFIER=1 forces the test double (to exercise the fallback).
 */
export const REAL_PROOFS =
  process.env.MAMORI_TEST_MOCK_VERIFIER !== "1" &&
  [REAL_VERIFIER_SOURCE, "assets/zk/art.wasm", "assets/zk/art_final.zkey", "src/zk/proveArt.ts"].every((f) => existsSync(path.join(ROOT, f)))

export type Env = {
  chain: Chain
  deployment: Deployment
  publicClient: PublicClient
  wallets: ReturnType<typeof walletFor>[]
  stop: () => Promise<void>
}

function walletFor(rpcUrl: string, index: number, chainId: number) {
  const account = privateKeyToAccount(DEV_ACCOUNTS[index]!.privateKey)
  const chain = { id: chainId, name: "devnet", nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 }, rpcUrls: { default: { http: [rpcUrl] } } } as const
  return createWalletClient({ account, chain, transport: http(rpcUrl) })
}

/** Starts a chain and deploys everything (reveal window: `revealWindow` blocks). */
export async function setup(revealWindow = 20n): Promise<Env> {
  const chain = await startChain()
  try {
    const deployment = await deployAll({ rpcUrl: chain.rpcUrl, privateKey: DEV_ACCOUNTS[0].privateKey, verifier: REAL_PROOFS ? "real" : "mock", revealWindow })
    const { publicClient } = await connect(chain.rpcUrl, DEV_ACCOUNTS[0].privateKey)
    const wallets = [0, 1, 2].map((i) => walletFor(chain.rpcUrl, i, deployment.chainId))
    return { chain, deployment, publicClient, wallets, stop: () => chain.stop() }
  } catch (error) {
    await chain.stop()
    throw error
  }
}

export type Minted = { prompt: string; pixels: Uint8Array; words: bigint[]; modelCommitment: bigint; aigcData: Hex; proof: Hex }

/** The mock verifier's acceptance rule: pA[0] = keccak256(abi.encode(uint256[11] signals)) mod r. */
function mockProof(signals: bigint[]): Hex {
  const digest = BigInt(
    keccak256(
      encodeAbiParameters([{ type: "uint256[11]" }], [signals as unknown as readonly [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint]])
    )
  )
  return encodeProof({
    a: [digest % BN254_R, 1n],
    b: [
      [2n, 3n],
      [4n, 5n]
    ],
    c: [6n, 7n]
  })
}

/** Generates the image of `prompt` with `weights` and proves it (real prover when available). */
export async function makeArt(prompt: string, weights: ArtWeights = defaultWeights): Promise<Minted> {
  const modelCommitment = commitmentOf(weights)
  if (REAL_PROOFS) {
    const { proveArt } = (await import(path.join(ROOT, "src/zk/proveArt.ts"))) as {
      proveArt: (p: { prompt: string; weights?: ArtWeights; wasm: string; zkey: string }) => Promise<{
        pixels: Uint8Array
        words: (bigint | string)[]
        publicSignals: (bigint | string)[]
        calldata: { a: [string, string]; b: [[string, string], [string, string]]; c: [string, string] }
      }>
    }
    const out = await proveArt({ prompt, weights, wasm: path.join(ROOT, "assets/zk/art.wasm"), zkey: path.join(ROOT, "assets/zk/art_final.zkey") })
    const words = out.words.map((w) => BigInt(w))
    if (BigInt(out.publicSignals[0]!) !== modelCommitment) throw new Error("prover commitment differs from src/art's")
    return { prompt, pixels: Uint8Array.from(out.pixels), words, modelCommitment, aigcData: encodeAigcData({ modelCommitment, words }), proof: encodeProof(out.calldata) }
  }
  const pixels = generateArt(prompt, weights)
  const words = packPixels(pixels)
  return { prompt, pixels, words, modelCommitment, aigcData: encodeAigcData({ modelCommitment, words }), proof: mockProof([modelCommitment, promptField(prompt), ...words]) }
}

/** Calls a JSON-RPC method of the test node directly. */
export async function rpcCall(env: Env, method: string, params: unknown[]): Promise<unknown> {
  return rpc(env.chain.rpcUrl, method, params)
}

/** Mines `n` empty blocks. */
export async function mine(env: Env, n: number): Promise<void> {
  await rpc(env.chain.rpcUrl, "hardhat_mine", [`0x${n.toString(16)}`])
}

/** Sets the base fee of the next block (a fee spike: transactions paying less wait in the mempool). */
export async function setNextBaseFee(env: Env, weiPerGas: bigint): Promise<void> {
  await rpc(env.chain.rpcUrl, "hardhat_setNextBlockBaseFeePerGas", [`0x${weiPerGas.toString(16)}`])
}

/** Turns automine on or off (off: transactions wait in the mempool until `mine`). */
export async function setAutomine(env: Env, on: boolean): Promise<void> {
  await rpc(env.chain.rpcUrl, "evm_setAutomine", [on])
}

export const collectionAbi = () => loadArtifact("MamoriArt").abi

/** A client bound to a fresh public connection (for reads by a given account). */
export function reader(env: Env): PublicClient {
  return createPublicClient({ transport: http(env.chain.rpcUrl) }) as PublicClient
}
