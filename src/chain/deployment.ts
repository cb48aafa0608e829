import { getAddress, isAddress, type Address } from "viem"
import { ChainError } from "./errors"

/** Where the Studio contracts live on one chain (assets/deployments/<chainId>.json). */
export type Deployment = {
  chainId: number
  collection: Address
  registry: Address
  verifier: Address
  renderer: Address
  /** The default model's commitment (decimal string in the JSON file). */
  modelCommitment: bigint
  /** Block of the last deployment transaction. */
  blockNumber: number
}

/**
 * Validates a deployment record (parsed JSON) and normalises addresses and numbers.
 * @param json The parsed file.
 * @returns The deployment.
 */
export function parseDeployment(json: unknown): Deployment {
  const bad = (what: string) => new ChainError(`The deployment record is invalid: ${what}.`, { code: "chain/bad-deployment" })
  if (typeof json !== "object" || json === null) throw bad("not an object")
  const o = json as Record<string, unknown>
  const address = (key: string): Address => {
    const v = o[key]
    if (typeof v !== "string" || !isAddress(v, { strict: false })) throw bad(`${key} is not an address`)
    return getAddress(v)
  }
  const int = (key: string): number => {
    const v = o[key]
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) throw bad(`${key} is not a non-negative integer`)
    return v
  }
  let modelCommitment: bigint
  try {
    if (typeof o.modelCommitment !== "string" && typeof o.modelCommitment !== "number") throw new Error()
    modelCommitment = BigInt(o.modelCommitment)
  } catch {
    throw bad("modelCommitment is not an integer")
  }
  return {
    chainId: int("chainId"),
    collection: address("collection"),
    registry: address("registry"),
    verifier: address("verifier"),
    renderer: address("renderer"),
    modelCommitment,
    blockNumber: int("blockNumber")
  }
}

/** The JSON form written by scripts/deploy.ts (bigint as a decimal string). */
export function serializeDeployment(d: Deployment): string {
  return `${JSON.stringify({ ...d, modelCommitment: d.modelCommitment.toString() }, null, 2)}\n`
}
