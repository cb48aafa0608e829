/**
 * Turns one raw wallet request into a predictable shape before any rule looks at it: methods folded to one
 * spelling, chain ids as numbers, hex fixed, `personal_sign` arguments put in order, typed data parsed from
 * a JSON string or object, legacy v1 arrays recognised. Problems are collected, never thrown.
 */
import { cap, isRecord, own, toAddress, toBigIntLoose, toChainId, toHexData } from "./hex"
import { scanHostile } from "./scanHostile"
import { cleanTypedMessage } from "./cleanTypedData"

export type NormalizedTx = {
  from?: string
  /** Undefined means contract creation. */
  to?: string
  value: bigint
  data: string
  type?: string
  authorizationList?: { chainId: string; address?: string; nonce?: string }[]
}

export type TypedDataV4 = {
  types: Record<string, { name: string; type: string }[]>
  primaryType: string
  domain: Record<string, unknown>
  message: Record<string, unknown>
}

export type NormalizedRequest = {
  method: string
  kind: "tx" | "batch" | "typed" | "typed-v1" | "personal" | "eth-sign" | "authorization" | "unsupported" | "malformed"
  origin: string
  /** Host of the origin (lower-case, no port) when it parses as a URL. */
  originHost?: string
  chainId?: number
  from?: string
  tx?: NormalizedTx
  calls?: NormalizedTx[]
  typed?: TypedDataV4
  typedV1?: { name: string; type: string; value: unknown }[]
  /** personal_sign / eth_sign payload as hex. */
  payload?: string
  /** personal_sign payload sent as plain text (not hex). */
  payloadText?: string
  /** Standalone EIP-7702 authorisations (a signing method rather than a transaction field). */
  authorizations?: { chainId: string; address?: string; nonce?: string }[]
  /** What could not be read, in words (the request as a whole could not be judged). */
  problems: string[]
  /** Parts that could not be read safely (getters, odd objects, undeclared domain fields); the rest is judged. */
  unreadable: string[]
}

const METHOD_ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    eth_signtypeddata: "eth_signTypedData",
    eth_signtypeddata_v1: "eth_signTypedData_v1",
    eth_signtypeddata_v3: "eth_signTypedData_v3",
    eth_signtypeddata_v4: "eth_signTypedData_v4",
    eth_sendtransaction: "eth_sendTransaction",
    eth_signtransaction: "eth_signTransaction",
    eth_sign: "eth_sign",
    personal_sign: "personal_sign",
    wallet_sendcalls: "wallet_sendCalls",
    eth_senduseroperation: "eth_sendUserOperation"
  })
)

const MAX_CALLS = 256

/** Normalises a request; see the module comment. Never throws on plain JSON input. */
export function normalizeRequest(request: unknown): NormalizedRequest {
  const problems: string[] = []
  const rawMethod = own(request, "method")
  const method = typeof rawMethod === "string" ? cap(rawMethod.trim(), 80) : ""
  const folded = METHOD_ALIASES.get(method.toLowerCase()) ?? method
  const rawOrigin = own(request, "origin")
  const origin = typeof rawOrigin === "string" ? cap(rawOrigin.trim(), 300) : ""
  const base: NormalizedRequest = {
    method: folded,
    kind: "malformed",
    origin,
    originHost: hostOf(origin),
    chainId: toChainId(own(request, "chainId")),
    from: toAddress(own(request, "from")),
    problems,
    unreadable: scanHostile(request)
  }
  if (!isRecord(request)) {
    problems.push("the request is not an object")
    return base
  }
  if (!method) {
    problems.push("the request has no method name")
    return base
  }
  const params = own(request, "params")
  const list = Array.isArray(params) ? params : params === undefined ? [] : [params]

  if (folded === "eth_sendTransaction" || folded === "eth_signTransaction") return readTx(base, list[0])
  if (folded === "wallet_sendCalls") return readCalls(base, list[0])
  // ERC-4337: the operation's callData is what the sender account runs — a transaction from it to itself.
  if (folded === "eth_sendUserOperation") {
    const op = list[0]
    return readTx(base, isRecord(op) ? { from: own(op, "sender"), to: own(op, "sender"), data: own(op, "callData") } : op)
  }
  if (folded === "personal_sign") return readPersonal(base, list)
  if (folded === "eth_sign") return readEthSign(base, list)
  if (folded.startsWith("eth_signTypedData")) return readTyped(base, list)
  if (/authori[sz]ation/i.test(folded)) return readAuthorization(base, list)
  base.kind = "unsupported"
  problems.push(`the method ${JSON.stringify(cap(method, 60))} is not one the Shield decodes`)
  return base
}

