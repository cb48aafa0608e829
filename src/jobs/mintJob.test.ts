import { getAddress, HttpRequestError, keccak256, stringToHex, hexToString, type Address, type Hex } from "viem"
import { describe, expect, it } from "vitest"
import { commitmentHash } from "../chain/commitmentHash"
import { encodeAigcData } from "../chain/aigcData"
import { aigcModelCommitment } from "../chain/aigcModelCommitment"
import { encodeSceneAigcData } from "../chain/sceneAigcData"
import type { ArtArchitecture } from "../studio/architecture"
import { WalletError } from "../wallet/errors"
import { createMintJob, retryMintJob, runMintJob } from "./mintJob"
import type { MintEffects, MintJob } from "./types"

const ME: Address = getAddress("0x70997970c51812dc3a010c7d01b50e20d79c8c8d")
const OTHER: Address = getAddress("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc")
const COLLECTION: Address = getAddress("0x5fbdb2315678afecb367f032d93f642f64180aa3")
const ZERO = `0x${"0".repeat(64)}` as Hex
const PROMPT = "a quiet harbour at dawn"

type Tx = { kind: "commit" | "reveal"; nonce: number; payload: Hex; hash: Hex; block?: bigint; ok?: boolean; fee?: string; bond?: string; optimistic?: boolean }

/** A tiny automining chain with the collection's commit-reveal rules. */
class World {
  block = 100n
  nonce = 0
  window = 5n
  chain = 31337
  balance = 10n ** 18n
  rpcDown = false
  txs = new Map<Hex, Tx>()
  commits = new Map<Hex, bigint>()
  owners = new Map<bigint, Address>()
  saltCounter = 0
  /** The model's mint fee (wei); undefined: an effects object without mintFee (a free model). */
  fee: bigint | undefined = undefined
  feesPaid = 0n
  /** The collection's optimistic bond (wei); undefined: effects without the optimistic path. */
  bond: bigint | undefined = undefined
  bondsPosted = 0n
  proofs = 0
  signatures = 0
  minedCommits = () => [...this.txs.values()].filter((t) => t.kind === "commit" && t.block !== undefined)
  minedReveals = () => [...this.txs.values()].filter((t) => t.kind === "reveal" && t.ok)
  sign(kind: Tx["kind"], payload: Hex, fee?: bigint, bond?: bigint, optimistic?: boolean) {
    // Each signature differs (as fresh fees would make it); the persisted bytes are what a resume re-sends.
    const tx: Tx = {
      kind,
      nonce: this.nonce,
      payload,
      hash: keccak256(stringToHex(`${kind}:${this.nonce}:${payload}:${++this.signatures}`)),
      fee: (fee ?? 0n).toString(),
      bond: (bond ?? 0n).toString(),
      optimistic
    }
    return { hash: tx.hash, raw: stringToHex(JSON.stringify(tx)) }
  }
  send(raw: Hex) {
    const tx = JSON.parse(hexToString(raw)) as Tx
    if (this.txs.has(tx.hash)) return
    if (tx.nonce < this.nonce) throw new Error("nonce too low")
    this.nonce++
    this.block++
    tx.block = this.block
    if (tx.kind === "commit") {
      this.commits.set(tx.payload, this.block)
      tx.ok = true
    } else {
      const commitment = commitmentHash(ME, PROMPT, tx.payload)
      const at = this.commits.get(commitment) ?? 0n
      const id = BigInt(keccak256(stringToHex(PROMPT)))
      // The collection takes exactly the model's fee, or reverts (and a reverted reveal pays nothing).
      // revealOptimistic also takes exactly the bond; the proven reveal takes none.
      const bondOk = BigInt(tx.bond ?? "0") === (tx.optimistic ? (this.bond ?? 0n) : 0n)
      tx.ok = at > 0n && this.block >= at + 1n && this.block <= at + this.window && !this.owners.has(id) && BigInt(tx.fee ?? "0") === (this.fee ?? 0n) && bondOk
      if (tx.ok) {
        this.feesPaid += BigInt(tx.fee ?? "0")
        this.bondsPosted += BigInt(tx.bond ?? "0")
        this.owners.set(id, ME)
        this.commits.delete(commitment)
      }
    }
    this.txs.set(tx.hash, tx)
  }
}

