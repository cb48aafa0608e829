/**
 * Pages with an in-page fake EIP-1193 wallet, for the hostile-page tests of the second red-team round
 * (docs/redteam/hostile-pages-round2): the wallet is an inline script at the top of <head> (it runs after Mamori's
 * guard, before the page's own scripts), with `request`/`send`/`sendAsync` on its prototype, EIP-6963
 * announcements, and checks on its input made with the page's own `Array.isArray`, as @metamask/providers does.
 * It answers with fake hashes and signatures and reports every call that is not a read on the console
 * ("WALLET-RECEIVED {json}", read by walletInbox) through a console.log it captured first.
 *
 * `inj` picks how it injects itself: `assign` (window.ethereum = provider), `frozen` (provider and prototype
 * frozen), `ownfrozen` (own non-writable, non-configurable `request` and `sendAsync`), `late` (set and announced
 * 300 ms after load), `json` (it JSON-serialises each request first, like a wallet behind a JSON transport).
 * `pre` is a page script that runs before the wallet (`late_freeze`: the page takes window.ethereum and the
 * announcements first and freezes the wallet).
 */
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"

const WALLET = `(() => {
  const mode = new URLSearchParams(location.search).get("inj") || "assign"
  const log = console.log.bind(console)
  const stringify = JSON.stringify
  const READS = { eth_accounts: ["0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"], eth_requestAccounts: ["0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"], eth_chainId: "0x7a69", net_version: "31337", eth_blockNumber: "0x1" }
  const isRead = (m) => typeof m === "string" && Object.prototype.hasOwnProperty.call(READS, m)
  // The wallet's chain: wallet_switchEthereumChain changes it, and so does the user in the wallet's own UI
  // (window.__walletUiSwitchChain, for tests); every logged call says which chain the wallet was on.
  let chain = "0x7a69"
  window.__walletUiSwitchChain = (c) => { chain = c }
  const received = (method, params) => log("WALLET-RECEIVED " + stringify({ method: String(method), params, href: location.href, chainId: chain }))
  const answer = (m) => (isRead(m) ? READS[m] : /send|transaction|calls|userop/i.test(String(m)) ? "0x" + "ab".repeat(32) : "0x" + "cd".repeat(65))
  function FakeWallet() { this.isFakeWallet = true }
  FakeWallet.prototype.request = function request(args) {
    if (!args || typeof args !== "object" || Array.isArray(args)) return Promise.reject(new Error("bad args"))
    if (args.params !== undefined && !Array.isArray(args.params) && (typeof args.params !== "object" || args.params === null)) return Promise.reject(new Error("bad params"))
    if (mode === "json") args = JSON.parse(JSON.stringify(args))
    if (args.method === "eth_chainId") return Promise.resolve(chain)
    if (!isRead(args.method)) received(args.method, args.params)
    if (args.method === "wallet_switchEthereumChain") { chain = args.params[0].chainId; return Promise.resolve(null) }
    return Promise.resolve(answer(args.method))
  }
  FakeWallet.prototype.send = function send(a, b) {
    if (typeof a === "string") { if (!isRead(a)) received(a, b); return Promise.resolve({ id: 1, jsonrpc: "2.0", result: answer(a) }) }
    if (typeof b === "function") return this.sendAsync(a, b)
    if (!isRead(a && a.method)) received(a && a.method, a && a.params)
    return { id: a && a.id, jsonrpc: "2.0", result: answer(a && a.method) }
  }
  FakeWallet.prototype.sendAsync = function sendAsync(payload, cb) {
    const list = Array.isArray(payload) ? payload : [payload]
    const out = list.map((p) => { if (!isRead(p && p.method)) received(p && p.method, p && p.params); return { id: p && p.id, jsonrpc: "2.0", result: answer(p && p.method) } })
    setTimeout(() => cb(null, Array.isArray(payload) ? out : out[0]), 0)
  }
  FakeWallet.prototype.on = function on() { return this }
  FakeWallet.prototype.removeListener = function removeListener() { return this }
  const provider = new FakeWallet()
  if (mode === "frozen") { Object.freeze(FakeWallet.prototype); Object.freeze(provider) }
  if (mode === "ownfrozen") for (const k of ["request", "sendAsync"]) Object.defineProperty(provider, k, { value: FakeWallet.prototype[k], writable: false, configurable: false })
  const info = Object.freeze({ uuid: "6f1f3a57-2c55-4a43-9d0e-3f7d4c8b1a01", name: "Fake Wallet", icon: "data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22/%3E", rdns: "test.fake.wallet" })
  const announce = () => window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail: Object.freeze({ info, provider }) }))
  window.addEventListener("eip6963:requestProvider", announce)
  const inject = () => { window.ethereum = provider; announce() }
  if (mode === "late") addEventListener("load", () => setTimeout(inject, 300))
  else inject()
})()`

/** Page scripts that run before the wallet. */
const PRE: Record<string, string> = {
  // The page takes window.ethereum with its own accessor and listens to announcements in the capture phase, and
  // freezes the wallet it gets before the guard could wrap it (red-team B3).
  late_freeze: `(() => {
    window.__raw = []
    let slot
    const freeze = (v) => { try { const p = Object.getPrototypeOf(v); if (p && p !== Object.prototype) Object.freeze(p); Object.freeze(v) } catch (e) { window.__raw.push(["freezeError", String(e)]) } }
    try {
      Object.defineProperty(window, "ethereum", { configurable: true, enumerable: true, get: () => slot, set: (v) => { freeze(v); window.__raw.push(["setter", v]); slot = v } })
    } catch (e) { window.__raw.push(["defineError", String(e)]) }
    addEventListener("eip6963:announceProvider", (e) => { freeze(e.detail.provider); window.__raw.push(["6963", e.detail.provider]) }, true)
  })()`
}

/**
 * Page scripts that run right after the wallet, inline in <head>: the page acts before anything else can.
 * `startup_sign`: asks for a personal_sign at once and keeps the outcome in `window.__startup` ("pending",
 * "signed:<sig>" when the wallet answered, "rejected:<code>"), for pages a browser opens at start-up (red team N1).
 */
const POST: Record<string, string> = {
  startup_sign: `(() => {
    window.__startup = { outcome: "pending", at: performance.now() }
    window.ethereum.request({ method: "personal_sign", params: ["0x737461727475702d736967", "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"] }).then(
      (sig) => { window.__startup.outcome = "signed:" + sig },
      (e) => { window.__startup.outcome = "rejected:" + (e && e.code); window.__startup.reason = String(e && e.message) }
    )
  })()`
}

export type FakeWalletServer = {
  url: (inj: string, pre?: keyof typeof PRE, post?: keyof typeof POST) => string
  close: () => Promise<void>
}

/** Serves the fake-wallet page on a random loopback port. */
export async function startFakeWalletServer(): Promise<FakeWalletServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1")
    const pre = PRE[url.searchParams.get("pre") ?? ""] ?? ""
    const post = POST[url.searchParams.get("post") ?? ""] ?? ""
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" })
    res.end(
      `<!doctype html><html><head><script>${pre}</script><script>${WALLET}</script><script>${post}</script><title>fake wallet page</title></head><body><p>hostile page</p></body></html>`
    )
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: (inj, pre, post) => `http://127.0.0.1:${port}/page?inj=${inj}${pre ? `&pre=${pre}` : ""}${post ? `&post=${post}` : ""}`,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
