/** The Shield core: decode, judge and explain one wallet request. Pure: no chrome.*, no DOM. */
export { audit, auditSync } from "./audit"
export type * from "./types"
export { RULES } from "./rules/index"
export type { Rule } from "./rules/rule"
export { VERDICT_RANK, verdictOf } from "./verdict/verdictOf"
export { normalizeRequest } from "./normalize/normalizeRequest"
export { createRpcFactsProvider } from "./chain/rpcFactsProvider"
export { RpcResponseError, RpcUnreachableError } from "./chain/errors"