function hostOf(origin: string): string | undefined {
  if (!origin) return undefined
  // Pages and logs sometimes append a note ("https://x.io (test-dapp)"): the first token is the origin.
  origin = origin.split(/\s/)[0]
  if (!origin || origin === "null") return undefined
  try {
    const url = new URL(origin.includes("://") ? origin : `https://${origin}`)
    return url.hostname.toLowerCase() || undefined
  } catch {
    return undefined
  }
}

function readOneTx(raw: unknown, problems: string[], where: string): NormalizedTx | undefined {
  if (!isRecord(raw)) {
    problems.push(`${where} is not an object`)
    return undefined
  }
  const rawTo = own(raw, "to")
  const to = toAddress(rawTo)
  if (rawTo !== undefined && rawTo !== null && rawTo !== "" && to === undefined) {
    problems.push(`${where} has an invalid "to" address`)
    return undefined
  }
  const rawData = own(raw, "data") ?? own(raw, "input")
  let data = "0x"
  if (rawData !== undefined && rawData !== null) {
    const hex = toHexData(rawData)
    if (hex === undefined) {
      problems.push(`${where} has calldata that is not hex`)
      return undefined
    }
    data = hex
  }
  const rawValue = own(raw, "value")
  let value = 0n
  if (rawValue !== undefined && rawValue !== null && rawValue !== "") {
    const v = toBigIntLoose(rawValue)
    if (v === undefined) {
      problems.push(`${where} has a value that is not a number`)
      return undefined
    }
    value = v
  }
  const tx: NormalizedTx = { from: toAddress(own(raw, "from")), to, value, data }
  const type = own(raw, "type")
  if (typeof type === "string" || typeof type === "number") tx.type = cap(String(type), 10)
  const auth = own(raw, "authorizationList")
  if (auth !== undefined) tx.authorizationList = readAuthList(auth)
  return tx
}

function readAuthList(raw: unknown): { chainId: string; address?: string; nonce?: string }[] {
  const items = Array.isArray(raw) ? raw.slice(0, MAX_CALLS) : [raw]
  return items.map((item) => ({
    chainId: String(toChainId(own(item, "chainId")) ?? "?"),
    address: toAddress(own(item, "address") ?? own(item, "contractAddress")),
    nonce: toBigIntLoose(own(item, "nonce"))?.toString()
  }))
}

function readTx(base: NormalizedRequest, raw: unknown): NormalizedRequest {
  const tx = readOneTx(raw, base.problems, "the transaction")
  if (!tx) return base
  base.kind = "tx"
  base.tx = tx
  base.from ??= tx.from
  const chain = toChainId(own(raw, "chainId"))
  base.chainId ??= chain
  return base
}

function readCalls(base: NormalizedRequest, raw: unknown): NormalizedRequest {
  if (!isRecord(raw)) {
    base.problems.push("wallet_sendCalls needs an object with a calls list")
    return base
  }
  const calls = own(raw, "calls")
  if (!Array.isArray(calls) || calls.length === 0) {
    base.problems.push("wallet_sendCalls has no calls")
    return base
  }
  if (calls.length > MAX_CALLS) {
    base.problems.push(`wallet_sendCalls has ${calls.length} calls; only the first ${MAX_CALLS} were read`)
  }
  const out: NormalizedTx[] = []
  for (let i = 0; i < Math.min(calls.length, MAX_CALLS); i++) {
    const tx = readOneTx(calls[i], base.problems, `call ${i + 1}`)
    if (!tx) return base
    out.push(tx)
  }
  base.kind = "batch"
  base.calls = out
  base.from ??= toAddress(own(raw, "from"))
  base.chainId ??= toChainId(own(raw, "chainId"))
  return base
}

function readPersonal(base: NormalizedRequest, list: unknown[]): NormalizedRequest {
  let [message, account] = list
  // Some dapps send [address, message]: swap when the first is an address and the second is not,
  // or when both are addresses and the first is the connected account.
  const firstIsAddr = toAddress(message) !== undefined
  const secondIsAddr = toAddress(account) !== undefined
  if ((firstIsAddr && !secondIsAddr) || (firstIsAddr && secondIsAddr && base.from && toAddress(message) === base.from && toAddress(account) !== base.from)) {
    ;[message, account] = [account, message]
  }
  if (typeof message !== "string") {
    base.problems.push("personal_sign has no message string")
    return base
  }
  base.kind = "personal"
  base.from ??= toAddress(account)
  const hex = message.startsWith("0x") ? toHexData(message) : undefined
  if (hex !== undefined) base.payload = hex
  else base.payloadText = message.slice(0, 20_000)
  return base
}

