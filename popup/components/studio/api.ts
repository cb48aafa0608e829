import { sendToBackground } from "@plasmohq/messaging"

import type { StudioAccountRequest, StudioAccountResponse } from "~background/messages/studio-account"
import type { StudioGalleryRequest, StudioGalleryResponse } from "~background/messages/studio-gallery"
import type { StudioJobsResponse } from "~background/messages/studio-jobs"
import type { StudioMintRequest, StudioMintResponse } from "~background/messages/studio-mint"
import type { StudioSettingsRequest, StudioSettingsResponse } from "~background/messages/studio-settings"

const ask = <Req, Res>(name: string, body?: Req) => sendToBackground<Req, Res>({ name: name as never, body: body as Req })

/** Typed calls to the Studio's background handlers. */
export const studioApi = {
  account: (body: StudioAccountRequest) => ask<StudioAccountRequest, StudioAccountResponse>("studio-account", body),
  jobs: () => ask<Record<string, never>, StudioJobsResponse>("studio-jobs", {}),
  mint: (body: StudioMintRequest) => ask<StudioMintRequest, StudioMintResponse>("studio-mint", body),
  gallery: (body: StudioGalleryRequest = {}) => ask<StudioGalleryRequest, StudioGalleryResponse>("studio-gallery", body),
  settings: (body: StudioSettingsRequest = {}) => ask<StudioSettingsRequest, StudioSettingsResponse>("studio-settings", body)
}
