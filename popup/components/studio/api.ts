import { askBackground } from "~lib/askBackground"
import type { StudioAccountRequest, StudioMintRequest, StudioWatchRequest } from "~src/messaging/protocol"
import type { ArtModelsRequest } from "~src/studio/artModel"
import type { StudioSettings } from "~src/studio/studioSettings"
import type { YourModelsRequest } from "~src/studio/yourModels"

/** Typed calls to the Studio's background handlers; each answers a `Result` the panels explain. */
export const studioApi = {
  account: (body: StudioAccountRequest) => askBackground("studio-account", body),
  artModels: (body: ArtModelsRequest) => askBackground("studio-art-models", body),
  jobs: () => askBackground("studio-jobs", {}),
  mint: (body: StudioMintRequest) => askBackground("studio-mint", body),
  gallery: (body: { owner?: string } = {}) => askBackground("studio-gallery", body),
  settings: (body: { change?: Partial<StudioSettings> } = {}) => askBackground("studio-settings", body),
  watch: (body: StudioWatchRequest) => askBackground("studio-watch", body),
  modelTerms: (body: { model?: string }) => askBackground("studio-model-terms", body),
  yourModels: (body: YourModelsRequest) => askBackground("studio-your-models", body)
}
