import { useState } from "react"

import type { AccountState, TabWallet } from "~src/wallet/accountState"

import { studioApi } from "./api"

/** Create (with a password), unlock, lock and export the local account; states are explained, not thrown. */
export function AccountPanel({ account, tab, balance, onChange }: { account: AccountState | null; tab?: TabWallet; balance: string | null; onChange: () => void }) {
  const [password, setPassword] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [exported, setExported] = useState<string | null>(null)
  const act = async (action: "create" | "unlock" | "lock" | "export" | "connect-tab" | "use-local") => {
    setBusy(true)
    setError(null)
    const r = await studioApi.account(action === "lock" || action === "connect-tab" || action === "use-local" ? { action } : { action, password })
    setBusy(false)
    if (!r.ok) return setError(r.error.message)
    if (action === "export") setExported(r.value.privateKey ?? null)
    setPassword("")
    onChange()
  }
  if (!account) return <p>Loading the account…</p>
  if (tab)
    return (
      <div className="studio-account" data-testid="studio-account" data-state="tab">
        <p data-testid="studio-tab-wallet">
          Minting with the wallet of <strong>{tab.origin}</strong>: <code data-testid="studio-address">{tab.address}</code> (chain {tab.chainId}). Each transaction is confirmed in
          that page.
        </p>
        <button data-testid="studio-use-local" disabled={busy} onClick={() => act("use-local")}>
          Use the local account instead
        </button>
        {error && (
          <p className="error" data-testid="studio-account-error">
            {error}
          </p>
        )}
      </div>
    )
  const useTab = (
    <button data-testid="studio-connect-tab" disabled={busy} onClick={() => act("connect-tab")} title="Asks the wallet of the page you are on (window.ethereum)">
      Use this page's wallet
    </button>
  )
  const pw = <input type="password" data-testid="studio-password" placeholder="Password (8+ characters)" value={password} onChange={(e) => setPassword(e.target.value)} />
  return (
    <div className="studio-account" data-testid="studio-account" data-state={account.kind}>
      {account.kind === "none" && (
        <>
          <p>Create a local account to mint. Its key is encrypted with your password (PBKDF2, 600,000 rounds, AES-256-GCM) and never leaves this browser.</p>
          {pw}
          <button data-testid="studio-create-account" disabled={busy} onClick={() => act("create")}>
            {busy ? "Creating…" : "Create account"}
          </button>
          {useTab}
        </>
      )}
      {account.kind === "locked" && (
        <>
          <p data-testid="studio-locked">
            <strong>Locked.</strong> {account.address.slice(0, 10)}… is locked for this browser session; unlock it to mint. Mints in progress wait and carry on after the unlock.
          </p>
          {pw}
          <button data-testid="studio-unlock" disabled={busy} onClick={() => act("unlock")}>
            Unlock
          </button>
          {useTab}
        </>
      )}
      {account.kind === "unlocked" && (
        <>
          <p>
            Account <code data-testid="studio-address">{account.address}</code>
            {balance !== null && <> · {Number(balance).toFixed(4)} ETH</>}
          </p>
          <details>
            <summary>Export or lock</summary>
            {pw}
            <button data-testid="studio-export" disabled={busy} onClick={() => act("export")}>
              Export key
            </button>
            <button onClick={() => act("lock")}>Lock</button>
            {exported && (
              <p>
                Private key (keep it secret): <code data-testid="studio-exported-key">{exported}</code>
              </p>
            )}
          </details>
          {useTab}
        </>
      )}
      {error && (
        <p className="error" data-testid="studio-account-error">
          {error}
        </p>
      )}
    </div>
  )
}
