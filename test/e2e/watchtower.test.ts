/**
 * The watchtower end to end: a dishonest optimistic mint (one pixel altered, posted without a proof by a script
 * account) is found by the extension's service worker in a browser profile with "Watch optimistic mints" on,
 * re-run locally with the model, proved in the offscreen document and challenged from the profile's own account:
 * on-chain the token is corrected to the model's real image and the bond is paid to that account. An honest
 * optimistic mint next to it is checked and left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createWalletClient, http, parseEther, stringToHex, type Address, type Hex } from "viem"
import { privateKeyToAccount } from "viem/accounts"

import { DEV_ACCOUNTS } from "../../scripts/lib/chain"
import { generateArt } from "../../src/art/generate"
import { modelCommitment } from "../../src/art/commitment"
import { defaultWeights } from "../../src/art/weights"
import { mamoriArtAbi } from "../../src/chain/abi/mamoriArtAbi"
import { modelRegistryAbi } from "../../src/chain/abi/modelRegistryAbi"
import { encodeAigcData } from "../../src/chain/aigcData"
import { commitmentHash, randomSalt } from "../../src/chain/commitmentHash"
import { tokenIdOf } from "../../src/chain/tokenIdOf"
import { packPixels } from "../../src/zk/packPixels"
import { artifact } from "./support/stack"
import { createFundedAccount, openStudio, startStudioStack, type StudioStack } from "./support/studio"

let stack: StudioStack
const BOND = parseEther("0.05")
const DISHONEST = "a harbour the minter did not really draw"
const HONEST = "an honest harbour at dawn"

beforeAll(async () => {
  stack = await startStudioStack()
})
afterAll(async () => stack?.stop())

const devnet = () => ({ id: 31337, name: "devnet", nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 }, rpcUrls: { default: { http: [stack.chain.rpcUrl] } } }) as const
const walletOf = (key: Hex) => createWalletClient({ account: privateKeyToAccount(key), chain: devnet(), transport: http(stack.chain.rpcUrl) })
const wait = async (hash: Hex) => {
  const r = await stack.client.waitForTransactionReceipt({ hash })
  if (r.status !== "success") throw new Error(`reverted ${hash}`)
  return r
}

/** Commits and reveals optimistically from a script account; `tamper` flips pixel 0. Returns the posted and the true data. */
async function optimisticMint(prompt: string, tamper: boolean): Promise<{ posted: Hex; real: Hex }> {
  const minter = walletOf(DEV_ACCOUNTS[1].privateKey)
  const model = modelCommitment(defaultWeights)
  const words = packPixels(generateArt(prompt))
  const real = encodeAigcData({ modelCommitment: model, words })
  const altered = [...words]
  if (tamper) altered[0] = (altered[0]! & ~3n) | ((altered[0]! + 1n) & 3n)
  const posted = encodeAigcData({ modelCommitment: model, words: altered })
  const salt = randomSalt()
  await wait(await minter.writeContract({ address: stack.collection, abi: mamoriArtAbi, functionName: "commit", args: [commitmentHash(minter.account.address, prompt, salt)] }))
  await wait(await minter.writeContract({ address: stack.collection, abi: mamoriArtAbi, functionName: "revealOptimistic", args: [stringToHex(prompt), posted, salt], value: BOND }))
  return { posted, real }
}