class Crash extends Error {}

/** Effects over the world; `crashAt` makes the n-th effect call (before or after acting) and everything after it throw. */
function effects(world: World, store: { job?: MintJob }, crash?: { at: number; after: boolean }): MintEffects & { calls: () => number } {
  let calls = 0
  let crashed = false
  const persist = async (job: MintJob) => {
    store.job = JSON.parse(JSON.stringify(job))
  }
  const wrap =
    <A extends unknown[], R>(fn: (...a: A) => Promise<R> | R) =>
    async (...a: A): Promise<R> => {
      if (crashed) throw new Crash("crashed")
      calls++
      if (crash && calls === crash.at && !crash.after) {
        crashed = true
        throw new Crash("crash before")
      }
      if (world.rpcDown && (fn as unknown) !== persist) throw new HttpRequestError({ url: "http://127.0.0.1:8545", details: "fetch failed" })
      const r = await fn(...a)
      if (crash && calls === crash.at && crash.after) {
        crashed = true
        throw new Crash("crash after")
      }
      return r
    }
  return {
    calls: () => calls,
    save: wrap(persist),
    prove: wrap(async (job: MintJob, onProgress: (s: string, f: number) => void) => {
      world.proofs++
      onProgress("prove", 0.5)
      onProgress("done", 1)
      return { aigcData: fakeAigcData(job.architecture ?? "art"), proof: "0x02" as Hex, ms: 5 }
    }),
    randomSalt: () => `0x${(++world.saltCounter).toString(16).padStart(64, "0")}` as Hex,
    chainId: wrap(async () => world.chain),
    blockNumber: wrap(async () => world.block),
    balance: wrap(async () => world.balance),
    requiredBalance: wrap(async () => 10n ** 16n),
    tokenOwner: wrap(async (id: bigint) => world.owners.get(id) ?? null),
    readCommit: wrap(async (c: Hex) => {
      const at = world.commits.get(c) ?? 0n
      return at ? { committedAt: at, readyAt: at + 1n, expiresAfter: at + world.window } : { committedAt: 0n, readyAt: 0n, expiresAfter: 0n }
    }),
    signCommit: wrap(async (c: Hex) => world.sign("commit", c)),
    signReveal: wrap(async (salt: Hex, proof: { proof: Hex }, fee: bigint, bond: bigint) => world.sign("reveal", salt, fee, bond, proof.proof === "0x")),
    ...(world.fee === undefined ? {} : { mintFee: wrap(async () => world.fee!) }),
    ...(world.bond === undefined ? {} : { generate: wrap(async () => ({ aigcData: "0x01" as Hex, proof: "0x" as Hex })), optimisticBond: wrap(async () => world.bond!) }),
    broadcast: wrap(async (raw: Hex) => world.send(raw)),
    getReceipt: wrap(async (hash: Hex) => {
      const tx = world.txs.get(hash)
      return tx?.block ? { status: tx.ok ? ("success" as const) : ("reverted" as const), blockNumber: tx.block, gasUsed: 50_000n } : null
    }),
    sleep: async () => {},
    now: () => 1_700_000_000_000
  }
}

/** aigcData in each architecture's layout: art 320 bytes (commitment + 9 pixel words), scene 64 (commitment + scene). */
const fakeAigcData = (architecture: ArtArchitecture): Hex =>
  architecture === "scene" ? encodeSceneAigcData({ modelCommitment: 42n, scene: 0x1234n }) : encodeAigcData({ modelCommitment: 41n, words: new Array(9).fill(3n) })
const newJob = (architecture?: ArtArchitecture) =>
  createMintJob({ id: "job-1", prompt: PROMPT, account: ME, chainId: 31337, collection: COLLECTION, now: 1, ...(architecture ? { architecture } : {}) })
