/**
 * Audits wallet requests from a file: one JSON request per line in, one JSON verdict per line out
 * (`{ verdict, findings, decoded, summary }`), in the same order. A line that is not valid JSON yields an
 * `unknown` verdict with a finding; no line is ever skipped.
 *
 *   npm run audit -- FILE.jsonl [--rpc URL] [--now MS]
 *
 * A line may be a bare request `{ origin, chainId, from, method, params }` or `{ request, context }`
 * (the corpus format). `-` reads standard input.
 */
import { createReadStream } from "node:fs"
import { access } from "node:fs/promises"
import { audit, auditSync } from "../src/audit/audit"
import type { AuditContext, AuditResult } from "../src/audit/types"

type Options = { file: string; rpc?: string; now?: number }

function parseArgs(argv: string[]): Options | string {
  let file: string | undefined
  let rpc: string | undefined
  let now: number | undefined
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === "--rpc") rpc = argv[++i]
    else if (a.startsWith("--rpc=")) rpc = a.slice(6)
    else if (a === "--now") now = Number(argv[++i])
    else if (a === "--help" || a === "-h") return "usage: npm run audit -- FILE.jsonl [--rpc URL] [--now MS]"
    else if (!file) file = a
    else return `unexpected argument: ${a}`
  }
  if (!file) return "usage: npm run audit -- FILE.jsonl [--rpc URL] [--now MS]"
  if (rpc !== undefined && !/^https?:\/\//.test(rpc)) return `--rpc needs an http(s) URL, got ${JSON.stringify(rpc)}`
  if (now !== undefined && !Number.isFinite(now)) return "--now needs a number of milliseconds"
  return { file, rpc, now }
}

function unreadable(lineNo: number, reason: string): AuditResult {
  return {
    verdict: "unknown",
    findings: [{ id: "malformed-line", severity: "unknown", title: "This line could not be read", detail: `Line ${lineNo}: ${reason}.` }],
    decoded: { kind: "malformed", method: "", give: [], get: [], allowances: [], calls: [] },
    summary: "Not checked: the line is not a JSON request."
  }
}

async function auditLine(line: string, lineNo: number, opts: Options): Promise<AuditResult> {
  if (!line.trim()) return unreadable(lineNo, "the line is empty")
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return unreadable(lineNo, `not valid JSON (${error instanceof Error ? error.message.slice(0, 120) : "parse error"})`)
  }
  const wrapped = typeof value === "object" && value !== null && "request" in value
  const request = wrapped ? (value as { request: unknown }).request : value
  const given = wrapped && typeof (value as { context?: unknown }).context === "object" ? ((value as { context: AuditContext }).context ?? {}) : {}
  const context: AuditContext = { ...given, ...(opts.now !== undefined ? { now: opts.now } : {}), ...(opts.rpc ? { rpcUrl: opts.rpc } : {}) }
  return opts.rpc ? audit(request as never, context) : auditSync(request as never, context)
}

/**
 * Lines end at "\n" only (a "\r\n" ending loses its "\r"). readline would also end a line at a lone
 * "\r", and a carriage return is legal JSON whitespace inside a request: that must not split it in two.
 */
async function* splitLines(input: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  let rest = ""
  for await (const chunk of input) {
    rest += typeof chunk === "string" ? chunk : chunk.toString("utf8")
    let i = rest.indexOf("\n")
    while (i >= 0) {
      yield rest.slice(0, i).replace(/\r$/, "")
      rest = rest.slice(i + 1)
      i = rest.indexOf("\n")
    }
  }
  if (rest.length > 0) yield rest.replace(/\r$/, "")
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2))
  if (typeof opts === "string") {
    process.stderr.write(`${opts}\n`)
    return 2
  }
  if (opts.file !== "-") {
    try {
      await access(opts.file)
    } catch {
      process.stderr.write(`cannot read ${opts.file}\n`)
      return 2
    }
  }
  const input = opts.file === "-" ? process.stdin : createReadStream(opts.file, "utf8")
  let lineNo = 0
  for await (const line of splitLines(input)) {
    lineNo++
    const result = await auditLine(line, lineNo, opts)
    process.stdout.write(`${JSON.stringify(result)}\n`)
  }
  return 0
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    process.stderr.write(`audit failed: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
)
