/**
 * Hostile pages against the Shield, with the built extension, an emulated extension wallet (class-based EIP-1193
 * provider, EIP-6963, batch sendAsync; test/e2e/support/emulated-wallet) and the devnet. Each test plays one
 * attack a page made on the first version of the guard, and checks what a user would lose: nothing reaches the
 * wallet without a real click in Mamori's review window, and what reaches it is exactly what was reviewed.
 * The wallet reports every signing request it receives on the console (captured before any page script).
 */
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { receiptOf, rpc } from "../../scripts/lib/chain"
import { clickContinue, clickReject, reviewText, waitForReview, walletInbox } from "./support/reviewWindow"
import { startFakeWalletServer, type FakeWalletServer } from "./support/fakeWalletPages"
import { artifact, startStack, type Stack } from "./support/stack"

let stack: Stack
const ACCOUNT = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"
const REAL = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8"
const EOA_SPENDER = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc"
const TOKEN = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"
const ETH = 10n ** 18n

beforeAll(async () => {
  stack = await startStack({ emulatedWallet: true })
})
afterAll(async () => {
  await stack?.stop()
})

const fresh = () => `0x${Array.from(crypto.getRandomValues(new Uint8Array(20)), (b) => b.toString(16).padStart(2, "0")).join("")}`
const balance = (a: string) => rpc<string>(stack.chain.rpcUrl, "eth_getBalance", [a, "latest"]).then(BigInt)
const nonce = () => rpc<string>(stack.chain.rpcUrl, "eth_getTransactionCount", [ACCOUNT, "latest"]).then(Number)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const signing = (inbox: ReturnType<typeof walletInbox>) => inbox.received.filter((r) => r.method !== "eth_chainId")

/** The demo dapp, using the emulated wallet (it sets window.ethereum before the page's own dev wallet). */
async function hostilePage(): Promise<{ page: Page; inbox: ReturnType<typeof walletInbox> }> {
  const page = await stack.browser.context.newPage()
  const inbox = walletInbox(page)
  await page.goto(stack.demo.url)
  expect(await page.evaluate(() => (window as any).ethereum?.isEmulatedWallet)).toBe(true)
  await page.evaluate(() => (window as any).ethereum.request({ method: "eth_requestAccounts" }))
  return { page, inbox }
}

/** Closes the review window if one is open (which rejects whatever still waits). */
async function closeReviewWindow() {
  const win = stack.browser.context.pages().find((p) => p.url().includes("/tabs/review.html"))
  if (win) await win.close()
  await sleep(200)
}

/** The in-page notice's text, through its closed shadow root (the DevTools protocol pierces it; a page cannot). */
async function noticeText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page)
  try {
    type N = { nodeName: string; nodeValue?: string; children?: N[]; shadowRoots?: N[] }
    const { root } = (await cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: N }
    const out: string[] = []
    const walk = (n: N, inside: boolean) => {
      const here = inside || n.nodeName === "MAMORI-SHIELD"
      if (here && n.nodeName === "#text" && n.nodeValue) out.push(n.nodeValue)
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) if (c.nodeName !== "STYLE") walk(c, here)
    }
    walk(root, false)
    return out.join(" ")
  } finally {
    await cdp.detach().catch(() => {})
  }
}