const opts = { pollMs: 0, maxPolls: 3 }

describe("mint job", () => {
  it("runs created → … → minted with one commit and one reveal, tx hashes persisted", async () => {
    const world = new World()
    const store: { job?: MintJob } = {}
    const job = await runMintJob(newJob(), effects(world, store), opts)
    expect(job.error).toBeUndefined()
    expect(job.status).toBe("done")
    expect(job.history.map((h) => h.step)).toEqual(["created", "proving", "proved", "salted", "commit-sent", "committed", "reveal-sent", "minted"])
    expect(store.job).toEqual(job)
    expect(world.minedCommits()).toHaveLength(1)
    expect(world.minedReveals()).toHaveLength(1)
    expect(job.commits[0]).toMatchObject({ state: "revealed", tx: world.minedCommits()[0]!.hash, gasUsed: "50000" })
    expect(job.reveals[0]).toMatchObject({ state: "mined" })
  })

  it("crashing at every effect boundary (before and after it acts) then resuming ends minted with exactly one commit", async () => {
    const probe = new World()
    const counter = effects(probe, {})
    await runMintJob(newJob(), counter, opts)
    const n = counter.calls()
    expect(n).toBeGreaterThan(15)
    for (let at = 1; at <= n; at++) {
      for (const after of [false, true]) {
        const world = new World()
        const store: { job?: MintJob } = {}
        const first = newJob()
        store.job = first
        await runMintJob(first, effects(world, store, { at, after }), opts).catch((e) => {
          if (!(e instanceof Crash)) throw e
        })
        let job = store.job!
        // A second crash later in the resumed run, for good measure.
        await runMintJob(job, effects(world, store, { at: 3, after: !after }), opts).catch((e) => {
          if (!(e instanceof Crash)) throw e
        })
        job = store.job!
        if (job.status === "failed") job = retryMintJob(job, 2)
        const done = await runMintJob(job, effects(world, store), opts)
        expect(done.status, `crash at ${at} ${after ? "after" : "before"}`).toBe("done")
        expect(world.minedCommits(), `commits, crash at ${at} ${after ? "after" : "before"}`).toHaveLength(1)
        expect(world.minedReveals()).toHaveLength(1)
        expect(done.commits.filter((c) => c.tx && world.txs.get(c.tx)?.block)).toHaveLength(1)
      }
    }
  })

  it("RPC down: a clear retryable error, the step is kept, Retry finishes", async () => {
    const world = new World()
    const store: { job?: MintJob } = {}
    const fx = effects(world, store)
    let job = await runMintJob(newJob(), { ...fx, signReveal: async () => ((world.rpcDown = true), world.sign("reveal", ZERO)) }, opts)
    expect(job).toMatchObject({ status: "failed", step: "reveal-sent", error: { code: "mint/rpc-down", retryable: true } })
    expect(job.error!.message).toMatch(/RPC cannot be reached/)
    world.rpcDown = false
    job = await runMintJob(retryMintJob(job, 2), fx, opts)
    expect(job.status).toBe("done")
    expect(world.minedCommits()).toHaveLength(1)
  })

  it("prompt already minted by someone else: no commit is paid; after a commit, the commit is kept", async () => {
    const world = new World()
    world.owners.set(BigInt(keccak256(stringToHex(PROMPT))), OTHER)
    const job = await runMintJob(newJob(), effects(world, {}), opts)
    expect(job).toMatchObject({ status: "failed", step: "created", error: { code: "mint/already-minted", retryable: false } })
    expect(job.proof).toBeUndefined() // refused before proving
    expect(world.minedCommits()).toHaveLength(0)
    expect(() => retryMintJob(job, 2)).toThrow(/already minted/)

    const w2 = new World()
    const fx2 = effects(w2, {})
    const late = await runMintJob(newJob(), { ...fx2, signReveal: async () => (w2.owners.set(BigInt(keccak256(stringToHex(PROMPT))), OTHER), w2.sign("reveal", ZERO)) }, opts)
    expect(late).toMatchObject({ status: "failed", error: { code: "mint/already-minted" } })
    expect(late.commits[0]!.tx).toBeDefined()
  })

  it("commit expired: explained, Retry commits with a NEW salt and keeps the paid commit", async () => {
    const world = new World()
    const store: { job?: MintJob } = {}
    const fx = effects(world, store)
    let job = await runMintJob(newJob(), { ...fx, signReveal: async () => ((world.block += 10n), Promise.reject(new Crash("stop"))) }, opts).catch(() => store.job!)
    expect(job).toMatchObject({ status: "failed", step: "committed" })
    job = await runMintJob(retryMintJob(job, 2), fx, opts)
    expect(job).toMatchObject({ status: "failed", step: "proved", error: { code: "mint/commit-expired", retryable: true } })
    expect(job.commits[0]!.state).toBe("expired")
    job = await runMintJob(retryMintJob(job, 2), fx, opts)
    expect(job.status).toBe("done")
    expect(job.commits).toHaveLength(2)
    expect(job.commits[1]!.salt).not.toBe(job.commits[0]!.salt)
    expect(job.commits[0]).toMatchObject({ state: "expired", tx: expect.stringMatching(/^0x/) })
    expect(world.minedCommits()).toHaveLength(2)
  })

  it("insufficient funds: explained before any commit, Retry after funding", async () => {
    const world = new World()
    world.balance = 10n ** 15n
    const fx = effects(world, {})
    let job = await runMintJob(newJob(), fx, opts)
    expect(job).toMatchObject({ status: "failed", step: "proved", error: { code: "mint/insufficient-funds", retryable: true } })
    expect(job.error!.message).toMatch(/0\.001 ETH.*0\.01 ETH/)
    expect(world.minedCommits()).toHaveLength(0)
    world.balance = 10n ** 18n
    job = await runMintJob(retryMintJob(job, 2), fx, opts)
    expect(job.status).toBe("done")
  })

  it("a locked account waits (not failed); wrong chain is explained", async () => {
    const world = new World()
    const fx = effects(world, {})
    let job = await runMintJob(newJob(), { ...fx, signCommit: async () => Promise.reject(new WalletError("Unlock your account to continue.", { code: "wallet/locked" })) }, opts)
    expect(job).toMatchObject({ status: "waiting", step: "salted", error: { code: "wallet/locked" } })
    world.chain = 1
    job = await runMintJob(retryMintJob(job, 2), fx, opts)
    expect(job).toMatchObject({ status: "failed", error: { code: "mint/wrong-chain" } })
    expect(job.error!.message).toMatch(/chain 1.*chain 31337/)
    world.chain = 31337
    job = await runMintJob(retryMintJob(job, 3), fx, opts)
    expect(job.status).toBe("done")
    expect(world.minedCommits()).toHaveLength(1)
  })

  it("rejects an empty prompt, and one over the contract's 160 UTF-8 bytes (counted in bytes, not characters)", () => {
    const job = (prompt: string) => createMintJob({ id: "x", prompt, account: ME, chainId: 1, collection: COLLECTION, now: 0 })
    expect(() => job(" ")).toThrow(/empty/)
    // A lone surrogate would be encoded as U+FFFD: another prompt than the one shown. Refused before any cost.
    expect(() => job("a fox \ud83e")).toThrow(/broken character/)
    expect(job("é".repeat(80)).prompt).toHaveLength(80) // 160 bytes: the contract's limit, accepted
    expect(() => job("é".repeat(81))).toThrow("The prompt is 162 bytes long; the collection accepts at most 160 bytes (UTF-8).")
    expect(() => job("a".repeat(161))).toThrow(/161 bytes/)
  })
})

