/**
 * One list of effects for the review: the request's own (decoded) effects merged with the simulation's.
 * For asset flows of a simulated transaction the simulation wins (it saw the fee, the pull, the hidden
 * transfer); a decoded grant for the same token and spender takes the simulated one; grants and unknown
 * pieces only the request shows stay (a simulation does not see a signature, nor every wrapper's intent).
 * The disagreements themselves are a finding (`simulation-disagrees`).
 */
import type { Effect, GrantEffect } from "../effects/types"

/** `request` with the simulation's effects merged in; the request's list when there is no simulation. */
export function mergeEffects(request: readonly Effect[], simulation: readonly Effect[] | undefined): Effect[] {
  if (!simulation) return [...request]
  const simGrants = simulation.filter((e): e is GrantEffect => e.type === "grant")
  const kept = request.filter((e) => {
    if (e.type === "outflow" || e.type === "inflow") return false
    if (e.type === "grant") return !simGrants.some((g) => g.to === e.to && g.asset?.token === e.asset?.token)
    return true
  })
  return [...kept, ...simulation]
}
