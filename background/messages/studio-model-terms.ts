import { parseAbi, type Address } from "viem"

import { modelCommitment } from "~src/art/commitment"
import { defaultWeights } from "~src/art/weights"
import { readModelEconomy } from "~src/chain/readModelEconomy"
import { readOptimisticTerms } from "~src/chain/readOptimistic"

import { handle } from "../handle"
import { publicClientFor } from "../studio/chainEffects"
import { loadStudioSettings } from "../studio/settings"

const REGISTRY_OF = parseAbi(["function REGISTRY() view returns (address)"])

/** What minting with a model costs and carries, shown in the Studio before minting: fee, licence, revenue token. */
export default handle("studio-model-terms", async (body) => {
  const settings = await loadStudioSettings()
  if (!settings.collection) return { terms: null }
  const client = publicClientFor(settings)
  const registry = (await client.readContract({ address: settings.collection, abi: REGISTRY_OF, functionName: "REGISTRY" })) as Address
  const model = typeof body?.model === "string" && /^\d+$/.test(body.model) ? BigInt(body.model) : modelCommitment(defaultWeights)
  const e = await readModelEconomy(client, { registry, modelCommitment: model })
  // The Studio mints mamori-art-v1 models, which allow the optimistic path; a collection without it answers null.
  const optimistic = await readOptimisticTerms(client, { collection: settings.collection }).then(
    (t) => ({ bond: t.bond.toString(), window: t.window.toString() }),
    () => null
  )
  return {
    terms: { fee: e.fee.toString(), payee: e.payee, revenueToken: e.revenueToken, royaltyBps: e.royaltyBps, licenseURI: e.licenseURI, termsHash: e.termsHash, optimistic }
  }
})