describe("mint job: the model's mint fee", () => {
  it("is recorded before the commit and paid exactly once, even when every effect boundary crashes and resumes", async () => {
    const probe = new World()
    probe.fee = 7n * 10n ** 15n
    const counter = effects(probe, {})
    const clean = await runMintJob(newJob(), counter, opts)
    expect(clean.fee).toBe(probe.fee.toString())
    expect(probe.feesPaid).toBe(probe.fee)
    for (let at = 1; at <= counter.calls(); at++) {
      for (const after of [false, true]) {
        const world = new World()
        world.fee = probe.fee
        const store: { job?: MintJob } = { job: newJob() }
        await runMintJob(store.job!, effects(world, store, { at, after }), opts).catch((e) => {
          if (!(e instanceof Crash)) throw e
        })
        let job = store.job!
        if (job.status === "failed") job = retryMintJob(job, 2)
        const done = await runMintJob(job, effects(world, store), opts)
        expect(done.status, `crash at ${at} ${after ? "after" : "before"}`).toBe("done")
        expect(world.feesPaid, `fee paid, crash at ${at} ${after ? "after" : "before"}`).toBe(world.fee)
      }
    }
  })

  it("a fee raised after the commit stops the job before paying; Retry pays the new fee once", async () => {
    const world = new World()
    world.fee = 10n ** 15n
    const store: { job?: MintJob } = {}
    const fx = effects(world, store)
    const original = fx.signCommit!
    fx.signCommit = async (c: Hex) => {
      const signed = await original(c)
      world.fee = 3n * 10n ** 15n // the registrant raises the fee while the commit is in flight
      return signed
    }
    const failed = await runMintJob(newJob(), fx, opts)
    expect(failed.status).toBe("failed")
    expect(failed.error).toMatchObject({ code: "mint/fee-changed", retryable: true })
    expect(failed.error!.message).toContain("0.003")
    expect(world.feesPaid).toBe(0n)
    const done = await runMintJob(retryMintJob(failed, 2), effects(world, store), opts)
    expect(done.status).toBe("done")
    expect(done.fee).toBe(world.fee.toString())
    expect(world.feesPaid).toBe(world.fee)
    expect(world.minedCommits()).toHaveLength(1)
  })
})

