import { parseAbi, type Address } from "viem"

import { mamoriArtAbi } from "~src/chain/abi/mamoriArtAbi"
import { modelRegistryAbi } from "~src/chain/abi/modelRegistryAbi"
import { modelRevenueTokenAbi } from "~src/chain/abi/modelRevenueTokenAbi"
import { readYourModels } from "~src/chain/readYourModels"
import { MintError } from "~src/jobs/errors"
import type { YourModelsAction, YourModelsResponse } from "~src/studio/yourModels"

import { accountState } from "./account"
import { publicClientFor } from "./chainEffects"
import { sendReviewed } from "./sendReviewed"
import { loadStudioSettings } from "./settings"

// "Your models" on the options page: the Mamori account's registered models, and the registrant's actions on them.
// Every action is a transaction from the Mamori account, reviewed in Mamori's window before it is signed.

const MAX_ROYALTY = parseAbi(["function MAX_ROYALTY_BPS() view returns (uint256)"])

async function context() {
  const settings = await loadStudioSettings()
  if (!settings.collection) throw new MintError(`No Studio collection is deployed on chain ${settings.chainId}.`, { code: "mint/no-collection", retryable: false })
  const client = publicClientFor(settings)
  const registry = (await client.readContract({ address: settings.collection, abi: mamoriArtAbi, functionName: "REGISTRY" })) as Address
  return { settings, client, registry, collection: settings.collection }
}

/** Lists the Mamori account's models on the Studio's chain (empty without an account). */
export async function listYourModels(tx?: string): Promise<YourModelsResponse> {
  const { settings, client, registry, collection } = await context()
  const [account, maxRoyaltyBps, block] = await Promise.all([
    accountState(),
    client.readContract({ address: registry, abi: MAX_ROYALTY, functionName: "MAX_ROYALTY_BPS" }),
    client.getBlockNumber({ cacheTime: 0 })
  ])
  const address = account.kind === "none" ? null : account.address
  const models = address ? await readYourModels(client, { registry, collection, account: address }) : []
  return { account: address, chainId: settings.chainId, maxRoyaltyBps: Number(maxRoyaltyBps), models, block: block.toString(), ...(tx ? { tx } : {}) }
}

const bad = (message: string) => new MintError(message, { code: "models/bad-input", retryable: false })
const decimal = (s: string, what: string) => {
  if (!/^\d{1,78}$/.test(s)) throw bad(`${what} must be a whole number.`)
  return BigInt(s)
}

/** Runs one registrant action (checked here first, then by the contract's own estimate), then lists again. */
export async function runYourModelsAction(a: YourModelsAction): Promise<YourModelsResponse> {
  const { settings, client, registry } = await context()
  const commitment = decimal(a.commitment, "The model commitment")
  const model = await client.readContract({ address: registry, abi: modelRegistryAbi, functionName: "model", args: [commitment] })
  const [, revenueToken] = await client.readContract({ address: registry, abi: modelRegistryAbi, functionName: "economyOf", args: [commitment] })
  const label = `"${model.name}"`
  const onRegistry = { client, chainId: settings.chainId, to: registry, abi: modelRegistryAbi }
  const needToken = () => {
    if (/^0x0{40}$/i.test(revenueToken)) throw bad(`${label} has no revenue token yet: launch it first.`)
    return { client, chainId: settings.chainId, to: revenueToken, abi: modelRevenueTokenAbi }
  }
  let sent: { hash: string }
  switch (a.action) {
    case "launch": {
      const name = a.name.trim()
      const symbol = a.symbol.trim()
      if (!name || name.length > 64) throw bad("The token name must be 1 to 64 characters.")
      if (!/^[A-Za-z0-9]{1,11}$/.test(symbol)) throw bad("The symbol must be 1 to 11 ASCII letters or digits.")
      const supply = decimal(a.supply, "The supply")
      if (supply === 0n || supply >= 2n ** 96n) throw bad("The supply must be above 0 and below 2^96 units.")
      if (!Number.isInteger(a.claimShareBps) || a.claimShareBps < 0 || a.claimShareBps > 10_000) throw bad("The claim share is 0 to 10,000 basis points.")
      if (!Number.isInteger(a.snapshotInterval) || a.snapshotInterval < 1) throw bad("The snapshot interval is at least 1 block.")
      sent = await sendReviewed({
        ...onRegistry,
        functionName: "launchRevenueToken",
        args: [commitment, name, symbol, supply, BigInt(a.claimShareBps), BigInt(a.snapshotInterval)],
        note: `Your models: launch the revenue token ${symbol} of ${label} (the whole supply comes to you; fees and royalties go to the token from now on)`
      })
      break
    }
    case "set-fee": {
      const fee = decimal(a.feeWei, "The fee")
      if (fee % 10n ** 9n !== 0n) throw bad("The fee must be a whole number of gwei.")
      sent = await sendReviewed({ ...onRegistry, functionName: "setMintFee", args: [commitment, fee], note: `Your models: set the mint fee of ${label} to ${fee} wei` })
      break
    }
    case "set-royalty": {
      const cap = Number(await client.readContract({ address: registry, abi: MAX_ROYALTY, functionName: "MAX_ROYALTY_BPS" }))
      if (!Number.isInteger(a.bps) || a.bps < 0 || a.bps > cap) throw bad(`The royalty is 0 to ${cap} basis points (the registry's cap).`)
      sent = await sendReviewed({ ...onRegistry, functionName: "setRoyalty", args: [commitment, a.bps], note: `Your models: set the royalty of ${label} to ${a.bps / 100} %` })
      break
    }
    case "snapshot":
      sent = await sendReviewed({
        ...needToken(),
        functionName: "snapshot",
        args: [],
        note: `Your models: snapshot the revenue of ${label}'s token (allocates what it received since the last one)`
      })
      break
    case "claim":
      if (!Number.isInteger(a.snapshotId) || a.snapshotId < 1) throw bad("Pick a snapshot to claim.")
      sent = await sendReviewed({
        ...needToken(),
        functionName: "claim",
        args: [BigInt(a.snapshotId)],
        note: `Your models: claim your revenue of ${label} for snapshot ${a.snapshotId}`
      })
      break
    case "burn": {
      const amount = decimal(a.amount, "The amount")
      if (amount === 0n) throw bad("Burn at least one unit.")
      sent = await sendReviewed({
        ...needToken(),
        functionName: "burn",
        args: [amount],
        note: `Your models: burn ${amount} units of ${label}'s token for their share of the burn pool`
      })
      break
    }
  }
  return listYourModels(sent.hash)
}
