/**
 * The name and native coin of a chain a page adds with `wallet_addEthereumChain` (EIP-3085), checked like a
 * custom chain the user types in (printable name, short symbol): they are shown in reviews and balances. A
 * name Mamori cannot show is replaced by "Chain <id>"; a coin that is not what the wallet can display (an
 * unreadable symbol, decimals other than 18) is refused, since balances would then be shown wrong.
 */
import { type CustomChain, parseCustomChain } from "../chains/customChain"
import { ChainSettingError } from "../chains/errors"
import { knownChain } from "../chains/knownChains"
import { invalidParams } from "./rpcErrors"

export function addedChainMeta(chainId: number, info: { chainName?: unknown; nativeCurrency?: unknown }): CustomChain & { known: boolean } {
  // A chain Mamori ships keeps its own name and coin, whatever the page calls them.
  const known = knownChain(chainId)
  if (known) return { id: chainId, name: known.name, nativeSymbol: known.nativeSymbol, known: true }
  const coin = info.nativeCurrency as { symbol?: unknown; decimals?: unknown } | undefined
  if (coin !== undefined && (typeof coin !== "object" || coin === null)) throw invalidParams("nativeCurrency must be { name, symbol, decimals }.")
  if (coin?.decimals !== undefined && coin.decimals !== 18) throw invalidParams("Mamori adds chains whose native coin has 18 decimals.")
  const nativeSymbol = typeof coin?.symbol === "string" ? coin.symbol : "ETH"
  const check = (name: unknown) => parseCustomChain({ id: chainId, name, nativeSymbol, rpcUrl: "http://placeholder.invalid" })
  try {
    const { id, name, nativeSymbol: symbol } = check(info.chainName)
    return { id, name, nativeSymbol: symbol, known: false }
  } catch (e) {
    if (!(e instanceof ChainSettingError) || e.field !== "name") {
      const field = e instanceof ChainSettingError ? e.field : "chainId"
      throw invalidParams(`wallet_addEthereumChain: ${field === "nativeSymbol" ? "nativeCurrency.symbol must be 1 to 10 letters or digits" : (e as Error).message}`)
    }
    const { id, name, nativeSymbol: symbol } = check(`Chain ${chainId}`)
    return { id, name, nativeSymbol: symbol, known: false }
  }
}
