import { getAddress, type Address, type Hex } from "viem"
import { commitmentHash } from "../chain/commitmentHash"
import { promptUtf8Problem } from "../chain/promptUtf8"
import { tokenIdOf } from "../chain/tokenIdOf"
import { MAX_PROMPT_BYTES } from "../limits"
import { ARCHITECTURES, type ArtArchitecture, architectureOf, isArtArchitecture } from "../studio/architecture"
import { MintError, toMintJobError } from "./errors"
import type { CommitRecord, MintEffects, MintJob, MintMode, MintStep, RevealRecord, TxReceipt } from "./types"

export type CreateMintJobParameters = {
  id: string
  prompt: string
  account: Address
  chainId: number
  collection: Address
  now: number
  /** Default: mamori-art-v1 (the field is then left out, as in jobs stored before the scene architecture). */
  architecture?: ArtArchitecture
  /** Default: proven. Optimistic only for mamori-art-v1 (the collection refuses adapter architectures). */
  mode?: MintMode
}

/** A new job in step `created`; the caller persists it. */
export function createMintJob(p: CreateMintJobParameters): MintJob {
  if (typeof p.prompt !== "string" || p.prompt.trim() === "") throw new MintError("The prompt is empty.", { code: "mint/bad-input", retryable: false })
  const utf8 = promptUtf8Problem(p.prompt)
  if (utf8) throw new MintError(utf8, { code: "mint/bad-input", retryable: false })
  const bytes = new TextEncoder().encode(p.prompt).length
  if (bytes > MAX_PROMPT_BYTES)
    throw new MintError(`The prompt is ${bytes} bytes long; the collection accepts at most ${MAX_PROMPT_BYTES} bytes (UTF-8).`, { code: "mint/bad-input", retryable: false })
  if (p.architecture !== undefined && !isArtArchitecture(p.architecture))
    throw new MintError(`Unknown art architecture ${JSON.stringify(p.architecture)}.`, { code: "mint/bad-input", retryable: false })
  // The collection accepts optimistic reveals only for mamori-art-v1 models: refuse before anything is paid.
  if (p.mode === "optimistic" && p.architecture !== undefined && p.architecture !== "art")
    throw new MintError(`An optimistic mint needs the ${ARCHITECTURES.art.name} architecture; ${ARCHITECTURES[p.architecture].name} mints only with a proof.`, {
      code: "mint/bad-input",
      retryable: false
    })
  return {
    id: p.id,
    prompt: p.prompt,
    tokenId: tokenIdOf(p.prompt).toString(),
    ...(p.architecture && p.architecture !== "art" ? { architecture: p.architecture } : {}),
    ...(p.mode === "optimistic" ? { mode: "optimistic" as const } : {}),
    account: getAddress(p.account),
    chainId: p.chainId,
    collection: getAddress(p.collection),
    step: "created",
    status: "running",
    commits: [],
    reveals: [],
    history: [{ step: "created", at: p.now }],
    createdAt: p.now,
    updatedAt: p.now
  }
}

export type RunMintJobOptions = {
  /** How often, and how many times, to poll for a receipt before giving the job back as "pending". */
  pollMs?: number
  maxPolls?: number
  /** Called after every persisted change (the runner forwards it to the popup). */
  onChange?: (job: MintJob) => void
}

/**
 * Advances a job until it is minted, fails, or waits for the user. Safe to call again on the stored job at
 * any time (after a crash, a stopped service worker or a browser restart): every step first looks at the
 * chain, so nothing is sent twice and a paid commit is always reused.
 * @returns The job as last persisted.
 */
export async function runMintJob(job: MintJob, fx: MintEffects, options: RunMintJobOptions = {}): Promise<MintJob> {
  let current = job
  const save = async (next: MintJob) => {
    next.updatedAt = fx.now()
    await fx.save(next)
    current = next
    options.onChange?.(next)
  }
  try {
    while (current.status === "running") await advance(clone(current), fx, save, options)
  } catch (error) {
    const e = toMintJobError(error)
    const next = clone(current)
    next.error = e
    next.status = e.code === "wallet/locked" ? "waiting" : "failed"
    next.progress = undefined
    await save(next)
  }
  return current
}

/** Marks a failed or waiting job to run again from its persisted step (the Retry button). */
export function retryMintJob(job: MintJob, now: number): MintJob {
  if (job.status === "done") return job
  if (job.error && !job.error.retryable) throw new MintError(job.error.message, { code: job.error.code, retryable: false })
  return { ...clone(job), status: "running", error: undefined, updatedAt: now }
}

