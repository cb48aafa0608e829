import { encodeFunctionData, keccak256, stringToHex, type Address, type Hex } from "viem"

import { modelCommitment } from "~src/art/commitment"
import { generateArt } from "~src/art/generate"
import { defaultWeights, type ArtWeights } from "~src/art/weights"
import { mamoriArtAbi } from "~src/chain/abi/mamoriArtAbi"
import { decodeAigcData, encodeAigcData } from "~src/chain/aigcData"
import { toChainError } from "~src/chain/errors"
import { OPTIMISTIC_STATUS } from "~src/chain/readOptimistic"
import { MintError } from "~src/jobs/errors"
import { runChallengeJob } from "~src/watchtower/challengeJob"
import type { ChallengeEffects, ChallengeJob } from "~src/watchtower/types"
import { packPixels } from "~src/zk/packPixels"

import { accountState, unlockedKey } from "./account"
import { artModel } from "./artModels"
import { publicClientFor } from "./chainEffects"
import { proveInOffscreen } from "./offscreenProver"
import { loadStudioSettings } from "./settings"
import { getLocal, setLocal } from "./storage"

// The watchtower: with "Watch optimistic mints" on, every pending optimistic token of the Studio's collection is
// re-run locally with the model it names; on a mismatch the real image is proved in the offscreen document and
// a challenge is sent from the local account. One persisted job per token (studio.challenge.<tokenId>).

const SETTINGS_KEY = "studio.watch"
const CURSOR_KEY = "studio.watch.cursor"
const PREFIX = "studio.challenge."
/** A challenge verifies a Groth16 proof and writes a new data contract (~510k gas measured). */
const CHALLENGE_GAS_BUDGET = 900_000n

export type WatchSettings = { enabled: boolean }

export async function loadWatchSettings(): Promise<WatchSettings> {
  return { enabled: (await getLocal<WatchSettings>(SETTINGS_KEY))?.enabled === true }
}
export async function setWatchSettings(enabled: boolean): Promise<WatchSettings> {
  await setLocal(SETTINGS_KEY, { enabled })
  return { enabled }
}

export async function listChallengeJobs(): Promise<ChallengeJob[]> {
  const all = await chrome.storage.local.get(null)
  return Object.entries(all)
    .filter(([k]) => k.startsWith(PREFIX))
    .map(([, v]) => v as ChallengeJob)
    .sort((a, b) => b.createdAt - a.createdAt)
}
const saveChallengeJob = (job: ChallengeJob) => setLocal(PREFIX + job.id, job)

let defaultCommitment: bigint | undefined
/** The weights of a model commitment: the default model's, or a custom model kept in the user's list. */
async function weightsOf(commitment: bigint): Promise<ArtWeights | null> {
  defaultCommitment ??= modelCommitment(defaultWeights)
  if (commitment === defaultCommitment) return defaultWeights
  // Optimistic mints use the built-in pixel layout only: a scene model never makes one.
  const entry = await artModel(commitment.toString())
  return entry && entry.architecture !== "scene" ? entry.weights : null
}

let scanning: Promise<ChallengeJob[]> | null = null

/** Finds new optimistic mints since the last scan, then advances every unfinished challenge job. */
export function scanOptimisticMints(): Promise<ChallengeJob[]> {
  scanning ??= scan().finally(() => {
    scanning = null
  })
  return scanning
}

