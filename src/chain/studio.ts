/** The commit-reveal wrappers in one import (each lives in its own file). */
export { commitPrompt, type CommitParameters, type CommitReturnType } from "./commitPrompt"
export { revealPrompt, type RevealParameters } from "./revealPrompt"
export { readCommitment, type CommitmentStatus } from "./readCommitment"
export { readToken, type TokenView } from "./readToken"
export { verifyOnChain } from "./verifyOnChain"
