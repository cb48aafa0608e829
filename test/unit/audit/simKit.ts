/** Builders for simulation tests: eth_simulateV1-shaped logs and the facts a simulation leaves behind. */
import { encodeAbiParameters, pad } from "viem"
import { readSimulationLogs, TOPIC, NATIVE_LOG_ADDRESS } from "../../../src/audit/simulation/readSimulationLogs"
import type { AuditContext, KnownFacts, SimulationResult } from "../../../src/audit/types"

export type RawLog = { address: string; topics: string[]; data: string }

const t = (address: string) => pad(address as `0x${string}`, { size: 32 }).toLowerCase()
const u = (n: bigint) => encodeAbiParameters([{ type: "uint256" }], [n])

export const log = {
  erc20: (token: string, from: string, to: string, amount: bigint): RawLog => ({ address: token, topics: [TOPIC.transfer, t(from), t(to)], data: u(amount) }),
  native: (from: string, to: string, amount: bigint): RawLog => ({ address: NATIVE_LOG_ADDRESS, topics: [TOPIC.transfer, t(from), t(to)], data: u(amount) }),
  erc721: (token: string, from: string, to: string, id: bigint): RawLog => ({ address: token, topics: [TOPIC.transfer, t(from), t(to), u(id)], data: "0x" }),
  erc1155: (token: string, op: string, from: string, to: string, id: bigint, amount: bigint): RawLog => ({
    address: token,
    topics: [TOPIC.transferSingle, t(op), t(from), t(to)],
    data: encodeAbiParameters([{ type: "uint256" }, { type: "uint256" }], [id, amount])
  }),
  approval: (token: string, owner: string, spender: string, amount: bigint): RawLog => ({ address: token, topics: [TOPIC.approval, t(owner), t(spender)], data: u(amount) }),
  approvalForAll: (token: string, owner: string, op: string, on: boolean): RawLog => ({ address: token, topics: [TOPIC.approvalForAll, t(owner), t(op)], data: u(on ? 1n : 0n) }),
  /** Any other event, naming `addresses` in its data (a deposit record, say). */
  record: (emitter: string, addresses: string[]): RawLog => ({
    address: emitter,
    topics: ["0x" + "ab".repeat(32)],
    data: encodeAbiParameters(
      addresses.map(() => ({ type: "address" })),
      addresses as `0x${string}`[]
    )
  })
}

/** The simulation result a node would give for `logs` (as the chain layer builds it). */
export function simulated(logs: RawLog[], extra: Partial<Extract<SimulationResult, { status: "ok" }>> = {}): SimulationResult {
  return { status: "ok", success: true, logs: logs.length, ...readSimulationLogs(logs), ...extra }
}

/** An audit context carrying a simulation and optional account facts. */
export function withSimulation(sim: SimulationResult, facts: KnownFacts = {}, more: AuditContext = {}): AuditContext {
  return { ...more, facts: { ...facts, simulation: sim } }
}
