import { useCallback, useEffect, useState } from "react"

import { askBackground } from "~lib/askBackground"
import type { ConnectedSite } from "~src/wallet/sites"
import type { WalletAccountsResponse, WalletAssetsResponse } from "~src/wallet/walletMessages"

import { CreateWallet } from "./CreateWallet"

/** The popup's Wallet tab: accounts (create, import, unlock, lock, add, switch), balances, activity, connected sites. */
export function WalletPanel() {
  const [state, setState] = useState<WalletAccountsResponse | null>(null)
  const [assets, setAssets] = useState<WalletAssetsResponse | null>(null)
  const [sites, setSites] = useState<ConnectedSite[]>([])
  const [chains, setChains] = useState<string[]>([])
  const [password, setPassword] = useState("")
  const [importKey, setImportKey] = useState("")
  const [secret, setSecret] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const refresh = useCallback(async () => {
    const [s, a, l] = await Promise.all([
      askBackground("wallet-accounts", { action: "status" }),
      askBackground("wallet-assets", {}),
      askBackground("wallet-sites", { action: "list" })
    ])
    if (s.ok) setState(s.value)
    else setError(s.error.message)
    if (a.ok) setAssets(a.value)
    if (l.ok) setSites(l.value.sites)
    // The chains Mamori has an RPC URL for: the Shield settings' rpcUrls (set in the options page).
    const settings = await askBackground("shield-settings", {})
    if (settings.ok) setChains(Object.keys(settings.value.rpcUrls))
  }, [])
  useEffect(() => {
    void refresh()
  }, [refresh])
  const act = async (body: Parameters<typeof askBackground<"wallet-accounts">>[1]) => {
    setError(null)
    const r = await askBackground("wallet-accounts", body)
    if (!r.ok) return setError(r.error.message)
    if (r.value.secret) setSecret(r.value.secret)
    setPassword("")
    setImportKey("")
    await refresh()
  }
  const revoke = async (origin: string) => {
    const r = await askBackground("wallet-sites", { action: "revoke", origin })
    if (r.ok) setSites(r.value.sites)
    else setError(r.error.message)
  }
  if (!state) return <p>Loading the wallet…</p>
  const status = state.status
  const errorLine = error && (
    <p className="error" data-testid="wallet-error">
      {error}
    </p>
  )
  if (status.kind === "none") return <CreateWallet onDone={refresh} />
  const pw = <input type="password" data-testid="wallet-password" placeholder="Password" value={password} onChange={(e) => setPassword(e.target.value)} />
  if (status.kind === "locked")
    return (
      <div data-testid="wallet" data-state="locked">
        <p>
          Locked · <code data-testid="wallet-selected">{status.selected}</code>
        </p>
        {status.needsMigration && <p>Your Studio account becomes the wallet's first account when you unlock it.</p>}
        {pw}
        <button data-testid="wallet-unlock" onClick={() => act({ action: "unlock", password })}>
          Unlock
        </button>
        {errorLine}
      </div>
    )
  return (
    <div data-testid="wallet" data-state="unlocked">
      <p>
        Chain{" "}
        <select data-testid="wallet-chain" value={String(state.chainId ?? "")} onChange={(e) => act({ action: "switch-chain", chainId: Number(e.target.value) })}>
          {chains.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>{" "}
        <button data-testid="wallet-lock" onClick={() => act({ action: "lock" })}>
          Lock
        </button>
      </p>
      <h3>Accounts</h3>
      <ul data-testid="wallet-accounts">
        {status.accounts.map((a) => (
          <li key={a.address}>
            <label>
              <input
                type="radio"
                name="account"
                data-testid={`wallet-account-${a.address}`}
                checked={a.address === status.selected}
                onChange={() => act({ action: "select", address: a.address })}
              />
              <code>{a.address}</code> {a.source === "hd" ? `#${a.index + 1}` : "imported"}
            </label>
          </li>
        ))}
      </ul>
      <p data-testid="wallet-selected" hidden>
        {status.selected}
      </p>
      {status.hasMnemonic && (
        <button data-testid="wallet-add-account" onClick={() => act({ action: "add" })}>
          Add an account
        </button>
      )}
      <details>
        <summary>Import a key · export</summary>
        <input data-testid="wallet-import-key" placeholder="Private key" value={importKey} onChange={(e) => setImportKey(e.target.value)} />
        {pw}
        <button data-testid="wallet-import-key-button" onClick={() => act({ action: "import", password, privateKey: importKey })}>
          Import key
        </button>
        <button data-testid="wallet-export" onClick={() => act({ action: "export", password, address: status.selected })}>
          Export this account's key
        </button>
        {secret && <code data-testid="wallet-secret">{secret}</code>}
      </details>
      <h3>Balances</h3>
      {assets?.error && <p className="error">{assets.error}</p>}
      <ul data-testid="wallet-balances">
        {assets?.native && <li data-testid="wallet-native">{assets.native.display}</li>}
        {assets?.tokens.map((t) => (
          <li key={t.address}>{t.display}</li>
        ))}
      </ul>
      <h3>Connected sites</h3>
      <ul data-testid="wallet-sites">
        {sites.length === 0 && <li>None</li>}
        {sites.map((s) => (
          <li key={s.origin} data-origin={s.origin}>
            {s.origin}{" "}
            <button data-testid="wallet-revoke" onClick={() => revoke(s.origin)}>
              Revoke
            </button>
          </li>
        ))}
      </ul>
      <h3>Activity</h3>
      <ul data-testid="wallet-activity">
        {assets?.activity.slice(0, 30).map((a) => (
          <li key={a.id} data-verdict={a.verdict}>
            {new Date(a.at).toLocaleTimeString()} · {a.origin} · {a.method} · <strong>{a.verdict}</strong> · {a.status}
            {a.hashes?.length ? ` · ${a.hashes[0]!.slice(0, 10)}…` : ""}
          </li>
        ))}
      </ul>
      {errorLine}
    </div>
  )
}
