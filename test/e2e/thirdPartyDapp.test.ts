/**
 * A real third-party dapp (MetaMask's test dapp, served from its published static build) works end to end
 * through Mamori's guard with the emulated extension wallet: connect, personal_sign, typed data v4 and a send,
 * each answered with real clicks in Mamori's review window, and what the wallet signs is checked on the devnet.
 */
import { afterAll, beforeAll, expect, it } from "vitest"

import { rpc } from "../../scripts/lib/chain"
import { clickContinue, waitForReview, walletInbox } from "./support/reviewWindow"
import { startStack, type Stack } from "./support/stack"
import { startTestDappServer, type TestDappServer } from "./support/testDappServer"

let stack: Stack
let dapp: TestDappServer
const ACCOUNT = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"

beforeAll(async () => {
  stack = await startStack({ emulatedWallet: true })
  dapp = await startTestDappServer(stack.chain.rpcUrl)
})
afterAll(async () => {
  await dapp?.close()
  await stack?.stop()
})

const nonce = () => rpc<string>(stack.chain.rpcUrl, "eth_getTransactionCount", [ACCOUNT, "latest"]).then(Number)

it("MetaMask's test dapp: connect, personal_sign, signTypedData_v4 and a send, each confirmed in Mamori's window", async () => {
  const page = await stack.browser.context.newPage()
  const inbox = walletInbox(page)
  // The test dapp enables its buttons only for a provider flagged `isMetaMask`; the emulated wallet is flagged
  // so before the dapp's script runs (a property on the wallet's object, nothing the guard sees or changes).
  await page.addInitScript(() => {
    const mark = () => {
      const eth = (window as any).ethereum
      if (eth && !eth.isMetaMask) eth.isMetaMask = true
    }
    mark()
    document.addEventListener("readystatechange", mark)
  })
  await page.goto(dapp.url, { waitUntil: "load", timeout: 120_000 })
  // The emulated wallet answers eth_accounts without a prompt, so the dapp may show itself connected at once.
  // Two wallets announce themselves (Mamori and the emulated one) in an order that varies between runs: pick the
  // emulated wallet in the dapp's own EIP-6963 list, as its user would.
  await page.getByRole("button", { name: "Use Emulated Wallet" }).click({ timeout: 60_000 })
  const connect = page.locator("#connectButton")
  await connect.waitFor({ timeout: 60_000 })
  if (await connect.isEnabled()) await connect.click()
  await expect.poll(() => page.locator("#accounts").textContent(), { timeout: 20_000 }).toContain(ACCOUNT)

  await page.locator("#personalSign").click()
  expect((await waitForReview(page)).verdict).not.toBe("checking")
  await clickContinue(page)
  await expect.poll(() => page.locator("#personalSignResult").textContent(), { timeout: 20_000 }).toMatch(/^0x[0-9a-f]{130}$/)

  await page.locator("#signTypedDataV4").click()
  await waitForReview(page)
  await clickContinue(page)
  await expect.poll(() => page.locator("#signTypedDataV4Result").textContent(), { timeout: 20_000 }).toMatch(/^0x[0-9a-f]{130}$/)

  const before = await nonce()
  await page.locator("#sendButton").click()
  await waitForReview(page)
  await clickContinue(page)
  await expect.poll(nonce, { timeout: 20_000 }).toBe(before + 1)
  const sent = inbox.received.find((r) => r.method === "eth_sendTransaction")
  expect(sent?.params).toEqual([{ from: ACCOUNT, to: "0x0c54FcCd2e384b4BB6f2E405Bf5Cbc15a017AaFb", value: "0x0", gasLimit: "0x5208", gasPrice: "0x2540be400", type: "0x0" }])
  expect(inbox.received.map((r) => r.method)).toEqual(["personal_sign", "eth_signTypedData_v4", "eth_sendTransaction"])
  await page.close()
})
