import { spawnSync } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"

const ROOT = path.resolve(__dirname, "../../..")

describe("npm run audit (scripts/audit.ts)", () => {
  it("prints one verdict per input line, malformed lines included", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mamori-audit-"))
    const file = path.join(dir, "requests.jsonl")
    const lines = [
      JSON.stringify({ origin: "https://x.io", chainId: 1, method: "eth_sign", params: ["0x1111111111111111111111111111111111111111", "0xdead"] }),
      "{ this is not json",
      JSON.stringify({ method: "personal_sign", params: ["0x68656c6c6f", "0x1111111111111111111111111111111111111111"] }),
      "",
      JSON.stringify({ request: { method: "eth_sendTransaction", params: [{ to: "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48", data: "0x095ea7b3" }] } }),
      "[1,2,3]"
    ]
    writeFileSync(file, `${lines.join("\n")}\n`)
    const res = spawnSync("npx", ["tsx", "scripts/audit.ts", file], { cwd: ROOT, encoding: "utf8", timeout: 60_000 })
    expect(res.status).toBe(0)
    const out = res.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
    expect(out).toHaveLength(lines.length)
    expect(out.map((o) => o.verdict)).toEqual(["danger", "unknown", "safe", "unknown", "unknown", "unknown"])
    expect(out[1].findings[0].id).toBe("malformed-line")
    for (const o of out) {
      expect(Object.keys(o).sort()).toEqual(["decoded", "findings", "summary", "verdict"])
      expect(typeof o.summary).toBe("string")
    }
  }, 60_000)

  it("with --rpc on a dead node, still answers every line and says the RPC could not be reached", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mamori-audit-"))
    const file = path.join(dir, "one.jsonl")
    writeFileSync(
      file,
      `${JSON.stringify({ method: "eth_sendTransaction", params: [{ from: "0x1111111111111111111111111111111111111111", to: "0x2222222222222222222222222222222222222222", value: "0x1" }] })}\nnope\n`
    )
    const res = spawnSync("npx", ["tsx", "scripts/audit.ts", file, "--rpc", "http://127.0.0.1:9"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 })
    expect(res.status).toBe(0)
    const out = res.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
    expect(out).toHaveLength(2)
    expect(out[0].findings.map((f: { id: string }) => f.id)).toContain("chain-facts-unavailable")
    expect(out[1].verdict).toBe("unknown")
  }, 60_000)

  it("does not split a request at a carriage return inside the line (JSON whitespace), and accepts CRLF endings", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mamori-audit-"))
    const file = path.join(dir, "cr.jsonl")
    const approve =
      '{"method":\r"eth_sendTransaction","params":[{"from":"0x1111111111111111111111111111111111111111","to":"0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48","data":"0x095ea7b300000000000000000000000049dc14dd851b6eae8d685715e12a06cc1bfc5d8dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"}]}'
    writeFileSync(file, `${approve}\r\n${JSON.stringify({ method: "personal_sign", params: ["0x68656c6c6f", "0x1111111111111111111111111111111111111111"] })}\r\n`)
    const res = spawnSync("npx", ["tsx", "scripts/audit.ts", file], { cwd: ROOT, encoding: "utf8", timeout: 60_000 })
    expect(res.status).toBe(0)
    const out = res.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
    expect(out.map((o) => o.verdict)).toEqual(["danger", "safe"])
  }, 60_000)

  it("exits with a usage message and status 2 without a file", () => {
    const res = spawnSync("npx", ["tsx", "scripts/audit.ts"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 })
    expect(res.status).toBe(2)
    expect(res.stderr).toContain("usage")
  }, 60_000)
})
