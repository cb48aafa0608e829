import { MintError, toMintJobError } from "../jobs/errors"
import type { ChallengeEffects, ChallengeJob, ChallengeStep } from "./types"

export type RunChallengeOptions = { pollMs?: number; maxPolls?: number }

const clone = (job: ChallengeJob): ChallengeJob => JSON.parse(JSON.stringify(job)) as ChallengeJob

function moveTo(job: ChallengeJob, step: ChallengeStep, note?: string): ChallengeJob {
  job.step = step
  if (note) job.note = note
  if (step === "honest" || step === "unknown-model" || step === "corrected" || step === "closed") job.status = "done"
  return job
}

/**
 * Advances a watchtower job: recompute the model's output locally, and only on a mismatch prove it and send the
 * challenge. Safe to run again on the stored job at any time: the signed challenge is persisted before it is
 * broadcast and re-sent as the same bytes, and the token's on-chain status is checked before anything is signed.
 * @returns The job as last persisted.
 */
export async function runChallengeJob(job: ChallengeJob, fx: ChallengeEffects, options: RunChallengeOptions = {}): Promise<ChallengeJob> {
  let current = job
  const save = async (next: ChallengeJob) => {
    next.updatedAt = fx.now()
    await fx.save(next)
    current = next
  }
  try {
    while (current.status === "running") await advance(clone(current), fx, save, options)
  } catch (error) {
    const e = toMintJobError(error)
    const next = clone(current)
    next.error = { code: e.code, message: e.message, retryable: e.retryable }
    next.status = "failed"
    await save(next)
  }
  return current
}

async function advance(job: ChallengeJob, fx: ChallengeEffects, save: (j: ChallengeJob) => Promise<void>, options: RunChallengeOptions): Promise<void> {
  switch (job.step) {
    case "detected": {
      const expected = await fx.recompute(job)
      if (expected === null) return save(moveTo(job, "unknown-model", "this model's weights are not in your list: cannot check it"))
      if (expected.toLowerCase() === job.posted.toLowerCase()) return save(moveTo(job, "honest"))
      job.expected = expected
      return save(moveTo(job, "mismatch"))
    }
    case "mismatch": {
      const proof = await fx.prove(job)
      // The circuit and the local model must agree; otherwise the challenge would be refused on-chain.
      if (proof.aigcData.toLowerCase() !== job.expected?.toLowerCase())
        throw new MintError("The prover's image differs from the locally recomputed one.", { code: "watch/prover-mismatch", retryable: false })
      job.proof = proof
      return save(moveTo(job, "proved"))
    }
    case "proved": {
      const status = await fx.status()
      if (status !== "pending") return save(moveTo(job, "closed", `the token is ${status} already`))
      if ((await fx.blockNumber()) + 1n > BigInt(job.deadline)) return save(moveTo(job, "closed", "the challenge window closed before the proof was ready"))
      const signed = await fx.signChallenge(job.proof!)
      job.tx = signed.hash
      job.raw = signed.raw
      await save(moveTo(job, "sent"))
      return fx.broadcast(signed.raw)
    }
    case "sent": {
      for (let i = 0; i < (options.maxPolls ?? 60); i++) {
        const receipt = await fx.getReceipt(job.tx!)
        if (receipt?.status === "success") return save(moveTo(job, "corrected"))
        if (receipt?.status === "reverted") {
          const status = await fx.status()
          if (status !== "pending") return save(moveTo(job, "closed", `the token was ${status} by another transaction first`))
          // Still pending but reverted (e.g. out of gas): sign again.
          return save(moveTo(job, "proved", "challenge reverted; signing again"))
        }
        // Not mined yet: the same bytes again (a restarted node or a dropped transaction).
        await fx.broadcast(job.raw!).catch(() => {})
        await fx.sleep(options.pollMs ?? 1000)
      }
      throw new MintError("The challenge is not mined yet.", { code: "mint/tx-pending", retryable: true })
    }
    default:
      return
  }
}
