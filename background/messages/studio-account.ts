import { accountState, connectTabWallet, createAccount, disconnectTabWallet, exportKey, lockAccount, tabWallet, unlockAccount } from "../studio/account"
import { handle } from "../handle"
import { resumeJobs } from "../studio/jobRunner"

const password = (body: { password?: unknown } | undefined) => (typeof body?.password === "string" ? body.password : "")

/**
 * The account: local (status, create with a password, unlock — resumes waiting jobs —, lock, export after
 * the password; unlock and export wait longer after each wrong password) or the page's wallet. The
 * protocol keeps it to the extension's own pages: no content script can reach the key.
 */
export default handle("studio-account", async (body) => {
  switch (body?.action) {
    case "create":
      return { account: await createAccount(password(body)) }
    case "unlock": {
      const account = await unlockAccount(password(body))
      void resumeJobs()
      return { account }
    }
    case "lock":
      return { account: await lockAccount() }
    case "connect-tab": {
      const tab = await connectTabWallet()
      void resumeJobs()
      return { account: await accountState(), tab }
    }
    case "use-local":
      await disconnectTabWallet()
      return { account: await accountState() }
    case "export":
      return { account: await accountState(), privateKey: await exportKey(password(body)) }
    default:
      return { account: await accountState(), tab: await tabWallet() }
  }
})
