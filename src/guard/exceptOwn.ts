import type { InstallGuardOptions } from "./installGuard"

type OnProvider = NonNullable<InstallGuardOptions["onProvider"]>

/**
 * The guard's `onProvider`, except for the one provider Mamori made itself. Mamori's own wallet provider is
 * created in the guard's MAIN-world bundle, so the guard holds that very object in a closure no page script can
 * reach: identity decides (`===`, which a page cannot patch), never a name, an rdns or a flag, all of which a page
 * can copy. A page that announces a provider called "Mamori" announces another object, and it is guarded.
 * Mamori's own requests are reviewed, and there enforced, by the wallet in the service worker; guarding them too
 * would review each of them twice.
 */
export function exceptOwn(own: object | undefined, onProvider: OnProvider): OnProvider {
  return (provider, source, info) => (own !== undefined && provider === own ? undefined : onProvider(provider, source, info))
}
