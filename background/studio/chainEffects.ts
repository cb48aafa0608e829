import {
  createPublicClient,
  decodeFunctionResult,
  defineChain,
  encodeFunctionData,
  http,
  keccak256,
  parseAbi,
  stringToHex,
  toHex,
  type Address,
  type Hex,
  type PublicClient
} from "viem"

import { mamoriArtAbi } from "~src/chain/abi/mamoriArtAbi"
import { modelRegistryAbi } from "~src/chain/abi/modelRegistryAbi"
import { aigcModelCommitment } from "~src/chain/aigcModelCommitment"
import { modelCommitment } from "~src/art/commitment"
import { generateArt } from "~src/art/generate"
import { type ArtWeights, defaultWeights } from "~src/art/weights"
import { encodeAigcData } from "~src/chain/aigcData"
import { randomSalt } from "~src/chain/commitmentHash"
import { toChainError } from "~src/chain/errors"
import { causes } from "~src/errors/causes"
import { readCommitment } from "~src/chain/studio"
import { MintError } from "~src/jobs/errors"
import type { MintEffects, MintJob, MintProof, SignedTx } from "~src/jobs/types"
import { WalletError } from "~src/wallet/errors"
import { packPixels } from "~src/zk/packPixels"

import { shownTransaction } from "./shownTransaction"
import { askInWindow } from "../wallet/askInWindow"
import { sendThroughTab, tabWallet, unlockedKey } from "./account"
import { artModel } from "./artModels"
import { proveInOffscreen } from "./offscreenProver"
import { ARCHITECTURES, architectureOf } from "~src/studio/architecture"
import type { StudioSettings } from "~src/studio/studioSettings"

/** How the Studio's own transactions are named in the review window (no web page sent them). */
const STUDIO_ORIGIN = "Mamori Studio (this extension)"
/** The review queue counts requests per tab; the Studio's have no tab. */
const STUDIO_TAB = -1

// ownerOf with OpenZeppelin's error, so "no such token" decodes to a name rather than raw revert data.
const OWNER_OF_ABI = parseAbi(["function ownerOf(uint256 tokenId) view returns (address)", "error ERC721NonexistentToken(uint256 tokenId)"])

const NONEXISTENT_TOKEN_SELECTOR = "0x7e273289"

/** True when any error in the cause chain carries revert data starting with `selector` (bundles may not decode it). */
function mentionsSelector(error: unknown, selector: string): boolean {
  return causes(error).some((e) => {
    const o = e as { message?: unknown; details?: unknown; data?: unknown }
    return [o.message, o.details, typeof o.data === "string" ? o.data : JSON.stringify(o.data ?? "")].some((t) => typeof t === "string" && t.includes(selector))
  })
}

/** Gas budgets: a commit is one SSTORE; a reveal verifies a Groth16 proof (~300k) and stores the image. */
const COMMIT_GAS_BUDGET = 80_000n
const REVEAL_GAS_BUDGET = 1_500_000n

export function publicClientFor(settings: StudioSettings): PublicClient {
  const chain = defineChain({
    id: settings.chainId,
    name: `chain-${settings.chainId}`,
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [settings.rpcUrl] } }
  })
  // ccipRead off: on any revert viem would lazy-load its CCIP module, which a service worker cannot import after install.
  return createPublicClient({ chain, ccipRead: false, transport: http(settings.rpcUrl, { retryCount: 1, timeout: 10_000 }) }) as PublicClient
}