describe("mint job: optimistic mode (no proof, a bond)", () => {
  const optimisticJob = () => createMintJob({ id: "job-o", prompt: PROMPT, account: ME, chainId: 31337, collection: COLLECTION, now: 1, mode: "optimistic" })
  const BOND = 5n * 10n ** 16n

  it("mints without proving, records fee and bond before the commit, and pays both exactly once at every crash point", async () => {
    const probe = new World()
    probe.fee = 2n * 10n ** 15n
    probe.bond = BOND
    const counter = effects(probe, {})
    const clean = await runMintJob(optimisticJob(), counter, opts)
    expect(clean.status).toBe("done")
    expect([clean.mode, clean.fee, clean.bond, clean.proof?.proof]).toEqual(["optimistic", probe.fee.toString(), BOND.toString(), "0x"])
    expect([probe.proofs, probe.feesPaid, probe.bondsPosted, probe.minedReveals().length]).toEqual([0, probe.fee, BOND, 1])
    for (let at = 1; at <= counter.calls(); at++) {
      for (const after of [false, true]) {
        const world = new World()
        world.fee = probe.fee
        world.bond = BOND
        const store: { job?: MintJob } = { job: optimisticJob() }
        await runMintJob(store.job!, effects(world, store, { at, after }), opts).catch((e) => {
          if (!(e instanceof Crash)) throw e
        })
        let job = store.job!
        if (job.status === "failed") job = retryMintJob(job, 2)
        const done = await runMintJob(job, effects(world, store), opts)
        const where = `crash at ${at} ${after ? "after" : "before"}`
        expect(done.status, where).toBe("done")
        expect([world.feesPaid, world.bondsPosted, world.minedCommits().length, world.proofs], where).toEqual([world.fee, BOND, 1, 0])
      }
    }
  })

  it("a bond changed after the commit stops the job before posting; Retry posts the new bond once", async () => {
    const world = new World()
    world.bond = BOND
    const store: { job?: MintJob } = {}
    const fx = effects(world, store)
    const original = fx.signCommit!
    fx.signCommit = async (c: Hex) => {
      const signed = await original(c)
      world.bond = 2n * BOND // the collection owner raises the bond while the commit is in flight
      return signed
    }
    const failed = await runMintJob(optimisticJob(), fx, opts)
    expect(failed.error).toMatchObject({ code: "mint/bond-changed", retryable: true })
    expect(world.bondsPosted).toBe(0n)
    const done = await runMintJob(retryMintJob(failed, 2), effects(world, store), opts)
    expect([done.status, done.bond, world.bondsPosted]).toEqual(["done", (2n * BOND).toString(), 2n * BOND])
  })

  it("the proven mode posts no bond, and effects without the optimistic path refuse an optimistic job clearly", async () => {
    const world = new World()
    world.bond = BOND
    const proven = await runMintJob(newJob(), effects(world, {}), opts)
    expect([proven.status, proven.bond, world.bondsPosted, world.proofs]).toEqual(["done", undefined, 0n, 1])
    const old = new World()
    const refused = await runMintJob(optimisticJob(), effects(old, {}), opts)
    expect(refused.error).toMatchObject({ code: "mint/no-optimistic", retryable: false })
    expect(old.minedCommits()).toHaveLength(0)
  })
})

