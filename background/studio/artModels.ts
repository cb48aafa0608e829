import { encodeFunctionData, keccak256, parseAbi, type Address, type Hex } from "viem"

import { modelRegistryAbi } from "~src/chain/abi/modelRegistryAbi"
import { toChainError } from "~src/chain/errors"
import { MintError } from "~src/jobs/errors"
import { ARCHITECTURES, architectureOf } from "~src/studio/architecture"
import type { ArtModelEntry } from "~src/studio/artModel"
import { parseArtModelFile } from "~src/studio/parseArtModelFile"

import { sendThroughTab, tabWallet, unlockedKey } from "./account"
import { publicClientFor } from "./chainEffects"
import { loadStudioSettings } from "./settings"
import { getLocal, setLocal } from "./storage"

const KEY = "studio.artModels"
const REGISTRY_OF = parseAbi(["function REGISTRY() view returns (address)"])

export async function listArtModels(): Promise<ArtModelEntry[]> {
  return (await getLocal<ArtModelEntry[]>(KEY)) ?? []
}

export async function artModel(commitment: string): Promise<ArtModelEntry | undefined> {
  return (await listArtModels()).find((m) => m.commitment === commitment)
}

/**
 * Validates a weights file of either architecture (told apart by its keys) and keeps it; every problem of the
 * file comes back at once.
 */
export async function addArtModel(json: string, name: string): Promise<{ models: ArtModelEntry[]; problems?: string[] }> {
  const parsed = parseArtModelFile(json)
  const problems = parsed.ok ? [] : [...parsed.problems]
  const trimmed = name.trim()
  if (!/^[A-Za-z0-9]+([ '._-][A-Za-z0-9]+)*$/.test(trimmed) || trimmed.length > 64)
    problems.push("The name must be 1 to 64 ASCII letters and digits, with single spaces, '-', '_', '.' or apostrophes between them (the registry's rule).")
  const models = await listArtModels()
  if (parsed.ok && models.some((m) => m.commitment === parsed.commitment.toString())) problems.push("These weights are already in your list.")
  if (problems.length || !parsed.ok) return { models, problems }
  const base = { commitment: parsed.commitment.toString(), name: trimmed, addedAt: Date.now() }
  const entry: ArtModelEntry = parsed.architecture === "scene" ? { ...base, architecture: "scene", weights: parsed.weights } : { ...base, weights: parsed.weights }
  const next = [...models, entry]
  await setLocal(KEY, next)
  return { models: next }
}

export async function removeArtModel(commitment: string): Promise<ArtModelEntry[]> {
  const next = (await listArtModels()).filter((m) => m.commitment !== commitment)
  await setLocal(KEY, next)
  return next
}

/**
 * Registers a kept model on the Studio's chain (registry read from the collection): with the page's wallet when
 * one is connected, else the local account. A name or commitment someone else holds is refused before paying.
 */
export async function registerArtModel(commitment: string): Promise<ArtModelEntry[]> {
  const entry = await artModel(commitment)
  if (!entry) throw new MintError("No such art model.", { code: "studio/unknown-model", retryable: false })
  const settings = await loadStudioSettings()
  if (!settings.collection) throw new MintError(`No Studio collection is deployed on chain ${settings.chainId}.`, { code: "mint/no-collection", retryable: false })
  const client = publicClientFor(settings)
  const registry = (await client.readContract({ address: settings.collection, abi: REGISTRY_OF, functionName: "REGISTRY" })) as Address
  const onChain = await client.readContract({ address: registry, abi: modelRegistryAbi, functionName: "model", args: [BigInt(commitment)] })
  let tx: Hex | undefined
  if (onChain.owner === "0x0000000000000000000000000000000000000000") {
    const holder = await client.readContract({ address: registry, abi: modelRegistryAbi, functionName: "modelByName", args: [entry.name] })
    if (holder !== 0n)
      throw new MintError(`The name "${entry.name}" (or a look-alike) belongs to another model on this chain (commitment ${holder}). Pick another name.`, {
        code: "studio/name-taken",
        retryable: false
      })
    const data = encodeFunctionData({
      abi: modelRegistryAbi,
      functionName: "registerModel",
      args: [BigInt(commitment), ARCHITECTURES[architectureOf(entry)].registryId, entry.name, ""]
    })
    const tab = await tabWallet()
    try {
      if (tab) tx = await sendThroughTab(tab, { from: tab.address, to: registry, data }, settings.chainId)
      else {
        const { account, address } = await unlockedKey()
        const [gas, nonce, fees] = await Promise.all([
          client.estimateGas({ account: address, to: registry, data }),
          client.getTransactionCount({ address, blockTag: "pending" }),
          client.estimateFeesPerGas()
        ])
        const raw = await account.signTransaction({ type: "eip1559", chainId: settings.chainId, to: registry, data, nonce, gas: gas + gas / 5n, ...fees })
        tx = keccak256(raw)
        await client.sendRawTransaction({ serializedTransaction: raw })
      }
      const receipt = await client.waitForTransactionReceipt({ hash: tx, timeout: 60_000 })
      if (receipt.status !== "success") throw new MintError("The registration transaction reverted.", { code: "studio/register-reverted", retryable: true })
    } catch (error) {
      throw error instanceof MintError ? error : toChainError(error)
    }
  }
  const owner = (await client.readContract({ address: registry, abi: modelRegistryAbi, functionName: "model", args: [BigInt(commitment)] })).owner
  const next = (await listArtModels()).map((m) => (m.commitment === commitment ? { ...m, registered: { chainId: settings.chainId, registry, owner, ...(tx ? { tx } : {}) } } : m))
  await setLocal(KEY, next)
  return next
}