describe("watchtower", () => {
  it("a dishonest optimistic mint is challenged by the watching profile and corrected on-chain", async () => {
    // The collection owner (deployer) sets a bond and a window long enough for a proof under load.
    const owner = walletOf(DEV_ACCOUNTS[0].privateKey)
    await wait(await owner.writeContract({ address: stack.collection, abi: mamoriArtAbi, functionName: "setOptimisticTerms", args: [BOND, 500n] }))

    // The watching profile: a local account, funded, and the setting on.
    const popup = await openStudio(stack.browser)
    const watcher = (await createFundedAccount(popup, stack.chain, "watchtower-e2e")) as Address
    const options = await stack.browser.context.newPage()
    await options.setViewportSize({ width: 900, height: 1400 })
    await options.goto(`chrome-extension://${stack.browser.extensionId}/options.html`)
    await options.getByTestId("watchtower").waitFor()
    await options.getByTestId("watch-enabled").check()
    await options.waitForFunction(() => (document.querySelector("[data-testid=watch-enabled]") as HTMLInputElement).checked)

    const dishonest = await optimisticMint(DISHONEST, true)
    const honest = await optimisticMint(HONEST, false)
    expect(dishonest.posted).not.toBe(dishonest.real)
    const id = tokenIdOf(DISHONEST)
    expect(await stack.client.readContract({ address: stack.collection, abi: mamoriArtAbi, functionName: "aigcDataOf", args: [id] })).toBe(dishonest.posted)
    const watcherBefore = await stack.client.getBalance({ address: watcher })

    // "Check now" (the 30-second alarm would do the same): detect, recompute, prove, challenge.
    await options.getByTestId("watch-scan").click()
    await options.getByTestId("watch-job-corrected").waitFor({ timeout: 180_000 })
    await options.getByTestId("watch-job-honest").waitFor({ timeout: 30_000 })
    await options.screenshot({ path: artifact("watchtower-1-corrected.png"), fullPage: true })

    // On-chain: corrected to the model's real image, the challenger is the watcher, the bond went to it.
    const [, , status, bond] = await stack.client.readContract({ address: stack.collection, abi: mamoriArtAbi, functionName: "optimisticRecordOf", args: [id] })
    expect([status, bond]).toEqual([2, 0n])
    expect(await stack.client.readContract({ address: stack.collection, abi: mamoriArtAbi, functionName: "aigcDataOf", args: [id] })).toBe(dishonest.real)
    const challenged = await stack.client.getContractEvents({ address: stack.collection, abi: mamoriArtAbi, eventName: "Challenged", fromBlock: 0n })
    expect(challenged).toHaveLength(1)
    expect((challenged[0]!.args as { challenger: Address }).challenger.toLowerCase()).toBe(watcher.toLowerCase())
    const updates = await stack.client.getContractEvents({ address: stack.collection, abi: mamoriArtAbi, eventName: "Update", fromBlock: 0n })
    expect(updates).toHaveLength(1)
    const receipt = await stack.client.getTransactionReceipt({ hash: challenged[0]!.transactionHash })
    expect((await stack.client.getBalance({ address: watcher })) - watcherBefore).toBe(BOND - receipt.gasUsed * receipt.effectiveGasPrice)
    // The honest token is untouched and still pending.
    const [, , honestStatus] = await stack.client.readContract({ address: stack.collection, abi: mamoriArtAbi, functionName: "optimisticRecordOf", args: [tokenIdOf(HONEST)] })
    expect(honestStatus).toBe(1)
    expect(await stack.client.readContract({ address: stack.collection, abi: mamoriArtAbi, functionName: "aigcDataOf", args: [tokenIdOf(HONEST)] })).toBe(honest.posted)
    // The jobs are persisted: a second check sends nothing more.
    await options.getByTestId("watch-scan").click()
    await options.waitForTimeout(1000)
    expect(await stack.client.getContractEvents({ address: stack.collection, abi: mamoriArtAbi, eventName: "Challenged", fromBlock: 0n })).toHaveLength(1)
  })

  it("the Studio shows the model's fee, licence and revenue token before minting", async () => {
    const owner = walletOf(DEV_ACCOUNTS[0].privateKey)
    const registry = (await stack.client.readContract({ address: stack.collection, abi: mamoriArtAbi, functionName: "REGISTRY" })) as Address
    const model = modelCommitment(defaultWeights)
    const write = async (functionName: string, args: unknown[]) => wait(await owner.writeContract({ address: registry, abi: modelRegistryAbi, functionName, args } as never))
    await write("setMintFee", [model, parseEther("0.002")])
    await write("setLicense", [model, "https://example.org/mamori-default-licence.txt", `0x${"ab".repeat(32)}`])
    await write("launchRevenueToken", [model, "Mamori default revenue", "MDR", parseEther("1000"), 8000n, 1n])
    const [, token] = await stack.client.readContract({ address: registry, abi: modelRegistryAbi, functionName: "economyOf", args: [model] })
    const popup = await openStudio(stack.browser)
    // The fee was set on mamori-art-v1's default model; the Studio opens on the scene architecture.
    await popup.getByTestId("studio-architecture").selectOption("art")
    const terms = popup.getByTestId("studio-model-terms")
    await terms.waitFor({ timeout: 20_000 })
    // The terms are read again when the architecture changes: wait for the pixel model's reply.
    await expect.poll(() => terms.getAttribute("data-fee"), { timeout: 20_000 }).toBe(parseEther("0.002").toString())
    const text = (await terms.textContent())!
    expect(text).toContain("0.002 ETH")
    expect(text).toContain(token)
    expect(text).toContain("https://example.org/mamori-default-licence.txt")
    await popup.screenshot({ path: artifact("watchtower-2-model-terms.png"), fullPage: true })
  })
})