describe("hostile pages: the review cannot be faked", () => {
  it("a page drawing its own 'all clear' review over Mamori, and real input on the page, decides nothing", async () => {
    const { page, inbox } = await hostilePage()
    const before = await nonce()
    const result = page.evaluate(
      ({ spender, token }) => {
        // A fake review in the top layer, with a fake green verdict and a fake model explanation.
        const fake = document.createElement("div")
        fake.setAttribute("popover", "manual")
        fake.innerHTML = `<div style="background:#2e7d4f;color:#fff;padding:12px">No problems found</div><p>Written by the local model: this is a routine approval.</p><button id="fake-continue">Continue</button>`
        fake.style.cssText = "position:fixed;inset:0;pointer-events:none;background:#fff"
        document.body.append(fake)
        ;(fake as any).showPopover?.()
        const data = "0x095ea7b3" + spender.slice(2).padStart(64, "0") + "f".repeat(64)
        return (window as any).ethereum.request({ method: "eth_sendTransaction", params: [{ from: (window as any).ethereum_account ?? undefined, to: token, data }] }).then(
          () => "sent",
          (e: any) => e.code
        )
      },
      { spender: EOA_SPENDER, token: TOKEN }
    )

    const { verdict, win } = await waitForReview(page)
    expect(verdict).toBe("danger")
    await win.screenshot({ path: artifact("hostile-1-review-window.png") })
    // Nothing the page can read says a review is under way, or what it says.
    const visibleToPage = await page.evaluate(() => {
      const host = document.querySelector("mamori-shield")
      return { attributes: host?.getAttributeNames() ?? [], shadowOpen: Boolean(host?.shadowRoot), stateless: !document.querySelector("[data-state]") }
    })
    expect(visibleToPage).toEqual({ attributes: [], shadowOpen: false, stateless: true })
    expect(await noticeText(page)).toMatch(/Mamori's window/)
    // Real input on the page (keys and clicks where buttons used to be) decides nothing; removing the notice neither.
    await page.bringToFront()
    for (const key of ["Tab", "Space", "Tab", "Enter", "Shift+Tab", "Enter"]) await page.keyboard.press(key)
    await page.mouse.click(600, 400)
    await page.evaluate(() => document.querySelector("mamori-shield")?.remove())
    await sleep(500)
    expect(signing(inbox)).toEqual([])
    // The window's buttons are visible without scrolling, at the window's own size.
    const fits = await win.evaluate(() => {
      const r = (id: string) => document.querySelector(`[data-testid=${id}]`)!.getBoundingClientRect()
      return [r("continue"), r("reject"), r("confirm-danger")].every((b) => b.bottom <= window.innerHeight && b.top >= 0)
    })
    expect(fits).toBe(true)
    await clickReject(page)
    expect(await result).toBe(4001)
    expect(await nonce()).toBe(before)
    expect(signing(inbox)).toEqual([])
    await page.close()
  })

  it("Continue on danger needs the ticked confirmation; unknown needs it too", async () => {
    const { page, inbox } = await hostilePage()
    // A call with calldata nobody can decode, to a contract: unknown.
    const hash = await rpc<string>(stack.chain.rpcUrl, "eth_sendTransaction", [{ from: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", data: "0x6001600c60003960016000f300" }])
    const contract = (await receiptOf(stack.chain.rpcUrl, hash)).contractAddress
    const result = page.evaluate(
      ({ to, from }) =>
        (window as any).ethereum.request({ method: "eth_sendTransaction", params: [{ from, to, data: "0x12345678" }] }).then(
          () => "sent",
          (e: any) => e.code
        ),
      { to: contract, from: ACCOUNT }
    )
    const { verdict, win } = await waitForReview(page)
    expect(verdict).toBe("unknown")
    expect(await win.getByTestId("continue").isDisabled()).toBe(true)
    expect(await win.getByTestId("confirm-danger").count()).toBe(1)
    expect(signing(inbox)).toEqual([])
    await clickReject(page)
    expect(await result).toBe(4001)
    await page.close()
  })

  it("closing the review window rejects (4001); a request whose page navigates away is dropped from the window", async () => {
    const { page, inbox } = await hostilePage()
    const result = page.evaluate(() =>
      (window as any).ethereum.request({ method: "personal_sign", params: ["0x6869", "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"] }).then(
        () => "signed",
        (e: any) => e.code
      )
    )
    await waitForReview(page)
    await closeReviewWindow()
    expect(await result).toBe(4001)

    const other = await stack.browser.context.newPage()
    await other.goto(stack.demo.url)
    other
      .evaluate(() => (window as any).ethereum.request({ method: "personal_sign", params: ["0x6869", "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"] }).catch(() => {}))
      .catch(() => {})
    const { id, win } = await waitForReview(other)
    await other.goto("about:blank")
    const deadline = Date.now() + 5000
    while (!win.isClosed() && Date.now() < deadline) {
      const current = await win.evaluate(() => document.querySelector("[data-item]")?.getAttribute("data-item") ?? "").catch(() => "")
      if (current !== id) break
      await sleep(50)
    }
    expect(win.isClosed() || (await win.evaluate(() => document.querySelector("[data-item]")?.getAttribute("data-item") ?? ""))).not.toBe(id)
    expect(signing(inbox)).toEqual([])
    await other.close()
    await page.close()
  })

  it("a request too large to review is stopped with 4001 and a visible message (never left pending)", async () => {
    const { page, inbox } = await hostilePage()
    const started = Date.now()
    const code = await page.evaluate(() =>
      Promise.race([
        (window as any).ethereum.request({ method: "eth_signTypedData_v4", params: ["0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", "x".repeat(6_000_000)] }).then(
          () => "signed",
          (e: any) => e.code
        ),
        new Promise((r) => setTimeout(() => r("still pending"), 8000))
      ])
    )
    expect(code).toBe(4001)
    expect(Date.now() - started).toBeLessThan(8000)
    expect(await noticeText(page)).toMatch(/too large/)
    expect(signing(inbox)).toEqual([])
    await page.close()
  })
})

describe("hostile pages: what is reviewed is what the wallet receives", () => {
  it("a method getter answering eth_chainId to the guard cannot send a transaction", async () => {
    const { page, inbox } = await hostilePage()
    const victim = fresh()
    const out = await page.evaluate(
      ({ to, from }) => {
        let reads = 0
        const args = {
          get method() {
            return reads++ === 0 ? "eth_chainId" : "eth_sendTransaction"
          },
          params: [{ from, to, value: "0x4563918244f40000" }]
        }
        return (window as any).ethereum.request(args).then(
          (r: unknown) => r,
          (e: any) => e.code
        )
      },
      { to: victim, from: ACCOUNT }
    )
    await sleep(500)
    // The wallet got the eth_chainId the guard saw (with the page's params, which the node may refuse), nothing else.
    expect(String(out)).not.toMatch(/^0x[0-9a-f]{64}$/)
    expect(signing(inbox)).toEqual([])
    expect(await balance(victim)).toBe(0n)
    await page.close()
  })

  it("a params getter cannot swap the reviewed 0.001 ETH for 10 ETH to someone else", async () => {
    const { page, inbox } = await hostilePage()
    const shown = fresh()
    const thief = fresh()
    const result = page.evaluate(
      ({ shown, thief, from }) => {
        let reads = 0
        const small = [{ from, to: shown, value: "0x38d7ea4c68000" }]
        const big = [{ from, to: thief, value: "0x8ac7230489e80000" }]
        return (window as any).ethereum
          .request({
            method: "eth_sendTransaction",
            get params() {
              return reads++ === 0 ? small : big
            }
          })
          .then(
            (r: unknown) => r,
            (e: any) => e.code
          )
      },
      { shown, thief, from: ACCOUNT }
    )
    await waitForReview(page)
    const text = await reviewText(page)
    expect(text.toLowerCase()).toContain(shown)
    expect(text.toLowerCase()).not.toContain(thief)
    await clickContinue(page)
    expect(await result).toMatch(/^0x[0-9a-f]{64}$/)
    expect(signing(inbox)).toHaveLength(1)
    expect(signing(inbox)[0]).toMatchObject({ method: "eth_sendTransaction", params: [{ to: shown, value: "0x38d7ea4c68000" }] })
    expect(await balance(thief)).toBe(0n)
    expect(await balance(shown)).toBe(10n ** 15n)
    await page.close()
  })
})

describe("hostile pages: the unwrapped wallet and the answer are out of reach", () => {
  it("patching Function.prototype.call/apply leaks no unwrapped wallet method", async () => {
    const { page, inbox } = await hostilePage()
    const victim = fresh()
    const tried = await page.evaluate(
      async ({ to, from }) => {
        const leaked = new Set<Function>()
        const { call, apply } = Function.prototype
        Function.prototype.call = function (this: Function, ...a: unknown[]) {
          leaked.add(this)
          return Reflect.apply(this, a[0], a.slice(1))
        }
        Function.prototype.apply = function (this: Function, self: unknown, a?: unknown[]) {
          leaked.add(this)
          return Reflect.apply(this, self, a ?? [])
        }
        const eth = (window as any).ethereum
        await eth.request({ method: "eth_chainId" })
        eth.request({ method: "personal_sign", params: ["0x6869", from] }).catch(() => {})
        await new Promise((r) => setTimeout(r, 400))
        Function.prototype.call = call
        Function.prototype.apply = apply
        for (const f of leaked) {
          try {
            const r = Reflect.apply(f, eth, [{ method: "eth_sendTransaction", params: [{ from, to, value: "0xde0b6b3a7640000" }] }])
            if (r && typeof r.then === "function") r.catch(() => {})
          } catch {}
        }
        return leaked.size
      },
      { to: victim, from: ACCOUNT }
    )
    expect(tried).toBeGreaterThanOrEqual(0)
    await sleep(1000)
    expect(signing(inbox)).toEqual([])
    await closeReviewWindow()
    await sleep(300)
    expect(signing(inbox)).toEqual([])
    expect(await balance(victim)).toBe(0n)
    await page.close()
  })

  it("patching Map.prototype.set grabs no pending decision to approve itself", async () => {
    const { page, inbox } = await hostilePage()
    const victim = fresh()
    const result = page.evaluate(
      ({ to, from }) => {
        const grabbed: Function[] = []
        const set = Map.prototype.set
        Map.prototype.set = function (this: Map<unknown, unknown>, k: unknown, v: unknown) {
          if (typeof v === "function") grabbed.push(v as Function)
          return set.call(this, k, v)
        }
        const p = (window as any).ethereum.request({ method: "eth_sendTransaction", params: [{ from, to, value: "0xde0b6b3a7640000" }] }).then(
          () => "sent",
          (e: any) => e.code
        )
        setTimeout(() => {
          for (const f of grabbed)
            for (const arg of [{ allow: true }, true, { kind: "decision", allow: true }])
              try {
                f(arg)
              } catch {}
        }, 300)
        return p
      },
      { to: victim, from: ACCOUNT }
    )
    await waitForReview(page)
    await sleep(600)
    expect(signing(inbox)).toEqual([])
    await clickReject(page)
    expect(await result).toBe(4001)
    expect(await balance(victim)).toBe(0n)
    await page.close()
  })

  it("patching JSON.parse and the event detail getter cannot turn the user's Reject into a send", async () => {
    const { page, inbox } = await hostilePage()
    const victim = fresh()
    const result = page.evaluate(
      ({ to, from }) => {
        const parse = JSON.parse
        JSON.parse = function (text: string, reviver?: any) {
          const v = parse(text, reviver)
          if (v && v.kind === "decision") v.allow = true
          return v
        }
        const d = Object.getOwnPropertyDescriptor(CustomEvent.prototype, "detail")!
        Object.defineProperty(CustomEvent.prototype, "detail", {
          configurable: true,
          get() {
            const v = d.get!.call(this)
            return typeof v === "string" ? v.replace('"allow":false', '"allow":true') : v
          }
        })
        return (window as any).ethereum.request({ method: "eth_sendTransaction", params: [{ from, to, value: "0xde0b6b3a7640000" }] }).then(
          () => "sent",
          (e: any) => e.code
        )
      },
      { to: victim, from: ACCOUNT }
    )
    await waitForReview(page)
    await clickReject(page)
    expect(await result).toBe(4001)
    await sleep(300)
    expect(signing(inbox)).toEqual([])
    expect(await balance(victim)).toBe(0n)
    await page.close()
  })

  it("the wallet's prototype method, and deleting the own wrapper, still go through the review", async () => {
    const { page, inbox } = await hostilePage()
    const victim = fresh()
    const viaProto = page.evaluate(
      ({ to, from }) => {
        const eth = (window as any).ethereum
        const proto = Object.getPrototypeOf(eth)
        return proto.request.call(eth, { method: "eth_sendTransaction", params: [{ from, to, value: "0xde0b6b3a7640000" }] }).then(
          () => "sent",
          (e: any) => e.code
        )
      },
      { to: victim, from: ACCOUNT }
    )
    await waitForReview(page)
    await clickReject(page)
    expect(await viaProto).toBe(4001)
    const viaDelete = page.evaluate(
      ({ to, from }) => {
        const eth = (window as any).ethereum
        delete eth.request
        return eth.request({ method: "eth_sendTransaction", params: [{ from, to, value: "0xde0b6b3a7640000" }] }).then(
          () => "sent",
          (e: any) => e.code
        )
      },
      { to: victim, from: ACCOUNT }
    )
    await waitForReview(page)
    await clickReject(page)
    expect(await viaDelete).toBe(4001)
    expect(signing(inbox)).toEqual([])
    expect(await balance(victim)).toBe(0n)
    await page.close()
  })

  it("every signing element of a sendAsync([...]) or send([...], cb) batch is reviewed", async () => {
    const { page, inbox } = await hostilePage()
    const victim = fresh()
    const viaSendAsync = page.evaluate(
      ({ to, from }) =>
        new Promise((resolve) =>
          (window as any).ethereum.sendAsync(
            [
              { id: 1, jsonrpc: "2.0", method: "eth_chainId" },
              { id: 2, jsonrpc: "2.0", method: "eth_sendTransaction", params: [{ from, to, value: "0xde0b6b3a7640000" }] }
            ],
            (e: any) => resolve(e?.code ?? "no error")
          )
        ),
      { to: victim, from: ACCOUNT }
    )
    const first = await waitForReview(page)
    expect(await reviewText(page)).toContain(victim)
    await clickReject(page)
    expect(await viaSendAsync).toBe(4001)
    const viaSend = page.evaluate(
      ({ to, from }) =>
        new Promise((resolve) =>
          (window as any).ethereum.send([{ id: 3, jsonrpc: "2.0", method: "eth_sendTransaction", params: [{ from, to, value: "0xde0b6b3a7640000" }] }], (e: any) =>
            resolve(e?.code ?? "no error")
          )
        ),
      { to: victim, from: ACCOUNT }
    )
    const second = await waitForReview(page)
    expect(second.id).not.toBe(first.id)
    await clickReject(page)
    expect(await viaSend).toBe(4001)
    expect(signing(inbox)).toEqual([])
    expect(await balance(victim)).toBe(0n)
    await page.close()
  })

  it("a parent that instrumented a same-origin iframe's initial window learns no channel and forges no decision", async () => {
    const { page, inbox } = await hostilePage()
    const victim = fresh()
    const heard = await page.evaluate(async () => {
      const f = document.createElement("iframe")
      f.src = "/index.html?frame=instrumented"
      document.body.append(f)
      const w = f.contentWindow as any
      const heard: string[] = []
      ;(window as any).__heard = heard
      w.addEventListener("mamori:handshake", (e: any) => heard.push(String(e.detail)), true)
      await new Promise((r) => f.addEventListener("load", r, { once: true }))
      // If a channel was heard, answer every review on it with "allow".
      for (const h of heard) {
        const channel = JSON.parse(h).channel
        if (!channel) continue
        w.addEventListener(`${channel}:to-relay`, (e: any) => {
          const m = JSON.parse(e.detail)
          if (m.kind === "review") w.dispatchEvent(new w.CustomEvent(`${channel}:to-guard`, { detail: JSON.stringify({ kind: "decision", id: m.id, allow: true }) }))
        })
      }
      return heard
    })
    expect(heard.some((h) => JSON.parse(h).channel)).toBe(false)
    const frame = page.frames().find((f) => f.url().includes("frame=instrumented"))!
    const result = frame.evaluate(
      ({ to, from }) =>
        (window as any).ethereum.request({ method: "eth_sendTransaction", params: [{ from, to, value: "0xde0b6b3a7640000" }] }).then(
          () => "sent",
          (e: any) => e.code
        ),
      { to: victim, from: ACCOUNT }
    )
    await waitForReview(page)
    expect(await reviewText(page)).toContain("frame=instrumented")
    await sleep(300)
    expect(signing(inbox)).toEqual([])
    await clickReject(page)
    expect(await result).toBe(4001)
    expect(await page.evaluate(() => (window as any).__heard.some((h: string) => JSON.parse(h).channel))).toBe(false)
    expect(signing(inbox)).toEqual([])
    await page.close()
  })

  for (const kind of ["data", "blob", "sandboxed-srcdoc"] as const) {
    it(`a ${kind} frame claiming to be the relay gets no channel, and its request reaches no wallet unreviewed`, async () => {
      const { page, inbox } = await hostilePage()
      const script = `
        const got = []
        addEventListener("mamori:handshake", (e) => { try { const h = JSON.parse(e.detail); if (h.channel) got.push(h.channel) } catch {} }, true)
        dispatchEvent(new CustomEvent("mamori:handshake", { detail: JSON.stringify({ from: "relay" }) }))
        for (const channel of got) {
          dispatchEvent(new CustomEvent(channel + ":to-guard", { detail: JSON.stringify({ kind: "connected" }) }))
          addEventListener(channel + ":to-relay", (e) => { const m = JSON.parse(e.detail); if (m.kind === "review") dispatchEvent(new CustomEvent(channel + ":to-guard", { detail: JSON.stringify({ kind: "decision", id: m.id, allow: true }) })) })
        }
        const eth = window.ethereum
        const report = (outcome) => parent.postMessage({ mamoriTest: true, channels: got.length, outcome, hasWallet: Boolean(eth), hasGuard: Boolean(window[Symbol.for("mamori.guard")]) }, "*")
        if (!eth) report("no wallet")
        else eth.request({ method: "eth_sendTransaction", params: [{ from: "${ACCOUNT}", to: "0x000000000000000000000000000000000000dead", value: "0x1" }] }).then(() => report("sent"), (e) => report(e.code))
      `
      const html = `<!doctype html><body>frame<script>${script}</script></body>`
      const outcome = page.evaluate(
        ({ kind, html }) =>
          new Promise((resolve) => {
            addEventListener("message", (e) => {
              if (e.data?.mamoriTest) resolve(e.data)
            })
            const f = document.createElement("iframe")
            if (kind === "data") f.src = "data:text/html;base64," + btoa(html)
            if (kind === "blob") f.src = URL.createObjectURL(new Blob([html], { type: "text/html" }))
            if (kind === "sandboxed-srcdoc") {
              f.setAttribute("sandbox", "allow-scripts")
              f.srcdoc = html
            }
            document.body.append(f)
          }),
        { kind, html }
      )
      // The frame's request is either stopped at once, or shown in the window; in the window, the user rejects.
      const settled = await Promise.race([outcome, sleep(4000).then(() => undefined)])
      if (!settled) {
        await waitForReview(page)
        await clickReject(page)
      }
      const r = (await outcome) as { channels: number; outcome: unknown; hasWallet: boolean; hasGuard: boolean }
      expect(r.channels).toBe(0)
      // In a data: frame Chromium runs Mamori's guard (registered with matchOriginAsFallback) but not this emulated
      // wallet's manifest script: no wallet to reach there, and no channel handed to the fake relay either.
      if (kind === "data") expect({ wallet: r.hasWallet, guard: r.hasGuard, outcome: r.outcome }).toEqual({ wallet: false, guard: true, outcome: "no wallet" })
      else expect({ wallet: r.hasWallet, guard: r.hasGuard, outcome: r.outcome }).toEqual({ wallet: true, guard: true, outcome: 4001 })
      expect(signing(inbox)).toEqual([])
      await page.close()
    })
  }
})

describe("hostile pages: later verdicts cannot be weakened", () => {
  it("505 silent requests do not flush the counterparty the user confirmed", async () => {
    const { page } = await hostilePage()
    const sent = page.evaluate(({ to, from }) => (window as any).ethereum.request({ method: "eth_sendTransaction", params: [{ from, to, value: "0x38d7ea4c68000" }] }), {
      to: REAL,
      from: ACCOUNT
    })
    await waitForReview(page)
    await clickContinue(page)
    await sent
    const flood = await page.evaluate(async (from) => {
      const eth = (window as any).ethereum
      const all = []
      for (let i = 0; i < 505; i++)
        all.push(
          eth.request({ method: "personal_sign", params: ["0x" + i.toString(16).padStart(4, "0"), from] }).then(
            () => "signed",
            (e: any) => e.code
          )
        )
      ;(window as any).__flood = Promise.all(all)
      return all.length
    }, ACCOUNT)
    expect(flood).toBe(505)
    // The user closes Mamori's window (which rejects what waits in it) until the page has its answers: requests
    // still being checked when a window closes come back in a new one, each page holds at most 20, the rest are
    // rejected at once.
    await waitForReview(page, 60_000)
    let outcomes: unknown[] | undefined
    const settled = page.evaluate(() => (window as any).__flood).then((o: unknown[]) => (outcomes = o))
    for (let i = 0; i < 200 && !outcomes; i++) {
      await closeReviewWindow()
      await Promise.race([settled, sleep(300)])
    }
    expect(outcomes?.length).toBe(505)
    expect(outcomes!.every((o) => o === 4001)).toBe(true)
    const lookAlike = REAL.slice(0, 6) + "0".repeat(32) + REAL.slice(-4)
    const poisoned = page.evaluate(
      ({ to, from }) =>
        (window as any).ethereum.request({ method: "eth_sendTransaction", params: [{ from, to, value: "0x38d7ea4c68000" }] }).then(
          () => "sent",
          (e: any) => e.code
        ),
      { to: lookAlike, from: ACCOUNT }
    )
    const { verdict, win } = await waitForReview(page, 30_000)
    expect(verdict).toBe("danger")
    expect(await win.evaluate(() => Boolean(document.querySelector('[data-finding="address-poisoning"]')))).toBe(true)
    await clickReject(page)
    expect(await poisoned).toBe(4001)
    await page.close()
  })

  it("a page answering eth_chainId with 0x1 does not turn danger into warning", async () => {
    const { page, inbox } = await hostilePage()
    const result = page.evaluate(
      ({ spender, token, from }) => {
        const eth = (window as any).ethereum
        const proto = Object.getPrototypeOf(eth)
        eth.request = (args: any) => (args?.method === "eth_chainId" ? Promise.resolve("0x1") : proto.request.call(eth, args))
        const data = "0x095ea7b3" + spender.slice(2).padStart(64, "0") + "f".repeat(64)
        return eth.request({ method: "eth_sendTransaction", params: [{ from, to: token, data }] }).then(
          () => "sent",
          (e: any) => e.code
        )
      },
      { spender: EOA_SPENDER, token: TOKEN, from: ACCOUNT }
    )
    const { verdict } = await waitForReview(page)
    // The guard reads the wallet's chain through the wallet's own method captured before the page ran, so the
    // page's answer never reaches the review; the unlimited approval to a plain address stays danger.
    expect(verdict).toBe("danger")
    await clickReject(page)
    expect(await result).toBe(4001)
    expect(signing(inbox)).toEqual([])
    await page.close()
  })
})

describe("a real dapp still works end to end with the emulated extension wallet", () => {
  it("connects, and a transfer confirmed in the window is mined exactly as reviewed", async () => {
    const { page, inbox } = await hostilePage()
    const before = await balance(REAL)
    await page.evaluate(() => (window as any).demo.connect())
    const result = page.evaluate(() => (window as any).demo.sendTransfer())
    expect((await waitForReview(page)).verdict).toBe("safe")
    await clickContinue(page)
    expect((await result).status).toBe("0x1")
    expect(await balance(REAL)).toBe(before + ETH / 100n)
    expect(signing(inbox)).toHaveLength(1)
    await page.close()
  })
})

/**
 * The second red-team round (docs/redteam/hostile-pages-round2/report.md, B1–B5 and O4), with an in-page fake
 * wallet shaped like the red team's (test/e2e/support/fakeWalletPages.ts). Each test fails on the build the red
 * team attacked (see docs/redteam/hostile-pages-round2/fixed.md).
 */
describe("hostile pages, round 2: replays, frozen wallets, odd methods", () => {
  let fake: FakeWalletServer
  beforeAll(async () => {
    fake = await startFakeWalletServer()
  })
  afterAll(async () => {
    await fake?.close()
  })

  async function fakeWalletPage(inj: string, pre?: "late_freeze"): Promise<{ page: Page; inbox: ReturnType<typeof walletInbox> }> {
    const page = await stack.browser.context.newPage()
    const inbox = walletInbox(page)
    await page.goto(fake.url(inj, pre), { waitUntil: "load" })
    return { page, inbox }
  }

  /** Requests waiting in the review window: 0 when none is open. */
  async function queued(): Promise<number> {
    const win = stack.browser.context.pages().find((p) => !p.isClosed() && p.url().includes("/tabs/review.html"))
    if (!win) return 0
    return win
      .evaluate(() => {
        if (!document.querySelector("[data-item]")) return 0
        const m = /of (\d+)/.exec(document.querySelector("[data-testid=queue]")?.textContent ?? "")
        return m ? Number(m[1]) : 1
      })
      .catch(() => 0)
  }

  /**
   * Waits until `n` requests wait in the review window (or the page's attempts all settled without it, as they did
   * before the fix), then closes the window, which rejects them all. Returns how many were queued.
   */
  async function closeWhenQueued<T>(n: number, attempts: Promise<T>, timeoutMs = 30_000): Promise<{ queued: number; results: T }> {
    let done = false
    void attempts.then(
      () => (done = true),
      () => (done = true)
    )
    const deadline = Date.now() + timeoutMs
    let seen = 0
    while (Date.now() < deadline && !done) {
      seen = Math.max(seen, await queued())
      if (seen >= n) break
      await sleep(100)
    }
    await sleep(300)
    seen = Math.max(seen, await queued())
    await closeReviewWindow()
    return { queued: seen, results: await attempts }
  }

  const PS = { method: "personal_sign", params: ["0x68656c6c6f", ACCOUNT] }
  const BENIGN = { from: ACCOUNT, to: "0x2222222222222222222222222222222222222222", value: "0x1" }

  it("B1: the approved request cannot be replayed or changed by the page: one approval, one delivery", async () => {
    const { page, inbox } = await fakeWalletPage("assign")
    const approved = page.evaluate((tx) => {
      const w = window as any
      const isArray = Array.isArray
      w.__caps = []
      // The page's spy on a built-in the wallet calls on what it receives.
      Array.isArray = ((x: unknown) => {
        if (x && typeof x === "object" && !w.__caps.includes(x)) w.__caps.push(x)
        return isArray(x)
      }) as typeof Array.isArray
      w.__isArray = isArray
      return w.ethereum.request({ method: "eth_sendTransaction", params: [tx] }).then(
        (r: unknown) => r,
        (e: any) => e.code
      )
    }, BENIGN)
    await waitForReview(page)
    await clickContinue(page)
    expect(await approved).toBe(`0x${"ab".repeat(32)}`)
    expect(signing(inbox)).toHaveLength(1)

    const replays = page.evaluate(() => {
      const w = window as any
      Array.isArray = w.__isArray
      const token = w.__caps.find((c: any) => c?.method === "eth_sendTransaction")
      const params = w.__caps.find((c: any) => Array.isArray(c) && c[0]?.to)
      const settle = (f: () => Promise<unknown>) => {
        try {
          return f().then(
            () => "sent",
            (e: any) => e?.code ?? String(e)
          )
        } catch (e) {
          return Promise.resolve(`threw ${e}`)
        }
      }
      const leaked = Boolean(token && params)
      const frozen = leaked && Object.isFrozen(token) && Object.isFrozen(token.params) && Object.isFrozen(token.params[0])
      const out: Promise<unknown>[] = [settle(() => w.ethereum.request(token))]
      try {
        token.params = [{ from: token.params[0].from, to: "0x6666666666666666666666666666666666666666", value: "0xffffffffffffffffffff" }]
        token.params[0].value = "0xffffffffffffffffffff"
      } catch {
        // frozen: the page cannot change it
      }
      out.push(settle(() => w.ethereum.request(token)))
      out.push(settle(() => w.ethereum.request({ method: "personal_sign", params })))
      out.push(new Promise((r) => w.ethereum.sendAsync(token, (e: any) => r(e ? e.code : "sent"))))
      return Promise.all(out).then((results) => ({ leaked, frozen, results }))
    })
    const { queued: reviews, results } = await closeWhenQueued(4, replays)
    // The page got hold of the object the wallet received (the leak stays possible: the wallet calls the page's
    // Array.isArray); what it can no longer do is use it: each replay is a new request, reviewed and rejected.
    expect(results).toEqual({ leaked: true, frozen: true, results: [4001, 4001, 4001, 4001] })
    expect(reviews).toBe(4)
    expect(signing(inbox)).toHaveLength(1)
    expect(signing(inbox)[0]).toMatchObject({ method: "eth_sendTransaction", params: [BENIGN] })
    await page.close()
  })

  for (const inj of ["frozen", "ownfrozen"]) {
    it(`B2: a ${inj} wallet is not passed through unreviewed: the page gets a guarded facade (window.ethereum and EIP-6963)`, async () => {
      const { page, inbox } = await fakeWalletPage(inj)
      const attempts = page.evaluate(async (ps) => {
        const w = window as any
        const eth = w.ethereum
        const via6963: any = await new Promise((resolve) => {
          const listener = (e: any) => {
            if (e.detail?.info?.rdns !== "test.fake.wallet") return
            removeEventListener("eip6963:announceProvider", listener)
            resolve(e.detail.provider)
          }
          addEventListener("eip6963:announceProvider", listener)
          dispatchEvent(new Event("eip6963:requestProvider"))
        })
        const settle = (f: () => Promise<unknown>) => {
          try {
            return Promise.resolve(f()).then(
              () => "sent",
              (e: any) => e?.code ?? String(e)
            )
          } catch {
            return Promise.resolve("threw")
          }
        }
        const callback = (f: (cb: (e: any) => void) => void) =>
          new Promise((resolve) => {
            try {
              f((e) => resolve(e ? e.code : "sent"))
            } catch {
              resolve("threw")
            }
          })
        const proto = Object.getPrototypeOf(eth)
        const tries = {
          request: settle(() => eth.request(ps)),
          eip6963: settle(() => via6963.request(ps)),
          ownDescriptor: settle(() => Object.getOwnPropertyDescriptor(eth, "request")!.value.call(eth, ps)),
          sendAsync: callback((cb) => eth.sendAsync({ id: 1, jsonrpc: "2.0", ...ps }, cb)),
          protoRequest: settle(() => proto.request.call(eth, ps)),
          protoSendAsync: callback((cb) => proto.sendAsync.call(eth, { id: 2, jsonrpc: "2.0", ...ps }, cb)),
          constructorRequest: settle(() => eth.constructor.prototype.request.call(eth, ps)),
          onReturnsRequest: settle(() => eth.on("x", () => {}).constructor.prototype.request.call(eth, ps))
        }
        const out: Record<string, unknown> = { same6963: via6963 === eth, frozenLooking: Object.isFrozen(Object.getPrototypeOf(eth)) }
        for (const [k, v] of Object.entries(tries)) out[k] = await v
        return out
      }, PS)
      const { queued: reviews, results } = await closeWhenQueued(4, attempts)
      // Through the facade, the four direct ways are reviewed (and rejected when the window closes); the ways
      // back to the wallet's unwrapped methods (its prototype, its constructor) are not there.
      expect(results).toMatchObject({
        same6963: true,
        request: 4001,
        eip6963: 4001,
        ownDescriptor: 4001,
        sendAsync: 4001,
        protoRequest: "threw",
        protoSendAsync: "threw",
        constructorRequest: "threw",
        onReturnsRequest: "threw"
      })
      expect(reviews).toBe(4)
      expect(signing(inbox)).toEqual([])
      await page.close()
    })
  }

  it("B3: a page that takes a late wallet first (window.ethereum accessor, capture-phase 6963) and freezes it gets no unreviewed path", async () => {
    const { page, inbox } = await fakeWalletPage("late", "late_freeze")
    await page.waitForFunction(() => (window as any).__raw?.some((x: any) => x[1]?.isFakeWallet), undefined, { timeout: 10_000 })
    await sleep(200)
    const attempts = page.evaluate((ps) => {
      const w = window as any
      const raw = w.__raw.filter((x: any) => x[1]?.isFakeWallet)
      const settle = (f: () => Promise<unknown>) => {
        try {
          return Promise.resolve(f()).then(
            () => "sent",
            (e: any) => e?.code ?? String(e)
          )
        } catch {
          return Promise.resolve("threw")
        }
      }
      const all = raw.map((x: any) => settle(() => x[1].request(ps)))
      all.push(settle(() => w.ethereum.request(ps)))
      return Promise.all(all).then((results) => ({ kinds: raw.map((x: any) => x[0]), errors: w.__raw.filter((x: any) => /Error/.test(x[0])), results }))
    }, PS)
    const { queued: reviews, results } = await closeWhenQueued(3, attempts)
    expect(results.kinds).toEqual(["setter", "6963"])
    expect(results.results).toEqual([4001, 4001, 4001])
    expect(reviews).toBe(3)
    expect(signing(inbox)).toEqual([])
    await page.close()
  })

  it("B4: a method that is not a plain string is refused with EIP-1193 4200, even by a wallet that serialises requests to JSON", async () => {
    const { page, inbox } = await fakeWalletPage("json")
    const results = await page.evaluate(
      async ({ ps, tx }) => {
        const eth = (window as any).ethereum
        const settle = (p: Promise<unknown>) =>
          p.then(
            () => "sent",
            (e: any) => e?.code ?? String(e)
          )
        return {
          stringObject: await settle(eth.request({ method: new String("personal_sign"), params: ps.params })),
          toJSON: await settle(eth.request({ method: { toJSON: () => "eth_sendTransaction" }, params: [tx] })),
          toString: await settle(eth.request({ method: { toString: () => "personal_sign" }, params: ps.params })),
          stringObjectTx: await settle(eth.request({ method: new String("eth_sendTransaction"), params: [tx] })),
          sendAsync: await new Promise((r) => eth.sendAsync({ id: 1, jsonrpc: "2.0", method: new String("personal_sign"), params: ps.params }, (e: any) => r(e ? e.code : "sent")))
        }
      },
      { ps: PS, tx: BENIGN }
    )
    expect(results).toEqual({ stringObject: 4200, toJSON: 4200, toString: 4200, stringObjectTx: 4200, sendAsync: 4200 })
    await sleep(500)
    expect(await queued()).toBe(0)
    expect(signing(inbox)).toEqual([])
    await page.close()
  })

  it("B5: default deny — method variants and methods the Shield does not know are reviewed (unknown needs the confirmation), never passed", async () => {
    const { page, inbox } = await fakeWalletPage("assign")
    const first = page.evaluate(
      (ps) =>
        (window as any).ethereum.request({ method: "personal\u200bsign", params: ps.params }).then(
          () => "sent",
          (e: any) => e.code
        ),
      PS
    )
    const { verdict, win } = await waitForReview(page)
    expect(verdict).toBe("unknown")
    expect(await win.getByTestId("confirm-danger").count()).toBe(1)
    expect(await win.getByTestId("continue").isDisabled()).toBe(true)
    expect(await win.getByTestId("method").textContent()).toContain("personal⟨U+200B⟩sign")
    const variants = [
      "PERSONAL_SIGN",
      "personal_sign ",
      " personal_sign",
      "personal_sign\u0000",
      "eth_SendTransaction",
      "wallet_grantPermissions",
      "wallet_invokeSnap",
      "wallet_snap",
      "eth_signUserOperation",
      "eth_sendUserOperation",
      "wallet_sendTransaction",
      "wallet_sign",
      "wallet_signTypedData",
      "eth_batchSendTransaction",
      "eth_decrypt"
    ]
    const rest = page.evaluate(
      ({ variants, ps }) =>
        Promise.all(
          variants.map((method) =>
            (window as any).ethereum.request({ method, params: ps.params }).then(
              () => "sent",
              (e: any) => e.code
            )
          )
        ),
      { variants, ps: PS }
    )
    const { queued: reviews, results } = await closeWhenQueued(1 + variants.length, Promise.all([first, rest]))
    expect(results).toEqual([4001, variants.map(() => 4001)])
    expect(reviews).toBe(1 + variants.length)
    expect(signing(inbox)).toEqual([])
    // Reads still pass straight through.
    expect(await page.evaluate(() => (window as any).ethereum.request({ method: "eth_chainId" }))).toBe("0x7a69")
    await page.close()
  })

  it("O4: a multi-line message is shown with its lines; bidi, zero-width and control characters are visible", async () => {
    const { page, inbox } = await fakeWalletPage("assign")
    const message = `Sign in to 127.0.0.1${"\n".repeat(40)}I authorize transfer of all my NFTs. \u202Etxet desrever\u202C`
    const hex = `0x${Buffer.from(message, "utf8").toString("hex")}`
    const result = page.evaluate(
      ({ hex, from }) =>
        (window as any).ethereum.request({ method: "personal_sign", params: [hex, from] }).then(
          () => "sent",
          (e: any) => e.code
        ),
      { hex, from: ACCOUNT }
    )
    const { win } = await waitForReview(page)
    const shown = await win.getByTestId("message").innerText()
    // (The Shield's decoder already replaces bidi overrides in decoded text with "�"; other hidden characters are
    // marked by the review as ⟨U+…⟩.)
    expect(shown.split("\n")).toEqual(["Sign in to 127.0.0.1", "⟨39 empty lines⟩", "I authorize transfer of all my NFTs. �txet desrever�"])
    expect(await win.getByText("hidden characters or many empty lines").count()).toBe(1)
    // The whole message is in view inside its box, without scrolling it.
    expect(await win.getByTestId("message").evaluate((e) => e.scrollHeight <= e.clientHeight + 1)).toBe(true)
    await win.screenshot({ path: artifact("hostile-o4-message.png") })
    await clickReject(page)
    expect(await result).toBe(4001)
    expect(signing(inbox)).toEqual([])
    await page.close()
  })
})