async function scan(): Promise<ChallengeJob[]> {
  if (!(await loadWatchSettings()).enabled) return listChallengeJobs()
  const settings = await loadStudioSettings()
  const account = await accountState()
  if (!settings.collection || account.kind === "none") return listChallengeJobs()
  const collection = settings.collection
  const client = publicClientFor(settings)
  const latest = await client.getBlockNumber({ cacheTime: 0 })
  const cursors = (await getLocal<Record<string, string>>(CURSOR_KEY)) ?? {}
  const cursorKey = `${settings.chainId}:${collection}`
  const from = cursors[cursorKey] ? BigInt(cursors[cursorKey]) : 0n
  if (from <= latest) {
    const logs = await client.getContractEvents({ address: collection, abi: mamoriArtAbi, eventName: "OptimisticMinted", fromBlock: from, toBlock: latest })
    for (const log of logs) {
      const { tokenId, minter, deadline } = log.args as { tokenId: bigint; minter: Address; deadline: bigint }
      if (minter.toLowerCase() === account.address.toLowerCase() || deadline < latest) continue
      if (await getLocal(PREFIX + tokenId.toString())) continue
      const [prompt, posted] = await Promise.all([
        client.readContract({ address: collection, abi: mamoriArtAbi, functionName: "prompt", args: [tokenId] }),
        client.readContract({ address: collection, abi: mamoriArtAbi, functionName: "aigcDataOf", args: [tokenId] })
      ])
      const now = Date.now()
      await saveChallengeJob({
        id: tokenId.toString(),
        prompt,
        chainId: settings.chainId,
        collection,
        account: account.address,
        posted,
        deadline: deadline.toString(),
        step: "detected",
        status: "running",
        createdAt: now,
        updatedAt: now
      })
    }
    await setLocal(CURSOR_KEY, { ...cursors, [cursorKey]: (latest + 1n).toString() })
  }
  // One at a time: proving takes the offscreen document's worker.
  for (const job of await listChallengeJobs()) {
    if (job.status !== "running" || job.collection !== collection || job.chainId !== settings.chainId) continue
    await runChallengeJob(job, challengeEffects(job), { pollMs: 500, maxPolls: 60 })
  }
  return listChallengeJobs()
}

/** Marks a failed retryable job as running again and scans (the Retry button). */
export async function retryChallengeJob(id: string): Promise<ChallengeJob[]> {
  const job = await getLocal<ChallengeJob>(PREFIX + id)
  if (job?.status === "failed" && job.error?.retryable) await saveChallengeJob({ ...job, status: "running", error: undefined })
  return scanOptimisticMints()
}

function challengeEffects(job: ChallengeJob): ChallengeEffects {
  const settingsP = loadStudioSettings()
  const clientP = settingsP.then(publicClientFor)
  const modelOf = () => decodeAigcData(job.posted).modelCommitment
  return {
    save: saveChallengeJob,
    recompute: async (j) => {
      const weights = await weightsOf(modelOf())
      if (!weights) return null
      return encodeAigcData({ modelCommitment: modelOf(), words: packPixels(generateArt(j.prompt, weights)) })
    },
    prove: async (j) => {
      const weights = await weightsOf(modelOf())
      if (!weights) throw new MintError("This model's weights are not in your list.", { code: "studio/unknown-model", retryable: false })
      return proveInOffscreen(`challenge-${j.id}`, j.prompt, () => {}, weights === defaultWeights ? undefined : weights)
    },
    status: async () => {
      const client = await clientP
      const [, , status] = await client.readContract({ address: job.collection, abi: mamoriArtAbi, functionName: "optimisticRecordOf", args: [BigInt(job.id)] })
      const name = OPTIMISTIC_STATUS[status] ?? "none"
      return name
    },
    blockNumber: async () => (await clientP).getBlockNumber({ cacheTime: 0 }),
    signChallenge: async (proof) => {
      const client = await clientP
      const { account, address } = await unlockedKey()
      if (address.toLowerCase() !== job.account.toLowerCase())
        throw new MintError(`This challenge belongs to ${job.account}; unlock that account to continue.`, { code: "mint/wrong-account", retryable: true })
      const data = encodeFunctionData({ abi: mamoriArtAbi, functionName: "challenge", args: [stringToHex(job.prompt), proof.aigcData, proof.proof] })
      let gas: bigint
      try {
        gas = await client.estimateGas({ account: address, to: job.collection, data })
      } catch (error) {
        throw toChainError(error)
      }
      const [nonce, fees] = await Promise.all([client.getTransactionCount({ address, blockTag: "pending" }), client.estimateFeesPerGas()])
      const raw = await account.signTransaction({
        type: "eip1559",
        chainId: job.chainId,
        to: job.collection,
        data,
        nonce,
        gas: gas + gas / 5n > CHALLENGE_GAS_BUDGET ? gas + gas / 5n : CHALLENGE_GAS_BUDGET,
        maxFeePerGas: fees.maxFeePerGas,
        maxPriorityFeePerGas: fees.maxPriorityFeePerGas
      })
      return { hash: keccak256(raw) as Hex, raw }
    },
    broadcast: async (raw) => {
      const client = await clientP
      try {
        await client.sendRawTransaction({ serializedTransaction: raw })
      } catch (error) {
        if (/already known|already imported|known transaction|nonce too low/i.test(String((error as Error)?.message))) return
        throw error
      }
    },
    getReceipt: async (hash) => {
      const client = await clientP
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
