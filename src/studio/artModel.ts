import type { SceneWeights } from "../art/scene/sceneModel"
import type { ArtWeights } from "../art/weights"

type ArtModelEntryBase = {
  /** The model commitment (decimal): Poseidon of the weights, as the circuit and the registry see it. */
  commitment: string
  name: string
  addedAt: number
  /** Set once the registry knows the commitment on the Studio's chain. */
  registered?: { chainId: number; registry: string; owner: string; tx?: string }
}

/**
 * A developer's art model (custom weights of a shipped architecture), kept by the extension until removed.
 * Entries stored before the scene architecture have no `architecture`: they are mamori-art-v1.
 */
export type ArtModelEntry = (ArtModelEntryBase & { architecture?: "art"; weights: ArtWeights }) | (ArtModelEntryBase & { architecture: "scene"; weights: SceneWeights })

/** What the popup's picker and the options page list (weights included: the popup previews with them). */
export type ArtModelsRequest =
  | { action: "list" }
  | { action: "add"; json: string; name: string }
  | { action: "remove"; commitment: string }
  | { action: "register"; commitment: string }

/** `problems` lists every check an `add` failed, one sentence each. */
export type ArtModelsResponse = { models: ArtModelEntry[]; problems?: string[] }
