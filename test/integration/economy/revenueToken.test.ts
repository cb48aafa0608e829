/**
 * ERC-7641 revenue token of a model (contracts/ModelRevenueToken.sol) on a local Anvil chain: property tests
 * with fast-check over random holders, inflows, transfers, snapshots, claims and burns, plus the attacks the
 * issue names (post-snapshot buyers, double claims, reentrancy, flash balances around `snapshot`).
 * Each property run starts from an EVM snapshot of a fresh token, so runs are independent.
 */
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createPublicClient, createWalletClient, decodeEventLog, http, parseEther, type Address, type Hex, type PublicClient } from "viem"
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts"
import { DEV_ACCOUNTS, rpc, startChain, type Chain } from "../../../scripts/lib/chain"
import { connect, deployContract, loadArtifact, type Clients } from "../../../scripts/lib/contracts"
import { modelRevenueTokenAbi } from "../../../src/chain/abi/modelRevenueTokenAbi"
import { toChainError } from "../../../src/chain/errors"

const SUPPLY = parseEther("1000000")
const CLAIM_BPS = 8000n
const HOLDERS = 4

let chain: Chain
let deployer: Clients
let publicClient: PublicClient
let token: Address
let holders: ReturnType<typeof wallet>[]
let base: Hex

function wallet(key: Hex) {
  const account = privateKeyToAccount(key)
  const devnet = { id: 31337, name: "devnet", nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 }, rpcUrls: { default: { http: [chain.rpcUrl] } } } as const
  return createWalletClient({ account, chain: devnet, transport: http(chain.rpcUrl) })
}

async function mined(hash: Hex) {
  const receipt = await publicClient.waitForTransactionReceipt({ hash })
  if (receipt.status !== "success") throw new Error(`reverted: ${hash}`)
  return receipt
}

type W = (typeof holders)[number]
const read = <T>(functionName: string, args: unknown[] = []) => publicClient.readContract({ address: token, abi: modelRevenueTokenAbi, functionName, args } as never) as Promise<T>
const write = (w: W, functionName: string, args: unknown[] = []) =>
  w.writeContract({ address: token, abi: modelRevenueTokenAbi, functionName, args, gas: 500_000n } as never) as Promise<Hex>
const pay = async (from: W, value: bigint) => mined(await from.sendTransaction({ to: token, value }))
const sim = (w: W, call: { address: Address; abi: typeof modelRevenueTokenAbi; functionName: string; args: unknown[] }) =>
  publicClient.simulateContract({ account: w.account, ...call } as never)
const mine = (n = 1) => rpc(chain.rpcUrl, "anvil_mine", [`0x${n.toString(16)}`])
const snapshotNow = async (w: W): Promise<bigint> => {
  const receipt = await mined(await write(w, "snapshot"))
  const log = receipt.logs.map((l) => decodeEventLog({ abi: modelRevenueTokenAbi, ...l })).find((e) => e.eventName === "RevenueSnapshot")!
  return (log.args as { snapshotId: bigint }).snapshotId
}

const ethOf = () => publicClient.getBalance({ address: token })

async function expectRevert(p: Promise<unknown>, name: string) {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error, `expected ${name}`).toBeDefined()
  expect(toChainError(error).code).toBe(`chain/${name}`)
}

beforeAll(async () => {
  chain = await startChain()
  deployer = await connect(chain.rpcUrl, DEV_ACCOUNTS[0].privateKey)
  publicClient = createPublicClient({ transport: http(chain.rpcUrl) }) as PublicClient
  holders = []
  for (let i = 0; i < HOLDERS; i++) {
    const key = generatePrivateKey()
    await rpc(chain.rpcUrl, "anvil_setBalance", [privateKeyToAccount(key).address, "0x3635c9adc5dea00000"]) // 1000 ETH
    holders.push(wallet(key))
  }
  // Holder 0 is the registrant and receives the supply; snapshots every block.
  token = (await deployContract(deployer, "ModelRevenueToken", ["Mamori default revenue", "MDR", 42n, holders[0]!.account.address, SUPPLY, CLAIM_BPS, 1n])).address
  await mine(1)
  base = await rpc<Hex>(chain.rpcUrl, "evm_snapshot")
}, 120_000)
afterAll(async () => chain?.stop())

/** Back to the fresh token (supply with holder 0, nothing paid in); evm_revert consumes the snapshot id. */
async function reset() {
  await rpc(chain.rpcUrl, "evm_revert", [base])
  base = await rpc<Hex>(chain.rpcUrl, "evm_snapshot")
}

/** Splits the supply among the holders by random weights (holder 0 keeps the rest). */
async function distribute(weights: number[]) {
  const total = weights.reduce((a, b) => a + b, 0) || 1
  for (let i = 1; i < HOLDERS; i++) {
    const amount = (SUPPLY * BigInt(weights[i]!)) / BigInt(total)
    if (amount > 0n) await mined(await write(holders[0]!, "transfer", [holders[i]!.account.address, amount]))
  }
  await mine(1)
}

