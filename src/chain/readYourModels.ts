import { hexToBigInt, size, slice, zeroAddress, type Address, type PublicClient } from "viem"

import type { YourModel, YourModelToken } from "../studio/yourModels"
import { mamoriArtAbi } from "./abi/mamoriArtAbi"
import { modelRegistryAbi } from "./abi/modelRegistryAbi"
import { modelRevenueTokenAbi } from "./abi/modelRevenueTokenAbi"
import { toChainError } from "./errors"

export type ReadYourModelsParameters = { registry: Address; collection: Address; account: Address }

/**
 * Reads the models `account` registered (ModelRegistered events naming it, still owned by it) with their mints,
 * the fees they earned, their terms and, when launched, their revenue token as `account` holds it.
 * Mints are counted from the collection's Revealed events and each token's current data, so the work grows with
 * the collection's size: fine for a devnet or a young collection, slow on a large one (see the README).
 */
export async function readYourModels(client: PublicClient, p: ReadYourModelsParameters): Promise<YourModel[]> {
  try {
    const registered = await client.getContractEvents({ address: p.registry, abi: modelRegistryAbi, eventName: "ModelRegistered", args: { owner: p.account }, fromBlock: 0n })
    const commitments = [...new Set(registered.map((l) => (l.args as { commitment: bigint }).commitment))]
    if (!commitments.length) return []
    const [mintsByModel, feesByModel] = await Promise.all([tokensByModel(client, p.collection), sumFees(client, p.collection)])
    const models = await Promise.all(commitments.map((c) => readOne(client, p, c, mintsByModel.get(c) ?? [], feesByModel.get(c) ?? 0n)))
    return models.filter((m): m is YourModel => m !== null)
  } catch (error) {
    throw toChainError(error)
  }
}

/** How many of a model's tokens are listed with their royalty (the newest). */
const LISTED_TOKENS = 10
/** The sale price the listed royalties are quoted for: 1 ETH. */
const QUOTE_PRICE = 10n ** 18n

async function readOne(client: PublicClient, p: ReadYourModelsParameters, commitment: bigint, ids: bigint[], feesEarned: bigint): Promise<YourModel | null> {
  const reg = { address: p.registry, abi: modelRegistryAbi } as const
  const [model, [fee, revenueToken, royaltyBps], [payee], [licenseURI]] = await Promise.all([
    client.readContract({ ...reg, functionName: "model", args: [commitment] }),
    client.readContract({ ...reg, functionName: "economyOf", args: [commitment] }),
    client.readContract({ ...reg, functionName: "royaltyOf", args: [commitment] }),
    client.readContract({ ...reg, functionName: "licenseOf", args: [commitment] })
  ])
  // A model registered by the account and later owned by someone else is not the account's to manage.
  if (model.owner.toLowerCase() !== p.account.toLowerCase()) return null
  // Royalties as the collection answers ERC-2981 for each token, not as the registry's terms predict them.
  const listed = ids.slice(-LISTED_TOKENS).reverse()
  const royalties = await Promise.all(listed.map((id) => client.readContract({ address: p.collection, abi: mamoriArtAbi, functionName: "royaltyInfo", args: [id, QUOTE_PRICE] })))
  return {
    commitment: commitment.toString(),
    name: model.name,
    architectureId: Number(model.architectureId),
    retired: model.retired,
    mints: ids.length,
    tokens: listed.map((id, i) => ({ id: id.toString(), royaltyReceiver: royalties[i]![0], royaltyPerEth: royalties[i]![1].toString() })),
    feesEarned: feesEarned.toString(),
    fee: fee.toString(),
    royaltyBps: Number(royaltyBps),
    payee,
    licenseURI,
    token: revenueToken === zeroAddress ? null : await readToken(client, revenueToken, p.account)
  }
}

async function readToken(client: PublicClient, address: Address, account: Address): Promise<YourModelToken> {
  const t = { address, abi: modelRevenueTokenAbi } as const
  const [name, symbol, totalSupply, balance, claimShareBps, pendingRevenue, claimReserve, burnPool, currentSnapshotId, lastSnapshotBlock, interval] = await Promise.all([
    client.readContract({ ...t, functionName: "name" }),
    client.readContract({ ...t, functionName: "symbol" }),
    client.readContract({ ...t, functionName: "totalSupply" }),
    client.readContract({ ...t, functionName: "balanceOf", args: [account] }),
    client.readContract({ ...t, functionName: "CLAIM_SHARE_BPS" }),
    client.readContract({ ...t, functionName: "pendingRevenue" }),
    client.readContract({ ...t, functionName: "claimReserve" }),
    client.readContract({ ...t, functionName: "burnPool" }),
    client.readContract({ ...t, functionName: "currentSnapshotId" }),
    client.readContract({ ...t, functionName: "lastSnapshotBlock" }),
    client.readContract({ ...t, functionName: "SNAPSHOT_INTERVAL" })
  ])
  const ids = Array.from({ length: Number(currentSnapshotId) }, (_, i) => BigInt(i + 1))
  const [redeemableOnBurn, ...amounts] = await Promise.all([
    balance > 0n ? client.readContract({ ...t, functionName: "redeemableOnBurn", args: [balance] }) : Promise.resolve(0n),
    ...ids.map((id) => client.readContract({ ...t, functionName: "claimableRevenue", args: [account, id] }))
  ])
  return {
    address,
    name,
    symbol,
    totalSupply: totalSupply.toString(),
    balance: balance.toString(),
    claimShareBps: Number(claimShareBps),
    pendingRevenue: pendingRevenue.toString(),
    claimReserve: claimReserve.toString(),
    burnPool: burnPool.toString(),
    redeemableOnBurn: redeemableOnBurn.toString(),
    currentSnapshotId: Number(currentSnapshotId),
    nextSnapshotAt: (lastSnapshotBlock + interval).toString(),
    claimable: ids.map((id, i) => ({ snapshotId: Number(id), amount: amounts[i]!.toString() })).filter((c) => c.amount !== "0")
  }
}

/** Token ids per model, oldest first: each revealed token once, under the model its current data name. */
async function tokensByModel(client: PublicClient, collection: Address): Promise<Map<bigint, bigint[]>> {
  const logs = await client.getContractEvents({ address: collection, abi: mamoriArtAbi, eventName: "Revealed", fromBlock: 0n })
  const ids = [...new Set(logs.map((l) => (l.args as { tokenId: bigint }).tokenId))]
  const data = await Promise.all(ids.map((id) => client.readContract({ address: collection, abi: mamoriArtAbi, functionName: "aigcDataOf", args: [id] })))
  const byModel = new Map<bigint, bigint[]>()
  for (const [i, d] of data.entries()) {
    // Every architecture's data start with the model commitment (v1 and scene alike).
    if (size(d) < 32) continue
    const model = hexToBigInt(slice(d, 0, 32))
    byModel.set(model, [...(byModel.get(model) ?? []), ids[i]!])
  }
  return byModel
}

async function sumFees(client: PublicClient, collection: Address): Promise<Map<bigint, bigint>> {
  const logs = await client.getContractEvents({ address: collection, abi: mamoriArtAbi, eventName: "MintFeePaid", fromBlock: 0n })
  const sums = new Map<bigint, bigint>()
  for (const l of logs) {
    const { modelCommitment, fee } = l.args as { modelCommitment: bigint; fee: bigint }
    sums.set(modelCommitment, (sums.get(modelCommitment) ?? 0n) + fee)
  }
  return sums
}