describe("mint job: a signed transaction the node refuses for good", () => {
  it("is signed again (same salt, nothing paid twice) instead of being stuck", async () => {
    const world = new World()
    const store: { job?: MintJob } = {}
    const fx = effects(world, store)
    // The first signed commit is refused every time (as a transaction signed for another chain id would be).
    let refused: Hex | undefined
    const flaky = { ...fx, broadcast: async (raw: Hex) => ((refused ??= raw) === raw ? Promise.reject(new Error("invalid chainId")) : fx.broadcast(raw)) }
    let job = await runMintJob(newJob(), flaky, opts)
    expect(job).toMatchObject({ status: "failed", step: "commit-sent" })
    job = await runMintJob(retryMintJob(job, 2), flaky, opts)
    expect(job.status).toBe("done")
    expect(job.commits.map((c) => c.state)).toEqual(["dropped", "revealed"])
    expect(job.commits[0]!.salt).toBe(job.commits[1]!.salt)
    expect(world.minedCommits()).toHaveLength(1)
  })
})

describe("mint job with an external wallet (sign-and-send)", () => {
  it("records the request before sending, mints, and a crash after sending does not commit twice", async () => {
    const world = new World()
    const store: { job?: MintJob } = {}
    const base = effects(world, store)
    let requests = 0
    const wallet = (crashAfterCommit: boolean): MintEffects => {
      const { signCommit: _c, signReveal: _r, ...rest } = base
      return {
        ...rest,
        sendCommit: async (c: Hex) => {
          requests++
          expect(store.job!.commits.at(-1)!.requestedAt).toBeDefined() // persisted before the wallet is asked
          const { hash, raw } = world.sign("commit", c)
          world.send(raw)
          if (crashAfterCommit) throw new Crash("crash after the wallet sent")
          return hash
        },
        sendReveal: async (salt: Hex) => {
          const { hash, raw } = world.sign("reveal", salt)
          world.send(raw)
          return hash
        }
      }
    }
    await runMintJob(newJob(), wallet(true), opts)
    expect(store.job).toMatchObject({ status: "failed", step: "salted" })
    const job = await runMintJob(retryMintJob(store.job!, 2), wallet(false), opts)
    expect(job.status).toBe("done")
    expect(requests).toBe(1) // found on-chain, not asked again
    expect(world.minedCommits()).toHaveLength(1)
    expect(world.minedReveals()).toHaveLength(1)
  })
})