describe("ERC-7641 revenue token (property tests)", () => {
  it("claims never exceed the inflow; each snapshot's rounding loss is at most 1 wei per holder; double claims fail", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: HOLDERS, maxLength: HOLDERS }),
        fc.array(fc.bigInt({ min: 1n, max: parseEther("5") }), { minLength: 1, maxLength: 3 }),
        async (weights, inflows) => {
          await reset()
          await distribute(weights)
          let paidIn = 0n
          let claimedTotal = 0n
          for (const inflow of inflows) {
            await pay(holders[3]!, inflow)
            paidIn += inflow
            await mine(1)
            const id = await snapshotNow(holders[1]!)
            const [allocated] = await read<[bigint, bigint, bigint]>("snapshotOf", [id])
            const burnPool = await read<bigint>("burnPool")
            expect(allocated).toBe((inflow * CLAIM_BPS) / 10_000n)
            let claimedHere = 0n
            for (const h of holders) {
              const claimable = await read<bigint>("claimableRevenue", [h.account.address, id])
              const held = await read<bigint>("balanceOfAt", [h.account.address, id])
              expect(claimable).toBe((allocated * held) / SUPPLY)
              if (claimable === 0n) {
                await expectRevert(sim(h, { address: token, abi: modelRevenueTokenAbi, functionName: "claim", args: [id] }), "ModelRevenueToken__NothingToClaim")
                continue
              }
              const before = await ethOf()
              await mined(await write(h, "claim", [id]))
              expect(before - (await ethOf())).toBe(claimable)
              claimedHere += claimable
              // A second claim of the same snapshot pays nothing.
              expect(await read<bigint>("claimableRevenue", [h.account.address, id])).toBe(0n)
              await expectRevert(sim(h, { address: token, abi: modelRevenueTokenAbi, functionName: "claim", args: [id] }), "ModelRevenueToken__NothingToClaim")
            }
            expect(claimedHere).toBeLessThanOrEqual(allocated)
            expect(allocated - claimedHere).toBeLessThanOrEqual(BigInt(HOLDERS))
            claimedTotal += claimedHere
            expect(burnPool + claimedTotal).toBeLessThanOrEqual(paidIn)
          }
          // What is left covers the burn pool and the unclaimed dust exactly.
          expect(await ethOf()).toBe(paidIn - claimedTotal)
          expect(await read<bigint>("claimReserve")).toBe((await ethOf()) - (await read<bigint>("burnPool")))
        }
      ),
      { numRuns: 8 }
    )
  })

  it("a burn redeems exactly its share of the burn pool, and burnt tokens share no later revenue", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: HOLDERS, maxLength: HOLDERS }),
        fc.bigInt({ min: 1n, max: parseEther("10") }),
        fc.integer({ min: 1, max: HOLDERS - 1 }),
        fc.integer({ min: 1, max: 100 }),
        async (weights, inflow, who, percent) => {
          await reset()
          await distribute(weights)
          await pay(holders[0]!, inflow)
          await mine(1)
          await snapshotNow(holders[0]!)
          const h = holders[who]!
          const held = await read<bigint>("balanceOf", [h.account.address])
          const amount = (held * BigInt(percent)) / 100n
          if (amount === 0n) return
          const pool = await read<bigint>("burnPool")
          const supply = await read<bigint>("totalSupply")
          const quoted = await read<bigint>("redeemableOnBurn", [amount])
          expect(quoted).toBe((pool * amount) / supply)
          const before = await ethOf()
          await mined(await write(h, "burn", [amount]))
          expect(before - (await ethOf())).toBe(quoted)
          expect(await read<bigint>("burnPool")).toBe(pool - quoted)
          expect(await read<bigint>("totalSupply")).toBe(supply - amount)
          // The next snapshot divides by the smaller supply, and the burner's share is only what it still holds.
          await pay(holders[0]!, inflow)
          await mine(1)
          const next = await snapshotNow(holders[0]!)
          const [allocated, , snapSupply] = await read<[bigint, bigint, bigint]>("snapshotOf", [next])
          expect(snapSupply).toBe(supply - amount)
          expect(await read<bigint>("claimableRevenue", [h.account.address, next])).toBe((allocated * (held - amount)) / (supply - amount))
        }
      ),
      { numRuns: 8 }
    )
  })

  it("a holder who buys after a snapshot (even in its block) cannot claim for it; the seller still can", async () => {
    await fc.assert(
      fc.asyncProperty(fc.bigInt({ min: 10n, max: parseEther("3") }), fc.boolean(), async (inflow, sameBlock) => {
        await reset()
        const [seller, buyer] = [holders[0]!, holders[2]!]
        await pay(holders[1]!, inflow)
        await mine(1)
        let id: bigint
        if (sameBlock) {
          // The buyer's purchase lands in the snapshot's own block, before the snapshot.
          await rpc(chain.rpcUrl, "evm_setAutomine", [false])
          try {
            const buy = await write(seller, "transfer", [buyer.account.address, SUPPLY / 2n])
            const snap = await write(holders[1]!, "snapshot")
            await mine(1)
            await mined(buy)
            const receipt = await mined(snap)
            expect(receipt.blockNumber).toBe((await publicClient.getTransactionReceipt({ hash: buy })).blockNumber)
          } finally {
            await rpc(chain.rpcUrl, "evm_setAutomine", [true])
          }
          id = await read<bigint>("currentSnapshotId")
        } else {
          id = await snapshotNow(holders[1]!)
          await mined(await write(seller, "transfer", [buyer.account.address, SUPPLY / 2n]))
        }
        const [allocated] = await read<[bigint, bigint, bigint]>("snapshotOf", [id])
        expect(await read<bigint>("claimableRevenue", [buyer.account.address, id])).toBe(0n)
        await expectRevert(sim(buyer, { address: token, abi: modelRevenueTokenAbi, functionName: "claim", args: [id] }), "ModelRevenueToken__NothingToClaim")
        expect(await read<bigint>("claimableRevenue", [seller.account.address, id])).toBe(allocated)
      }),
      { numRuns: 6 }
    )
  })
})