const clone = (job: MintJob): MintJob => JSON.parse(JSON.stringify(job)) as MintJob
const lastCommit = (job: MintJob): CommitRecord | undefined => job.commits[job.commits.length - 1]
const lastReveal = (job: MintJob): RevealRecord | undefined => job.reveals[job.reveals.length - 1]

function moveTo(job: MintJob, step: MintStep, now: number, note?: string): MintJob {
  job.step = step
  job.history.push(note ? { step, at: now, note } : { step, at: now })
  if (step === "minted") job.status = "done"
  return job
}

type Save = (job: MintJob) => Promise<void>

/** One step: reads the world, persists the decision, then performs the side effect. */
async function advance(job: MintJob, fx: MintEffects, save: Save, options: RunMintJobOptions): Promise<void> {
  const now = fx.now()
  switch (job.step) {
    case "created": {
      // A prompt someone else already owns is refused before the proof is spent on it. Best effort: with the
      // RPC down the proof goes ahead, and the check runs again before anything is paid.
      const owner = await fx.tokenOwner(BigInt(job.tokenId)).catch(() => null)
      if (owner && owner.toLowerCase() !== job.account.toLowerCase())
        throw new MintError("This prompt is already minted by someone else; choose another prompt.", { code: "mint/already-minted", retryable: false })
      // Owned by this account before this job began: minted earlier, maybe by another model or architecture (one
      // token per prompt). Saying "minted" here would show an image the token does not hold.
      if (owner)
        throw new MintError("You already own this prompt's token (minted earlier, perhaps with another model or architecture); a prompt mints once.", {
          code: "mint/already-owned",
          retryable: false
        })
      return save(moveTo(job, "proving", now))
    }
    case "proving": {
      // Proving has no on-chain effect: after a crash it simply runs again.
      if (job.mode === "optimistic") {
        // No proof on this path: the model's pixels alone (a challenger proves them if they are wrong).
        if (!fx.generate) throw new MintError("This Studio cannot mint optimistically.", { code: "mint/no-optimistic", retryable: false })
        const next = clone(job)
        next.proof = await fx.generate(job)
        return save(moveTo(next, "proved", fx.now(), "optimistic: pixels without a proof"))
      }
      job.progress = { stage: "start", fraction: 0 }
      await save(job)
      let last = 0
      let pending: Promise<void> = Promise.resolve()
      let finished = false
      const proof = await fx.prove(job, (stage, fraction) => {
        // Progress is persisted (throttled, in order) so a reopened popup shows it.
        if (finished || (fraction - last < 0.1 && fraction < 1)) return
        last = fraction
        pending = pending.then(() => (finished ? undefined : save({ ...clone(job), progress: { stage, fraction } }))).catch(() => {})
      })
      finished = true
      await pending
      checkProofLayout(job, proof.aigcData)
      const next = clone(job)
      next.proof = proof
      next.progress = undefined
      return save(moveTo(next, "proved", fx.now()))
    }
    case "proved": {
      await checkChain(job, fx)
      if (await mintedByUs(job, fx)) return save(moveTo(job, "minted", now, "already minted"))
      job.fee = ((await fx.mintFee?.(job.proof!.aigcData)) ?? 0n).toString()
      if (job.mode === "optimistic") job.bond = (await readBond(fx)).toString()
      await checkFunds(fx, BigInt(job.fee) + BigInt(job.bond ?? "0"))
      // The salt is persisted before anything that could reveal or use it.
      const salt = fx.randomSalt()
      job.commits.push({ salt, commitment: commitmentHash(job.account, job.prompt, salt), state: "salted" })
      return save(moveTo(job, "salted", now))
    }
    case "salted": {
      const c = lastCommit(job)!
      // A commit sent before a crash that lost its hash is found on-chain, never sent again.
      if ((await fx.readCommit(c.commitment)).committedAt > 0n) {
        c.state = "mined"
        return save(moveTo(job, "committed", now, "found on-chain"))
      }
      await checkChain(job, fx)
      if (!fx.signCommit) {
        // An external wallet signs and sends at once: record the request first. A resume finds the commit
        // on-chain above; if it is not there, the wallet asks the user again (its prompt shows the retry).
        c.requestedAt = now
        await save(job)
        c.tx = await fx.sendCommit!(c.commitment)
        c.state = "sent"
        return save(moveTo(job, "commit-sent", fx.now()))
      }
      const signed = await fx.signCommit(c.commitment)
      c.tx = signed.hash
      c.raw = signed.raw
      c.state = "sent"
      await save(moveTo(job, "commit-sent", now))
      return fx.broadcast(signed.raw)
    }
    case "commit-sent": {
      const c = lastCommit(job)!
      const receipt = await waitForReceipt(c.tx!, c.raw, fx, options)
      if (receipt === "dropped") {
        if ((await fx.readCommit(c.commitment)).committedAt > 0n) {
          c.state = "mined"
          return save(moveTo(job, "committed", now, "found on-chain"))
        }
        // Replaced or dropped: nothing was paid for this salt, so sign it again.
        c.state = "dropped"
        job.commits.push({ salt: c.salt, commitment: c.commitment, state: "salted" })
        return save(moveTo(job, "salted", now, "commit transaction dropped"))
      }
      c.block = Number(receipt.blockNumber)
      c.gasUsed = receipt.gasUsed.toString()
      if (receipt.status !== "success") {
        c.state = "dropped"
        job.commits.push({ salt: c.salt, commitment: c.commitment, state: "salted" })
        await save(moveTo(job, "salted", now, "commit reverted"))
        throw new MintError("The commit transaction reverted.", { code: "mint/commit-reverted", retryable: true })
      }
      c.state = "mined"
      return save(moveTo(job, "committed", now))
    }
    case "committed": {
      const c = lastCommit(job)!
      const owner = await fx.tokenOwner(BigInt(job.tokenId))
      if (owner && owner.toLowerCase() === job.account.toLowerCase()) {
        c.state = "revealed"
        return save(moveTo(job, "minted", now, "already minted"))
      }
      if (owner) {
        await save(job)
        throw new MintError("This prompt was minted by someone else first. Your commit is kept in the job's history.", { code: "mint/already-minted", retryable: false })
      }
      const commitWindow = await fx.readCommit(c.commitment)
      const block = await fx.blockNumber()
      if (commitWindow.committedAt === 0n || block + 1n > commitWindow.expiresAfter) {
        // The reveal can no longer land in the window: keep the paid commit, ask before paying for a new one.
        c.state = "expired"
        await save(moveTo(job, "proved", now, "commit expired"))
        throw new MintError(
          `The commitment expired (its window ended at block ${commitWindow.expiresAfter}). Retry commits again with a new salt; the old commit stays in the history.`,
          {
            code: "mint/commit-expired",
            retryable: true
          }
        )
      }
      if (block + 1n < commitWindow.readyAt) {
        await fx.sleep(options.pollMs ?? 1000)
        return
      }
      await checkChain(job, fx)
      // The registrant may have changed the fee since it was shown: stop and show the new one before paying it.
      const fee = (await fx.mintFee?.(job.proof!.aigcData)) ?? 0n
      if (fee !== BigInt(job.fee ?? "0")) {
        const before = job.fee ?? "0"
        job.fee = fee.toString()
        await save(job)
        throw new MintError(`The model's mint fee changed from ${formatEth(BigInt(before))} to ${formatEth(fee)} ETH. Retry to mint at the new fee.`, {
          code: "mint/fee-changed",
          retryable: true
        })
      }
      // The collection owner may have changed the bond since it was shown: same rule as the fee.
      const bond = job.mode === "optimistic" ? await readBond(fx) : 0n
      if (bond !== BigInt(job.bond ?? "0")) {
        const before = job.bond ?? "0"
        job.bond = bond.toString()
        await save(job)
        throw new MintError(`The collection's optimistic bond changed from ${formatEth(BigInt(before))} to ${formatEth(bond)} ETH. Retry to mint with the new bond.`, {
          code: "mint/bond-changed",
          retryable: true
        })
      }
      if (!fx.signReveal) {
        // Minting twice is impossible (the token id is the prompt's hash), so a repeated request is safe: a
        // reveal that fails pays no fee and posts no bond.
        const tx = await fx.sendReveal!(c.salt, job.proof!, fee, bond)
        job.reveals.push({ tx, state: "sent" })
        return save(moveTo(job, "reveal-sent", fx.now()))
      }
      const signed = await fx.signReveal(c.salt, job.proof!, fee, bond)
      job.reveals.push({ tx: signed.hash, raw: signed.raw, state: "sent" })
      await save(moveTo(job, "reveal-sent", now))
      return fx.broadcast(signed.raw)
    }
    case "reveal-sent": {
      const r = lastReveal(job)!
      const receipt = await waitForReceipt(r.tx, r.raw, fx, options)
      if (receipt !== "dropped") {
        r.block = Number(receipt.blockNumber)
        r.gasUsed = receipt.gasUsed.toString()
        r.state = receipt.status === "success" ? "mined" : "reverted"
      }
      // Whatever happened, the token's owner is the truth; "committed" re-checks expiry and ownership.
      if (await mintedByUs(job, fx)) {
        lastCommit(job)!.state = "revealed"
        return save(moveTo(job, "minted", now))
      }
      await save(moveTo(job, "committed", now, receipt === "dropped" ? "reveal dropped" : "reveal reverted"))
      if (job.reveals.filter((x) => x.state === "reverted").length >= 3)
        throw new MintError("The reveal keeps failing on-chain.", { code: "mint/reveal-reverted", retryable: true })
      return
    }
    case "minted":
      job.status = "done"
      return save(job)
  }
}

