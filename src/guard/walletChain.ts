import { apply, NativePromise, onSettled, timeout } from "./intrinsics"
import { userRejected, type ProviderRejection } from "./rejection"

/** How long the wallet gets to answer eth_chainId. */
export const WALLET_CHAIN_MS = 300

type AnyFn = (...args: any[]) => any

/**
 * The wallet's current chain, asked through the wallet's own `request` (captured by the guard, never a function
 * the page put on the provider): `done` gets the hex string, or undefined when the wallet does not say in time.
 */
export function readWalletChain(request: AnyFn | undefined, self: object, done: (chainId: string | undefined) => void): void {
  let finished = false
  const finish = (value: unknown) => {
    if (finished) return
    finished = true
    done(typeof value === "string" && value.length < 80 ? value.toLowerCase() : undefined)
  }
  if (!request) return finish(undefined)
  timeout(() => finish(undefined), WALLET_CHAIN_MS)
  try {
    const answer = apply(request, self, [{ method: "eth_chainId" }])
    if (answer instanceof NativePromise) onSettled(answer as Promise<unknown>, finish, () => finish(undefined))
    else finish(answer)
  } catch {
    finish(undefined)
  }
}

/** The request was reviewed on one chain and the wallet is now on another: it is not sent (red team N2). */
export function chainChanged(reviewed: string, now: string | undefined): ProviderRejection {
  const name = (c: string) => (/^0x[0-9a-f]+$/.test(c) ? `chain ${Number.parseInt(c, 16)}` : "another chain")
  return userRejected(
    `Your wallet ${now ? `switched to ${name(now)}` : "no longer says which chain it is on"} while you reviewed this request for ${name(reviewed)}, so it was not sent. Ask again to review it on the wallet's current chain.`
  )
}
