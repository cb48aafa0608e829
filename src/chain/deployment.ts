import { getAddress, isAddress, type Address } from "viem"
import { ChainError } from "./errors"

/** Where the Studio contracts live on one chain (assets/deployments/<chainId>.json). JSON-safe (no bigint). */
export type Deployment = {
  chainId: number
  collection: Address
  registry: Address
  verifier: Address
  renderer: Address
  /** The default model's commitment, as a decimal string (use BigInt(...) for calls). */
  modelCommitment: string
  /** Block of the last deployment transaction. */
  blockNumber: number
  /** The scene architecture's adapter (architecture 2), when deployed. */
  sceneArchitecture?: Address
  /** The default scene model's commitment (decimal), when deployed. */
  sceneModelCommitment?: string
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
  const modelCommitment = o.modelCommitment
  if (typeof modelCommitment !== "string" || !/^[0-9]{1,78}$/.test(modelCommitment)) throw bad("modelCommitment is not a decimal integer")
  return {
    chainId: int("chainId"),
    collection: address("collection"),
    registry: address("registry"),
    verifier: address("verifier"),
    renderer: address("renderer"),
    modelCommitment: BigInt(modelCommitment).toString(),
    blockNumber: int("blockNumber"),
    ...(o.sceneArchitecture === undefined ? {} : { sceneArchitecture: address("sceneArchitecture") }),
    ...(o.sceneModelCommitment === undefined
      ? {}
      : typeof o.sceneModelCommitment === "string" && /^[0-9]{1,78}$/.test(o.sceneModelCommitment)
        ? { sceneModelCommitment: BigInt(o.sceneModelCommitment).toString() }
        : (() => {
            throw bad("sceneModelCommitment is not a decimal integer")
          })())
  }
}

/** The JSON form written by scripts/deploy.ts. */
export function serializeDeployment(d: Deployment): string {
  return `${JSON.stringify(d, null, 2)}\n`
}
