import { handle } from "../handle"
import { currentChainId, setChainId } from "../wallet/chainState"
import { addAccount, beginCreate, exportSecret, finishCreate, importSecret, lockWallet, selectAccount, unlockWallet, walletStatus } from "../wallet/vaultStore"

const text = (v: unknown) => (typeof v === "string" ? v : "")

/**
 * The wallet's accounts from the popup: create (a recovery phrase shown once, then three of its words typed
 * back), import (phrase or key), unlock, lock, add, select, export (password, rate limited), the chain. The
 * protocol keeps it to the extension's own pages: no content script can reach it.
 */
export default handle("wallet-accounts", async (body) => {
  const chain = () => currentChainId().catch(() => undefined)
  switch (body?.action) {
    case "begin-create": {
      const { mnemonic, check } = await beginCreate()
      return { status: await walletStatus(), mnemonic, check }
    }
    case "finish-create":
      return { status: await finishCreate(text(body.password), (body.words ?? {}) as Record<string, string>), chainId: await chain() }
    case "import":
      return {
        status: await importSecret(text(body.password), body.mnemonic !== undefined ? { mnemonic: text(body.mnemonic) } : { privateKey: text(body.privateKey) }),
        chainId: await chain()
      }
    case "unlock":
      return { status: await unlockWallet(text(body.password)), chainId: await chain() }
    case "lock":
      return { status: await lockWallet(), chainId: await chain() }
    case "add":
      return { status: await addAccount(), chainId: await chain() }
    case "select":
      return { status: await selectAccount(text(body.address)), chainId: await chain() }
    case "export": {
      const secret = await exportSecret(text(body.password), body.address ? { address: text(body.address) } : { mnemonic: true })
      return { status: await walletStatus(), secret }
    }
    case "switch-chain":
      await setChainId(Number(body.chainId))
      return { status: await walletStatus(), chainId: await chain() }
    default:
      return { status: await walletStatus(), chainId: await chain() }
  }
})
