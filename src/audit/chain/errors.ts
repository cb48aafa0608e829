/** Errors of the Shield's small JSON-RPC client. */
import { MamoriError } from "../../errors/base"

/** The node could not be reached, timed out, or answered with something that is not JSON-RPC. */
export class RpcUnreachableError extends MamoriError {
  override name = "RpcUnreachableError"
  constructor(host: string, details: string, cause?: unknown) {
    super(`could not reach RPC ${host}`, { code: "audit/rpc-unreachable", details, cause })
  }
}

/** The node answered with a JSON-RPC error. */
export class RpcResponseError extends MamoriError {
  override name = "RpcResponseError"
  readonly rpcCode: number | undefined
  constructor(method: string, message: string, rpcCode: number | undefined) {
    super(`${method} failed: ${message.slice(0, 200)}`, { code: "audit/rpc-error" })
    this.rpcCode = rpcCode
  }
  /** True when the node does not implement the method (eth_simulateV1 on many nodes). */
  get methodMissing(): boolean {
    return this.rpcCode === -32601 || this.rpcCode === -32004 || /not (found|supported|available|implemented)|does not exist|unsupported/i.test(this.shortMessage)
  }
}
