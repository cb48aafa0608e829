/** Every Shield rule, in the order findings are reported within a severity. One rule per file. */
import type { Rule } from "./rule"
import { addressPoisoning } from "./addressPoisoning"
import { approvalToEoa } from "./approvalToEoa"
import { approvalUnknownSpender } from "./approvalUnknownSpender"
import { batchHiddenApproval } from "./batchHiddenApproval"
import { blindEthSign } from "./blindEthSign"
import { blocklistedAddress } from "./blocklistedAddress"
import { chainFactsProblems } from "./chainFactsProblems"
import { contractCreation } from "./contractCreation"
import { eip7702Delegation } from "./eip7702Delegation"
import { malformedRequest } from "./malformedRequest"
import { nftOperatorUnknown } from "./nftOperatorUnknown"
import { nftOrderNearZero } from "./nftOrderNearZero"
import { nftOrderNoProceeds } from "./nftOrderNoProceeds"
import { nftOrderThirdParty } from "./nftOrderThirdParty"
import { orderFixedTaker } from "./orderFixedTaker"
import { permitFarFuture } from "./permitFarFuture"
import { permitOpenEnded } from "./permitOpenEnded"
import { personalSignBinary } from "./personalSignBinary"
import { personalSignHash } from "./personalSignHash"
import { safeDelegatecall } from "./safeDelegatecall"
import { scamSelector } from "./scamSelector"
import { simulationDisagrees } from "./simulationDisagrees"
import { simulationOutflowUnknownRecipient } from "./simulationOutflowUnknownRecipient"
import { simulationReverts } from "./simulationReverts"
import { simulationUnavailable } from "./simulationUnavailable"
import { siweAddressMismatch } from "./siweAddressMismatch"
import { siweDomainMismatch } from "./siweDomainMismatch"
import { swapOutputThirdParty } from "./swapOutputThirdParty"
import { transferToTokenContract } from "./transferToTokenContract"
import { typedDataChainMismatch } from "./typedDataChainMismatch"
import { undecodedCall } from "./undecodedCall"
import { unlimitedApproval } from "./unlimitedApproval"
import { unsupportedMethod } from "./unsupportedMethod"
import { valueToTokenContract } from "./valueToTokenContract"
import { verifyingContractMissing } from "./verifyingContractMissing"

export const RULES: readonly Rule[] = [
  addressPoisoning,
  approvalToEoa,
  approvalUnknownSpender,
  batchHiddenApproval,
  blindEthSign,
  blocklistedAddress,
  chainFactsProblems,
  contractCreation,
  eip7702Delegation,
  malformedRequest,
  nftOperatorUnknown,
  nftOrderNearZero,
  nftOrderNoProceeds,
  nftOrderThirdParty,
  orderFixedTaker,
  permitFarFuture,
  permitOpenEnded,
  personalSignBinary,
  personalSignHash,
  safeDelegatecall,
  scamSelector,
  simulationDisagrees,
  simulationOutflowUnknownRecipient,
  simulationReverts,
  simulationUnavailable,
  siweAddressMismatch,
  siweDomainMismatch,
  swapOutputThirdParty,
  transferToTokenContract,
  typedDataChainMismatch,
  undecodedCall,
  unlimitedApproval,
  unsupportedMethod,
  valueToTokenContract,
  verifyingContractMissing
]

export type { Rule } from "./rule"
