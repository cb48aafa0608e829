/** The model manager's pure API: presets, catalogue, custom models, downloads. */
export { PRESETS, type Preset } from "./presets"
export { buildCatalogue, findCatalogueModel, type CatalogueModel } from "./catalogue"
export * from "./customModel"
export { downloadModel, type DownloadModelParameters, type DownloadModelReturnType } from "./downloadModel"
export { memoryArtifactStore, type ArtifactStore, type ArtifactScope } from "./artifactStore"
export type { FetchLike } from "./fetchChecked"
export { describeModels, type ModelRow, type DescribeModelsParameters } from "./describeModels"