/**
 * A proof whose aigcData has another architecture's layout would be refused by the contract after the commit
 * is paid: refuse it before anything is sent (proving runs again on Retry).
 */
function checkProofLayout(job: MintJob, aigcData: Hex): void {
  const architecture = architectureOf(job)
  const bytes = (aigcData.length - 2) / 2
  if (!/^0x[0-9a-fA-F]*$/.test(aigcData) || bytes !== ARCHITECTURES[architecture].aigcDataBytes)
    throw new MintError(
      `The prover returned ${bytes}-byte aigcData; ${ARCHITECTURES[architecture].name} mints with ${ARCHITECTURES[architecture].aigcDataBytes} bytes. Retry proves again.`,
      { code: "mint/bad-proof", retryable: true }
    )
}

async function mintedByUs(job: MintJob, fx: MintEffects): Promise<boolean> {
  const owner = await fx.tokenOwner(BigInt(job.tokenId))
  if (!owner) return false
  if (owner.toLowerCase() === job.account.toLowerCase()) return true
  throw new MintError("This prompt is already minted by someone else; choose another prompt.", { code: "mint/already-minted", retryable: false })
}

async function readBond(fx: MintEffects): Promise<bigint> {
  if (!fx.optimisticBond) throw new MintError("This Studio cannot mint optimistically.", { code: "mint/no-optimistic", retryable: false })
  return fx.optimisticBond()
}

