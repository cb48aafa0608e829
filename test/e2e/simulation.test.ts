/**
 * The review shows what the simulation on the user's node saw — "you give / you get" — for an honest and a
 * hostile lending-pool withdrawal that look the same to a decoder (same contract, same function; only the
 * `to` argument differs). The hostile one is danger because of what leaves; both are rejected and nothing
 * leaves the account.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { rpc } from "../../scripts/lib/chain"
import { call, deployWorld, prepareUser, THIEVES, type World } from "../fixtures/simulationCorpus"
import { overlayText, pressReject, waitForVerdict } from "./support/overlay"
import { artifact, startStack, type Stack } from "./support/stack"

let stack: Stack
let world: World
const ACCOUNT = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"

beforeAll(async () => {
  stack = await startStack()
  world = await deployWorld(stack.chain.rpcUrl)
  await prepareUser(world, ACCOUNT, [901n])
})
afterAll(async () => {
  await stack?.stop()
})

const receiptBalance = async () => BigInt(await rpc<string>(stack.chain.rpcUrl, "eth_call", [{ to: world.c.receipt, data: call("SimToken", "balanceOf", [ACCOUNT]) }, "latest"]))

/** Opens the demo dapp, asks the wallet for a pool withdrawal to `to`, and returns the page and the pending answer. */
async function askWithdrawal(to: string) {
  const page = await stack.browser.context.newPage()
  await page.goto(stack.demo.url)
  await page.evaluate(() => (window as any).demo.connect())
  const data = call("SimLendingPool", "withdraw", [world.c.usd, 10n * 10n ** 18n, to])
  const answer = page.evaluate(
    ([from, pool, d]) =>
      (window as any).ethereum.request({ method: "eth_sendTransaction", params: [{ from, to: pool, data: d }] }).then(
        (x: unknown) => x,
        (e: { code?: number }) => ({ code: e.code })
      ),
    [ACCOUNT, world.c.pool, data] as const
  )
  return { page, answer }
}

/** The lines under a heading of the review's text. */
const section = (text: string, heading: string, next: RegExp) => {
  // Headings are upper-cased by CSS in the review window, so innerText shows them in capitals.
  const at = text.toLowerCase().indexOf(heading.toLowerCase())
  if (at < 0) return undefined
  const rest = text.slice(at + heading.length)
  const end = rest.search(new RegExp(next.source, "i"))
  return end < 0 ? rest : rest.slice(0, end)
}

describe("simulated you give / you get in the review", () => {
  it("honest withdrawal: you give the pool receipt, you get the asset back", async () => {
    const { page, answer } = await askWithdrawal(ACCOUNT)
    const verdict = await waitForVerdict(page, 20_000)
    expect(["unknown", "safe"]).toContain(verdict)
    const text = await overlayText(page)
    await page.screenshot({ path: artifact("simulation-honest-withdraw.png") })
    expect(section(text, "Simulated: leaves your account", /Simulated: reaches|Explanation|Who can/)).toContain("10 spTOKEN")
    expect(section(text, "Simulated: reaches your account", /Explanation|Who can|Raw request/)).toContain("10 sUSD")
    expect(text).not.toContain("nothing comes back")
    await pressReject(page)
    expect(await answer).toEqual({ code: 4001 })
    await page.close()
  })

  it("hostile withdrawal to a stranger: danger, you give the receipt, you get nothing", async () => {
    const before = await receiptBalance()
    const { page, answer } = await askWithdrawal(THIEVES.pool)
    expect(await waitForVerdict(page, 20_000)).toBe("danger")
    const text = await overlayText(page)
    await page.screenshot({ path: artifact("simulation-hostile-withdraw.png") })
    expect(section(text, "Simulated: leaves your account", /Explanation|Who can|Raw request/)).toContain("10 spTOKEN")
    expect(text.toLowerCase()).not.toContain("simulated: reaches your account")
    expect(text).toContain("nothing comes back")
    expect(text.toLowerCase()).toContain(THIEVES.pool.slice(0, 6))
    await pressReject(page)
    expect(await answer).toEqual({ code: 4001 })
    expect(await receiptBalance()).toBe(before)
    await page.close()
  })
})