function readEthSign(base: NormalizedRequest, list: unknown[]): NormalizedRequest {
  let [account, data] = list
  if (toAddress(account) === undefined && toAddress(data) !== undefined) [account, data] = [data, account]
  base.kind = "eth-sign"
  base.from ??= toAddress(account)
  const hex = toHexData(data)
  if (hex === undefined) base.problems.push("eth_sign data is not hex")
  else base.payload = hex
  return base
}

function readTyped(base: NormalizedRequest, list: unknown[]): NormalizedRequest {
  // Find the address argument and the payload, whichever order the page used.
  let payload: unknown
  for (const item of list.slice(0, 3)) {
    if (toAddress(item) !== undefined && payload === undefined && typeof item === "string" && item.length <= 42) {
      base.from ??= toAddress(item)
      continue
    }
    if (payload === undefined) payload = item
  }
  if (typeof payload === "string") {
    // The 1 MB limit applies to what is signed (declared fields), checked after stripping below; a page
    // must not turn a verdict into "unknown" by padding an undeclared field. This bound only caps parsing.
    if (payload.length > 32_000_000) {
      base.problems.push("the typed data is larger than 32 MB")
      return base
    }
    try {
      payload = JSON.parse(payload)
    } catch {
      base.problems.push("the typed data is not valid JSON")
      return base
    }
  }
  if (Array.isArray(payload)) {
    const items = payload.slice(0, 200).filter(isRecord)
    if (items.length === 0 || items.some((i) => typeof own(i, "type") !== "string" || typeof own(i, "name") !== "string")) {
      base.problems.push("the v1 typed data is not a list of {type, name, value}")
      return base
    }
    base.kind = "typed-v1"
    base.typedV1 = items.map((i) => ({ name: cap(own(i, "name") as string, 100), type: cap(own(i, "type") as string, 60), value: own(i, "value") }))
    return base
  }
  if (!isRecord(payload)) {
    base.problems.push("the typed data is missing")
    return base
  }
  const types = own(payload, "types")
  const primaryType = own(payload, "primaryType")
  const message = own(payload, "message")
  const domain = own(payload, "domain") ?? {}
  if (!isRecord(types) || typeof primaryType !== "string" || !isRecord(message) || !isRecord(domain)) {
    base.problems.push("the typed data lacks types, primaryType, domain or message")
    return base
  }
  // Null prototype: a type named "__proto__" or "constructor" is just a name here.
  const cleanTypes: Record<string, { name: string; type: string }[]> = Object.create(null)
  for (const key of Object.keys(types).slice(0, 100)) {
    const fields = own(types, key)
    if (!Array.isArray(fields)) {
      base.problems.push(`typed-data type ${JSON.stringify(cap(key, 40))} is not a list of fields`)
      return base
    }
    const clean: { name: string; type: string }[] = []
    for (const f of fields.slice(0, 100)) {
      const name = own(f, "name")
      const type = own(f, "type")
      if (typeof name !== "string" || typeof type !== "string") {
        base.problems.push(`typed-data type ${JSON.stringify(cap(key, 40))} has a malformed field`)
        return base
      }
      clean.push({ name, type })
    }
    cleanTypes[key] = clean
  }
  if (!Object.hasOwn(cleanTypes, primaryType)) {
    base.problems.push(`the typed data's primaryType ${JSON.stringify(cap(primaryType, 40))} has no type definition`)
    return base
  }
  const clean = cleanTypedMessage(cleanTypes, primaryType, message, domain)
  base.unreadable.push(...clean.notes)
  if (clean.size > 1_000_000) {
    base.problems.push("the signed part of the typed data is larger than 1 MB")
    return base
  }
  base.kind = "typed"
  base.typed = { types: cleanTypes, primaryType, domain: clean.domain, message: clean.message }
  return base
}

function readAuthorization(base: NormalizedRequest, list: unknown[]): NormalizedRequest {
  const item = list.find(isRecord)
  if (!item) {
    base.problems.push("the authorisation request has no authorisation object")
    return base
  }
  base.kind = "authorization"
  base.authorizations = readAuthList(item)
  const account = list.find((x) => toAddress(x) !== undefined)
  base.from ??= toAddress(account)
  return base
}
