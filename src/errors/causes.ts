/**
 * The errors along a cause chain, outermost first: `error`, its `cause`, that one's `cause`… The one walker
 * for every "is this somewhere in the chain?" question. Stops after `max` links and on a cycle (a cause
 * pointing back), so a hostile or broken error object cannot hang the caller.
 */
export function causes(error: unknown, max = 12): unknown[] {
  const chain: unknown[] = []
  for (let e = error; e && chain.length < max && !chain.includes(e); e = (e as { cause?: unknown }).cause) chain.push(e)
  return chain
}
