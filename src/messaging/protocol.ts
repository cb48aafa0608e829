import type { Hex } from "viem"

import type { AuditResult } from "../audit/types"
import type { ShieldChainsRequest, ShieldChainsResponse } from "../chains/chainSettings"
import type { MintJob, MintMode } from "../jobs/types"
import type { LlmSettings } from "../llm/llmSettings"
import type { EngineChoice } from "../llm/pickLlmEngine"
import type { TrackedJob } from "../llm/trackedJob"
import type { LlmUiError } from "../llm/uiError"
import type { GpuAdapterDescription } from "../llm/webgpu/gpuDescription"
import type { CustomModelEntry, CustomModelInput } from "../models/customModelTypes"
import type { HistoryEntry } from "../shield/history"
import type { ShieldSettings, SiteMode } from "../shield/settings"
import type { Policy } from "../shield/sitePolicy"
import type { ArtArchitecture } from "../studio/architecture"
import type { ArtModelsRequest, ArtModelsResponse } from "../studio/artModel"
import type { GalleryItem } from "../studio/galleryItem"
import type { StudioSettings } from "../studio/studioSettings"
import type { YourModelsRequest, YourModelsResponse } from "../studio/yourModels"
import type { AccountState, TabWallet } from "../wallet/accountState"
import type { ChallengeJob } from "../watchtower/types"
import type { ProviderError } from "../wallet/rpcErrors"
import type { WalletAccountsRequest, WalletAccountsResponse, WalletAssetsResponse, WalletSitesRequest, WalletSitesResponse } from "../wallet/walletMessages"
import type { CallerKind } from "./caller"

// The one table of runtime messages between Mamori's pages, content scripts and service worker: each name
// maps to its request, its reply value (always wrapped in a `Result`) and who may send it. Handlers and
// callers are typed from it, so a renamed message or a changed shape fails the compiler on both sides.

/** A signing request reviewed for a page; the page's origin comes from Chromium's sender, never from here. */
export type ShieldAuditRequest = { request: { method: string; params?: unknown }; href: string; chainId?: string }
export type ShieldAuditResponse = { entryId: string; policy: Policy; result?: AuditResult; error?: string; auditMs?: number }

export type ShieldDecisionRequest = { entryId: string; decision: "continued" | "rejected" }

export type ShieldSiteRequest = { origin: string; mode: SiteMode | "default" }

export type StudioAccountRequest =
  | { action: "status" }
  | { action: "create"; password: string }
  | { action: "unlock"; password: string }
  | { action: "lock" }
  | { action: "export"; password: string }
  | { action: "connect-tab" }
  | { action: "use-local" }

/** `model`: the commitment (decimal) of a registered custom art model; the default model when omitted. */
/** `architecture`: which art architecture draws and proves it (default: the scene architecture). */
/** `mode`: "optimistic" mints without a proof against the collection's bond (mamori-art-v1 models); proven otherwise. */
export type StudioMintRequest = { prompt: string; model?: string; architecture?: ArtArchitecture; mode?: MintMode } | { retry: string }

/** Settings plus what the popup explains: the node's chain, the balance (null when the RPC is down). */
export type StudioSettingsResponse = { settings: StudioSettings; rpcChainId: number | null; balance: string | null; rpcError?: string }

export type CustomModelsRequest = { action: "list" } | { action: "add"; input: CustomModelInput } | { action: "remove"; id: string }
/** A refused `add` comes back as `error` with the checks that ran: the form shows them beside the field. */
export type CustomModelsResponse = { entries: CustomModelEntry[]; checks?: string[]; error?: LlmUiError }

/** A page's request to Mamori's own wallet (EIP-1193); the origin comes from Chromium's sender. */
export type WalletRpcRequest = { method: string; params?: unknown }
export type WalletRpcResponse = { result?: unknown; error?: ProviderError }

export type PingResponse = {
  version: string
  /** Ids of the content scripts registered at run time (the MAIN-world guard is one of them). */
  registeredScripts: { id: string; world?: string; allFrames?: boolean; runAt?: string }[]
}

/** A model's mint terms as the Studio shows them before minting (wei as a decimal string). */
export type StudioModelTerms = {
  fee: string
  payee: Hex
  revenueToken: Hex | null
  royaltyBps: number
  licenseURI: string
  termsHash: Hex
  /** The collection's optimistic path (bond in wei, window in blocks); null when it has none or the model cannot use it. */
  optimistic?: { bond: string; window: string } | null
}

