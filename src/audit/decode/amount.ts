/** Human amounts: "1,000 USDC", "unlimited PEPE", "3.7 ETH"; raw integers when decimals are unknown. */
import { formatUnits } from "viem"
import type { Amount, TokenInfo } from "../types"

const TWO_64_MINUS_1 = (1n << 64n) - 1n
const TWO_255 = 1n << 255n

/** True for the sentinels dapps use for "no limit": 2^n − 1 with n ≥ 64, or anything ≥ 2^255. */
export function isUnlimited(raw: bigint): boolean {
  if (raw >= TWO_255) return true
  return raw >= TWO_64_MINUS_1 && ((raw + 1n) & raw) === 0n
}

/** True when an amount is far beyond any real balance: ≥ 10^12 whole tokens (or 10^30 base units). */
export function isHuge(raw: bigint, decimals?: number): boolean {
  if (isUnlimited(raw)) return true
  if (decimals === undefined) return raw >= 10n ** 30n
  return raw >= 10n ** BigInt(decimals + 12)
}

function groupThousands(s: string): string {
  const [whole, frac] = s.split(".")
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  if (!frac) return grouped
  // Keep six decimals, or four significant digits for amounts below one, so dust never reads as zero.
  const keep = whole === "0" ? Math.max(6, frac.search(/[1-9]/) + 4) : 6
  const cut = frac.slice(0, keep).replace(/0+$/, "")
  return cut ? `${grouped}.${cut}` : grouped
}

/** Formats `raw` for people; `token` undefined means the native coin. */
export function formatAmount(raw: bigint, info: TokenInfo | undefined, fallbackLabel = "units"): Amount {
  const unlimited = isUnlimited(raw)
  const symbol = info?.symbol
  if (unlimited) return { raw: raw.toString(), display: `unlimited ${symbol ?? "tokens"}`, unlimited, symbol, decimals: info?.decimals }
  if (!info) return { raw: raw.toString(), display: `${groupThousands(raw.toString())} ${fallbackLabel}`, unlimited }
  return {
    raw: raw.toString(),
    display: `${groupThousands(formatUnits(raw, info.decimals))} ${info.symbol}`,
    unlimited,
    symbol,
    decimals: info.decimals
  }
}