describe("mint job: the scene architecture", () => {
  it("records the architecture; a stored job without it is mamori-art-v1; an unknown one is refused", () => {
    expect(newJob("scene").architecture).toBe("scene")
    expect(newJob("scene").tokenId).toBe(newJob().tokenId) // one token per prompt, whatever draws it
    expect(newJob("art").architecture).toBeUndefined()
    expect(newJob().architecture).toBeUndefined()
    expect(() => newJob("pixels" as ArtArchitecture)).toThrow(/Unknown art architecture "pixels"/)
  })

  it("mints through the same steps and reveals the scene's 64-byte aigcData and its proof", async () => {
    const world = new World()
    const store: { job?: MintJob } = {}
    const fx = effects(world, store)
    const revealed: { aigcData: Hex; proof: Hex }[] = []
    const original = fx.signReveal!
    fx.signReveal = async (salt, proof, fee, bond) => (revealed.push(proof), original(salt, proof, fee, bond))
    const job = await runMintJob(newJob("scene"), fx, opts)
    expect(job.error).toBeUndefined()
    expect(job).toMatchObject({ status: "done", architecture: "scene" })
    expect(job.history.map((h) => h.step)).toEqual(["created", "proving", "proved", "salted", "commit-sent", "committed", "reveal-sent", "minted"])
    expect(revealed).toHaveLength(1)
    expect(revealed[0]!.aigcData).toBe(fakeAigcData("scene"))
    expect(aigcModelCommitment(revealed[0]!.aigcData)).toBe(42n)
    expect(world.minedCommits()).toHaveLength(1)
  })

  it("crashing at every effect boundary of a scene mint then resuming ends minted with exactly one commit", async () => {
    const counter = effects(new World(), {})
    await runMintJob(newJob("scene"), counter, opts)
    for (let at = 1; at <= counter.calls(); at++) {
      for (const after of [false, true]) {
        const world = new World()
        const store: { job?: MintJob } = { job: newJob("scene") }
        await runMintJob(store.job!, effects(world, store, { at, after }), opts).catch((e) => {
          if (!(e instanceof Crash)) throw e
        })
        let job = store.job!
        expect(job.architecture).toBe("scene") // persisted with every save
        if (job.status === "failed") job = retryMintJob(job, 2)
        const done = await runMintJob(job, effects(world, store), opts)
        expect(done.status, `crash at ${at} ${after ? "after" : "before"}`).toBe("done")
        expect(world.minedCommits(), `commits, crash at ${at} ${after ? "after" : "before"}`).toHaveLength(1)
        expect(world.minedReveals()).toHaveLength(1)
      }
    }
  })

  it("a prompt this account already minted (with the other architecture) is refused before proving, not shown as minted", async () => {
    const world = new World()
    world.owners.set(BigInt(keccak256(stringToHex(PROMPT))), ME)
    const job = await runMintJob(newJob("scene"), effects(world, {}), opts)
    expect(job).toMatchObject({ status: "failed", step: "created", error: { code: "mint/already-owned", retryable: false } })
    expect(job.proof).toBeUndefined()
    expect(world.minedCommits()).toHaveLength(0)
  })

  it("a proof in the other architecture's layout fails typed before any commit; Retry proves again", async () => {
    for (const [architecture, wrong] of [
      ["scene", "art"],
      ["art", "scene"]
    ] as const) {
      const world = new World()
      const store: { job?: MintJob } = {}
      const fx = effects(world, store)
      const failed = await runMintJob(newJob(architecture), { ...fx, prove: async () => ({ aigcData: fakeAigcData(wrong), proof: "0x02" as Hex }) }, opts)
      expect(failed).toMatchObject({ status: "failed", step: "proving", error: { code: "mint/bad-proof", retryable: true } })
      expect(failed.error!.message).toMatch(architecture === "scene" ? /320-byte.*mamori-scene-v1 mints with 64 bytes/ : /64-byte.*mamori-art-v1 mints with 320 bytes/)
      expect(failed.proof).toBeUndefined()
      expect(world.minedCommits()).toHaveLength(0)
      const done = await runMintJob(retryMintJob(failed, 2), fx, opts)
      expect(done.status).toBe("done")
      expect(world.minedCommits()).toHaveLength(1)
    }
  })
})