/** The mint job's effects over viem, the local account and the offscreen prover. */
export function chainEffects(job: MintJob, settings: StudioSettings, save: (job: MintJob) => Promise<void>, signer: "local" | "tab" = "local"): MintEffects {
  const client = publicClientFor(settings)
  const collection = job.collection

  /**
   * Signs with the wallet's account (the hash is known before anything is sent); the nonce is the account's
   * pending count. The filled transaction is first reviewed in Mamori's window, like any dapp's: the user sees
   * the Shield's verdict and clicks; what is signed is that reviewed object. `value`: the model's mint fee.
   */
  async function sign(data: Hex, gasBudget: bigint, step: string, value = 0n): Promise<SignedTx> {
    const { account, address } = await unlockedKey()
    if (address.toLowerCase() !== job.account.toLowerCase())
      throw new MintError(`This mint belongs to ${job.account}; select and unlock that account to continue.`, { code: "mint/wrong-account", retryable: true })
    let gas: bigint
    try {
      gas = await client.estimateGas({ account: address, to: collection, data, value })
    } catch (error) {
      throw toChainError(error)
    }
    const [nonce, fees] = await Promise.all([client.getTransactionCount({ address, blockTag: "pending" }), client.estimateFeesPerGas()])
    const tx = {
      type: "eip1559" as const,
      chainId: job.chainId, // the job is bound to the chain of its first commit
      to: collection,
      data,
      value,
      nonce,
      gas: gas + gas / 5n > gasBudget ? gas + gas / 5n : gasBudget,
      maxFeePerGas: fees.maxFeePerGas,
      maxPriorityFeePerGas: fees.maxPriorityFeePerGas
    }
    const shown = shownTransaction(address, tx)
    const answer = await askInWindow({
      origin: STUDIO_ORIGIN,
      tabId: STUDIO_TAB,
      request: { method: "eth_sendTransaction", params: [shown] },
      from: address,
      chainId: job.chainId,
      note: `Mamori Studio, mint of "${job.prompt.slice(0, 80)}": ${step}`
    })
    if (!answer.allow) throw new MintError(`You rejected the ${step.split(":")[0]} in Mamori's window. Retry to be asked again.`, { code: "mint/rejected", retryable: true })
    const raw = await account.signTransaction(tx)
    return { hash: keccak256(raw), raw }
  }

  const commitData = (commitment: Hex) => encodeFunctionData({ abi: mamoriArtAbi, functionName: "commit", args: [commitment] })
  const revealData = (salt: Hex, proof: MintProof) =>
    job.mode === "optimistic"
      ? encodeFunctionData({ abi: mamoriArtAbi, functionName: "revealOptimistic", args: [stringToHex(job.prompt), proof.aigcData, salt] })
      : encodeFunctionData({ abi: mamoriArtAbi, functionName: "reveal", args: [stringToHex(job.prompt), proof.aigcData, proof.proof, salt] })
  async function viaTab(data: Hex, value = 0n): Promise<Hex> {
    const wallet = await tabWallet()
    if (!wallet || wallet.address.toLowerCase() !== job.account.toLowerCase())
      throw new WalletError(`This mint uses the wallet of a page (${job.account}); connect that page's wallet again to continue.`, { code: "wallet/locked" })
    return sendThroughTab(wallet, { from: job.account, to: collection, data, ...(value ? { value: toHex(value) } : {}) }, job.chainId)
  }

  return {
    save,
    prove: async (j, onProgress) => {
      const architecture = architectureOf(j)
      if (!j.model) return proveInOffscreen(j.id, j.prompt, onProgress, undefined, architecture === "scene" ? {} : undefined)
      const model = await artModel(j.model)
      if (!model) throw new MintError("The art model of this mint was removed; add its weights again to continue.", { code: "studio/unknown-model", retryable: false })
      if (architectureOf(model) !== architecture)
        throw new MintError(`The art model "${model.name}" is of another architecture than this mint (${ARCHITECTURES[architecture].name}).`, {
          code: "studio/model-architecture-mismatch",
          retryable: false
        })
      return model.architecture === "scene"
        ? proveInOffscreen(j.id, j.prompt, onProgress, undefined, { weights: model.weights })
        : proveInOffscreen(j.id, j.prompt, onProgress, model.weights)
    },
    generate: async (j) => {
      // The integer reference model (the one the circuit and the ONNX model match bit for bit, by test).
      const custom = j.model ? await artModel(j.model) : undefined
      if (custom && architectureOf(custom) !== "art")
        throw new MintError(`The art model "${custom.name}" is of the scene architecture, which mints only with a proof.`, {
          code: "studio/model-architecture-mismatch",
          retryable: false
        })
      const weights = j.model ? (custom?.weights as ArtWeights | undefined) : defaultWeights
      if (!weights) throw new MintError("The art model of this mint was removed; add its weights again to continue.", { code: "studio/unknown-model", retryable: false })
      return { aigcData: encodeAigcData({ modelCommitment: modelCommitment(weights), words: packPixels(generateArt(j.prompt, weights)) }), proof: "0x" }
    },
    optimisticBond: () => client.readContract({ address: collection, abi: mamoriArtAbi, functionName: "optimisticBond" }),
    randomSalt,
    chainId: () => client.getChainId(),
    blockNumber: () => client.getBlockNumber({ cacheTime: 0 }),
    balance: () => client.getBalance({ address: job.account }),
    requiredBalance: async () => (await client.getGasPrice()) * (COMMIT_GAS_BUDGET + REVEAL_GAS_BUDGET),
    tokenOwner: async (tokenId) => {
      // A raw eth_call: viem's readContract lazy-loads its CCIP module on every revert, and a service
      // worker cannot import scripts after install; "no such token" is a revert here.
      try {
        const data = await client.request({
          method: "eth_call",
          params: [{ to: collection, data: encodeFunctionData({ abi: OWNER_OF_ABI, functionName: "ownerOf", args: [tokenId] }) }, "latest"]
        })
        return decodeFunctionResult({ abi: OWNER_OF_ABI, functionName: "ownerOf", data })
      } catch (error) {
        if (mentionsSelector(error, NONEXISTENT_TOKEN_SELECTOR)) return null
        throw toChainError(error)
      }
    },
    readCommit: (commitment) => readCommitment(client, { collection, committer: job.account, commitment }),
    mintFee: async (aigcData) => {
      const registry = (await client.readContract({ address: collection, abi: mamoriArtAbi, functionName: "REGISTRY" })) as Address
      const [fee] = await client.readContract({ address: registry, abi: modelRegistryAbi, functionName: "economyOf", args: [aigcModelCommitment(aigcData)] })
      return fee
    },
    ...(signer === "local"
      ? {
          signCommit: (commitment: Hex) =>
            sign(
              commitData(commitment),
              COMMIT_GAS_BUDGET,
              "step 1 of 2, the commit: a hash of your address, the prompt and a secret salt, so nobody can take the prompt before you reveal it"
            ),
          signReveal: (salt: Hex, proof: MintProof, fee: bigint, bond: bigint) =>
            sign(
              revealData(salt, proof),
              REVEAL_GAS_BUDGET,
              job.mode === "optimistic"
                ? "step 2 of 2, the optimistic reveal: the prompt and the image without a proof, with the collection's bond (returned after the challenge window unless someone proves the image wrong) and the model's mint fee, if any"
                : "step 2 of 2, the reveal: the prompt, the image and its zk proof (and the model's mint fee, if any); the contract verifies the proof and mints the token",
              fee + bond
            )
        }
      : {
          sendCommit: (commitment: Hex) => viaTab(commitData(commitment)),
          sendReveal: (salt: Hex, proof: MintProof, fee: bigint, bond: bigint) => viaTab(revealData(salt, proof), fee + bond)
        }),
    broadcast: async (raw) => {
      try {
        await client.sendRawTransaction({ serializedTransaction: raw })
      } catch (error) {
        // The node already has it (a resumed job re-sends the same bytes): not an error.
        if (/already known|already imported|known transaction/i.test(String((error as Error)?.message))) return
        throw error
      }
    },
    getReceipt: async (hash) => {
      try {
        const r = await client.getTransactionReceipt({ hash })
        return { status: r.status, blockNumber: r.blockNumber, gasUsed: r.gasUsed }
      } catch (error) {
        if ((error as Error)?.name === "TransactionReceiptNotFoundError") return null
        throw error
      }
    },
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    now: () => Date.now()
  }
}