describe("ERC-7641 revenue token (attacks)", () => {
  it("a flash balance around snapshot() pays nothing: balances are read at the end of the previous block", async () => {
    await reset()
    const trick = (await deployContract(deployer, "SnapshotFlashTrick")).address
    const lender = holders[0]!
    await pay(holders[1]!, parseEther("1"))
    await mine(1)
    await mined(await write(lender, "approve", [trick, SUPPLY]))
    await mine(1)
    const trickAbi = loadArtifact("SnapshotFlashTrick").abi
    const receipt = await mined(
      await holders[3]!.writeContract({ address: trick, abi: trickAbi, functionName: "run", args: [token, lender.account.address], gas: 1_000_000n } as never)
    )
    const id = await read<bigint>("currentSnapshotId")
    expect(receipt.status).toBe("success")
    expect(await read<bigint>("balanceOfAt", [trick, id])).toBe(0n)
    expect(await read<bigint>("claimableRevenue", [trick, id])).toBe(0n)
    const [allocated] = await read<[bigint, bigint, bigint]>("snapshotOf", [id])
    expect(allocated).toBe(parseEther("0.8"))
    expect(await read<bigint>("claimableRevenue", [lender.account.address, id])).toBe(allocated)
  })

  it("reentrancy on claim and burn is refused: the nested call fails and the holder is paid once", async () => {
    await reset()
    const attackerAbi = loadArtifact("ReentrantHolder").abi
    const attacker = (await deployContract(deployer, "ReentrantHolder", [token])).address
    await mined(await write(holders[0]!, "transfer", [attacker, SUPPLY / 4n]))
    await pay(holders[1]!, parseEther("2"))
    await mine(1)
    const id = await snapshotNow(holders[1]!)
    const due = await read<bigint>("claimableRevenue", [attacker, id])
    expect(due).toBe((parseEther("1.6") * 1n) / 4n)
    const call = (functionName: string, args: unknown[]) =>
      holders[2]!.writeContract({ address: attacker, abi: attackerAbi, functionName, args, gas: 1_000_000n } as never).then(mined)
    const readAttacker = (functionName: string) => publicClient.readContract({ address: attacker, abi: attackerAbi, functionName } as never) as Promise<bigint>
    await call("claim", [id])
    expect(await publicClient.getBalance({ address: attacker })).toBe(due)
    expect(await readAttacker("reentered")).toBe(0n)
    expect(await readAttacker("refused")).toBe(1n)
    const redeem = await read<bigint>("redeemableOnBurn", [SUPPLY / 8n])
    await call("burn", [SUPPLY / 8n])
    expect(await publicClient.getBalance({ address: attacker })).toBe(due + redeem)
    expect(await readAttacker("reentered")).toBe(0n)
    expect(await readAttacker("refused")).toBe(2n)
    expect(await read<bigint>("balanceOf", [attacker])).toBe(SUPPLY / 4n - SUPPLY / 8n)
  })

  it("claim gas stays under 80k for a holder with a transfer history", async () => {
    await reset()
    await distribute([1, 1, 1, 1])
    await pay(holders[0]!, parseEther("1"))
    await mine(1)
    const id = await snapshotNow(holders[0]!)
    const receipt = await mined(await write(holders[2]!, "claim", [id]))
    console.log(`claim gas: ${receipt.gasUsed}`)
    expect(receipt.gasUsed).toBeLessThanOrEqual(80_000n)
  })
})
