import { useState } from "react"

import { askBackground } from "~lib/askBackground"

/**
 * No wallet yet: create one (a recovery phrase shown once; three of its words typed back before the wallet
 * is sealed) or import a recovery phrase or a private key.
 */
export function CreateWallet({ onDone }: { onDone: () => void }) {
  const [password, setPassword] = useState("")
  const [phrase, setPhrase] = useState<{ mnemonic: string; check: number[] } | null>(null)
  const [words, setWords] = useState<Record<string, string>>({})
  const [secret, setSecret] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const run = async (work: () => Promise<{ ok: boolean; error?: { message: string } }>) => {
    setBusy(true)
    setError(null)
    const r = await work()
    setBusy(false)
    if (!r.ok) setError(r.error?.message ?? "failed")
    return r.ok
  }
  const begin = () =>
    run(async () => {
      const r = await askBackground("wallet-accounts", { action: "begin-create" })
      if (r.ok && r.value.mnemonic && r.value.check) setPhrase({ mnemonic: r.value.mnemonic, check: r.value.check })
      return r
    })
  const finish = async () => {
    if (await run(() => askBackground("wallet-accounts", { action: "finish-create", password, words }))) onDone()
  }
  const importIt = async () => {
    const body = secret.trim().split(/\s+/).length >= 12 ? { mnemonic: secret } : { privateKey: secret.trim() }
    if (await run(() => askBackground("wallet-accounts", { action: "import", password, ...body }))) onDone()
  }
  const pw = <input type="password" data-testid="wallet-password" placeholder="Password (8+ characters)" value={password} onChange={(e) => setPassword(e.target.value)} />
  return (
    <div data-testid="wallet-create">
      {!phrase ? (
        <>
          <p>Mamori can be your wallet: dapps find it as "Mamori" (EIP-6963), and nothing is signed before you read the Shield's review in Mamori's window.</p>
          <button data-testid="wallet-begin-create" disabled={busy} onClick={begin}>
            Create a new wallet
          </button>
          <h3>Or import</h3>
          <textarea data-testid="wallet-import-secret" placeholder="Recovery phrase (12–24 words) or private key" value={secret} onChange={(e) => setSecret(e.target.value)} />
          {pw}
          <button data-testid="wallet-import" disabled={busy} onClick={importIt}>
            Import
          </button>
        </>
      ) : (
        <>
          <p>
            Write these words down, in order. They are shown <strong>once</strong>; anyone who has them owns the wallet.
          </p>
          <ol className="wallet-words" data-testid="wallet-mnemonic">
            {phrase.mnemonic.split(" ").map((w, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the phrase never reorders; a word's position is its identity
              <li key={`${i}-${w}`}>{w}</li>
            ))}
          </ol>
          <p>To check, type back these words:</p>
          {phrase.check.map((n) => (
            <label key={n}>
              Word {n} <input data-testid={`wallet-check-${n}`} value={words[n] ?? ""} onChange={(e) => setWords({ ...words, [n]: e.target.value })} />
            </label>
          ))}
          {pw}
          <button data-testid="wallet-finish-create" disabled={busy} onClick={finish}>
            Create the wallet
          </button>
        </>
      )}
      {error && (
        <p className="error" data-testid="wallet-error">
          {error}
        </p>
      )}
    </div>
  )
}
