/**
 * Custom models for developers: check the fields, validate the files over the network, persist.
 * This file gathers the public API; each part lives in its own file.
 */
export type { CustomModelEntry, CustomModelInput, WebLlmModelRecord } from "./customModelTypes"
export { checkCustomModelInput } from "./checkCustomModelInput"
export { validateCustomModel, type ValidateCustomModelParameters, type ValidateCustomModelReturnType } from "./validateCustomModel"
export { CustomModelStore, memoryKeyValueStore, CUSTOM_MODELS_KEY, type KeyValueStore } from "./customModelStore"
export { resolveModelBaseUrl } from "./modelLayout"