async function checkChain(job: MintJob, fx: MintEffects): Promise<void> {
  const id = await fx.chainId()
  if (id !== job.chainId)
    throw new MintError(`The RPC is on chain ${id}, but this job mints on chain ${job.chainId}. Switch the network back, then Retry.`, {
      code: "mint/wrong-chain",
      retryable: true
    })
}

async function checkFunds(fx: MintEffects, fee: bigint): Promise<void> {
  const [balance, gas] = await Promise.all([fx.balance(), fx.requiredBalance()])
  const need = gas + fee
  if (balance < need)
    throw new MintError(
      `The account holds ${formatEth(balance)} ETH; a commit and a reveal${fee ? " with the model's fee (and the bond, when optimistic)" : ""} need about ${formatEth(need)} ETH. Fund it, then Retry.`,
      {
        code: "mint/insufficient-funds",
        retryable: true
      }
    )
}

const formatEth = (wei: bigint) => (Number(wei / 10n ** 12n) / 1e6).toString()

/** Polls for a receipt, re-broadcasting the persisted bytes in case the node never saw them. */
async function waitForReceipt(hash: Hex, raw: Hex | undefined, fx: MintEffects, options: RunMintJobOptions): Promise<TxReceipt | "dropped"> {
  const maxPolls = options.maxPolls ?? 60
  for (let i = 0; i < maxPolls; i++) {
    const receipt = await fx.getReceipt(hash)
    if (receipt) return receipt
    if (i === 0 && raw) {
      try {
        await fx.broadcast(raw)
      } catch (error) {
        // The node refuses the persisted bytes for good (nonce taken, wrong chain id, bad fee): unless it is
        // simply unreachable, the transaction can never land, so the caller signs it again.
        if (toMintJobError(error).code === "mint/rpc-down") throw error
        return (await fx.getReceipt(hash)) ?? "dropped"
      }
    }
    await fx.sleep(options.pollMs ?? 1000)
  }
  throw new MintError(`Transaction ${hash} is not mined yet. It will be picked up again; Retry to check now.`, { code: "mint/tx-pending", retryable: true })
}