/** The watchtower ("Watch optimistic mints"): read, switch, scan now, or retry one challenge job. */
export type StudioWatchRequest = { action: "status" } | { action: "set"; enabled: boolean } | { action: "scan" } | { action: "retry"; id: string }

type NoBody = Record<string, never>

/** Message name → request body and reply value. */
export type Protocol = {
  ping: { request: NoBody; response: PingResponse }
  "shield-audit": { request: ShieldAuditRequest; response: ShieldAuditResponse }
  "shield-decision": { request: ShieldDecisionRequest; response: { recorded: boolean } }
  "shield-history": { request: NoBody; response: { entries: HistoryEntry[]; settings: ShieldSettings } }
  "shield-settings": { request: { rpcUrls?: Record<string, string | null> }; response: ShieldSettings }
  "shield-site": { request: ShieldSiteRequest; response: ShieldSettings }
  "shield-chains": { request: ShieldChainsRequest; response: ShieldChainsResponse }
  "studio-art-models": { request: ArtModelsRequest; response: ArtModelsResponse }
  "studio-account": { request: StudioAccountRequest; response: { account: AccountState; tab?: TabWallet; privateKey?: Hex } }
  "studio-gallery": { request: { owner?: string }; response: { items: GalleryItem[] } }
  "studio-jobs": { request: NoBody; response: { jobs: MintJob[]; account: AccountState; tab?: TabWallet } }
  "studio-mint": { request: StudioMintRequest; response: { job: MintJob } }
  "studio-settings": { request: { change?: Partial<StudioSettings> }; response: StudioSettingsResponse }
  "studio-model-terms": { request: { model?: string }; response: { terms: StudioModelTerms | null } }
  "studio-watch": { request: StudioWatchRequest; response: { settings: { enabled: boolean }; jobs: ChallengeJob[] } }
  "studio-your-models": { request: YourModelsRequest; response: YourModelsResponse }
  "llm-custom-models": { request: CustomModelsRequest; response: CustomModelsResponse }
  "llm-gpu": { request: NoBody; response: { gpu: GpuAdapterDescription; allowFallbackAdapter: boolean; engine: EngineChoice } }
  "llm-jobs": { request: { cancel?: string }; response: TrackedJob[] }
  "llm-settings": { request: { patch?: Partial<LlmSettings> }; response: LlmSettings }
  "wallet-rpc": { request: WalletRpcRequest; response: WalletRpcResponse }
  "wallet-accounts": { request: WalletAccountsRequest; response: WalletAccountsResponse }
  "wallet-sites": { request: WalletSitesRequest; response: WalletSitesResponse }
  "wallet-assets": { request: { address?: string }; response: WalletAssetsResponse }
}

export type MessageName = keyof Protocol
export type MessageRequest<N extends MessageName> = Protocol[N]["request"]
export type MessageResponse<N extends MessageName> = Protocol[N]["response"]

/**
 * Who may send each message. Content scripts run beside hostile pages: they may only ask for a review and
 * report the user's decision. Everything that changes settings, the account or keys is for the extension's
 * own pages. A name missing here does not compile.
 */
export const MESSAGE_CALLERS: { readonly [N in MessageName]: readonly CallerKind[] } = {
  ping: ["extension-page"],
  "shield-audit": ["content-script"],
  "shield-decision": ["content-script"],
  "shield-history": ["extension-page"],
  "shield-settings": ["extension-page"],
  "shield-site": ["extension-page"],
  "shield-chains": ["extension-page"],
  "studio-account": ["extension-page"],
  "studio-art-models": ["extension-page"],
  "studio-gallery": ["extension-page"],
  "studio-jobs": ["extension-page"],
  "studio-mint": ["extension-page"],
  "studio-settings": ["extension-page"],
  "studio-model-terms": ["extension-page"],
  "studio-watch": ["extension-page"],
  "studio-your-models": ["extension-page"],
  "llm-custom-models": ["extension-page"],
  "llm-gpu": ["extension-page"],
  "llm-jobs": ["extension-page"],
  "llm-settings": ["extension-page"],
  // The page-facing wallet: any frame may ask; the handler takes the origin from Chromium's sender only.
  "wallet-rpc": ["content-script"],
  "wallet-accounts": ["extension-page"],
  "wallet-sites": ["extension-page"],
  "wallet-assets": ["extension-page"]
}
